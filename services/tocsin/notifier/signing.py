"""Standard Webhooks signatures (webhook-id, webhook-timestamp, webhook-signature)."""

from __future__ import annotations

import base64
import secrets
from datetime import datetime

from standardwebhooks.webhooks import Webhook


def new_secret() -> str:
    return "whsec_" + base64.b64encode(secrets.token_bytes(24)).decode()


def sign_headers(secret: str, msg_id: str, timestamp: datetime, payload: bytes) -> dict[str, str]:
    signature = Webhook(secret).sign(msg_id, timestamp, payload.decode("utf-8"))
    return {
        "webhook-id": msg_id,
        "webhook-timestamp": str(int(timestamp.timestamp())),
        "webhook-signature": signature,
    }
