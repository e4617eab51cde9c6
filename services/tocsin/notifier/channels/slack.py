"""The Slack channel: a Block Kit message with a plain-text fallback, to an incoming webhook.

Slack accepts about one message per second per incoming webhook; the worker
paces sends per URL (SLACK_MIN_INTERVAL_SECONDS) and honours Retry-After on 429.
"""

from __future__ import annotations

from typing import Any

import httpx

from tocsin.core import jsonio
from tocsin.notifier import channels, render
from tocsin.notifier.channels import http
from tocsin.notifier.security import Network


def message(alert: dict[str, Any]) -> dict[str, Any]:
    data = alert["data"]
    facts = render.facts(alert)
    fields = [{"type": "mrkdwn", "text": f"*{name}*\n{_escape(value)}"} for name, value in facts[:10]]
    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": {"type": "plain_text", "text": render.title(alert)[:150], "emoji": False}},
        {"type": "section", "text": {"type": "mrkdwn", "text": _escape(data["summary"])[:3000]}},
    ]
    if fields:
        blocks.append({"type": "section", "fields": fields})
    if data.get("changes"):
        blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": "*What changed*\n" + "\n".join(f"• {_escape(c)}" for c in data["changes"])[:3000]}})
    sources = [s for s in data.get("sources", []) if s.get("url")][:5]
    if sources:
        links = " · ".join(f"<{s['url']}|{_escape(s['source'])}>" for s in sources)
        blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": f"Sources: {links}"[:3000]}]})
    blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": f"tocsin · {alert['id']}"}]})
    return {"text": render.plain_text(alert)[:3000], "blocks": blocks}


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


async def send(client: httpx.AsyncClient, url: str, alert: dict[str, Any], allowlist: list[Network]) -> channels.Outcome:
    outcome = await http.post(client, url, jsonio.dumps(message(alert)), {"content-type": "application/json"}, allowlist)
    # Slack says a webhook is gone with 404 no_service / 410 channel_is_archived
    if outcome.status_code == 404 and "no_service" in outcome.error:
        outcome.gone = True
    return outcome
