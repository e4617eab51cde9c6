"""`tocsin ingest-file FILE|-`: NDJSON articles onto the articles topic.

Good lines are published even when others are bad; each bad line is reported
on stderr with its number and reason, and the exit status is 1.
"""

from __future__ import annotations

import sys

from tocsin.core.kafka import ensure_topics
from tocsin.core.models import Article
from tocsin.core.settings import Settings
from tocsin.ingest.parsing import BadInput, Problem, decode_utf8, parse_ndjson
from tocsin.ingest.publisher import ArticlePublisher


def read_source(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    with open(path, "rb") as fh:
        return fh.read()


async def ingest_file(settings: Settings, path: str) -> int:
    try:
        text = decode_utf8(read_source(path))
    except BadInput as exc:
        print(f"{path}: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"{path}: {exc.strerror}", file=sys.stderr)
        return 2
    results = parse_ndjson(text)
    good = [r for _, r in results if isinstance(r, Article)]
    bad = [r for _, r in results if isinstance(r, Problem)]
    for problem in bad:
        print(f"{path}: {problem.where}: {problem.reason}", file=sys.stderr)
    if good:
        await ensure_topics(settings)
        publisher = ArticlePublisher(settings)
        await publisher.start()
        try:
            ids = await publisher.publish(good)
        finally:
            await publisher.stop()
        for article_id in ids:
            print(article_id)
    print(f"published {len(good)}, refused {len(bad)}", file=sys.stderr)
    return 1 if bad else 0
