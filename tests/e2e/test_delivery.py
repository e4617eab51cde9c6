"""Incidents and delivery guarantees, through the real broker, Redis, HTTP receivers and SMTP.

The stack's RETRY_SCHEDULE is 0, 0.5, 1, 1 seconds with no jitter, claims
last 5 s and an incident may send an update every 2 s.
"""

from __future__ import annotations

import itertools
import signal
import time
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from standardwebhooks.webhooks import Webhook

from tests.e2e.conftest import auth, wait_until
from tests.e2e.test_pipeline import post
from tocsin.devstack import free_port
from tocsin.receiver import Receiver

pytestmark = pytest.mark.e2e


def strike(slug: str, title: str, body: str, published: str = "2026-05-04T08:00:00Z", source: str = "tocsin tests") -> dict:
    return {"url": f"https://example.org/news/{slug}", "source": source, "title": title, "body": body, "published_at": published}


# Five reports of one attack, in our own words: different outlets, spellings, tolls and days.
KHARKIV = [
    strike("kh1", "Russian missiles strike Kharkiv, killing three",
           "Russia launched a missile attack on Kharkiv early on Monday, killing three people and wounding 12, the regional "
           "governor said. The missiles hit a residential district in the north of the city shortly before dawn.",
           "2026-06-15T07:30:00Z", "Outlet One"),
    strike("kh2", "Kharkov hit by drones overnight",
           "Russian forces struck the city of Kharkov overnight with attack drones, local officials said on Monday. "
           "At least four people were killed and a school was damaged.", "2026-06-15T09:10:00Z", "Outlet Two"),
    strike("kh3", "Death toll in Kharkiv attack rises to seven",
           "The number of people killed in Monday's Russian strike on Kharkiv has risen to seven, Ukraine's emergency "
           "service said on Tuesday. Rescue workers pulled two more bodies from the rubble overnight.",
           "2026-06-16T08:00:00Z", "Outlet Three"),
    strike("kh4", "Europe condemns strike on Ukrainian city",
           "France and Germany on Tuesday condemned Monday's Russian missile strike on Kharkiv, which killed seven "
           "civilians. The French foreign ministry called the attack a grave violation of international law.",
           "2026-06-16T12:00:00Z", "Outlet Four"),
    strike("kh5", "Strike on Kharkiv industrial area",
           "A Russian ballistic missile hit an industrial area of Kharkiv in northeastern Ukraine on Monday, killing "
           "five people, officials said. Moscow did not comment on the attack.", "2026-06-15T15:00:00Z", "Outlet Five"),
]

# Distinct attacks, one per article, for the delivery tests.
ATTACKS = [
    ("Iranian drones struck a military base outside Erbil in Iraq on {day}, officials said.", "Drones hit Erbil"),
    ("Pakistani jets bombed targets near Khost in Afghanistan on {day}, killing nine people, officials said.", "Jets bomb Khost"),
    ("Turkish warplanes struck villages near Qamishli in Syria on {day}, killing four people.", "Warplanes hit Qamishli"),
    ("Israeli aircraft struck a building in Beirut, Lebanon on {day}, killing two people.", "Strike in Beirut"),
    ("Ethiopian drones struck a market in Kassala in Sudan on {day}, killing eleven people, witnesses said.", "Drones hit Kassala"),
    ("Saudi warplanes bombed Saada in Yemen on {day}, killing six people, residents said.", "Warplanes bomb Saada"),
]
_used = 0


