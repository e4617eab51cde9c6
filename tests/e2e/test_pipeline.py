"""Through the real broker, real Redis and a real HTTP receiver."""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest
from aiokafka import AIOKafkaConsumer, TopicPartition

from tests.e2e.conftest import auth, wait_until
from tests.helpers import seed_payload

pytestmark = pytest.mark.e2e

NEGATIVE = {
    "url": "https://example.org/news/dock-strike",
    "source": "tocsin tests",
    "title": "Dockworkers strike",
    "body": "Dockworkers in Antwerp went on strike on Monday over pay, and the union said the walkout would last until Friday.",
    "published_at": "2026-02-02T09:00:00Z",
}
POSITIVE = {
    "url": "https://example.org/news/odesa",
    "source": "tocsin tests",
    "title": "Missiles hit Odesa",
    "body": "Russian forces launched a missile strike on Odesa on Tuesday, killing four people, officials said.",
    "published_at": "2026-03-03T09:00:00Z",
}


def post(stack, payload, content_type="application/json") -> httpx.Response:
    content = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
    return httpx.post(f"{stack.ingest_url}/v1/articles", content=content, headers={"content-type": content_type}, timeout=10)


def articles_end_offset(stack) -> int:
    async def read() -> int:
        consumer = AIOKafkaConsumer(bootstrap_servers=stack.kafka_bootstrap)
        await consumer.start()
        try:
            parts = consumer.partitions_for_topic("e2e.articles") or set()
            if not parts:
                await consumer._client.force_metadata_update()
                parts = consumer.partitions_for_topic("e2e.articles") or set()
            ends = await consumer.end_offsets([TopicPartition("e2e.articles", p) for p in parts])
            return sum(ends.values())
        finally:
            await consumer.stop()

    return asyncio.run(read())


def detector_read(stack, article_id: str) -> bool:
    return article_id in stack.processes["detector"].log.read_text(errors="replace")


def test_seed_gives_exactly_two_signed_alerts_even_when_posted_twice(stack, subscribe):
    receiver, _ = subscribe()
    r = post(stack, seed_payload())
    assert r.status_code == 202, r.text
    [article_id] = r.json()["ids"]
    assert wait_until(lambda: len(receiver.accepted()) >= 2, timeout=60)
    # the same article again: same id, no new alert
    assert post(stack, seed_payload()).json()["ids"] == [article_id]
    assert wait_until(lambda: detector_read(stack, article_id) and stack.processes["detector"].log.read_text().count(article_id) >= 2, timeout=30)
    wait_until(lambda: len(receiver.received) > 2, timeout=3)
    got = receiver.accepted()
    assert sorted(g.alert["type"] for g in got) == ["tocsin.alert.leader_attack", "tocsin.alert.military_strike"]
    assert all(g.verified for g in got)  # verified with the standardwebhooks library
    strike = next(g.alert for g in got if g.alert["type"].endswith("military_strike"))
    assert strike["data"]["status"] == "new"
    assert (strike["data"]["attacker_country"], strike["data"]["territory_country"]) == ("IL", "QA")
    assert strike["data"]["events"][0]["evidence"]
    assert {g.headers["webhook-id"] for g in got} == {g.alert["id"] for g in got}


def test_negative_article_raises_nothing(stack, subscribe):
    receiver, _ = subscribe()
    r = post(stack, NEGATIVE)
    assert r.status_code == 202
    [article_id] = r.json()["ids"]
    assert wait_until(lambda: detector_read(stack, article_id), timeout=30)
    wait_until(lambda: bool(receiver.received), timeout=3)
    assert receiver.received == []


@pytest.mark.parametrize(
    ("body", "content_type", "status", "reason"),
    [
        (b"{broken", "application/json", 400, "invalid JSON"),
        (b'{"url": "https://x.org", "title": "\xff"}', "application/json", 400, "UTF-8"),
        (json.dumps({**NEGATIVE, "published_at": "last week"}).encode(), "application/json", 422, "published_at"),
        (json.dumps({k: v for k, v in NEGATIVE.items() if k != "url"}).encode(), "application/json", 422, "url is required"),
        ((json.dumps(NEGATIVE) + "\n{oops}\n").encode(), "application/x-ndjson", 422, "line 2"),
        (json.dumps({**NEGATIVE, "body": "x" * 2_000_000}).encode(), "application/json", 413, "limit"),
    ],
)
def test_malformed_input_is_refused_and_nothing_is_published(stack, body, content_type, status, reason):
    before = articles_end_offset(stack)
    r = post(stack, body, content_type)
    assert r.status_code == status, r.text
    assert reason in r.text
    assert articles_end_offset(stack) == before


