"""Grouping events into incidents, and deciding which alerts an incident raises.

Pure functions over plain dicts, so the faust agent stays a thin data flow and
this logic is tested without a broker. An incident opens with one `new`
alert; later articles add sources and facts and raise an `update` only when a
material fact changes (a higher toll, a leader's outcome, a new condemning
state), at most once per `incident_update_interval_seconds`; changes held back
by that limit are released by the next event or tick after it.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from tocsin.core.ids import digest
from tocsin.core.models import Alert, AlertData, SourceRef
from tocsin.core.settings import Settings
from tocsin.detection.gazetteer import load as load_gazetteer
from tocsin.detection.strikes import ATTRIBUTION_RANK

INCIDENT_TYPES = ("military_strike", "leader_attack")
MAX_EVENTS_IN_ALERT = 10
MAX_SOURCES = 50
_OUTCOME_RANK = {"unknown": 0, "survived": 1, "wounded": 2, "killed": 3}
# what the headline says of an attacker not told as fact
_ATTRIBUTION_NOTE = {"accused": " (alleged)", "inferred": " (attacker inferred)"}


def grouping_key(event: dict[str, Any]) -> str | None:
    """Events that may share an incident share this key (and so a partition)."""
    if event.get("is_background") or event.get("type") not in INCIDENT_TYPES:
        return None
    attacker = ((event.get("attacker") or {}).get("country")) or "?"
    territory = ((event.get("territory") or {}).get("country")) or "?"
    if event["type"] == "leader_attack" and attacker == "?" and territory == "?":
        orgs = sorted({p.get("organization") or p.get("country") or "?" for p in event.get("persons", [])})
        return f"leader_attack:org:{orgs[0] if orgs else '?'}"
    return f"{event['type']}:{attacker}:{territory}"


def _surname(name: str) -> str:
    return name.split()[-1].lower().replace("al-", "").replace("el-", "")


def _facts(event: dict[str, Any]) -> dict[str, Any]:
    if event["type"] == "military_strike":
        cas = event.get("casualties") or {}
        return {
            "killed": cas.get("killed"),
            "wounded": cas.get("wounded"),
            "condemned_by": sorted({c.get("country") or c["name"] for c in event.get("condemned_by", [])}),
            "place": (event.get("territory") or {}).get("place"),
            "attribution": event.get("attribution"),
        }
    return {"outcomes": {p["name"]: p["outcome"] for p in event.get("persons", [])}}


def _merge_facts(old: dict[str, Any], new: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """Combine what is known; name each material change."""
    merged = dict(old)
    changes: list[str] = []
    for field in ("killed", "wounded"):
        if field in new and (new[field] or 0) > (old.get(field) or 0):
            if old.get(field) is not None or new[field]:
                changes.append(f"{field} {old.get(field) or 0} -> {new[field]}")
            merged[field] = new[field]
    if "condemned_by" in new:
        added = sorted(set(new["condemned_by"]) - set(old.get("condemned_by", [])))
        if added:
            changes.append("condemned by " + ", ".join(added))
            merged["condemned_by"] = sorted(set(old.get("condemned_by", [])) | set(added))
    if "place" in new and not old.get("place") and new["place"]:
        merged["place"] = new["place"]
    # how surely the attacker is known (strikes.ATTRIBUTION_RANK): a later report in which the attacker owns the act is news
    if "attribution" in new and ATTRIBUTION_RANK.get(new["attribution"], -1) > ATTRIBUTION_RANK.get(old.get("attribution"), -1):
        if old.get("attribution") is not None:  # "accused -> claimed": the attacker now owns the act
            changes.append(f"attribution {old['attribution']} -> {new['attribution']}")
        merged["attribution"] = new["attribution"]
    if "outcomes" in new:
        outcomes = dict(old.get("outcomes", {}))
        by_surname = {_surname(n): n for n in outcomes}
        for name, outcome in new["outcomes"].items():
            known = (outcomes.get(name) and name) or by_surname.get(_surname(name))
            if known is None:
                outcomes[name] = outcome
                if outcome != "unknown":
                    changes.append(f"{name}: {outcome}")
            elif _OUTCOME_RANK[outcome] > _OUTCOME_RANK[outcomes[known]]:
                changes.append(f"{known}: {outcomes[known]} -> {outcome}")
                outcomes[known] = outcome
        merged["outcomes"] = outcomes
    return merged, changes


def _same_act(incident: dict[str, Any], event: dict[str, Any], window: timedelta) -> bool:
    occurred = date.fromisoformat(event["occurred_on"]) if event.get("occurred_on") else None
    inc_date = date.fromisoformat(incident["occurred_on"]) if incident.get("occurred_on") else None
    if occurred and inc_date and abs(occurred - inc_date) > max(window, timedelta(days=1)):
        return False
    if event["type"] == "military_strike":
        place = (event.get("territory") or {}).get("place")
        known = incident["facts"].get("place")
        return not (place and known and place != known)
    names = {_surname(p["name"]) for p in event.get("persons", [])}
    known = {_surname(n) for n in incident["facts"].get("outcomes", {})}
    return bool(names & known)


def _severity(incident: dict[str, Any]) -> str:
    facts = incident["facts"]
    if incident["type"] == "leader_attack":
        outcomes = facts.get("outcomes", {}).values()
        return "critical" if "killed" in outcomes else "high"
    event = incident["events"][-1]
    if not event.get("cross_border"):
        return "medium"
    return "critical" if (facts.get("killed") or 0) >= 10 else "high"


def _headline(incident: dict[str, Any]) -> str:
    event = incident["events"][0]
    if incident["type"] == "military_strike":
        attacker = (event.get("attacker") or {}).get("name") or "Unknown attacker"
        territory = event.get("territory") or {}
        country = load_gazetteer().country_name(territory.get("country")) or territory.get("country")
        where = ", ".join(x for x in (incident["facts"].get("place"), country) if x)
        note = _ATTRIBUTION_NOTE.get(incident["facts"].get("attribution"), "") if event.get("attacker") else ""
        return f"{attacker} strike on {where or 'unknown territory'}{note}"
    outcomes = incident["facts"].get("outcomes", {})
    parts = [f"{name} {outcome}" for name, outcome in outcomes.items()]
    return "Attack on leadership: " + "; ".join(parts)


def _summary(incident: dict[str, Any]) -> str:
    event = incident["events"][0]
    lead = event["evidence"][0]["text"] if event.get("evidence") else ""
    facts = incident["facts"]
    extra = []
    if facts.get("killed"):
        extra.append(f"killed: {facts['killed']}")
    if facts.get("condemned_by"):
        extra.append("condemned by " + ", ".join(facts["condemned_by"]))
    extra.append(f"{len(incident['sources'])} source(s)")
    return f"{lead} ({'; '.join(extra)})"


def make_alert(incident: dict[str, Any], status: str, changes: list[str], settings: Settings, now: datetime) -> dict[str, Any]:
    last = incident["events"][-1]
    alert = Alert(
        id=f"{incident['incident_id']}.r{incident['revision']}",
        source=settings.alert_source,
        type=f"tocsin.alert.{incident['type']}",
        time=now,
        subject=incident["incident_id"],
        data=AlertData(
            incident_id=incident["incident_id"],
            revision=incident["revision"],
            status=status,  # type: ignore[arg-type]
            event_type=incident["type"],
            severity=_severity(incident),  # type: ignore[arg-type]
            headline=_headline(incident),
            summary=_summary(incident),
            changes=changes,
            attacker_country=(last.get("attacker") or {}).get("country"),
            territory_country=(last.get("territory") or {}).get("country"),
            cross_border=last.get("cross_border"),
            events=incident["events"][-MAX_EVENTS_IN_ALERT:],
            sources=[SourceRef(**s) for s in incident["sources"]],
            first_seen=incident["first_seen"],
            last_seen=incident["last_seen"],
        ),
    )
    return alert.model_dump(mode="json")


def apply_event(
    incidents: list[dict[str, Any]], event: dict[str, Any], settings: Settings, now: datetime | None = None
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Fold one event into the incidents of its key: (new state, alerts to send)."""
    now = now or datetime.now(UTC)
    window = timedelta(hours=settings.incident_window_hours)
    incidents = [i for i in incidents if now - datetime.fromisoformat(i["last_seen"]) <= window * 4]
    source = {"source": event["source"], "url": event.get("url"), "published_at": event.get("published_at")}
    for incident in incidents:
        if event["event_id"] in incident["event_ids"]:
            # a redelivered event: resend the current revision; its id makes it a no-op downstream
            return incidents, [make_alert(incident, incident["status"], incident.get("changes", []), settings, now)]
    match = next((i for i in incidents if i["type"] == event["type"] and _same_act(i, event, window)), None)
    if match is None:
        incident = {
            "incident_id": "inc_" + digest(event["event_id"]),
            "type": event["type"],
            "revision": 1,
            "status": "new",
            "changes": [],
            "occurred_on": event.get("occurred_on"),
            "first_seen": now.isoformat(),
            "last_seen": now.isoformat(),
            "last_alert_at": now.isoformat(),
            "event_ids": [event["event_id"]],
            "sources": [source],
            "events": [event],
            "facts": _facts(event),
            "pending": [],
        }
        return [*incidents, incident], [make_alert(incident, "new", [], settings, now)]
    match["event_ids"] = [*match["event_ids"], event["event_id"]][-500:]
    if all(s.get("url") != source["url"] for s in match["sources"]):
        match["sources"] = [*match["sources"], source][-MAX_SOURCES:]
    match["events"] = [*match["events"], event][-MAX_EVENTS_IN_ALERT:]
    match["last_seen"] = now.isoformat()
    match["facts"], changes = _merge_facts(match["facts"], _facts(event))
    match["pending"] = [*match.get("pending", []), *changes]
    return incidents, release_pending(match, settings, now)


def release_pending(incident: dict[str, Any], settings: Settings, now: datetime) -> list[dict[str, Any]]:
    """An `update` alert for held-back changes, if the rate limit allows one now."""
    if not incident.get("pending"):
        return []
    last = datetime.fromisoformat(incident["last_alert_at"])
    if (now - last).total_seconds() < settings.incident_update_interval_seconds:
        return []
    incident["revision"] += 1
    incident["status"] = "update"
    incident["changes"] = incident["pending"]
    incident["pending"] = []
    incident["last_alert_at"] = now.isoformat()
    return [make_alert(incident, "update", incident["changes"], settings, now)]
