"""From the alerts topic to per-subscriber deliveries.

Offsets are committed only after every matching subscriber's delivery is
queued; a crash before that replays the alerts, and `enqueue_once` makes the
replay a no-op for subscribers already served.
"""

from __future__ import annotations

import asyncio

from aiokafka import AIOKafkaConsumer

from tocsin.core import jsonio
from tocsin.core.logs import get_logger
from tocsin.core.settings import Settings
from tocsin.notifier.queue import DeliveryQueue
from tocsin.notifier.subscriptions import SubscriptionStore, wants

log = get_logger(__name__)
ALERT_TTL_SECONDS = 30 * 86400


class Fanout:
    def __init__(self, settings: Settings, store: SubscriptionStore, queue: DeliveryQueue):
        self.settings = settings
        self.store = store
        self.queue = queue

    async def handle(self, raw: bytes) -> int:
        """Queue one alert for every subscriber that wants it; returns how many were queued."""
        try:
            alert = jsonio.loads(raw)
            alert_id = alert["id"]
        except (ValueError, KeyError, TypeError):
            log.warning("unreadable alert skipped")
            return 0
        await self.store.r.set(self.store.k.alert(alert_id), raw, ex=ALERT_TTL_SECONDS)
        queued = 0
        for sub in await self.store.list():
            if wants(sub, alert) and await self.queue.enqueue_once(sub.id, alert_id):
                queued += 1
        log.info("alert fanned out", alert_id=alert_id, subscribers=queued)
        return queued

    async def run(self) -> None:
        consumer = AIOKafkaConsumer(
            self.settings.topic_alerts,
            bootstrap_servers=self.settings.kafka_bootstrap,
            group_id=self.settings.notifier_group,
            enable_auto_commit=False,
            auto_offset_reset="earliest",
            session_timeout_ms=int(self.settings.broker_session_timeout * 1000),
            heartbeat_interval_ms=max(500, int(self.settings.broker_session_timeout * 1000 / 3)),
        )
        await consumer.start()
        try:
            while True:
                batches = await consumer.getmany(timeout_ms=1000, max_records=100)
                for records in batches.values():
                    for record in records:
                        await self.handle(record.value)
                if batches:
                    await consumer.commit()
        except asyncio.CancelledError:
            raise
        finally:
            await consumer.stop()
