"""Per-subscriber delivery queues in Redis: one stream per subscriber, plus a retry schedule.

    enqueue_once  --XADD-->  q:<subscriber> stream  --XREADGROUP-->  worker
    worker failure  --ZADD due time-->  retries zset  --(due)-->  XADD again

Each subscriber has its own stream, read with one consumer group shared by
every worker of every notifier replica, so a slow or failing receiver never
delays another's alerts, and reading one entry per stream per round is fair.

An entry is acknowledged only after its outcome is recorded, so a worker that
dies mid-send leaves it pending; another worker reclaims it (XAUTOCLAIM) once
its claim has expired. Deduplication (one delivery per subscriber and alert,
ever) is an atomic SET NX + XADD in one script, so a replayed or redelivered
alert never enqueues twice.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass

import redis.asyncio as redis
from redis.exceptions import ResponseError

from tocsin.core.redisio import Keys

GROUP = "delivery-workers"
DEDUP_TTL_SECONDS = 30 * 86400

# KEYS: sent-marker, subscriber stream, delivery hash, queues set, alert's delivery set, subscriber's delivery list
# ARGV: delivery id, ttl, subscriber, alert, created, group, status, reason
_ENQUEUE_ONCE = """
if not redis.call('SET', KEYS[1], ARGV[1], 'NX', 'EX', ARGV[2]) then
  return 0
end
redis.call('HSET', KEYS[3], 'sub', ARGV[3], 'alert', ARGV[4], 'status', ARGV[7], 'attempts', 0,
           'created', ARGV[5], 'reason', ARGV[8])
redis.call('EXPIRE', KEYS[3], ARGV[2])
redis.call('SADD', KEYS[5], ARGV[1])
redis.call('EXPIRE', KEYS[5], ARGV[2])
redis.call('LPUSH', KEYS[6], ARGV[1])
redis.call('LTRIM', KEYS[6], 0, 999)
if ARGV[7] == 'queued' then
  redis.call('SADD', KEYS[4], ARGV[3])
  redis.pcall('XGROUP', 'CREATE', KEYS[2], ARGV[6], '0', 'MKSTREAM')
  redis.call('XADD', KEYS[2], '*', 'delivery', ARGV[1])
end
return 1
"""

# KEYS: retries zset, queues set.  ARGV: now, key prefix.
# A delivery id is "<subscriber>:<alert>"; deliveries of deleted subscribers are dropped.
_MOVE_DUE = """
local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, 200)
for _, id in ipairs(due) do
  redis.call('ZREM', KEYS[1], id)
  local sub = string.match(id, '^([^:]+):')
  if sub and redis.call('SISMEMBER', KEYS[2], sub) == 1 then
    redis.call('XADD', ARGV[2] .. ':q:' .. sub, '*', 'delivery', id)
  end
