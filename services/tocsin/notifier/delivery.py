"""Delivering queued alerts: one attempt at a time per subscriber, recorded before acknowledged.

The life of a delivery (its Redis hash `status`):

    queued -> sending -> delivered
                      -> retrying -> sending ...      (schedule: RETRY_SCHEDULE, +/- RETRY_JITTER,
                      -> dead     (after the last      or Retry-After on 429/503 if longer)
                      -> gone     (410: the subscription is disabled)
    queued -> silenced | cancelled (subscription deleted or disabled)

Never twice: a worker sends only while it holds the subscriber's `sending`
lock (one in-flight delivery per subscriber, which also keeps them in order),
re-reads the status under that lock, and writes `delivered` as the very first
thing after a 2xx arrives. The lock outlives the HTTP timeout (settings
check), so no second worker can send while an answer may still come. What
remains is the window no HTTP sender can close: dying between the 2xx and
that write. Its length is measured on every attempt (`record_ms` in the
attempt log, `tocsin_delivery_record_seconds`), and a resend after such a
crash carries the same `webhook-id`, which receivers deduplicate on.
"""

from __future__ import annotations

import asyncio
import hashlib
import random
import time
from datetime import UTC, datetime, timedelta

import httpx

from tocsin.core import jsonio
from tocsin.core.logs import get_logger
from tocsin.core.models import Subscription
from tocsin.core.settings import Settings
from tocsin.notifier import metrics
from tocsin.notifier.channels import Outcome, email, slack, webhook
from tocsin.notifier.queue import DeliveryQueue, Entry
from tocsin.notifier.routing import labels, silenced_by
from tocsin.notifier.security import parse_allowlist
from tocsin.notifier.silences import SilenceStore
from tocsin.notifier.subscriptions import SubscriptionStore

log = get_logger(__name__)
FINAL = ("delivered", "dead", "cancelled", "gone", "silenced")
ATTEMPTS_KEPT = 50


def parse_schedule(raw: str) -> list[float]:
    return [float(x) for x in raw.split(",") if x.strip()]


class Sender:
    """Sends one alert over a subscription's channel; shared by workers and the test endpoint."""

    def __init__(self, settings: Settings, store: SubscriptionStore):
        self.settings = settings
        self.store = store
        self.allowlist = parse_allowlist(settings.webhook_allowlist)
        self.client = httpx.AsyncClient(follow_redirects=False, timeout=settings.webhook_timeout_seconds)

    async def send(self, sub: Subscription, alert_id: str, raw_alert: bytes) -> Outcome:
        if sub.channel == "webhook":
            secrets = await self.store.signing_secrets(sub.id)
            return await webhook.send(self.client, str(sub.url), secrets, alert_id, raw_alert, self.allowlist)
        alert = jsonio.loads(raw_alert)
        if sub.channel == "slack":
            return await slack.send(self.client, str(sub.url), alert, self.allowlist)
        return await email.send(alert, list(sub.email_to), self.settings)

    def pace_key(self, sub: Subscription) -> str | None:
        """Slack allows about one message per second per incoming webhook."""
        if sub.channel != "slack":
            return None
        return self.store.k.pace(hashlib.sha256(str(sub.url).encode()).hexdigest()[:32])

    async def close(self) -> None:
        await self.client.aclose()


