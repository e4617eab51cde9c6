"""The detector's faust app: articles -> events -> incidents -> alerts.

    articles topic --detect--> events topic (key: incident grouping key)
    events topic --group_into_incidents--> alerts topic (key: incident id)

Agents run with concurrency=1 and at-least-once processing; every effect is
idempotent (event ids are derived from article ids, and a redelivered event
re-sends the same alert id, which the notifier drops).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import faust
from pydantic import ValidationError

from tocsin.core import jsonio
from tocsin.core.logs import get_logger
from tocsin.core.models import Article, Event
from tocsin.core.settings import Settings
from tocsin.detection.detector import detect_article
from tocsin.detector.incidents import apply_event, grouping_key, release_pending

log = get_logger(__name__)
TICK = "__tick__"


def create_app(settings: Settings) -> faust.App:
    app = faust.App(
        settings.detector_app_id,
        broker=[f"kafka://{host}" for host in settings.kafka_bootstrap.split(",")],
        store="memory://",
        datadir=settings.detector_data_dir,
        web_enabled=False,
        processing_guarantee="at_least_once",
        broker_session_timeout=settings.broker_session_timeout,
        consumer_auto_offset_reset="earliest",
        topic_partitions=settings.topic_partitions,
        topic_replication_factor=settings.topic_replication,
        table_cleanup_interval=60.0,
    )
    articles = app.topic(settings.topic_articles, key_type=bytes, value_type=bytes, key_serializer="raw", value_serializer="raw")
    events = app.topic(settings.topic_events, key_type=bytes, value_type=bytes, key_serializer="raw", value_serializer="raw")
    alerts = app.topic(settings.topic_alerts, key_type=bytes, value_type=bytes, key_serializer="raw", value_serializer="raw")
    incidents = app.Table("incidents", default=list, partitions=settings.topic_partitions, key_type=bytes)

    @app.agent(articles, concurrency=1)
    async def detect(stream: faust.StreamT) -> None:
        async for raw in stream:
            article = _parse_article(raw)
            if article is None:
                continue
            found = detect_safely(article, settings.background_age_days)
            for event in found:
                payload = event.model_dump(mode="json")
                key = grouping_key(payload) or f"article:{article.id}"
                await events.send(key=key.encode(), value=jsonio.dumps(payload))
            log.info("article read", article_id=article.id, events=[e.type for e in found])

    @app.agent(events, concurrency=1)
    async def group_into_incidents(stream: faust.StreamT) -> None:
        async for key, raw in stream.items():
            event: dict[str, Any] = jsonio.loads(raw)
            now = datetime.now(UTC)
            if event.get("type") == TICK:
                state = list(incidents[key])
                sent = [a for inc in state for a in release_pending(inc, settings, now)]
                incidents[key] = state
            elif grouping_key(event) is not None:
                state, sent = apply_event(list(incidents[key]), event, settings, now)
                incidents[key] = state
            else:
                continue
            for alert in sent:
                await alerts.send(key=alert["subject"].encode(), value=jsonio.dumps(alert))
                log.info("alert raised", alert_id=alert["id"], status=alert["data"]["status"], headline=alert["data"]["headline"])

    @app.on_rebalance_complete.connect
    async def announce_ready(sender: faust.App, **kwargs: Any) -> None:
        # devstack and operators wait for this line: partitions are assigned, agents consume
        log.info("tocsin.detector ready")
        print("tocsin.detector ready", flush=True)

    @app.timer(interval=max(5.0, settings.incident_update_interval_seconds / 4))
    async def release_held_updates() -> None:
        """Wake incidents whose rate-limited updates are due (in-stream, so state stays consistent)."""
        for key, state in list(incidents.items()):
            if any(inc.get("pending") for inc in state):
                await events.send(key=key, value=jsonio.dumps({"type": TICK}))

    return app


def detect_safely(article: Article, background_age_days: int) -> list[Event]:
    """The article's events; none if the detector fails on it, logged with the article's id for replay.

    One article the detector cannot read must not stop the stream of those
    it can: an exception escaping the agent would stop the agent.
    """
    try:
        return detect_article(article, background_age_days=background_age_days)
    except Exception as exc:  # any failure of the library, for one article
        log.error("detection failed; article skipped", article_id=article.id, error=f"{type(exc).__name__}: {exc}"[:300])
        return []


def _parse_article(raw: bytes) -> Article | None:
    try:
        return Article.model_validate(jsonio.loads(raw)).with_id()
    except (ValueError, ValidationError) as exc:
        log.warning("unreadable article skipped", error=str(exc)[:300])
        return None


def run_worker(settings: Settings) -> None:
    """Run the detector until SIGINT/SIGTERM."""
    import asyncio

    from tocsin.core.kafka import ensure_topics

    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    loop.run_until_complete(ensure_topics(settings))
    app = create_app(settings)
    worker = faust.Worker(app, loop=loop, loglevel=settings.log_level.lower().replace("warning", "warn"), quiet=True)
    worker.execute_from_commandline()