end
return #due
"""

# Release a lock only if we still hold it.
_RELEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""


@dataclass(frozen=True, slots=True)
class Entry:
    stream: str
    entry_id: bytes
    delivery_id: str


def delivery_id(sub_id: str, alert_id: str) -> str:
    return f"{sub_id}:{alert_id}"


class DeliveryQueue:
    def __init__(self, client: redis.Redis, keys: Keys):
        self.r = client
        self.k = keys
        self._enqueue = client.register_script(_ENQUEUE_ONCE)
        self._move_due = client.register_script(_MOVE_DUE)
        self._release = client.register_script(_RELEASE)
        self._streams: list[str] = []
        self._streams_read_at = 0.0

    async def enqueue_once(self, sub_id: str, alert_id: str, silenced_by: str | None = None) -> bool:
        """Queue one delivery of this alert to this subscriber, unless it ever was.

        A silenced delivery is recorded (status `silenced`, visible in the API
        and replayable) but not queued.
        """
        did = delivery_id(sub_id, alert_id)
        status, reason = ("silenced", f"silenced by {silenced_by}") if silenced_by else ("queued", "")
        added = await self._enqueue(
            keys=[self.k.sent(sub_id, alert_id), self.k.queue(sub_id), self.k.delivery(did),
                  self.k.queues, self.k.alert_deliveries(alert_id), self.k.sub_deliveries(sub_id)],
            args=[did, DEDUP_TTL_SECONDS, sub_id, alert_id, time.time(), GROUP, status, reason],
        )
        return bool(added)

    async def requeue_now(self, did: str) -> None:
        sub_id = did.split(":", 1)[0]
        async with self.r.pipeline(transaction=True) as pipe:
            pipe.sadd(self.k.queues, sub_id)
            pipe.xadd(self.k.queue(sub_id), {"delivery": did})
            await pipe.execute()
        await self._ensure_group(self.k.queue(sub_id))

    async def schedule(self, did: str, due: float) -> None:
        await self.r.zadd(self.k.retries, {did: due})

    async def move_due(self) -> int:
        return int(await self._move_due(keys=[self.k.retries, self.k.queues], args=[time.time(), self.k.p]))

    async def drop_subscriber(self, sub_id: str) -> None:
        async with self.r.pipeline(transaction=True) as pipe:
            pipe.srem(self.k.queues, sub_id)
            pipe.delete(self.k.queue(sub_id))
            await pipe.execute()

    # ------------------------------------------------------------ workers
    async def streams(self) -> list[str]:
        """The subscriber streams, re-read at most once a second."""
        if time.monotonic() - self._streams_read_at > 1.0:
            subs = sorted(s.decode() for s in await self.r.smembers(self.k.queues))
            self._streams = [self.k.queue(s) for s in subs]
            self._streams_read_at = time.monotonic()
        return self._streams

    async def read(self, consumer: str, block_ms: int = 500) -> list[Entry]:
        """New entries, at most one per subscriber stream (fair across subscribers)."""
        streams = await self.streams()
        if not streams:
            await asyncio.sleep(block_ms / 1000)
            return []
        try:
            got = await self.r.xreadgroup(GROUP, consumer, dict.fromkeys(streams, ">"), count=1, block=block_ms)
        except ResponseError as exc:
            if "NOGROUP" not in str(exc) and "UNBLOCKED" not in str(exc):
                raise
            # a subscriber was deleted (its stream with it) since the list was read: read it again
            self._streams_read_at = 0.0
            for stream in await self.streams():
                await self._ensure_group(stream)
            return []
        return [Entry(s.decode(), eid, f[b"delivery"].decode()) for s, batch in got for eid, f in batch if f]

    async def reclaim(self, consumer: str, min_idle_ms: int) -> list[Entry]:
        """Entries another worker took and never acknowledged (it crashed, or was killed)."""
        entries: list[Entry] = []
        for stream in await self.streams():
            try:
                _, claimed, *_ = await self.r.xautoclaim(stream, GROUP, consumer, min_idle_time=min_idle_ms, count=10)
            except ResponseError:
                continue
            entries += [Entry(stream, eid, f[b"delivery"].decode()) for eid, f in claimed if f]
        return entries

    async def ack(self, entry: Entry) -> None:
        async with self.r.pipeline(transaction=False) as pipe:
            pipe.xack(entry.stream, GROUP, entry.entry_id)
            pipe.xdel(entry.stream, entry.entry_id)
            await pipe.execute()

    async def lock(self, key: str, token: str, ttl_ms: int) -> bool:
        return bool(await self.r.set(key, token, nx=True, px=ttl_ms))

    async def unlock(self, key: str, token: str) -> None:
        await self._release(keys=[key], args=[token])

    async def _ensure_group(self, stream: str) -> None:
        try:
            await self.r.xgroup_create(stream, GROUP, id="0", mkstream=True)
        except ResponseError as exc:
            if "BUSYGROUP" not in str(exc):
                raise

