"""Delivery channels: each turns one alert into one message to one destination.

Every channel returns an `Outcome`; the delivery worker, not the channel,
decides what an outcome means for retries, dead letters and subscriptions.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field


@dataclass(slots=True)
class Outcome:
    ok: bool = False
    status_code: int | None = None  # HTTP status, or the SMTP reply code for email
    error: str = ""
    retry_after: float | None = None  # seconds the receiver asked us to wait (429/503)
    permanent: bool = False  # retrying cannot help (refused URL, rejected recipients)
    gone: bool = False  # the destination says it no longer exists: disable the subscription
    answered_at: float = field(default_factory=time.perf_counter)  # when the verdict arrived
