"""One HTTP POST to a subscriber-controlled URL, safely.

The host is resolved and checked at every send (see `security`), the
connection goes to the checked address with the original Host header and TLS
server name, redirects are never followed, and the body of the answer is not
read beyond a small prefix: only the status matters.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import httpx

from tocsin.notifier.channels import Outcome
from tocsin.notifier.security import Network, UnsafeURL, resolve_target

MAX_ANSWER_BYTES = 4096


async def post(client: httpx.AsyncClient, url: str, content: bytes, headers: dict[str, str], allowlist: list[Network]) -> Outcome:
    try:
        target = await resolve_target(url, allowlist)
    except UnsafeURL as exc:
        return Outcome(error=f"refused: {exc}", permanent=True)
    default_port = 443 if target.scheme == "https" else 80
    host = target.host if target.port == default_port else f"{target.host}:{target.port}"
    pinned = httpx.URL(url).copy_with(host=target.address)
    try:
        async with client.stream("POST", pinned, content=content, headers={**headers, "host": host},
                                 extensions={"sni_hostname": target.host}) as response:
            answered_at = time.perf_counter()
            code = response.status_code
            body = b""
            if not 200 <= code < 300:
                async for chunk in response.aiter_bytes():
                    body += chunk
                    if len(body) >= MAX_ANSWER_BYTES:
                        break
    except httpx.HTTPError as exc:
        return Outcome(error=f"{type(exc).__name__}: {exc}"[:300])
    retry_after = retry_after_seconds(response.headers.get("retry-after")) if code in (429, 503) else None
    error = "" if 200 <= code < 300 else body[:300].decode("utf-8", "replace")
    return Outcome(ok=200 <= code < 300, status_code=code, error=error, retry_after=retry_after,
                   gone=code == 410, answered_at=answered_at)


def retry_after_seconds(value: str | None) -> float | None:
    """Retry-After as delay-seconds or an HTTP date; None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        return max(0.0, (parsedate_to_datetime(value) - datetime.now(UTC)).total_seconds())
    except (TypeError, ValueError):
        return None