def fresh_attack(month: int) -> dict:
    """A new, distinct cross-border strike each call (distinct place or date, so a distinct incident)."""
    global _used
    sentence, title = ATTACKS[_used % len(ATTACKS)]
    day = datetime(2026, month, 1, tzinfo=UTC) + timedelta(days=3 * (_used // len(ATTACKS)))
    _used += 1
    return strike(f"attack-{month}-{_used}", title, sentence.format(day=day.strftime("%A")), day.strftime("%Y-%m-%dT18:00:00Z"))


def ours(receiver: Receiver, urls: set[str]) -> list:
    """What the receiver got about the given articles (other tests' incidents may still update)."""
    return [r for r in receiver.received if {s.get("url") for s in r.alert["data"]["sources"]} & urls]


def deliveries(stack, sub_id: str) -> list[dict]:
    return httpx.get(f"{stack.notifier_url}/v1/subscriptions/{sub_id}/deliveries", headers=auth()).raise_for_status().json()


def test_five_reports_of_one_attack_make_one_new_alert_and_at_most_one_update(stack, subscribe):
    receiver, _ = subscribe(territory_countries=["UA"])
    r = httpx.post(f"{stack.ingest_url}/v1/articles:batch", json=KHARKIV, timeout=10)
    assert r.status_code == 202, r.text
    urls = {a["url"] for a in KHARKIV}
    assert wait_until(lambda: len(ours(receiver, urls)) >= 1, timeout=60)
    wait_until(lambda: len(ours(receiver, urls)) >= 2, timeout=8)
    time.sleep(3)  # past the update interval: nothing more may arrive
    got = [r.alert for r in ours(receiver, urls)]
    assert [a["data"]["status"] for a in got][:1] == ["new"]
    assert [a["data"]["status"] for a in got].count("new") == 1
    # the reports arrive within the 2 s update interval, so what they add comes as one update
    assert [a["data"]["status"] for a in got] == ["new", "update"]
    assert len({a["data"]["incident_id"] for a in got}) == 1
    last = got[-1]["data"]
    assert (last["attacker_country"], last["territory_country"]) == ("RU", "UA")
    assert last["changes"]  # what the later reports added (which ones depends on the order they were read in)
    assert max((e.get("casualties") or {}).get("killed") or 0 for e in last["events"]) == 7
    assert {s["url"] for s in last["sources"]} == urls  # every report is a source of the one incident


def test_receiver_down_then_up_gets_it_once_after_retries_in_schedule_order(stack, subscribe):
    port = free_port()
    sub = httpx.post(f"{stack.notifier_url}/v1/subscriptions", json={"url": f"http://127.0.0.1:{port}/hook"},
                     headers=auth()).raise_for_status().json()
    receiver = Receiver(port=port, secret=sub["secret"])
    try:
        assert post(stack, fresh_attack(7)).status_code == 202

        def attempts() -> list[dict]:
            found = deliveries(stack, sub["id"])
            return found[0]["attempt_log"] if found else []

        assert wait_until(lambda: len(attempts()) >= 2, timeout=60)  # refused twice: nothing listens
        receiver.start()
        assert wait_until(lambda: len(receiver.received) == 1, timeout=30)
        wait_until(lambda: len(receiver.received) > 1, timeout=3)
        assert len(receiver.received) == 1 and receiver.received[0].verified
        [record] = deliveries(stack, sub["id"])
        log = record["attempt_log"]
        assert record["status"] == "delivered"
        assert [a["attempt"] for a in log] == list(range(1, len(log) + 1))
        assert all(a["status_code"] is None and "ConnectError" in a["error"] for a in log[:-1])
        assert log[-1]["status_code"] == 204
        gaps = [b["at"] - a["at"] for a, b in itertools.pairwise(log)]
        assert gaps[0] >= 0.45 and all(g >= 0.95 for g in gaps[1:])  # the schedule: 0.5 s, then 1 s
    finally:
        httpx.delete(f"{stack.notifier_url}/v1/subscriptions/{sub['id']}", headers=auth())
        if receiver.received or getattr(receiver, "server", None):
            receiver.stop()


def test_429_retry_after_is_honoured_over_the_schedule(stack, subscribe):
    receiver, _ = subscribe(responses=[(429, {"retry-after": "2"})])
    assert post(stack, fresh_attack(8)).status_code == 202
    assert wait_until(lambda: len(receiver.accepted()) == 1, timeout=60)
    first, second = receiver.received
    assert first.status == 429
    assert second.at - first.at >= 1.9  # the schedule alone would have retried after 0.5 s
    assert first.headers["webhook-id"] == second.headers["webhook-id"]


def test_redirects_are_not_followed(stack, subscribe):
    receiver, sub = subscribe(responses=[(302, {"location": "http://169.254.169.254/latest/meta-data"})])
    assert post(stack, fresh_attack(9)).status_code == 202
    assert wait_until(lambda: len(receiver.accepted()) == 1, timeout=60)
    assert [r.status for r in receiver.received] == [302, 204]  # retried at the same URL, not the Location
    [record] = deliveries(stack, sub["id"])
    assert [a["status_code"] for a in record["attempt_log"]] == [302, 204]


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://169.254.169.254/latest/meta-data", "link-local"),
        ("http://10.0.0.8/hook", "private"),
        ("http://100.64.0.1/hook", "carrier-grade NAT"),
        ("http://[::1]:8080/hook", "loopback"),  # the e2e allowlist is 127.0.0.0/8 only
        ("gopher://example.org/", "scheme"),
        ("http://does-not-exist.invalid/hook", "does not resolve"),
    ],
)
def test_ssrf_attempts_are_refused_with_a_reason(stack, url, reason):
    r = httpx.post(f"{stack.notifier_url}/v1/subscriptions", json={"url": url}, headers=auth())
    assert r.status_code == 422
    assert reason in r.text


