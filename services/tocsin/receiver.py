"""A webhook receiver that verifies Standard Webhooks signatures.

`tocsin local` subscribes one to show alerts as a subscriber gets them; the
tests use it as the real HTTP endpoint, scripting its answers (500, 429 with
Retry-After, ...) to exercise retries.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from standardwebhooks.webhooks import Webhook, WebhookVerificationError


@dataclass
class Received:
    headers: dict[str, str]
    body: bytes
    verified: bool
    status: int
    at: float = 0.0  # time.monotonic() when the request arrived

    @property
    def alert(self) -> dict[str, Any]:
        return json.loads(self.body)


@dataclass
class Receiver:
    """Serves on 127.0.0.1:<port>; `responses` scripts the answers, then 204 forever.

    A scripted answer is (status, headers) or (status, headers, delay): the
    receiver waits `delay` seconds before answering, as a slow endpoint would.
    """

    secret: str | None = None
    responses: list[tuple] = field(default_factory=list)
    port: int = 0
    on_alert: Callable[[Received], None] | None = None
    received: list[Received] = field(default_factory=list)

    def start(self) -> Receiver:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("content-length", "0")))
                headers = {k.lower(): v for k, v in self.headers.items()}
                verified = False
                if receiver.secret:
                    try:
                        Webhook(receiver.secret).verify(body, headers)
                        verified = True
                    except WebhookVerificationError:
                        verified = False
                status, extra, *delay = receiver.responses.pop(0) if receiver.responses else (204, {})
                got = Received(headers, body, verified, status, time.monotonic())
                receiver.received.append(got)
                if delay:
                    time.sleep(delay[0])
                self.send_response(status)
                for k, v in extra.items():
                    self.send_header(k, v)
                self.send_header("content-length", "0")
                self.end_headers()
                if receiver.on_alert and 200 <= status < 300:
                    receiver.on_alert(got)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/hook"

    def accepted(self) -> list[Received]:
        return [r for r in self.received if 200 <= r.status < 300]

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
