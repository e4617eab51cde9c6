"""Shared test helpers: articles we write ourselves, and the seed."""

from __future__ import annotations

import json
from pathlib import Path

from tocsin.core.models import Article

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def seed_article() -> Article:
    meta = json.loads((SEEDS / "index.json").read_text())[0]
    body = (SEEDS / meta.pop("body_file")).read_text()
    return Article.model_validate({**meta, "body": body}).with_id()


def seed_payload() -> dict:
    return seed_article().model_dump(mode="json", exclude={"id"})


def article(body: str, *, url: str = "https://example.org/a", title: str = "Test", published_at: str = "2026-03-04T12:00:00Z") -> Article:
    return Article(url=url, source="tocsin tests", title=title, body=body, published_at=published_at).with_id()  # type: ignore[arg-type]


def default_alerts(events: list) -> list:
    """What a subscriber of the defaults gets: fresh cross-border strikes and leader attacks."""
    return [
        e for e in events
        if not e.is_background and (
            (e.type == "military_strike" and e.cross_border) or e.type == "leader_attack"
        )
    ]
