"""Subscriptions in Redis, and which alerts each one wants."""

from __future__ import annotations

import secrets
from datetime import UTC, datetime
from typing import Any

import redis.asyncio as redis

from tocsin.core import jsonio
from tocsin.core.models import Subscription, SubscriptionCreate, SubscriptionCreated
from tocsin.core.redisio import Keys
from tocsin.notifier.signing import new_secret

_SEVERITY_RANK = {"low": 0, "medium": 1, "high": 2, "critical": 3}


class SubscriptionStore:
    def __init__(self, client: redis.Redis, keys: Keys):
        self.r = client
        self.k = keys

    async def create(self, spec: SubscriptionCreate) -> SubscriptionCreated:
        sub = SubscriptionCreated(
            **spec.model_dump(), id="sub_" + secrets.token_hex(8), created_at=datetime.now(UTC), secret=new_secret()
        )
        stored = Subscription.model_validate(sub.model_dump(exclude={"secret"}))
        async with self.r.pipeline(transaction=True) as pipe:
            pipe.hset(self.k.subscription(sub.id), mapping={"doc": jsonio.dumps(stored), "secret": sub.secret})
            pipe.sadd(self.k.subscriptions, sub.id)
            await pipe.execute()
        return sub

    async def get(self, sub_id: str) -> Subscription | None:
        raw = await self.r.hget(self.k.subscription(sub_id), "doc")
        return Subscription.model_validate(jsonio.loads(raw)) if raw else None

    async def secret(self, sub_id: str) -> str | None:
        raw = await self.r.hget(self.k.subscription(sub_id), "secret")
        return raw.decode() if raw else None

    async def list(self) -> list[Subscription]:
        ids = sorted(i.decode() for i in await self.r.smembers(self.k.subscriptions))
        subs = [await self.get(i) for i in ids]
        return [s for s in subs if s is not None]

    async def delete(self, sub_id: str) -> bool:
        async with self.r.pipeline(transaction=True) as pipe:
            pipe.delete(self.k.subscription(sub_id))
            pipe.srem(self.k.subscriptions, sub_id)
            deleted, _ = await pipe.execute()
        return bool(deleted)

    async def disable(self, sub_id: str, reason: str) -> None:
        sub = await self.get(sub_id)
        if sub:
            sub = sub.model_copy(update={"enabled": False, "disabled_reason": reason})
            await self.r.hset(self.k.subscription(sub_id), "doc", jsonio.dumps(sub))


def wants(sub: Subscription, alert: dict[str, Any]) -> bool:
    """Does this subscription's filter select this alert?"""
    if not sub.enabled:
        return False
    data = alert["data"]
    f = sub.filters
    if data["event_type"] not in f.event_types:
        return False
    if data["event_type"] == "military_strike" and f.cross_border_only and not data.get("cross_border"):
        return False
    if f.countries and not ({data.get("attacker_country"), data.get("territory_country")} & set(f.countries)):
        return False
    return _SEVERITY_RANK[data["severity"]] >= _SEVERITY_RANK[f.min_severity]
