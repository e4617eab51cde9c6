"""The subscriptions API (OpenAPI at /docs): create, list, get, delete; dead letters; attempts."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException, Request, status
from fastapi.responses import Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from tocsin.core import jsonio
from tocsin.core.models import Subscription, SubscriptionCreate, SubscriptionCreated
from tocsin.core.settings import Settings
from tocsin.notifier.queue import DeliveryQueue
from tocsin.notifier.security import UnsafeURL, parse_allowlist, resolve_target
from tocsin.notifier.subscriptions import SubscriptionStore

_bearer = HTTPBearer(auto_error=False)


def create_api(settings: Settings, store: SubscriptionStore, queue: DeliveryQueue) -> FastAPI:
    app = FastAPI(title="tocsin notifier", version="1", description="Subscribe webhooks to tocsin alerts.")
    allowlist = parse_allowlist(settings.webhook_allowlist)

    async def authenticated(creds: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]) -> None:
        if settings.api_token and (creds is None or creds.credentials != settings.api_token):
            raise HTTPException(status.HTTP_401_UNAUTHORIZED, "missing or wrong bearer token", headers={"WWW-Authenticate": "Bearer"})

    auth = [Depends(authenticated)]

    @app.post("/v1/subscriptions", status_code=201, response_model=SubscriptionCreated, dependencies=auth)
    async def create(spec: SubscriptionCreate) -> SubscriptionCreated:
        """Subscribe a webhook. The `whsec_` secret is returned here and never again."""
        try:
            await resolve_target(str(spec.url), allowlist)
        except UnsafeURL as exc:
            raise HTTPException(422, f"url refused: {exc}") from None
        return await store.create(spec)

    @app.get("/v1/subscriptions", response_model=list[Subscription], dependencies=auth)
    async def list_subscriptions() -> list[Subscription]:
        return await store.list()

    @app.get("/v1/subscriptions/{sub_id}", response_model=Subscription, dependencies=auth)
    async def get(sub_id: str) -> Subscription:
        sub = await store.get(sub_id)
        if sub is None:
            raise HTTPException(404, f"no subscription {sub_id}")
        return sub

    @app.delete("/v1/subscriptions/{sub_id}", status_code=204, dependencies=auth)
    async def delete(sub_id: str) -> Response:
        if not await store.delete(sub_id):
            raise HTTPException(404, f"no subscription {sub_id}")
        return Response(status_code=204)

    @app.get("/v1/deliveries/dead", dependencies=auth)
    async def dead_letters(limit: int = 100) -> list[dict]:
        return [jsonio.loads(x) for x in await store.r.lrange(store.k.dead, 0, max(0, limit - 1))]

    @app.post("/v1/deliveries/{delivery_id}/replay", status_code=202, dependencies=auth)
    async def replay(delivery_id: str) -> dict:
        """Send a dead-lettered delivery again (its attempt count starts over)."""
        key = store.k.delivery(delivery_id)
        if not await store.r.exists(key):
            raise HTTPException(404, f"no delivery {delivery_id}")
        await store.r.hset(key, mapping={"status": "queued", "attempts": 0})
        await queue.requeue_now(delivery_id)
        return {"delivery_id": delivery_id, "status": "queued"}

    @app.get("/v1/deliveries/{delivery_id}", dependencies=auth)
    async def delivery(delivery_id: str) -> dict:
        record = await store.r.hgetall(store.k.delivery(delivery_id))
        if not record:
            raise HTTPException(404, f"no delivery {delivery_id}")
        attempts = [jsonio.loads(x) for x in await store.r.lrange(store.k.attempts(delivery_id), 0, -1)]
        return {"delivery_id": delivery_id, **{k.decode(): v.decode() for k, v in record.items()}, "attempt_log": attempts}

    @app.get("/healthz")
    async def healthz(request: Request) -> dict[str, str]:
        await store.r.ping()
        return {"status": "ok"}

    @app.get("/metrics")
    async def metrics() -> Response:
        return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)

    return app