def test_changing_a_url_to_an_unsafe_one_is_refused(stack, subscribe):
    _, sub = subscribe()
    r = httpx.patch(f"{stack.notifier_url}/v1/subscriptions/{sub['id']}", json={"url": "http://192.168.1.1/"}, headers=auth())
    assert r.status_code == 422 and "private" in r.text
    got = httpx.get(f"{stack.notifier_url}/v1/subscriptions/{sub['id']}", headers=auth()).json()
    assert got["url"] == sub["url"]


def test_notifier_killed_mid_delivery_resends_once_with_the_same_webhook_id(stack, subscribe):
    # the receiver holds the first request for 2.5 s; the notifier is killed while it waits
    receiver, sub = subscribe(responses=[(204, {}, 2.5)])
    assert post(stack, fresh_attack(10)).status_code == 202
    assert wait_until(lambda: len(receiver.received) == 1, timeout=60)
    stack.processes["notifier"].stop(sig=signal.SIGKILL)
    stack.start_service("notifier")
    stack.wait_healthy(f"{stack.notifier_url}/healthz", "notifier", 60)
    # the dead worker's claim expires (5 s), the restarted notifier reclaims and sends again
    assert wait_until(lambda: len(receiver.received) == 2, timeout=30)
    wait_until(lambda: len(receiver.received) > 2, timeout=6)
    first, second = receiver.received
    assert len(receiver.received) == 2
    assert first.headers["webhook-id"] == second.headers["webhook-id"] and first.body == second.body
    [record] = deliveries(stack, sub["id"])
    assert record["status"] == "delivered"
    assert record["attempt_log"][-1]["after_crash"] is True  # the resend knows it may be a duplicate
    # the window a crash cannot be protected from: 2xx received -> delivery recorded
    assert 0 <= record["attempt_log"][-1]["record_ms"] < 1000


def test_three_replicas_deliver_every_alert_exactly_once(stack, subscribe):
    """Three notifier replicas of one worker each race over three subscribers' queues.

    One worker per replica and a slow receiver make sharing observable: a
    single replica could not have kept up, so if one did all the work the
    others were not reading. Exactly-once is checked per subscriber.
    """
    receivers = [subscribe(responses=[(204, {}, 0.3)] * 6) for _ in range(3)]
    stack.processes["notifier"].stop()
    stack.env_overrides["DELIVERY_WORKERS"] = "1"
    replicas = [stack.start_service("notifier")]
    ports = {"notifier": stack.notifier_port}
    for name in ("notifier-2", "notifier-3"):
        ports[name] = free_port()
        replicas.append(stack._spawn(name, [*replicas[0].popen.args], {**stack.env(), "NOTIFIER_PORT": str(ports[name])}))
    try:
        for name, port in ports.items():
            stack.wait_healthy(f"http://127.0.0.1:{port}/healthz", name, 60)
        articles = [fresh_attack(11) for _ in range(6)]
        assert httpx.post(f"{stack.ingest_url}/v1/articles:batch", json=articles, timeout=10).status_code == 202
        assert wait_until(lambda: all(len(r.received) >= 6 for r, _ in receivers), timeout=90)
        wait_until(lambda: any(len(r.received) > 6 for r, _ in receivers), timeout=5)
        replicas_seen = set()
        for receiver, sub in receivers:
            ids = [r.headers["webhook-id"] for r in receiver.received]
            assert len(ids) == 6 == len(set(ids))
            replicas_seen |= {d["attempt_log"][-1]["worker"].rsplit("-w", 1)[0] for d in deliveries(stack, sub["id"])}
        assert len(replicas_seen) >= 2, "the replicas did not share the work"
    finally:
        for proc in replicas:
            proc.stop()
        del stack.env_overrides["DELIVERY_WORKERS"]
        stack.start_service("notifier")
        stack.wait_healthy(f"{stack.notifier_url}/healthz", "notifier", 60)


