"""`tocsin detect`: NDJSON articles in, NDJSON events out, bad lines reported by number."""

from __future__ import annotations

import sys
from typing import TextIO

import orjson

from tocsin.core.models import Article
from tocsin.detection.detector import detect_article
from tocsin.detection.gazetteer import load
from tocsin.ingest.parsing import BadInput, Problem, parse_ndjson, read_source_text


def detect_stream(path: str, out: TextIO, background_age_days: int = 7) -> int:
    try:
        text = read_source_text(path)
    except BadInput as exc:
        print(f"{path}: {exc}", file=sys.stderr)
        return 2
    gaz = load()
    bad = 0
    for _, result in parse_ndjson(text):
        if isinstance(result, Problem):
            print(f"{path}: {result.where}: {result.reason}", file=sys.stderr)
            bad += 1
            continue
        assert isinstance(result, Article)
        for event in detect_article(result, gaz=gaz, background_age_days=background_age_days):
            out.write(orjson.dumps(event.model_dump(mode="json")).decode() + "\n")
    out.flush()
    return 1 if bad else 0
