"""The delivery queue in Redis: a stream with a consumer group, plus a retry schedule.

    enqueue  --XADD-->  deliveries stream  --XREADGROUP-->  worker
    worker failure  --ZADD due time-->  retries zset  --(due)-->  XADD again

An entry is acknowledged only after its outcome is recorded, so a worker that
dies mid-send leaves it pending, and another worker reclaims it (XAUTOCLAIM)
once its claim has expired. Deduplication (one delivery per subscriber and
alert) is an atomic SET NX + XADD, so a redelivered alert never enqueues twice.
"""

from __future__ import annotations

import time

import redis.asyncio as redis
from redis.exceptions import ResponseError

from tocsin.core.redisio import Keys

GROUP = "delivery-workers"

_ENQUEUE_ONCE = """
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'EX', ARGV[2]) then
  redis.call('HSET', KEYS[3], 'sub', ARGV[3], 'alert', ARGV[4], 'status', 'queued', 'attempts', 0, 'created', ARGV[5])
  redis.call('XADD', KEYS[2], '*', 'delivery', ARGV[1])
  return 1
end
return 0
"""

_MOVE_DUE = """
local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, 100)
for _, id in ipairs(due) do
  redis.call('ZREM', KEYS[1], id)
  redis.call('XADD', KEYS[2], '*', 'delivery', id)
end
return #due
"""


class DeliveryQueue:
    def __init__(self, client: redis.Redis, keys: Keys, dedup_ttl_seconds: int = 30 * 86400):
        self.r = client
        self.k = keys
        self.dedup_ttl = dedup_ttl_seconds
        self._enqueue = client.register_script(_ENQUEUE_ONCE)
        self._move_due = client.register_script(_MOVE_DUE)

    async def ensure_group(self) -> None:
        try:
            await self.r.xgroup_create(self.k.deliveries, GROUP, id="0", mkstream=True)
        except ResponseError as exc:
            if "BUSYGROUP" not in str(exc):
                raise

    @staticmethod
    def delivery_id(sub_id: str, alert_id: str) -> str:
        return f"{sub_id}:{alert_id}"

    async def enqueue_once(self, sub_id: str, alert_id: str) -> bool:
        """Queue one delivery of this alert to this subscriber, unless it ever was."""
        delivery_id = self.delivery_id(sub_id, alert_id)
        added = await self._enqueue(
            keys=[self.k.sent(sub_id, alert_id), self.k.deliveries, self.k.delivery(delivery_id)],
            args=[delivery_id, self.dedup_ttl, sub_id, alert_id, int(time.time())],
        )
        return bool(added)

    async def schedule_retry(self, delivery_id: str, due: float) -> None:
        await self.r.zadd(self.k.retries, {delivery_id: due})

    async def requeue_now(self, delivery_id: str) -> None:
        await self.r.xadd(self.k.deliveries, {"delivery": delivery_id})

    async def move_due(self) -> int:
        return int(await self._move_due(keys=[self.k.retries, self.k.deliveries], args=[time.time()]))