def test_slack_channel_gets_block_kit_paced_to_one_message_a_second(stack, subscribe):
    receiver, _ = subscribe(channel="slack")
    articles = [fresh_attack(12) for _ in range(3)]
    assert httpx.post(f"{stack.ingest_url}/v1/articles:batch", json=articles, timeout=10).status_code == 202
    assert wait_until(lambda: len(receiver.received) >= 3, timeout=60)
    messages = [r.alert for r in receiver.received]  # the JSON body
    assert all(m["text"] and m["blocks"][0]["type"] == "header" for m in messages)
    assert "webhook-signature" not in receiver.received[0].headers
    gaps = [b.at - a.at for a, b in itertools.pairwise(receiver.received)]
    assert all(g >= 0.95 for g in gaps)


def test_email_channel_sends_multipart_threaded_per_incident(stack, mailbox):
    sub = httpx.post(f"{stack.notifier_url}/v1/subscriptions", json={"channel": "email", "email_to": ["desk@example.org"]},
                     headers=auth()).raise_for_status().json()
    try:
        first = strike("mail-1", "Drones hit Mosul", "Turkish drones struck a compound in Mosul in Iraq on Friday, killing two people.",
                       "2026-04-10T20:00:00Z")
        later = strike("mail-2", "Mosul toll rises", "Turkish drones struck a compound in Mosul in Iraq on Friday, killing five people, officials said on Saturday.",
                       "2026-04-11T09:00:00Z")
        assert post(stack, first).status_code == 202

        def mine() -> list:
            return [m for m in mailbox.messages if "Mosul" in m["Subject"]]

        assert wait_until(lambda: len(mine()) == 1, timeout=60)
        assert post(stack, later).status_code == 202
        assert wait_until(lambda: len(mine()) == 2, timeout=30)
        new, update = mine()
        assert new["To"] == "desk@example.org" and new["Subject"] == update["Subject"]
        assert [p.get_content_type() for p in new.iter_parts()] == ["text/plain", "text/html"]
        assert update["In-Reply-To"] == new["Message-ID"] == update["References"]
        assert "killed 2 -> 5" in update.get_body(("plain",)).get_content()
    finally:
        httpx.delete(f"{stack.notifier_url}/v1/subscriptions/{sub['id']}", headers=auth())


def test_silence_mutes_matching_alerts_until_expired_and_replay_delivers(stack, subscribe):
    receiver, sub = subscribe()
    ends = (datetime.now(UTC) + timedelta(hours=1)).isoformat()
    silence = httpx.post(f"{stack.notifier_url}/v1/silences", headers=auth(), json={
        "matchers": [{"name": "subscription_id", "value": sub["id"]}, {"name": "event_type", "value": "military_strike"}],
        "ends_at": ends, "comment": "maintenance", "created_by": "e2e"}).raise_for_status().json()
    assert post(stack, fresh_attack(1)).status_code == 202
    assert wait_until(lambda: [d["status"] for d in deliveries(stack, sub["id"])] == ["silenced"], timeout=60)
    assert receiver.received == []
    listed = httpx.get(f"{stack.notifier_url}/v1/silences", headers=auth()).json()
    assert any(s["id"] == silence["id"] and s["state"] == "active" for s in listed)
    assert httpx.delete(f"{stack.notifier_url}/v1/silences/{silence['id']}", headers=auth()).status_code == 204
    [muted] = deliveries(stack, sub["id"])
    assert httpx.post(f"{stack.notifier_url}/v1/deliveries/{muted['delivery_id']}/replay", headers=auth()).status_code == 202
    assert wait_until(lambda: len(receiver.accepted()) == 1, timeout=30)
    assert post(stack, fresh_attack(1)).status_code == 202  # no longer silenced
    assert wait_until(lambda: len(receiver.accepted()) == 2, timeout=60)


