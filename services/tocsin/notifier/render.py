"""Alerts as words for people: the text of Slack messages and emails."""

from __future__ import annotations

import html as _html
from typing import Any

_SEVERITY_MARK = {"critical": "CRITICAL", "high": "HIGH", "medium": "MEDIUM", "low": "LOW"}


def title(alert: dict[str, Any]) -> str:
    data = alert["data"]
    prefix = "UPDATE: " if data["status"] == "update" else ""
    return f"{prefix}[{_SEVERITY_MARK[data['severity']]}] {data['headline']}"


def facts(alert: dict[str, Any]) -> list[tuple[str, str]]:
    """The labelled facts a reader scans first, in order of importance."""
    data = alert["data"]
    found: list[tuple[str, str]] = [("Type", data["event_type"].replace("_", " "))]
    if data.get("attacker_country") or data.get("territory_country"):
        found.append(("Attacker / territory", f"{data.get('attacker_country') or '?'} → {data.get('territory_country') or '?'}"))
    event = (data.get("events") or [{}])[-1]
    if event.get("occurred_on"):
        found.append(("Occurred on", event["occurred_on"]))
    casualties = event.get("casualties") or {}
    toll = ", ".join(f"{casualties[k]} {k}" for k in ("killed", "wounded") if casualties.get(k) is not None)
    if toll:
        found.append(("Casualties", toll))
    persons = event.get("persons") or []
    if persons:
        found.append(("Persons", "; ".join(f"{p['name']} ({p.get('role') or 'leader'}): {p.get('outcome', 'unknown')}" for p in persons)))
    found.append(("Sources", str(len(data.get("sources", [])))))
    found.append(("Incident", f"{data['incident_id']} rev {data['revision']}"))
    return found


def plain_text(alert: dict[str, Any]) -> str:
    data = alert["data"]
    lines = [title(alert), "", data["summary"], ""]
    lines += [f"{name}: {value}" for name, value in facts(alert)]
    if data.get("changes"):
        lines += ["", "What changed:"] + [f"- {c}" for c in data["changes"]]
    sources = [s for s in data.get("sources", []) if s.get("url")]
    if sources:
        lines += ["", "Sources:"] + [f"- {s['source']}: {s['url']}" for s in sources[:10]]
    return "\n".join(lines) + "\n"


def html(alert: dict[str, Any]) -> str:
    data = alert["data"]
    e = _html.escape
    rows = "".join(f"<tr><th align='left'>{e(n)}</th><td>{e(v)}</td></tr>" for n, v in facts(alert))
    changes = "".join(f"<li>{e(c)}</li>" for c in data.get("changes", []))
    sources = "".join(f"<li><a href='{e(s['url'])}'>{e(s['source'])}</a></li>" for s in data.get("sources", [])[:10] if s.get("url"))
    return (
        f"<html><body><h2>{e(title(alert))}</h2><p>{e(data['summary'])}</p><table>{rows}</table>"
        + (f"<h3>What changed</h3><ul>{changes}</ul>" if changes else "")
        + (f"<h3>Sources</h3><ul>{sources}</ul>" if sources else "")
        + "</body></html>"
    )
