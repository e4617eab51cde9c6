"""Subscriptions in Redis: the document, its signing secret(s), and changes to both.

A subscription is one Redis hash: `doc` (the public JSON), `secret`, and while
a rotation is in its grace period `previous_secret` + `previous_until`.
Secrets are never part of `doc`, so listing subscriptions cannot leak them.
"""

from __future__ import annotations

import secrets
import time
from datetime import UTC, datetime, timedelta

import redis.asyncio as redis

from tocsin.core import jsonio
from tocsin.core.models import (
    SecretRotated,
    Subscription,
    SubscriptionCreate,
    SubscriptionCreated,
    SubscriptionUpdate,
)
from tocsin.core.redisio import Keys
from tocsin.notifier.signing import new_secret


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

    async def list(self) -> list[Subscription]:
        ids = sorted(i.decode() for i in await self.r.smembers(self.k.subscriptions))
        if not ids:
            return []
        async with self.r.pipeline(transaction=False) as pipe:
            for i in ids:
                pipe.hget(self.k.subscription(i), "doc")
            docs = await pipe.execute()
        return [Subscription.model_validate(jsonio.loads(d)) for d in docs if d]

    async def update(self, sub_id: str, change: SubscriptionUpdate) -> Subscription | None:
        sub = await self.get(sub_id)
        if sub is None:
            return None
        fields = change.model_dump(exclude_unset=True)
        if fields.get("enabled"):
            fields["disabled_reason"] = None
        updated = Subscription.model_validate({**sub.model_dump(), **fields, "updated_at": datetime.now(UTC)})
        await self._save(updated)
        return updated

    async def delete(self, sub_id: str) -> bool:
        async with self.r.pipeline(transaction=True) as pipe:
            pipe.delete(self.k.subscription(sub_id))
            pipe.srem(self.k.subscriptions, sub_id)
            deleted, _ = await pipe.execute()
        return bool(deleted)

    async def disable(self, sub_id: str, reason: str) -> None:
        sub = await self.get(sub_id)
        if sub:
            await self._save(sub.model_copy(update={"enabled": False, "disabled_reason": reason, "updated_at": datetime.now(UTC)}))

    # ------------------------------------------------------------ secrets
    async def signing_secrets(self, sub_id: str) -> list[str]:
        """The current secret, then the previous one while its grace period lasts."""
        current, previous, until = await self.r.hmget(self.k.subscription(sub_id), "secret", "previous_secret", "previous_until")
        found = [current.decode()] if current else []
        if previous and until and float(until) > time.time():
            found.append(previous.decode())
        return found

    async def rotate_secret(self, sub_id: str, grace: timedelta) -> SecretRotated | None:
        sub = await self.get(sub_id)
        current = await self.r.hget(self.k.subscription(sub_id), "secret")
        if sub is None or current is None:
            return None
        fresh = new_secret()
        until = datetime.now(UTC) + grace
        await self.r.hset(self.k.subscription(sub_id), mapping={
            "secret": fresh, "previous_secret": current, "previous_until": until.timestamp(),
            "doc": jsonio.dumps(sub.model_copy(update={"secret_rotating_until": until})),
        })
        return SecretRotated(secret=fresh, previous_valid_until=until)

    async def _save(self, sub: Subscription) -> None:
        # only an existing subscription is saved: a concurrent delete wins
        if await self.r.exists(self.k.subscription(sub.id)):
            await self.r.hset(self.k.subscription(sub.id), "doc", jsonio.dumps(sub))
