"""From the alerts topic to per-subscriber deliveries.

Offsets are committed only after every matching subscriber's delivery is
queued; a crash before that replays the alerts, and `enqueue_once` makes the
replay a no-op for subscribers already served. Several notifier replicas share
the consumer group, so each alert is read by one of them (or, after a
rebalance, by more than one, harmlessly).
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from aiokafka import AIOKafkaConsumer

from tocsin.core import jsonio
from tocsin.core.logs import get_logger
from tocsin.core.settings import Settings
from tocsin.notifier import metrics
from tocsin.notifier.queue import DEDUP_TTL_SECONDS, DeliveryQueue
from tocsin.notifier.routing import labels, silenced_by, wants
from tocsin.notifier.silences import SilenceStore
from tocsin.notifier.subscriptions import SubscriptionStore

log = get_logger(__name__)


class Fanout:
    def __init__(self, settings: Settings, store: SubscriptionStore, queue: DeliveryQueue, silences: SilenceStore):
        self.settings = settings
        self.store = store
        self.queue = queue
        self.silences = silences

    async def handle(self, raw: bytes) -> int:
        """Queue one alert for every subscriber that wants it; returns how many were queued."""
        try:
            alert = jsonio.loads(raw)
            alert_id = alert["id"]
            alert["data"]["event_type"]
        except (ValueError, KeyError, TypeError):
            log.warning("unreadable alert skipped")
            return 0
        metrics.ALERTS.inc()
        await self.store.r.set(self.store.k.alert(alert_id), raw, ex=DEDUP_TTL_SECONDS)
        active = await self.silences.active()
        now = datetime.now(UTC)
        queued = 0
        for sub in await self.store.list():
            if not wants(sub, alert):
                continue
            silence = silenced_by(active, labels(alert, sub.id), now)
            if await self.queue.enqueue_once(sub.id, alert_id, silenced_by=silence) and not silence:
                metrics.QUEUED.labels(sub.channel).inc()
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
