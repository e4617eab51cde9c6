"""The notifier's HTTP API (OpenAPI at /docs): subscriptions, silences, deliveries.

Every route but /healthz and /metrics needs `Authorization: Bearer $API_TOKEN`.
"""

from __future__ import annotations

import secrets
import time
from datetime import UTC, datetime, timedelta
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Query, status
from fastapi.responses import Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from tocsin.core import jsonio
from tocsin.core.models import (
    Alert,
    AlertData,
    SecretRotated,
    Silence,
    SilenceCreate,
    Subscription,
    SubscriptionCreate,
    SubscriptionCreated,
    SubscriptionUpdate,
)
from tocsin.core.settings import Settings
from tocsin.notifier.delivery import FINAL, Sender
from tocsin.notifier.queue import DeliveryQueue
from tocsin.notifier.security import UnsafeURL, parse_allowlist, resolve_target
from tocsin.notifier.silences import SilenceStore, state
from tocsin.notifier.subscriptions import SubscriptionStore

_bearer = HTTPBearer(auto_error=False)


def create_api(settings: Settings, store: SubscriptionStore, queue: DeliveryQueue, silences: SilenceStore,
               sender: Sender) -> FastAPI:
    app = FastAPI(title="tocsin notifier", version="1",
                  description="Subscribe webhooks, Slack channels and email to tocsin alerts; silence them; inspect deliveries.")
    allowlist = parse_allowlist(settings.webhook_allowlist)
    r, k = store.r, store.k

    async def authenticated(creds: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]) -> None:
        if settings.api_token and (creds is None or not secrets.compare_digest(creds.credentials, settings.api_token)):
            raise HTTPException(status.HTTP_401_UNAUTHORIZED, "missing or wrong bearer token", headers={"WWW-Authenticate": "Bearer"})

    auth = [Depends(authenticated)]

    def check_channel(channel: str) -> None:
        if channel == "email" and not settings.smtp_host:
            raise HTTPException(422, "the email channel is not available: the notifier has no SMTP_HOST")

    async def check_url(url: Any) -> None:
        if url is not None:
            try:
                await resolve_target(str(url), allowlist)
            except UnsafeURL as exc:
                raise HTTPException(422, f"url refused: {exc}") from None

    async def existing(sub_id: str) -> Subscription:
        sub = await store.get(sub_id)
        if sub is None:
            raise HTTPException(404, f"no subscription {sub_id}")
        return sub

    # ------------------------------------------------------------ subscriptions
    @app.post("/v1/subscriptions", status_code=201, response_model=SubscriptionCreated, dependencies=auth, tags=["subscriptions"])
    async def create(spec: SubscriptionCreate) -> SubscriptionCreated:
        """Subscribe a webhook, Slack incoming webhook or email addresses. The `whsec_` secret is returned here only."""
        check_channel(spec.channel)
        await check_url(spec.url)
        return await store.create(spec)

    @app.get("/v1/subscriptions", response_model=list[Subscription], dependencies=auth, tags=["subscriptions"])
    async def list_subscriptions() -> list[Subscription]:
        return await store.list()

    @app.get("/v1/subscriptions/{sub_id}", response_model=Subscription, dependencies=auth, tags=["subscriptions"])
    async def get(sub_id: str) -> Subscription:
        return await existing(sub_id)

    @app.patch("/v1/subscriptions/{sub_id}", response_model=Subscription, dependencies=auth, tags=["subscriptions"])
    async def update(sub_id: str, change: SubscriptionUpdate) -> Subscription:
        """Change the URL, recipients, description or filters; `enabled: true` re-enables after a 410."""
        sub = await existing(sub_id)
        if change.url is not None and sub.channel == "email":
            raise HTTPException(422, "an email subscription has email_to, not url")
        if change.email_to is not None and sub.channel != "email":
            raise HTTPException(422, f"a {sub.channel} subscription has url, not email_to")
        if change.email_to is not None and not change.email_to:
            raise HTTPException(422, "email_to cannot be empty")
        await check_url(change.url)
        updated = await store.update(sub_id, change)
        if updated is None:
            raise HTTPException(404, f"no subscription {sub_id}")
        return updated

    @app.delete("/v1/subscriptions/{sub_id}", status_code=204, dependencies=auth, tags=["subscriptions"])
    async def delete(sub_id: str) -> Response:
        if not await store.delete(sub_id):
            raise HTTPException(404, f"no subscription {sub_id}")
        await queue.drop_subscriber(sub_id)
        return Response(status_code=204)

    @app.post("/v1/subscriptions/{sub_id}/rotate-secret", response_model=SecretRotated, dependencies=auth, tags=["subscriptions"])
    async def rotate_secret(sub_id: str, grace_hours: Annotated[float | None, Query(ge=0, le=24 * 30)] = None) -> SecretRotated:
        """A new signing secret; until the grace period ends each webhook carries a signature from both."""
        await existing(sub_id)
        grace = timedelta(hours=settings.secret_rotation_grace_hours if grace_hours is None else grace_hours)
        rotated = await store.rotate_secret(sub_id, grace)
        if rotated is None:
            raise HTTPException(404, f"no subscription {sub_id}")
        return rotated

    @app.post("/v1/subscriptions/{sub_id}/test", dependencies=auth, tags=["subscriptions"])
    async def test_delivery(sub_id: str) -> dict[str, Any]:
        """Send a `tocsin.test` alert now, once, without retries, and say how the destination answered."""
        sub = await existing(sub_id)
        alert = _test_alert(settings)
        started = time.perf_counter()
        outcome = await sender.send(sub, alert.id, jsonio.dumps(alert))
        return {"ok": outcome.ok, "alert_id": alert.id, "status_code": outcome.status_code,
                "latency_ms": round((time.perf_counter() - started) * 1000, 1), "error": outcome.error or None}

    # ------------------------------------------------------------ silences
    @app.post("/v1/silences", status_code=201, response_model=Silence, dependencies=auth, tags=["silences"])
    async def create_silence(spec: SilenceCreate) -> Silence:
        """Mute alerts whose labels match every matcher, from `starts_at` (default now) to `ends_at`."""
        if spec.ends_at <= datetime.now(UTC):
            raise HTTPException(422, "ends_at is in the past")
        return await silences.create(spec)

    @app.get("/v1/silences", dependencies=auth, tags=["silences"])
    async def list_silences() -> list[dict[str, Any]]:
        now = datetime.now(UTC)
        return [{**s.model_dump(mode="json"), "state": state(s, now)} for s in await silences.list()]

    @app.get("/v1/silences/{silence_id}", dependencies=auth, tags=["silences"])
    async def get_silence(silence_id: str) -> dict[str, Any]:
        silence = await silences.get(silence_id)
        if silence is None:
            raise HTTPException(404, f"no silence {silence_id}")
        return {**silence.model_dump(mode="json"), "state": state(silence, datetime.now(UTC))}

    @app.delete("/v1/silences/{silence_id}", status_code=204, dependencies=auth, tags=["silences"])
    async def expire_silence(silence_id: str) -> Response:
        """End the silence now; alerts after this are delivered again."""
        if await silences.expire(silence_id) is None:
            raise HTTPException(404, f"no silence {silence_id}")
        return Response(status_code=204)

    # ------------------------------------------------------------ deliveries
    async def delivery_view(delivery_id: str) -> dict[str, Any] | None:
        record = await r.hgetall(k.delivery(delivery_id))
        if not record:
            return None
        attempts = [jsonio.loads(x) for x in await r.lrange(k.attempts(delivery_id), 0, -1)]
        return {"delivery_id": delivery_id, **{a.decode(): b.decode() for a, b in record.items()}, "attempt_log": attempts}

    @app.get("/v1/deliveries/dead", dependencies=auth, tags=["deliveries"])
    async def dead_letters(limit: Annotated[int, Query(ge=1, le=1000)] = 100) -> list[dict[str, Any]]:
        """Deliveries that failed their last attempt, newest first."""
        return [jsonio.loads(x) for x in await r.lrange(k.dead, 0, limit - 1)]

    @app.post("/v1/deliveries/{delivery_id}/replay", status_code=202, dependencies=auth, tags=["deliveries"])
    async def replay(delivery_id: str) -> dict[str, str]:
        """Send a dead, silenced, cancelled or gone delivery again (attempts start over, same webhook-id)."""
        record = await r.hget(k.delivery(delivery_id), "status")
        if record is None:
            raise HTTPException(404, f"no delivery {delivery_id}")
        if record.decode() not in FINAL or record.decode() == "delivered":
            raise HTTPException(409, f"delivery {delivery_id} is {record.decode()}; only undelivered, finished deliveries can be replayed")
        await r.hset(k.delivery(delivery_id), mapping={"status": "queued", "attempts": 0, "reason": "replayed"})
        await queue.requeue_now(delivery_id)
        return {"delivery_id": delivery_id, "status": "queued"}

    @app.get("/v1/deliveries/{delivery_id}", dependencies=auth, tags=["deliveries"])
    async def delivery(delivery_id: str) -> dict[str, Any]:
        """One delivery: its status and every attempt (status code, latency, error)."""
        view = await delivery_view(delivery_id)
        if view is None:
            raise HTTPException(404, f"no delivery {delivery_id}")
        return view

    @app.get("/v1/subscriptions/{sub_id}/deliveries", dependencies=auth, tags=["deliveries"])
    async def subscription_deliveries(sub_id: str, limit: Annotated[int, Query(ge=1, le=1000)] = 50) -> list[dict[str, Any]]:
        """The subscription's latest deliveries, newest first, with their attempts."""
        await existing(sub_id)
        ids = [i.decode() for i in await r.lrange(k.sub_deliveries(sub_id), 0, limit - 1)]
        views = [await delivery_view(i) for i in ids]
        return [v for v in views if v is not None]

    @app.get("/v1/alerts/{alert_id}/deliveries", dependencies=auth, tags=["deliveries"])
    async def alert_deliveries(alert_id: str) -> list[dict[str, Any]]:
        """Every delivery of one alert, one per subscriber it matched, with their attempts."""
        ids = sorted(i.decode() for i in await r.smembers(k.alert_deliveries(alert_id)))
        views = [await delivery_view(i) for i in ids]
        return [v for v in views if v is not None]

    # ------------------------------------------------------------ operations
    @app.get("/healthz", tags=["operations"])
    async def healthz() -> dict[str, str]:
        await r.ping()
        return {"status": "ok"}

    @app.get("/metrics", tags=["operations"])
    async def metrics() -> Response:
        return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)

    return app


def _test_alert(settings: Settings) -> Alert:
    now = datetime.now(UTC)
    return Alert(
        id="test_" + secrets.token_hex(8), source=settings.alert_source, type="tocsin.test", time=now, subject="test",
        data=AlertData(
            incident_id="test", revision=1, status="new", event_type="military_strike", severity="low",
            headline="tocsin test delivery", summary="A test alert sent on request through the subscriptions API. No event happened.",
            events=[], sources=[], first_seen=now, last_seen=now,
        ),
    )
