"""The notifier process: API, alert fan-out and delivery workers on one event loop."""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket

import uvicorn

from tocsin.core.kafka import ensure_topics
from tocsin.core.logs import get_logger
from tocsin.core.redisio import Keys, make_redis
from tocsin.core.settings import Settings
from tocsin.notifier.api import create_api
from tocsin.notifier.delivery import DeliveryWorker, Sender, move_due_retries
from tocsin.notifier.fanout import Fanout
from tocsin.notifier.queue import DeliveryQueue
from tocsin.notifier.silences import SilenceStore
from tocsin.notifier.subscriptions import SubscriptionStore

log = get_logger(__name__)


async def serve(settings: Settings) -> None:
    if not settings.api_token:
        log.warning("API_TOKEN is empty: the subscriptions API accepts anyone (local use only)")
    client = make_redis(settings)
    keys = Keys(settings.redis_prefix)
    store = SubscriptionStore(client, keys)
    queue = DeliveryQueue(client, keys)
    silences = SilenceStore(client, keys)
    sender = Sender(settings, store)
    await ensure_topics(settings)
    replica = f"{socket.gethostname()}-{os.getpid()}"
    workers = [DeliveryWorker(settings, store, queue, silences, sender, name=f"{replica}-w{i}") for i in range(settings.delivery_workers)]
    tasks = [asyncio.create_task(Fanout(settings, store, queue, silences).run(), name="fanout"),
             asyncio.create_task(move_due_retries(queue), name="retries")]
    tasks += [asyncio.create_task(w.run(), name=w.name) for w in workers]
    server = uvicorn.Server(uvicorn.Config(create_api(settings, store, queue, silences, sender), host=settings.notifier_host,
                                           port=settings.notifier_port, log_config=None, access_log=False))

    def crashed(task: asyncio.Task) -> None:
        # a dead loop must not leave a half-working notifier: exit, and let the supervisor restart us
        if not task.cancelled() and task.exception() is not None:
            log.error("notifier task failed; shutting down", task=task.get_name(), error=f"{type(task.exception()).__name__}: {task.exception()}")
            server.should_exit = True

    for task in tasks:
        task.add_done_callback(crashed)
    try:
        await server.serve()
    finally:
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        await sender.close()
        await client.aclose()
