"""One real stack for the end-to-end tests: Tansu (or KAFKA_BOOTSTRAP), Redis, three services."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from email import message_from_bytes, policy
from email.message import EmailMessage

import httpx
import pytest
from aiosmtpd.controller import Controller

from tocsin.devstack import Stack, free_port
from tocsin.receiver import Receiver

TOKEN = "e2e-token"


class Mailbox:
    """A real SMTP server (aiosmtpd) that keeps what it is sent."""

    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []
        self.controller = Controller(self, hostname="127.0.0.1", port=free_port())

    async def handle_DATA(self, server, session, envelope) -> str:
        self.messages.append(message_from_bytes(envelope.content, policy=policy.default))  # type: ignore[arg-type]
        return "250 OK"


@pytest.fixture(scope="session")
def mailbox() -> Iterator[Mailbox]:
    box = Mailbox()
    box.controller.start()
    yield box
    box.controller.stop()


@pytest.fixture(scope="session")
def stack(tmp_path_factory, mailbox: Mailbox) -> Iterator[Stack]:
    stack = Stack(
        tmp_path_factory.mktemp("stack"),
        env_overrides={
            "API_TOKEN": TOKEN,
            "WEBHOOK_ALLOWLIST": "127.0.0.0/8",
            "RETRY_SCHEDULE": "0,0.5,1,1",
            "RETRY_JITTER": "0",
            "DELIVERY_CLAIM_SECONDS": "5",
            "WEBHOOK_TIMEOUT_SECONDS": "3",
            "INCIDENT_UPDATE_INTERVAL_SECONDS": "2",
            "LOG_LEVEL": "INFO",
            "SMTP_HOST": "127.0.0.1", "SMTP_PORT": str(mailbox.controller.port), "SMTP_SECURITY": "none",
            "EMAIL_FROM": "tocsin e2e <alerts@e2e.example>",
            "TOPIC_ARTICLES": "e2e.articles", "TOPIC_EVENTS": "e2e.events", "TOPIC_ALERTS": "e2e.alerts",
            "DETECTOR_APP_ID": "e2e-detector", "NOTIFIER_GROUP": "e2e-notifier", "REDIS_PREFIX": "e2e",
        },
        kafka_bootstrap=os.environ.get("KAFKA_BOOTSTRAP", ""),
        redis_url=os.environ.get("REDIS_URL", ""),
    )
    try:
        stack.start_infra()
        stack.start_services(timeout=90)
        yield stack
    finally:
        stack.stop()


@pytest.fixture
def subscribe(stack: Stack) -> Iterator[Callable[..., tuple[Receiver, dict]]]:
    made: list[tuple[Receiver, dict]] = []

    def _subscribe(responses=None, channel="webhook", **filters) -> tuple[Receiver, dict]:
        receiver = Receiver(responses=list(responses or [])).start()
        body = {"url": receiver.url, "channel": channel}
        if filters:
            body["filters"] = filters
        sub = httpx.post(f"{stack.notifier_url}/v1/subscriptions", json=body, headers=auth()).raise_for_status().json()
        receiver.secret = sub["secret"]
        made.append((receiver, sub))
        return receiver, sub

    yield _subscribe
    for receiver, sub in made:
        httpx.delete(f"{stack.notifier_url}/v1/subscriptions/{sub['id']}", headers=auth())
        receiver.stop()


def auth() -> dict[str, str]:
    return {"authorization": f"Bearer {TOKEN}"}


def wait_until(predicate: Callable[[], bool], timeout: float = 30.0, interval: float = 0.1) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return predicate()
