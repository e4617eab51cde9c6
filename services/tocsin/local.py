"""`tocsin local`: the whole pipeline on this machine, fed with seeds/, showing alerts.

Starts a broker and Redis unless KAFKA_BOOTSTRAP / REDIS_URL are set, the
three services, and a local webhook receiver subscribed to the default alerts;
then posts every seed article to the ingest API and prints each alert as the
receiver gets it (signature verified). It keeps serving until Ctrl-C.
"""

from __future__ import annotations

import json
import secrets
import signal
import sys
import time
from pathlib import Path

import httpx

from tocsin.core.settings import get_settings
from tocsin.devstack import Stack, port_or_free
from tocsin.receiver import Received, Receiver


def load_seed_files(folder: Path) -> list[tuple[str, bytes]]:
    """(name, NDJSON bytes) for every seed: *.ndjson as they are, *.txt via index.json metadata."""
    batches: list[tuple[str, bytes]] = []
    index = folder / "index.json"
    if index.exists():
        lines = []
        for meta in json.loads(index.read_text("utf-8")):
            body = (folder / meta.pop("body_file")).read_text("utf-8")
            lines.append(json.dumps({**meta, "body": body}))
        batches.append(("index.json", ("\n".join(lines) + "\n").encode()))
    for path in sorted(folder.glob("*.ndjson")):
        batches.append((path.name, path.read_bytes()))
    return batches


def _show(got: Received) -> None:
    alert = got.alert
    data = alert["data"]
    mark = "verified" if got.verified else "SIGNATURE INVALID"
    print(f"\n*** ALERT [{data['status']}] {data['severity'].upper()} {alert['type']}  ({mark}, webhook-id {got.headers.get('webhook-id')})")
    print(f"    {data['headline']}")
    for event in data["events"][:1]:
        for ev in event.get("evidence", [])[:2]:
            print(f"    evidence: {ev['text'][:160]}")
    sys.stdout.flush()


def run_local(seeds: str, workdir: str) -> int:
    settings = get_settings()
    token = settings.api_token or secrets.token_urlsafe(16)
    stack = Stack(
        Path(workdir).resolve(),
        env_overrides={"API_TOKEN": token, "WEBHOOK_ALLOWLIST": settings.webhook_allowlist or "127.0.0.0/8,::1/128"},
        kafka_bootstrap=settings.kafka_bootstrap,
        redis_url=settings.redis_url,
        ingest_port=port_or_free(settings.ingest_port),
        notifier_port=port_or_free(settings.notifier_port),
    )
    receiver = Receiver(on_alert=_show).start()
    stopping = False

    def stop(*_: object) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGTERM, stop)
    try:
        print(f"starting broker, Redis and the services (logs in {stack.workdir}) ...", flush=True)
        stack.start_infra()
        stack.start_services()
        auth = {"authorization": f"Bearer {token}"}
        created = httpx.post(f"{stack.notifier_url}/v1/subscriptions", json={"url": receiver.url, "description": "tocsin local receiver"}, headers=auth).raise_for_status().json()
        receiver.secret = created["secret"]
        print(f"kafka {stack.kafka_bootstrap}  redis {stack.redis_url}")
        print(f"ingest API   {stack.ingest_url}/v1/articles   (docs: {stack.ingest_url}/docs)")
        print(f"notifier API {stack.notifier_url}/v1/subscriptions  (token: {token})")
        print(f"local receiver {receiver.url} subscribed as {created['id']}")
        for name, payload in load_seed_files(Path(seeds)):
            r = httpx.post(f"{stack.ingest_url}/v1/articles", content=payload, headers={"content-type": "application/x-ndjson"})
            print(f"fed {name}: HTTP {r.status_code} {r.json().get('accepted', r.json())} article(s)", flush=True)
        print("\nwaiting for alerts; post more articles to the ingest API. Ctrl-C stops everything.", flush=True)
        while not stopping:
            for name in ("ingest", "detector", "notifier"):
                stack.check_alive(name)
            time.sleep(0.5)
    except KeyboardInterrupt:
        pass
    except (RuntimeError, TimeoutError, OSError, httpx.HTTPError) as exc:
        print(f"\ntocsin local: {exc}", file=sys.stderr)
        return 1
    finally:
        print("\nstopping ...", flush=True)
        stack.stop()
        receiver.stop()
        print(f"stopped. {len(receiver.accepted())} alert(s) received.")
    return 0
