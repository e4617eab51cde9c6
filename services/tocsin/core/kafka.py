"""Kafka plumbing every service shares: topic creation and a producer."""

from __future__ import annotations

import asyncio
import contextlib

from aiokafka import AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaConnectionError, TopicAlreadyExistsError

from tocsin.core.logs import get_logger
from tocsin.core.settings import Settings

log = get_logger(__name__)


def all_topics(settings: Settings) -> list[str]:
    return [settings.topic_articles, settings.topic_events, settings.topic_alerts]


async def ensure_topics(settings: Settings, topics: list[str] | None = None, attempts: int = 30) -> None:
    """Create tocsin's topics if missing (faust needs its source topics to exist)."""
    topics = topics or all_topics(settings)
    for attempt in range(attempts):
        admin = AIOKafkaAdminClient(bootstrap_servers=settings.kafka_bootstrap)
        try:
            await admin.start()
            existing = set(await admin.list_topics())
            missing = [t for t in topics if t not in existing]
            if missing:
                with contextlib.suppress(TopicAlreadyExistsError):  # another service won the race
                    await admin.create_topics(
                        [NewTopic(t, settings.topic_partitions, settings.topic_replication) for t in missing]
                    )
                log.info("topics created", topics=missing)
            return
        except (KafkaConnectionError, OSError) as exc:
            if attempt == attempts - 1:
                raise
            log.info("waiting for Kafka", bootstrap=settings.kafka_bootstrap, error=str(exc))
            await asyncio.sleep(1)
        finally:
            await admin.close()


def make_producer(settings: Settings) -> AIOKafkaProducer:
    return AIOKafkaProducer(
        bootstrap_servers=settings.kafka_bootstrap,
        acks="all",
        linger_ms=5,
        request_timeout_ms=15000,
    )
