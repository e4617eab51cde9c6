"""Publishing articles to the articles topic, keyed by article id."""

from __future__ import annotations

import asyncio

from aiokafka import AIOKafkaProducer

from tocsin.core import jsonio
from tocsin.core.kafka import make_producer
from tocsin.core.models import Article
from tocsin.core.settings import Settings


class ArticlePublisher:
    def __init__(self, settings: Settings):
        self.settings = settings
        self._producer: AIOKafkaProducer | None = None

    async def start(self) -> None:
        self._producer = make_producer(self.settings)
        await self._producer.start()

    async def stop(self) -> None:
        if self._producer:
            await self._producer.stop()

    async def publish(self, articles: list[Article]) -> list[str]:
        """Send and wait for the broker's acknowledgement of every article."""
        assert self._producer is not None, "start() first"
        futures = [
            await self._producer.send(self.settings.topic_articles, jsonio.dumps(a), key=(a.id or "").encode())
            for a in articles
        ]
        await asyncio.gather(*futures)
        return [a.id or "" for a in articles]
