"""The webhook channel: the CloudEvents alert, signed per Standard Webhooks."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx

from tocsin.notifier import channels
from tocsin.notifier.channels import http
from tocsin.notifier.security import Network
from tocsin.notifier.signing import sign_headers


async def send(client: httpx.AsyncClient, url: str, secrets: list[str], alert_id: str, raw_alert: bytes,
               allowlist: list[Network]) -> channels.Outcome:
    headers = sign_headers(secrets, alert_id, datetime.now(UTC), raw_alert)
    headers.update({"content-type": "application/cloudevents+json", "user-agent": "tocsin-webhooks/1"})
    return await http.post(client, url, raw_alert, headers, allowlist)
