"""Silences: mute alerts matching label matchers for a time window (as in Alertmanager).

A silenced delivery is recorded with status `silenced` rather than sent, so
what was muted stays visible and can be replayed. Silences are checked when an
alert is fanned out and again just before each attempt, so a silence created
while a delivery waits for a retry still holds it back.
"""

from __future__ import annotations

import secrets
import time
from datetime import UTC, datetime, timedelta

import redis.asyncio as redis

from tocsin.core import jsonio
from tocsin.core.models import Silence, SilenceCreate
from tocsin.core.redisio import Keys

EXPIRED_KEPT_FOR = timedelta(days=7)


class SilenceStore:
    def __init__(self, client: redis.Redis, keys: Keys):
        self.r = client
        self.k = keys
        self._cache: list[Silence] = []
        self._cached_at = 0.0

    async def create(self, spec: SilenceCreate) -> Silence:
        now = datetime.now(UTC)
        silence = Silence(**{**spec.model_dump(), "starts_at": spec.starts_at or now},
                          id="sil_" + secrets.token_hex(8), created_at=now)
        await self.r.hset(self.k.silences, silence.id, jsonio.dumps(silence))
        self._cached_at = 0.0
        return silence

    async def get(self, silence_id: str) -> Silence | None:
        raw = await self.r.hget(self.k.silences, silence_id)
        return Silence.model_validate(jsonio.loads(raw)) if raw else None

    async def list(self) -> list[Silence]:
        """Every silence, newest first; those expired for a week are dropped."""
        now = datetime.now(UTC)
        found, stale = [], []
        for sid, raw in (await self.r.hgetall(self.k.silences)).items():
            silence = Silence.model_validate(jsonio.loads(raw))
            (stale if silence.ends_at < now - EXPIRED_KEPT_FOR else found).append((sid, silence))
        if stale:
            await self.r.hdel(self.k.silences, *[sid for sid, _ in stale])
        return sorted((s for _, s in found), key=lambda s: s.created_at, reverse=True)

    async def expire(self, silence_id: str) -> Silence | None:
        """End a silence now (kept, as expired, for the record)."""
        silence = await self.get(silence_id)
        if silence is None:
            return None
        now = datetime.now(UTC)
        if silence.ends_at > now:
            silence = silence.model_copy(update={"ends_at": max(now, silence.starts_at)})
            await self.r.hset(self.k.silences, silence.id, jsonio.dumps(silence))
        self._cached_at = 0.0
        return silence

    async def active(self, max_age: float = 1.0) -> list[Silence]:
        """Current and future silences, cached for `max_age` seconds (checked on every delivery)."""
        if time.monotonic() - self._cached_at > max_age:
            now = datetime.now(UTC)
            self._cache = [s for s in await self.list() if s.ends_at > now]
            self._cached_at = time.monotonic()
        return self._cache


def state(silence: Silence, now: datetime) -> str:
    if now < silence.starts_at:
        return "pending"
    return "active" if now < silence.ends_at else "expired"
