"""Standard Webhooks signatures (webhook-id, webhook-timestamp, webhook-signature).

During a secret rotation the signature header carries one signature per valid
secret, space-separated, as the spec allows: receivers verifying with either
the old or the new secret accept the message.
"""

from __future__ import annotations

import base64
import secrets
from datetime import datetime

from standardwebhooks.webhooks import Webhook


def new_secret() -> str:
    return "whsec_" + base64.b64encode(secrets.token_bytes(24)).decode()


def sign_headers(signing_secrets: list[str], msg_id: str, timestamp: datetime, payload: bytes) -> dict[str, str]:
    body = payload.decode("utf-8")
    signatures = " ".join(Webhook(s).sign(msg_id, timestamp, body) for s in signing_secrets)
    return {
        "webhook-id": msg_id,
        "webhook-timestamp": str(int(timestamp.timestamp())),
        "webhook-signature": signatures,
    }