def test_failed_delivery_is_retried_with_the_same_webhook_id(stack, subscribe):
    receiver, sub = subscribe(responses=[(500, {}), (503, {"retry-after": "1"})])
    assert post(stack, POSITIVE).status_code == 202
    assert wait_until(lambda: len(receiver.accepted()) == 1, timeout=60)
    attempts = receiver.received
    assert [a.status for a in attempts] == [500, 503, 204]
    assert len({a.headers["webhook-id"] for a in attempts}) == 1
    assert all(a.verified for a in attempts)
    delivery_id = f"{sub['id']}:{attempts[0].headers['webhook-id']}"
    record = httpx.get(f"{stack.notifier_url}/v1/deliveries/{delivery_id}", headers=auth()).json()
    assert record["status"] == "delivered"
    assert [a["status_code"] for a in record["attempt_log"]] == [500, 503, 204]


def test_subscriptions_api_needs_the_token_and_refuses_unsafe_urls(stack):
    assert httpx.get(f"{stack.notifier_url}/v1/subscriptions").status_code == 401
    r = httpx.post(f"{stack.notifier_url}/v1/subscriptions", json={"url": "http://169.254.169.254/latest"}, headers=auth())
    assert r.status_code == 422 and "link-local" in r.text


def test_ingest_file_cli_publishes_good_lines_and_names_bad_ones(stack, tmp_path):
    import os
    import subprocess
    import sys

    good = {**NEGATIVE, "url": "https://example.org/news/cli-good"}
    path = tmp_path / "articles.ndjson"
    path.write_text(json.dumps(good) + "\n{not json}\n" + json.dumps({"url": "https://example.org/x"}) + "\n")
    before = articles_end_offset(stack)
    out = subprocess.run(
        [sys.executable, "-m", "tocsin.cli", "ingest-file", str(path)],
        capture_output=True, text=True, timeout=60, check=False,
        env={**os.environ, "KAFKA_BOOTSTRAP": stack.kafka_bootstrap, "TOPIC_ARTICLES": "e2e.articles"},
    )
    assert out.returncode == 1
    assert "line 2: invalid JSON" in out.stderr and "line 3: source is required" in out.stderr
    assert "Traceback" not in out.stderr
    assert out.stdout.strip().startswith("art_")
    assert articles_end_offset(stack) == before + 1


def test_receiver_failing_every_attempt_dead_letters_then_replay_delivers(stack, subscribe):
    # RETRY_SCHEDULE in the e2e stack has 4 attempts
    receiver, sub = subscribe(responses=[(500, {})] * 4)
    erbil = {**POSITIVE, "url": "https://example.org/news/erbil", "title": "Drones hit Erbil",
             "body": "Iranian drones struck a military base outside Erbil in Iraq on Tuesday, officials said."}
    assert post(stack, erbil).status_code == 202

    def dead() -> list[dict]:
        entries = httpx.get(f"{stack.notifier_url}/v1/deliveries/dead", headers=auth()).json()
        return [d for d in entries if d["subscription"] == sub["id"]]

    assert wait_until(lambda: bool(dead()), timeout=60)
    assert [r.status for r in receiver.received] == [500] * 4
    [entry] = dead()
    assert entry["reason"] == "HTTP 500"
    r = httpx.post(f"{stack.notifier_url}/v1/deliveries/{entry['delivery_id']}/replay", headers=auth())
    assert r.status_code == 202
    assert wait_until(lambda: len(receiver.accepted()) == 1, timeout=30)
    assert receiver.accepted()[0].verified
    assert receiver.accepted()[0].headers["webhook-id"] == receiver.received[0].headers["webhook-id"]
