"""Webhook safety, signatures, subscription filters and retry parsing."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from standardwebhooks.webhooks import Webhook

from tocsin.core.models import Subscription
from tocsin.notifier.delivery import retry_after_seconds
from tocsin.notifier.security import UnsafeURL, parse_allowlist, resolve_target
from tocsin.notifier.signing import new_secret, sign_headers
from tocsin.notifier.subscriptions import wants


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://127.0.0.1:8080/hook", "loopback"),
        ("http://localhost/hook", "loopback"),
        ("http://169.254.169.254/latest/meta-data", "link-local"),
        ("http://10.1.2.3/x", "private"),
        ("http://192.168.0.10/x", "private"),
        ("http://100.64.1.1/x", "carrier-grade NAT"),
        ("http://[::1]/x", "loopback"),
        ("file:///etc/passwd", "scheme"),
        ("http://user:pw@example.org/x", "credentials"),
    ],
)
async def test_unsafe_urls_are_refused_with_a_reason(url, reason):
    with pytest.raises(UnsafeURL) as info:
        await resolve_target(url, [])
    assert reason in str(info.value)


async def test_allowlist_admits_loopback():
    target = await resolve_target("http://127.0.0.1:9/hook", parse_allowlist("127.0.0.0/8"))
    assert target.address == "127.0.0.1" and target.port == 9


def test_signature_verifies_with_standardwebhooks():
    secret = new_secret()
    assert secret.startswith("whsec_")
    body = b'{"id":"inc_1.r1"}'
    headers = sign_headers(secret, "inc_1.r1", datetime.now(UTC), body)
    assert headers["webhook-signature"].startswith("v1,")
    Webhook(secret).verify(body, headers)


def _sub(**filters) -> Subscription:
    return Subscription(id="sub_1", url="https://example.org/h", created_at=datetime.now(UTC), filters=filters)  # type: ignore[arg-type]


def _alert(event_type="military_strike", cross_border=True, severity="high", attacker="IL", territory="QA") -> dict:
    return {"data": {"event_type": event_type, "cross_border": cross_border, "severity": severity,
                     "attacker_country": attacker, "territory_country": territory}}


def test_default_filter_is_the_two_default_alerts():
    sub = _sub()
    assert wants(sub, _alert())
    assert wants(sub, _alert("leader_attack", cross_border=None))
    assert not wants(sub, _alert(cross_border=False))
    assert not wants(sub, _alert("ceasefire_talks"))


def test_country_and_severity_filters():
    assert wants(_sub(countries=["QA"]), _alert())
    assert not wants(_sub(countries=["UA"]), _alert())
    assert not wants(_sub(min_severity="critical"), _alert(severity="high"))


def test_retry_after_forms():
    assert retry_after_seconds("7") == 7
    assert retry_after_seconds(None) is None
    assert retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0
