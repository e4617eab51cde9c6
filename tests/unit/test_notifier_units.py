"""Webhook safety, signatures, subscription filters and retry parsing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from pydantic import ValidationError
from standardwebhooks.webhooks import Webhook

from tocsin.core.models import Matcher, Silence, Subscription, SubscriptionCreate
from tocsin.core.settings import Settings
from tocsin.notifier.channels import email, slack
from tocsin.notifier.channels.http import retry_after_seconds
from tocsin.notifier.routing import labels, silenced_by, wants
from tocsin.notifier.security import UnsafeURL, parse_allowlist, resolve_target
from tocsin.notifier.signing import new_secret, sign_headers


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
    headers = sign_headers([secret], "inc_1.r1", datetime.now(UTC), body)
    assert headers["webhook-signature"].startswith("v1,")
    Webhook(secret).verify(body, headers)


def test_during_rotation_both_secrets_verify_and_a_third_does_not():
    new, old, other = new_secret(), new_secret(), new_secret()
    body = b'{"id":"inc_1.r2"}'
    headers = sign_headers([new, old], "inc_1.r2", datetime.now(UTC), body)
    assert len(headers["webhook-signature"].split(" ")) == 2
    Webhook(new).verify(body, headers)
    Webhook(old).verify(body, headers)
    with pytest.raises(Exception, match="signature"):
        Webhook(other).verify(body, headers)


def _sub(**filters) -> Subscription:
    return Subscription(id="sub_1", url="https://example.org/h", created_at=datetime.now(UTC), filters=filters)  # type: ignore[arg-type]


def _alert(event_type="military_strike", cross_border=True, severity="high", attacker="IL", territory="QA", status="new") -> dict:
    return {"id": "inc_abc.r1", "data": {
        "event_type": event_type, "cross_border": cross_border, "severity": severity, "status": status,
        "attacker_country": attacker, "territory_country": territory, "incident_id": "inc_abc", "revision": 1,
        "headline": "Israel strike on Doha, Qatar", "summary": "Israel struck a residential compound in Doha.",
        "changes": [], "sources": [{"source": "Example News", "url": "https://example.org/a"}],
        "events": [{"type": event_type, "occurred_on": "2025-09-09", "casualties": {"killed": 6},
                    "territory": {"country": territory, "place": "Doha"}, "attacker": {"name": "Israel", "country": attacker},
                    "evidence": [{"text": "Israeli jets struck the Hamas leadership in Doha.", "start": 0, "end": 49}]}],
    }}


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


def test_attacker_territory_and_keyword_filters():
    assert wants(_sub(attacker_countries=["IL"]), _alert())
    assert not wants(_sub(attacker_countries=["QA"]), _alert())  # Qatar was struck, it did not strike
    assert wants(_sub(territory_countries=["QA"]), _alert())
    assert not wants(_sub(territory_countries=["IL"]), _alert())
    assert wants(_sub(keywords=["hamas"]), _alert())  # found in the evidence, case-insensitively
    assert wants(_sub(keywords=["Doha"]), _alert())
    assert not wants(_sub(keywords=["Ham"]), _alert())  # whole words only
    assert not wants(_sub(keywords=["Gaza"]), _alert())


def _silence(*matchers: Matcher, minutes: int = 10) -> Silence:
    now = datetime.now(UTC)
    return Silence(id="sil_1", matchers=list(matchers), starts_at=now - timedelta(minutes=1),
                   ends_at=now + timedelta(minutes=minutes), created_at=now)


def test_silence_matchers_all_must_hold_within_the_window():
    found = labels(_alert(), "sub_1")
    now = datetime.now(UTC)
    assert silenced_by([_silence(Matcher(name="territory_country", value="QA"))], found, now) == "sil_1"
    both = _silence(Matcher(name="territory_country", value="QA"), Matcher(name="severity", value="critical"))
    assert silenced_by([both], found, now) is None
    assert silenced_by([_silence(Matcher(name="event_type", value="military_.*", op="=~"))], found, now) == "sil_1"
    assert silenced_by([_silence(Matcher(name="event_type", value="military", op="=~"))], found, now) is None  # anchored
    assert silenced_by([_silence(Matcher(name="subscription_id", value="sub_2", op="!="))], found, now) == "sil_1"
    assert silenced_by([_silence(Matcher(name="territory_country", value="QA"))], found, now + timedelta(hours=1)) is None


def test_a_bad_regex_matcher_is_refused():
    with pytest.raises(ValidationError, match="regex"):
        Matcher(name="event_type", value="(", op="=~")


def test_channels_need_their_destination():
    SubscriptionCreate(channel="email", email_to=["desk@example.org"])
    with pytest.raises(ValidationError, match="needs email_to"):
        SubscriptionCreate(channel="email")
    with pytest.raises(ValidationError, match="needs a url"):
        SubscriptionCreate(channel="slack")
    with pytest.raises(ValidationError, match="email_to"):
        SubscriptionCreate(channel="email", email_to=["not an address"])


def test_slack_message_has_blocks_and_a_plain_text_fallback():
    msg = slack.message(_alert(severity="critical"))
    assert "Israel strike on Doha" in msg["text"] and "CRITICAL" in msg["text"]
    assert msg["blocks"][0]["type"] == "header"
    fields = " ".join(f["text"] for b in msg["blocks"] if b["type"] == "section" for f in b.get("fields", []))
    assert "IL → QA" in fields and "6 killed" in fields
    assert any("<https://example.org/a|Example News>" in e["text"] for b in msg["blocks"] if b["type"] == "context" for e in b["elements"])


def test_email_is_multipart_and_threads_updates_under_the_first_alert():
    settings = Settings(email_from="tocsin <alerts@example.net>")
    first = email.build(_alert(), ["desk@example.org"], settings)
    assert first["Message-ID"] == "<inc_abc.r1@example.net>" and first["In-Reply-To"] is None
    assert [p.get_content_type() for p in first.iter_parts()] == ["text/plain", "text/html"]
    update = _alert(status="update")
    update["id"], update["data"]["revision"] = "inc_abc.r2", 2
    second = email.build(update, ["desk@example.org"], settings)
    assert second["In-Reply-To"] == "<inc_abc.r1@example.net>" == second["References"]
    assert second["Subject"] == first["Subject"]