class DeliveryWorker:
    def __init__(self, settings: Settings, store: SubscriptionStore, queue: DeliveryQueue, silences: SilenceStore,
                 sender: Sender, name: str):
        self.settings = settings
        self.store = store
        self.queue = queue
        self.silences = silences
        self.sender = sender
        self.r = store.r
        self.k = store.k
        self.name = name
        self.schedule = parse_schedule(settings.retry_schedule)
        self.claim_ms = int(settings.delivery_claim_seconds * 1000)

    async def run(self) -> None:
        reclaim_every = max(1.0, self.settings.delivery_claim_seconds / 4)
        next_reclaim = 0.0
        while True:
            entries: list[Entry] = []
            if time.monotonic() >= next_reclaim:
                # entries a dead worker left pending come back once their claim expired
                entries = await self.queue.reclaim(self.name, self.claim_ms)
                next_reclaim = time.monotonic() + reclaim_every
            if not entries:
                entries = await self.queue.read(self.name)
            for entry in entries:
                await self.process(entry.delivery_id)
                await self.queue.ack(entry)

    async def process(self, delivery_id: str) -> str:
        """At most one attempt at one delivery; returns the resulting status."""
        sub_id = delivery_id.split(":", 1)[0]
        lock, token = self.k.sending(sub_id), f"{self.name}:{delivery_id}"
        if not await self.queue.lock(lock, token, self.claim_ms):
            # another delivery to this subscriber is in flight: come back shortly, in order
            await self.queue.schedule(delivery_id, time.time() + 0.5)
            return "deferred"
        try:
            return await self._process_locked(delivery_id)
        finally:
            await self.queue.unlock(lock, token)

    async def _process_locked(self, delivery_id: str) -> str:
        key = self.k.delivery(delivery_id)
        record = {k.decode(): v.decode() for k, v in (await self.r.hgetall(key)).items()}
        if not record or record.get("status") in FINAL:
            return record.get("status", "missing")
        sub_id, alert_id = record["sub"], record["alert"]
        sub = await self.store.get(sub_id)
        raw_alert = await self.r.get(self.k.alert(alert_id))
        if sub is None or not sub.enabled or raw_alert is None:
            reason = "alert expired" if raw_alert is None else "subscription deleted or disabled"
            await self.r.hset(key, mapping={"status": "cancelled", "reason": reason})
            return "cancelled"
        silence = silenced_by(await self.silences.active(), labels(jsonio.loads(raw_alert), sub_id), datetime.now(UTC))
        if silence:
            await self.r.hset(key, mapping={"status": "silenced", "reason": f"silenced by {silence}"})
            metrics.DELIVERIES.labels(sub.channel, "silenced").inc()
            return "silenced"
        pace = self.sender.pace_key(sub)
        if pace and not await self.r.set(pace, 1, nx=True, px=int(self.settings.slack_min_interval_seconds * 1000)):
            wait_ms = max(50, await self.r.pttl(pace))
            await self.queue.schedule(delivery_id, time.time() + wait_ms / 1000)
            return "paced"

        attempt = int(record.get("attempts", "0")) + 1
        after_crash = record.get("status") == "sending"  # the previous attempt's sender died mid-send
        await self.r.hset(key, mapping={"status": "sending", "attempts": attempt, "sending_at": time.time()})
        started = time.perf_counter()
        outcome = await self.sender.send(sub, alert_id, raw_alert)
        if outcome.ok:
            # first thing after the 2xx: make it durable (the unavoidable window ends here)
            await self.r.hset(key, mapping={"status": "delivered", "delivered_at": time.time()})
        record_ms = round((time.perf_counter() - outcome.answered_at) * 1000, 3) if outcome.ok else None
        latency_ms = round((outcome.answered_at - started) * 1000, 1)
        await self._log_attempt(delivery_id, attempt, outcome, latency_ms, record_ms, after_crash)
        metrics.ATTEMPTS.labels(sub.channel, _code_class(outcome)).inc()
        metrics.LATENCY.labels(sub.channel).observe(latency_ms / 1000)

        if outcome.ok:
            metrics.RECORD_WINDOW.observe((record_ms or 0) / 1000)
            metrics.DELIVERIES.labels(sub.channel, "delivered").inc()
            log.info("delivered", delivery_id=delivery_id, channel=sub.channel, attempt=attempt,
                     status=outcome.status_code, latency_ms=latency_ms, after_crash=after_crash)
            return "delivered"
        if outcome.gone:
            await self.store.disable(sub_id, f"the destination answered {outcome.status_code}: it no longer exists")
            await self.r.hset(key, mapping={"status": "gone", "reason": f"HTTP {outcome.status_code}"})
            metrics.DELIVERIES.labels(sub.channel, "gone").inc()
            log.warning("subscription disabled: destination gone", subscription=sub_id, status=outcome.status_code)
            return "gone"
        reason = outcome.error
        if outcome.status_code is not None:
            protocol = "SMTP" if sub.channel == "email" else "HTTP"
            reason = f"{protocol} {outcome.status_code}" + (f": {outcome.error}" if outcome.error else "")
        if outcome.permanent or attempt >= len(self.schedule):
            await self._dead_letter(key, delivery_id, sub_id, alert_id, reason)
            metrics.DELIVERIES.labels(sub.channel, "dead").inc()
            return "dead"
        delay = self.schedule[attempt] * random.uniform(1 - self.settings.retry_jitter, 1 + self.settings.retry_jitter)
        if outcome.retry_after is not None:
            delay = max(delay, outcome.retry_after)
        due = time.time() + delay
        await self.r.hset(key, mapping={"status": "retrying", "next_attempt_at": due, "reason": reason})
        await self.queue.schedule(delivery_id, due)
        log.info("delivery will be retried", delivery_id=delivery_id, attempt=attempt, status=outcome.status_code,
                 error=outcome.error, in_seconds=round(delay, 2))
        return "retrying"

    async def _dead_letter(self, key: str, delivery_id: str, sub_id: str, alert_id: str, reason: str) -> None:
        await self.r.hset(key, mapping={"status": "dead", "reason": reason})
        await self.r.lpush(self.k.dead, jsonio.dumps({"delivery_id": delivery_id, "subscription": sub_id,
                                                      "alert_id": alert_id, "reason": reason, "at": time.time()}))
        log.warning("delivery dead-lettered", delivery_id=delivery_id, reason=reason)

    async def _log_attempt(self, delivery_id: str, attempt: int, outcome: Outcome, latency_ms: float,
                           record_ms: float | None, after_crash: bool) -> None:
        entry = {"attempt": attempt, "at": time.time(), "status_code": outcome.status_code, "ok": outcome.ok,
                 "latency_ms": latency_ms, "record_ms": record_ms, "error": outcome.error or None,
                 "after_crash": after_crash, "worker": self.name}
        key = self.k.attempts(delivery_id)
        async with self.r.pipeline(transaction=False) as pipe:
            pipe.rpush(key, jsonio.dumps(entry))
            pipe.ltrim(key, -ATTEMPTS_KEPT, -1)
            pipe.expire(key, int(timedelta(days=30).total_seconds()))
            await pipe.execute()


def _code_class(outcome: Outcome) -> str:
    if outcome.status_code is None:
        return "refused" if outcome.permanent else "error"
    return f"{outcome.status_code // 100}xx"


async def move_due_retries(queue: DeliveryQueue, interval: float = 0.2) -> None:
    while True:
        await queue.move_due()
        await asyncio.sleep(interval)
