"""Which subscriptions want an alert, and which silences mute it.

Both work on an alert's labels, the few fields an operator routes on:
event_type, severity, attacker_country, territory_country, incident_id,
status, plus subscription_id when a silence is checked for one subscriber.
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache
from typing import Any

from tocsin.core.models import Matcher, Silence, Subscription

SEVERITY_RANK = {"low": 0, "medium": 1, "high": 2, "critical": 3}


def labels(alert: dict[str, Any], sub_id: str | None = None) -> dict[str, str]:
    data = alert["data"]
    found = {
        "event_type": data["event_type"],
        "severity": data["severity"],
        "attacker_country": data.get("attacker_country") or "",
        "territory_country": data.get("territory_country") or "",
        "incident_id": data["incident_id"],
        "status": data["status"],
    }
    if sub_id:
        found["subscription_id"] = sub_id
    return found


def wants(sub: Subscription, alert: dict[str, Any]) -> bool:
    """Does this subscription's filter select this alert? Every given criterion must hold."""
    if not sub.enabled:
        return False
    data = alert["data"]
    f = sub.filters
    attacker, territory = data.get("attacker_country"), data.get("territory_country")
    if data["event_type"] not in f.event_types:
        return False
    if data["event_type"] == "military_strike" and f.cross_border_only and not data.get("cross_border"):
        return False
    if f.countries and not ({attacker, territory} & set(f.countries)):
        return False
    if f.attacker_countries and attacker not in f.attacker_countries:
        return False
    if f.territory_countries and territory not in f.territory_countries:
        return False
    if SEVERITY_RANK[data["severity"]] < SEVERITY_RANK[f.min_severity]:
        return False
    return not f.keywords or _keyword_pattern(tuple(f.keywords)).search(searchable_text(alert)) is not None


def searchable_text(alert: dict[str, Any]) -> str:
    """What keyword filters look at: headline, summary, places, actors, persons, evidence."""
    data = alert["data"]
    parts = [data.get("headline", ""), data.get("summary", "")]
    for event in data.get("events", []):
        for key in ("attacker", "territory", "target"):
            value = event.get(key) or {}
            parts += [str(v) for v in value.values() if isinstance(v, str)]
        parts += [p.get("name", "") + " " + (p.get("role") or "") for p in event.get("persons", [])]
        parts += [e.get("text", "") for e in event.get("evidence", [])]
    return "\n".join(parts)


@lru_cache(maxsize=1024)
def _keyword_pattern(keywords: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(k) for k in keywords) + r")(?!\w)", re.IGNORECASE)


def matches(matcher: Matcher, found: dict[str, str]) -> bool:
    value = found.get(matcher.name, "")
    if matcher.op == "=":
        return value == matcher.value
    if matcher.op == "!=":
        return value != matcher.value
    hit = _compiled(matcher.value).fullmatch(value) is not None
    return hit if matcher.op == "=~" else not hit


@lru_cache(maxsize=1024)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def silenced_by(silences: list[Silence], found: dict[str, str], now: datetime) -> str | None:
    """The id of an active silence whose matchers all hold, if any."""
    for silence in silences:
        if silence.starts_at <= now < silence.ends_at and all(matches(m, found) for m in silence.matchers):
            return silence.id
    return None
