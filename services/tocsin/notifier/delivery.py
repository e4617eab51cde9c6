"""Delivering one queued alert to one webhook: sign, POST, record, retry.

The retry schedule (RETRY_SCHEDULE, seconds) is published in the README:
attempt n waits schedule[n] (+/- RETRY_JITTER), or longer if the receiver
asked with Retry-After on 429/503. After the last attempt the delivery goes to
the dead-letter list. 410 Gone disables the subscription. Redirects are never
followed.
"""

from __future__ import annotations

import asyncio
import random
import time
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import httpx

from tocsin.core import jsonio
from tocsin.core.logs import get_logger
from tocsin.core.settings import Settings
from tocsin.notifier.queue import GROUP, DeliveryQueue
from tocsin.notifier.security import UnsafeURL, parse_allowlist, resolve_target
from tocsin.notifier.signing import sign_headers
from tocsin.notifier.subscriptions import SubscriptionStore

log = get_logger(__name__)


def parse_schedule(raw: str) -> list[float]:
    return [float(x) for x in raw.split(",") if x.strip()]


def retry_after_seconds(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        return max(0.0, (parsedate_to_datetime(value) - datetime.now(UTC)).total_seconds())
    except (TypeError, ValueError):
        return None


class DeliveryWorker:
    def __init__(self, settings: Settings, store: SubscriptionStore, queue: DeliveryQueue, name: str):
        self.settings = settings
        self.store = store
        self.queue = queue
        self.r = store.r
        self.k = store.k
        self.name = name
        self.schedule = parse_schedule(settings.retry_schedule)
        self.allowlist = parse_allowlist(settings.webhook_allowlist)
        self.client = httpx.AsyncClient(follow_redirects=False, timeout=settings.webhook_timeout_seconds)

    async def close(self) -> None:
        await self.client.aclose()

    async def run(self) -> None:
        claim_ms = int(self.settings.delivery_claim_seconds * 1000)
        while True:
            # entries a dead worker left pending come back after their claim expires
            _, reclaimed, *_ = await self.r.xautoclaim(self.k.deliveries, GROUP, self.name, min_idle_time=claim_ms, count=10)
            entries = list(reclaimed)
            if not entries:
                got = await self.r.xreadgroup(GROUP, self.name, {self.k.deliveries: ">"}, count=10, block=1000)
                entries = [e for _, batch in got for e in batch]
            for entry_id, fields in entries:
                if not fields:
                    await self.r.xack(self.k.deliveries, GROUP, entry_id)
                    continue
                await self.process(fields[b"delivery"].decode())
                await self.r.xack(self.k.deliveries, GROUP, entry_id)

    async def process(self, delivery_id: str) -> str:
        """One attempt at one delivery; returns its resulting status."""
        key = self.k.delivery(delivery_id)
        record = {k.decode(): v.decode() for k, v in (await self.r.hgetall(key)).items()}
        if not record or record.get("status") in ("delivered", "dead", "cancelled", "gone"):
            return record.get("status", "missing")
        # one sender at a time: a second worker holding a redelivered copy backs off
        if not await self.r.set(f"{key}:claim", self.name, nx=True, px=int(self.settings.delivery_claim_seconds * 1000)):
            return "claimed"
        try:
            return await self._attempt(delivery_id, key, record)
        finally:
            await self.r.delete(f"{key}:claim")

    async def _attempt(self, delivery_id: str, key: str, record: dict[str, str]) -> str:
        sub_id, alert_id = record["sub"], record["alert"]
        attempt = int(record.get("attempts", "0")) + 1
        sub = await self.store.get(sub_id)
        secret = await self.store.secret(sub_id)
        raw_alert = await self.r.get(self.k.alert(alert_id))
        if sub is None or secret is None or not sub.enabled or raw_alert is None:
            await self.r.hset(key, mapping={"status": "cancelled", "reason": "subscription gone or disabled"})
            return "cancelled"
        started = time.perf_counter()
        status_code: int | None = None
        retry_after: float | None = None
        error = ""
        try:
            target = await resolve_target(str(sub.url), self.allowlist)
            headers = sign_headers(secret, alert_id, datetime.now(UTC), raw_alert)
            headers.update({"content-type": "application/cloudevents+json", "user-agent": "tocsin-webhooks/1", "host": _host_header(target)})
            url = httpx.URL(str(sub.url)).copy_with(host=target.address)
            response = await self.client.post(url, content=raw_alert, headers=headers, extensions={"sni_hostname": target.host})
            status_code = response.status_code
            retry_after = retry_after_seconds(response.headers.get("retry-after")) if status_code in (429, 503) else None
        except UnsafeURL as exc:
            error = f"refused: {exc}"
        except httpx.HTTPError as exc:
            error = f"{type(exc).__name__}: {exc}"[:300]
        latency_ms = round((time.perf_counter() - started) * 1000, 1)
        await self._log_attempt(delivery_id, attempt, status_code, latency_ms, error)

        if status_code is not None and 200 <= status_code < 300:
            await self.r.hset(key, mapping={"status": "delivered", "attempts": attempt, "delivered_at": time.time()})
            log.info("delivered", delivery_id=delivery_id, attempt=attempt, status=status_code, latency_ms=latency_ms)
            return "delivered"
        if status_code == 410:
            await self.store.disable(sub_id, "receiver answered 410 Gone")
            await self.r.hset(key, mapping={"status": "gone", "attempts": attempt})
            log.warning("subscription disabled by 410", subscription=sub_id)
            return "gone"
        if error.startswith("refused:") or attempt >= len(self.schedule):
            reason = error or f"HTTP {status_code}"
            await self.r.hset(key, mapping={"status": "dead", "attempts": attempt, "reason": reason})
            await self.r.lpush(self.k.dead, jsonio.dumps({"delivery_id": delivery_id, "subscription": sub_id, "alert_id": alert_id, "reason": reason, "at": time.time()}))
            log.warning("delivery dead-lettered", delivery_id=delivery_id, reason=reason)
            return "dead"
        delay = self.schedule[attempt] * random.uniform(1 - self.settings.retry_jitter, 1 + self.settings.retry_jitter)
        if retry_after is not None:
            delay = max(delay, retry_after)
        due = time.time() + delay
        await self.r.hset(key, mapping={"status": "retrying", "attempts": attempt, "next_attempt_at": due})
        await self.queue.schedule_retry(delivery_id, due)
        log.info("delivery will be retried", delivery_id=delivery_id, attempt=attempt, status=status_code, error=error, in_seconds=round(delay, 1))
        return "retrying"

    async def _log_attempt(self, delivery_id: str, attempt: int, status_code: int | None, latency_ms: float, error: str) -> None:
        entry = {"attempt": attempt, "at": time.time(), "status_code": status_code, "latency_ms": latency_ms, "error": error or None}
        key = self.k.attempts(delivery_id)
        async with self.r.pipeline(transaction=False) as pipe:
            pipe.rpush(key, jsonio.dumps(entry))
            pipe.ltrim(key, -50, -1)
            pipe.expire(key, 30 * 86400)
            await pipe.execute()


def _host_header(target) -> str:
    default = 443 if target.scheme == "https" else 80
    return target.host if target.port == default else f"{target.host}:{target.port}"


async def move_due_retries(queue: DeliveryQueue, interval: float = 0.5) -> None:
    while True:
        await queue.move_due()
        await asyncio.sleep(interval)
