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

    def queue(self, sub_id: str) -> str:
        """The subscriber's own delivery stream: one slow receiver never holds up another."""
        return f"{self.p}:q:{sub_id}"

    @property
    def queues(self) -> str:
        """Ids of subscribers that have a delivery stream."""
        return f"{self.p}:queues"

    def sending(self, sub_id: str) -> str:
        """Held while one delivery to this subscriber is in flight (one at a time, in order)."""
        return f"{self.p}:sending:{sub_id}"

    def pace(self, target: str) -> str:
        """Held for a second after a Slack message to one incoming webhook."""
        return f"{self.p}:pace:{target}"

    @property
    def silences(self) -> str:
        return f"{self.p}:silences"

    @property
    def retries(self) -> str:
        return f"{self.p}:retries"

    def delivery(self, delivery_id: str) -> str:
        return f"{self.p}:delivery:{delivery_id}"

    def attempts(self, delivery_id: str) -> str:
        return f"{self.p}:attempts:{delivery_id}"

    def alert_deliveries(self, alert_id: str) -> str:
        """Delivery ids of one alert, for the deliveries-per-alert API."""
        return f"{self.p}:alert-deliveries:{alert_id}"

    def sub_deliveries(self, sub_id: str) -> str:
        """The subscriber's latest delivery ids, newest first."""
        return f"{self.p}:sub-deliveries:{sub_id}"

    @property
    def dead(self) -> str:
        return f"{self.p}:dead"
