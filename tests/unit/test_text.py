"""Sentences and the text the detector reads: offsets into the body always hold."""

from __future__ import annotations

import random

import pytest

from tests.helpers import article
from tocsin.detection.detector import detect_article
from tocsin.detection.text import (
    _BOUNDARY,
    _QUOTES,
    _SPACES,
    MAX_SENTENCE,
    boundaries,
    readable,
    split_sentences,
)


def test_text_without_sentence_punctuation_is_read_in_pieces_cut_at_spaces():
    rng = random.Random(3)
    body = " ".join(rng.choice(["troops", "crossed", "the", "river", "near", "a", "village", "Kherson"]) for _ in range(2500))
    sentences = split_sentences(body)
    assert len(sentences) > len(body) // MAX_SENTENCE
    assert all(len(s.text) <= MAX_SENTENCE for s in sentences)
    assert all(body[s.start : s.end] == s.text for s in sentences)
    assert [s.index for s in sentences] == list(range(len(sentences)))
    # nothing lost but the spaces at the cuts
    assert "".join(s.text for s in sentences).replace(" ", "") == body.replace(" ", "")


def test_a_sentence_of_news_length_is_never_cut():
    sentence = ("The defence ministry said on Tuesday that its air defences had shot down 40 of the 52 drones launched "
                "overnight at the capital and four other regions, and that falling debris had damaged two apartment "
                "buildings, a school and a power line in the suburbs, without giving a figure for casualties.")
    assert [s.text for s in split_sentences(sentence + " " + sentence)] == [sentence, sentence]


def test_one_sentence_gives_one_toll_per_population():
    body = ("The war has killed more than 60,000 Palestinians, or 61,500 Palestinians by a later count, and it has "
            "killed 1,200 Israelis, officials said.")
    reports = [e for e in detect_article(article(body)) if e.type == "casualty_report"]
    assert sorted(r.count for r in reports) == [1200, 60000]


def test_readable_keeps_every_offset():
    body = "Shells hit Kherson\u00a0on\u202fTuesday.\u2028Two people were killed."
    assert len(readable(body)) == len(body)
    assert readable(body) == "Shells hit Kherson on Tuesday.\nTwo people were killed."
    assert readable("plain ascii") == "plain ascii"
    quoted = "\u201cWe will respond,\u201d Israel\u2019s army said of Tuesday\u2019s strike \u2014 the \u2018first\u2019."
    assert readable(quoted) == "\"We will respond,\" Israel's army said of Tuesday's strike \u2014 the 'first'."
    assert len(readable(quoted)) == len(quoted)


@pytest.mark.parametrize("others", ["", "\u2014", "\u2014\u2013\u2026", "\u00e9", "\u2014\u00e9", "\u2022"])
def test_every_odd_space_and_quote_reads_plain_whatever_else_the_text_holds(others):
    # (readable skips its look for odd spaces when a page holds nothing beyond ASCII but dashes: never wrongly)
    for char, plain in _QUOTES + _SPACES:
        for text in (f"Shells hit{char}Kherson {others}on Tuesday.", f"{char}{others}", f"{others}Kherson{char}"):
            assert readable(text) == text.replace(char, plain), (char, text)
    assert readable(f"Shells hit Kherson {others}on Tuesday.") == f"Shells hit Kherson {others}on Tuesday."
    every = "".join(char for char, _ in _QUOTES + _SPACES)
    assert readable(every + others) == "''''" + '""""' + " " * 16 + "\n\n" + others


def test_curly_quotes_read_as_straight_ones():
    # publishers' pages set quotes curly, wire copy straight: the same report reads the same either way
    straight = ("Israel's military said its jets struck Beirut's southern suburbs on Tuesday, killing two people. "
                "\"We will keep acting,\" the army's spokesman said. Hezbollah's leader survived.")
    curly = straight.replace("'", "\u2019").replace(' \"', " \u201c").replace('\" ', "\u201d ")
    assert curly != straight and not curly.isascii()

    def reading(body: str) -> list[dict]:
        events = [e.model_dump(exclude={"event_id", "article_id", "url", "evidence"}) for e in detect_article(article(body))]
        assert events
        return events

    assert reading(curly) == reading(straight)  # (the target, "Beirut's southern suburbs", is told the same)
    [evidence] = {e.evidence[0].text for e in detect_article(article(curly)) if e.type == "military_strike"}
    assert "\u2019" in evidence  # the evidence quotes the article as it came


def test_sentence_ends_are_found_where_a_search_of_the_whole_body_finds_them():
    from bench.bench_detection import typeset
    from bench.reports import war_report
    from tests.unit.test_fast_paths import _bodies

    rng = random.Random(5)
    bodies = _bodies() + [war_report(rng, 900).body for _ in range(4)]
    bodies += [typeset(article(body)).body for body in bodies[-4:]] + ["Hit.\n \n\nNext?!  \"Yes.\" (No.) 3.5 km. End", "", "...\n"]
    for body in bodies:
        assert boundaries(body) == [m.span() for m in _BOUNDARY.finditer(body)], body[:80]


def test_initials_are_what_the_pattern_of_initials_matches_in_full():
    import itertools
    import re

    from tocsin.detection.text import _is_initials

    pattern = re.compile(r"[a-z]|(?:[a-z]\.)+[a-z]")
    words = ["", ".", "j", "j.", ".j", "j.r", "j.r.", "jr", "j..r", "u.s", "a.b.c", "ab.c", "é", "j.é", "z.a", "1", "j.1", "gen"]
    words += ["".join(chars) for n in range(1, 5) for chars in itertools.product("a.Z1", repeat=n)]
    assert sum(map(_is_initials, words)) > 5
    for word in words:
        assert _is_initials(word) == (pattern.fullmatch(word) is not None), word