def test_secret_rotation_signs_with_both_secrets_during_the_grace_period(stack, subscribe):
    receiver, sub = subscribe()
    old = sub["secret"]
    rotated = httpx.post(f"{stack.notifier_url}/v1/subscriptions/{sub['id']}/rotate-secret", headers=auth()).raise_for_status().json()
    assert rotated["secret"] != old
    receiver.secret = rotated["secret"]
    assert post(stack, fresh_attack(2)).status_code == 202
    assert wait_until(lambda: len(receiver.accepted()) == 1, timeout=60)
    got = receiver.accepted()[0]
    assert got.verified  # with the new secret
    Webhook(old).verify(got.body, got.headers)  # and with the old one
    assert "secret" not in httpx.get(f"{stack.notifier_url}/v1/subscriptions/{sub['id']}", headers=auth()).json()


def test_test_delivery_endpoint_and_subscription_update(stack, subscribe):
    receiver, sub = subscribe(responses=[(410, {})])
    r = httpx.post(f"{stack.notifier_url}/v1/subscriptions/{sub['id']}/test", headers=auth()).json()
    assert r["ok"] is False and r["status_code"] == 410  # a test never disables anything
    r = httpx.post(f"{stack.notifier_url}/v1/subscriptions/{sub['id']}/test", headers=auth()).json()
    assert r["ok"] is True and r["status_code"] == 204
    assert receiver.received[-1].alert["type"] == "tocsin.test" and receiver.received[-1].verified
    # a real 410 disables the subscription; PATCH enabled=true brings it back
    receiver.responses.append((410, {}))
    assert post(stack, fresh_attack(3)).status_code == 202
    assert wait_until(lambda: httpx.get(f"{stack.notifier_url}/v1/subscriptions/{sub['id']}", headers=auth()).json()["enabled"] is False, timeout=60)
    patched = httpx.patch(f"{stack.notifier_url}/v1/subscriptions/{sub['id']}", headers=auth(),
                          json={"enabled": True, "filters": {"territory_countries": ["IQ", "AF", "SY", "LB", "SD", "YE"]}}).json()
    assert patched["enabled"] is True and patched["disabled_reason"] is None
    assert patched["filters"]["territory_countries"][0] == "IQ"
    assert post(stack, fresh_attack(3)).status_code == 202
    assert wait_until(lambda: len(receiver.accepted()) == 2, timeout=60)


def test_incident_state_survives_a_detector_restart(stack, subscribe):
    receiver, _ = subscribe(territory_countries=["IQ"])
    first = strike("restart-1", "Drones hit Duhok", "Turkish drones struck a village near Duhok in Iraq on Friday, killing two people.",
                   "2026-10-09T20:00:00Z")
    later = strike("restart-2", "Duhok toll rises", "Turkish drones struck a village near Duhok in Iraq on Friday, killing six people, officials said on Saturday.",
                   "2026-10-10T09:00:00Z")
    urls = {first["url"], later["url"]}
    assert post(stack, first).status_code == 202
    assert wait_until(lambda: len(ours(receiver, urls)) == 1, timeout=60)
    # the incident table lives in faust's changelog topic: a new detector process recovers it
    stack.processes["detector"].stop()
    log = stack.processes["detector"].log
    ready_before = log.read_text(errors="replace").count("tocsin.detector ready")
    stack.start_service("detector")
    assert wait_until(lambda: log.read_text(errors="replace").count("tocsin.detector ready") > ready_before, timeout=90)
    assert post(stack, later).status_code == 202
    assert wait_until(lambda: len(ours(receiver, urls)) == 2, timeout=60)
    new, update = (r.alert["data"] for r in ours(receiver, urls))
    assert (new["status"], update["status"]) == ("new", "update")
    assert new["incident_id"] == update["incident_id"] and update["revision"] == 2
    assert "killed 2 -> 6" in update["changes"]
