"""`tocsin ingest-file FILE|-`: NDJSON articles onto the articles topic.

Good lines are published even when others are bad; each bad line is reported
on stderr with its number and reason, and the exit status is 1.
"""

from __future__ import annotations

import sys

from tocsin.core.kafka import ensure_topics
from tocsin.core.models import Article
from tocsin.core.settings import Settings
from tocsin.ingest.parsing import BadInput, Problem, parse_ndjson, read_source_text
from tocsin.ingest.publisher import ArticlePublisher


async def ingest_file(settings: Settings, path: str) -> int:
    try:
        text = read_source_text(path)
    except BadInput as exc:
        print(f"{path}: {exc}", file=sys.stderr)
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
