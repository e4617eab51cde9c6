"""Scoring the detector: our labelled dev set, and the PLOVER/CAMEO gold-standard records.

`tocsin eval` (and `make eval`) prints the figures the README reports and
writes them as JSON. The dev set is ours: articles written for tocsin, each
labelled with the fresh events it reports (see tests/devset/README.md).

Scores are per article, per alert type: an article counts as a predicted
positive when the detector yields a fresh (not background) event of the type;
for strikes, the default alert needs that event to cross a border. Attribute
accuracy (attacker, territory, outcome) is measured on the true positives.
Each act and each leader is also scored on its own, as what a subscriber
gets is one alert per act: an article that reports two acts and yields one
has missed one, and an act read on the wrong state is a miss and a false
alarm at once. Where a record's gold says what its context events must hold
(`context_fields`: who condemned, who mediated, the toll, the court), that is
scored too.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pycountry

from tocsin.core.models import Article
from tocsin.detection.detector import detect_article

CONTEXT_TYPES = ("condemnation", "ceasefire_talks", "casualty_report", "legal_action")


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    misses: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)

    def add(self, gold: bool, predicted: bool, item: str) -> None:
        if gold and predicted:
            self.tp += 1
        elif predicted:
            self.fp += 1
            self.false_alarms.append(item)
        elif gold:
            self.fn += 1
            self.misses.append(item)
        else:
            self.tn += 1

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def summary(self) -> dict[str, Any]:
        f1 = 2 * self.precision * self.recall / (self.precision + self.recall) if self.precision + self.recall else 0.0
        return {"precision": round(self.precision, 3), "recall": round(self.recall, 3), "f1": round(f1, 3),
                "tp": self.tp, "fp": self.fp, "fn": self.fn, "tn": self.tn,
                "misses": self.misses, "false_alarms": self.false_alarms}


@dataclass
class Accuracy:
    right: int = 0
    total: int = 0
    wrong: list[str] = field(default_factory=list)

    def add(self, ok: bool, item: str) -> None:
        self.total += 1
        self.right += ok
        if not ok:
            self.wrong.append(item)

    def summary(self) -> dict[str, Any]:
        return {"accuracy": round(self.right / self.total, 3) if self.total else None, "n": self.total, "wrong": self.wrong}


def _events(article: dict[str, Any]) -> list[dict[str, Any]]:
    return [e.model_dump(mode="json") for e in detect_article(Article.model_validate(article))]


def _fresh(events: list[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
    return [e for e in events if e["type"] == kind and not e["is_background"]]


def read_ndjson(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def _aligned(events: list[dict[str, Any]], gold: dict[str, Any]) -> dict[str, Any]:
    """The event read for the gold act: an article may report more acts than its gold names ("a drone that strayed
    into Poland during an attack on Ukraine"), so attributes are scored on the event that is that act, if any was
    read (same attacker and territory), else on the one with its attacker, else on the first."""
    def country(e: dict[str, Any], key: str) -> str | None:
        return (e.get(key) or {}).get("country")
    return next((e for e in events if (country(e, "attacker"), country(e, "territory")) == (gold["attacker"], gold["territory"])),
                next((e for e in events if country(e, "attacker") == gold["attacker"]), events[0]))


def score_devset(records: Iterable[dict[str, Any]]) -> dict[str, Any]:
    strike, strike_any, leader = Counts(), Counts(), Counts()
    context = {t: Counts() for t in CONTEXT_TYPES}
    attacker, territory, outcome = Accuracy(), Accuracy(), Accuracy()
    acts, persons_scored, person_outcome = Counts(), Counts(), Accuracy()  # each act and each leader, not each article
    fields = {name: Accuracy() for name in CONTEXT_FIELDS}
    n = 0
    for rec in records:
        n += 1
        rid, gold = rec["id"], rec["gold"]
        events = _events(rec["article"])
        gold_strikes = gold["military_strike"]
        gold_cross = [g for g in gold_strikes if g["attacker"] != g["territory"]]
        strikes = _fresh(events, "military_strike")
        cross = [e for e in strikes if e.get("cross_border")]
        strike.add(bool(gold_cross), bool(cross), rid)
        strike_any.add(bool(gold_strikes), bool(strikes), rid)
        if gold_cross and cross:
            g, e = gold_cross[0], _aligned(cross, gold_cross[0])
            got_attacker, got_territory = (e.get("attacker") or {}).get("country"), (e.get("territory") or {}).get("country")
            attacker.add(got_attacker == g["attacker"], f"{rid}: {got_attacker} for {g['attacker']}")
            territory.add(got_territory == g["territory"], f"{rid}: {got_territory} for {g['territory']}")
        leaders = _fresh(events, "leader_attack")
        leader.add(bool(gold["leader_attack"]), bool(leaders), rid)
        if gold["leader_attack"] and leaders:
            want = gold["leader_attack"][0]
            persons = [p for e in leaders for p in e["persons"]]
            match = next((p for p in persons if want["name"].lower() in (p["name"] + " " + (p.get("role") or "")).lower()), None)
            got = match["outcome"] if match else None
            outcome.add(got == want["outcome"], f"{rid}: {got} for {want['name']} {want['outcome']}")
        _score_acts(acts, rid, gold_cross, cross)
        _score_persons(persons_scored, person_outcome, rid, gold["leader_attack"], [p for e in leaders for p in e["persons"]])
        for kind, counts in context.items():
            # context events count fresh or background: a cumulative toll is background by definition
            counts.add(kind in gold["context"], any(e["type"] == kind for e in events), rid)
        _score_context_fields(fields, rid, gold.get("context_fields") or {}, events)
    return {
        "articles": n,
        "military_strike (cross-border: the default alert)": strike.summary(),
        "military_strike (any, domestic included)": strike_any.summary(),
        "leader_attack": leader.summary(),
        "attacker": attacker.summary(),
        "territory": territory.summary(),
        "leader outcome": outcome.summary(),
        "cross-border acts (each attacker and territory)": acts.summary(),
        "leaders (each person)": persons_scored.summary(),
        "leader outcome (each person)": person_outcome.summary(),
        **{kind: c.summary() for kind, c in context.items()},
        **{name: a.summary() for name, a in fields.items()},
    }


def _score_acts(acts: Counts, rid: str, gold: list[dict[str, Any]], read: list[dict[str, Any]]) -> None:
    """Each act on its own: an article with two acts that yields one has missed one, and an act read on the wrong
    state is both a miss and a false alarm."""
    wanted = {(g["attacker"], g["territory"]) for g in gold}
    got = {((e.get("attacker") or {}).get("country"), (e.get("territory") or {}).get("country")) for e in read}
    for pair in sorted(wanted | got, key=str):
        acts.add(pair in wanted, pair in got, f"{rid}: {pair[0]}->{pair[1]}")


# what a context event must hold, as the gold's context_fields give it: (row, event type, field)
CONTEXT_FIELDS = {"condemning states (all of them)": ("condemnation", "by"), "mediating states (all of them)": ("ceasefire_talks", "mediators"),
                  "cumulative toll (count)": ("casualty_report", "count"), "court (named)": ("legal_action", "court")}


def _score_context_fields(scored: dict[str, Accuracy], rid: str, gold: dict[str, Any], events: list[dict[str, Any]]) -> None:
    """The states that condemned or mediated, every one and no other (summed over the article's events of the type:
    an international body, which has no state, is not counted); a toll read with the count given; a court read
    whose name holds the words given."""
    for row, (kind, name) in CONTEXT_FIELDS.items():
        want = gold.get(kind, {}).get(name)
        if want is None:
            continue
        read = [e for e in events if e["type"] == kind]
        if name in ("by", "mediators"):
            got: Any = sorted({a["country"] for e in read for a in e[name] if a.get("country")})
            ok = got == sorted(want)
        elif name == "count":
            got = [e["count"] for e in read]
            ok = want in got
        else:
            got = [e["court"] for e in read]
            ok = any(want.lower() in (court or "").lower() for court in got)
        scored[row].add(ok, f"{rid}: {got} for {want}")


def _score_persons(scored: Counts, outcome: Accuracy, rid: str, gold: list[dict[str, Any]], read: list[dict[str, Any]]) -> None:
    """Each leader on its own, matched by the word the label gives (in the name or the role); a person read who matches
    no label is a false alarm (a bodyguard kept as a leader, say)."""
    unmatched = list(read)
    for want in gold:
        word = want["name"].lower()
        match = next((p for p in unmatched if word in (p["name"] + " " + (p.get("role") or "")).lower()), None)
        scored.add(True, match is not None, f"{rid}: {want['name']}")
        if match is not None:
            unmatched.remove(match)
            outcome.add(match["outcome"] == want["outcome"], f"{rid}: {match['outcome']} for {want['name']} {want['outcome']}")
    for extra in unmatched:
        scored.add(False, True, f"{rid}: {extra['name']}")


# ---------------------------------------------------------------- PLOVER / CAMEO gold standard
STRIKE_MODES = {"heavy-weapons", "explosives", "suicide-attack", "firearms", "assassinate", "aerial", "missile"}
_CAMEO_EXTRA = {"PSE": "PS", "JAP": "JP", "VTN": "VN", "KMR": "KH", "SRB": "RS", "KOS": "XK"}


def cameo_country(code: str | None) -> str | None:
    """A CAMEO actor code's country (ISO alpha-2), or None for IGOs, rebels and the like."""
    if not code:
        return None
    code = code[:3].upper()
    if code in _CAMEO_EXTRA:
        return _CAMEO_EXTRA[code]
    country = pycountry.countries.get(alpha_3=code)
    return country.alpha_2 if country else None


def score_plover(records: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Strike vs not on PLOVER's gold-standard sentences, and the countries of source and target.

    Gold strike: a FIGHT or ASSAULT record whose mode is armed (heavy weapons,
    explosives, firearms, suicide attack, assassination). PLOVER's target is the
    victim, not the territory, so "target" agreement is a loose check: our
    territory or person country against the record's target countries.
    """
    detect, source, target = Counts(), Accuracy(), Accuracy()
    n = 0
    for rec in records:
        if not rec.get("text") or rec["event"] == "DOCUMENT":
            continue
        n += 1
        gold = rec["event"] in ("FIGHT", "ASSAULT") and (rec.get("mode") or "") in STRIKE_MODES
        article = {"url": f"https://plover.invalid/{rec['id']}", "source": rec.get("publication") or "PLOVER",
                   "title": rec["text"][:80], "body": rec["text"], "published_at": f"{rec.get('date') or '2000-01-01'}T12:00:00Z"}
        events = _events(article)
        hits = _fresh(events, "military_strike") + _fresh(events, "leader_attack")
        detect.add(gold, bool(hits), rec["id"])
        if gold and hits:
            sources = {cameo_country(a.get("code")) for a in rec.get("source") or [] if isinstance(a, dict)} - {None}
            targets = {cameo_country(a.get("code")) for a in rec.get("target") or [] if isinstance(a, dict)} - {None}
            strikes = _fresh(events, "military_strike")
            if sources and strikes:
                got = (strikes[0].get("attacker") or {}).get("country")
                source.add(got in sources, f"{rec['id']}: {got} for {sorted(sources)}")
            if targets and strikes:
                got = (strikes[0].get("territory") or {}).get("country")
                target.add(got in targets, f"{rec['id']}: {got} for {sorted(targets)}")
    return {"records": n, "strike or leader attack vs not": detect.summary(), "source (attacker) country": source.summary(),
            "target country (loose)": target.summary()}


def render(report: dict[str, Any]) -> str:
    lines = []
    for section, figures in report.items():
        if not isinstance(figures, dict):
            continue
        lines.append(f"\n{section} ({figures.get('articles') or figures.get('records')} items)")
        for name, s in figures.items():
            if not isinstance(s, dict):
                continue
            if "precision" in s:
                lines.append(f"  {name:52} P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}  "
                             f"(tp {s['tp']}, fp {s['fp']}, fn {s['fn']})")
            else:
                acc = "n/a" if s["accuracy"] is None else f"{s['accuracy']:.3f}"
                lines.append(f"  {name:52} accuracy {acc} (n {s['n']})")
    return "\n".join(lines).lstrip("\n")
