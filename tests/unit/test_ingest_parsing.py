"""Ingest validation: clear reasons, all-or-nothing batches, idempotent ids."""

from __future__ import annotations

import json

import pytest

from tests.helpers import seed_payload
from tocsin.core.ids import article_id, canonical_url
from tocsin.ingest.parsing import BadInput, parse_ndjson, parse_request


def test_same_url_same_id_whatever_the_tracking_noise():
    a = article_id("https://www.Example.org/news/1/?utm_source=x&b=2&a=1#top")
    b = article_id("https://example.org/news/1?a=1&b=2")
    assert a == b
    assert canonical_url("HTTPS://Example.org:443/x/") == "https://example.org/x"


def test_content_id_without_url():
    assert article_id(None, "t", "b") == article_id(None, " t ", "b ")
    assert article_id(None, "t", "b") != article_id(None, "t", "c")


def test_single_json_article():
    [a] = parse_request(json.dumps(seed_payload()).encode(), "application/json", 10)
    assert a.id and a.id.startswith("art_")


def test_array_and_ndjson_batches():
    p = seed_payload()
    other = {**p, "url": "https://example.org/other"}
    assert len(parse_request(json.dumps([p, other]).encode(), "application/json", 10)) == 2
    nd = (json.dumps(p) + "\n\n" + json.dumps(other) + "\n").encode()
    assert len(parse_request(nd, "application/x-ndjson", 10)) == 2


@pytest.mark.parametrize(
    ("mutate", "status", "fragment"),
    [
        (lambda p: p.pop("url"), 422, "url is required"),
        (lambda p: p.update(published_at="yesterday"), 422, "published_at"),
        (lambda p: p.update(published_at="2025-09-09T10:00:00"), 422, "time zone"),
        (lambda p: p.update(body=""), 422, "body"),
        (lambda p: p.update(url="ftp://x.org/a"), 422, "url"),
    ],
)
def test_bad_articles_are_refused_with_reasons(mutate, status, fragment):
    p = seed_payload()
    mutate(p)
    with pytest.raises(BadInput) as info:
        parse_request(json.dumps(p).encode(), "application/json", 10)
    assert info.value.status == status
    assert fragment in str(info.value)


def test_non_utf8_and_broken_json():
    with pytest.raises(BadInput) as info:
        parse_request(b'{"title": "\xff"}', "application/json", 10)
    assert info.value.status == 400 and "UTF-8" in str(info.value)
    with pytest.raises(BadInput) as info:
        parse_request(b"{not json", "application/json", 10)
    assert info.value.status == 400 and "invalid JSON" in str(info.value)


def test_batch_is_all_or_nothing_and_names_each_bad_line():
    good = json.dumps(seed_payload())
    text = "\n".join([good, "{oops", good, json.dumps({"url": "https://x.org"})])
    with pytest.raises(BadInput) as info:
        parse_request(text.encode(), "application/x-ndjson", 10)
    assert [p.where for p in info.value.problems] == ["line 2", "line 4"]


def test_batch_limit_is_413():
    good = json.dumps(seed_payload())
    with pytest.raises(BadInput) as info:
        parse_request(("\n".join([good] * 3)).encode(), "application/x-ndjson", 2)
    assert info.value.status == 413


def test_cli_parsing_keeps_good_lines():
    results = parse_ndjson(json.dumps(seed_payload()) + "\nnope\n")
    assert [type(r).__name__ for _, r in results] == ["Article", "Problem"]
