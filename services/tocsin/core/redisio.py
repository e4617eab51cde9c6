"""Redis plumbing every service shares: one client, namespaced keys."""

from __future__ import annotations

import redis.asyncio as redis

from tocsin.core.settings import Settings


def make_redis(settings: Settings) -> redis.Redis:
    return redis.from_url(settings.redis_url, decode_responses=False, health_check_interval=30)


class Keys:
    """Every Redis key tocsin writes, in one place."""

    def __init__(self, prefix: str):
        self.p = prefix

    def subscription(self, sub_id: str) -> str:
        return f"{self.p}:sub:{sub_id}"

    @property
    def subscriptions(self) -> str:
        return f"{self.p}:subs"

    def sent(self, sub_id: str, alert_id: str) -> str:
        return f"{self.p}:sent:{sub_id}:{alert_id}"

    def alert(self, alert_id: str) -> str:
        return f"{self.p}:alert:{alert_id}"

    @property
    def deliveries(self) -> str:
        return f"{self.p}:deliveries"

    @property
    def retries(self) -> str:
        return f"{self.p}:retries"

    def delivery(self, delivery_id: str) -> str:
        return f"{self.p}:delivery:{delivery_id}"

    def attempts(self, delivery_id: str) -> str:
        return f"{self.p}:attempts:{delivery_id}"

    @property
    def dead(self) -> str:
        return f"{self.p}:dead"
