"""The seed article yields what events.md specifies."""

from __future__ import annotations

import pytest

from tests.helpers import default_alerts, seed_article
from tocsin.detection.detector import detect_article


@pytest.fixture(scope="module")
def events():
    return detect_article(seed_article())


def by_type(events, kind, background=False):
    return [e for e in events if e.type == kind and e.is_background == background]


def test_one_fresh_cross_border_strike_israel_on_qatar(events):
    [strike] = by_type(events, "military_strike")
    assert strike.attacker.country == "IL"
    assert strike.territory.country == "QA"
    assert strike.territory.place == "Doha"
    assert strike.cross_border is True
    assert "Hamas" in strike.target and "leader" in strike.target
    assert strike.weapon == "air"
    assert any("Qatari security officer" in v for v in strike.casualties.victims)
    assert strike.casualties.killed >= 3 and strike.casualties.at_least
    assert {c.country for c in strike.condemned_by} >= {"GB", "QA"}
    assert str(strike.occurred_on) == "2025-09-09"


def test_evidence_points_at_the_body(events):
    body = seed_article().body
    for event in events:
        assert event.evidence
        for ev in event.evidence:
            assert body[ev.start : ev.end] == ev.text


def test_leader_attack_persons_and_outcomes(events):
    [attack] = by_type(events, "leader_attack")
    persons = {p.name: p for p in attack.persons}
    assert persons["Khalil al-Hayya"].outcome == "survived"
    assert persons["Zaher Jabarin"].outcome == "survived"
    assert persons["Hammam al-Hayya"].outcome == "killed"
    assert persons["Hammam al-Hayya"].relation == "son of Khalil al-Hayya"
    assert persons["Jihad Lubad"].outcome == "killed"
    assert persons["Jihad Lubad"].role == "office director"
    assert "Khalil al-Hayya" in persons["Jihad Lubad"].relation
    assert all(p.organization == "Hamas" for p in attack.persons)
    # reporters and bystanders are not victims
    assert not {"Suhail al-Hindi", "Keir Starmer", "Benjamin Netanyahu"} & set(persons)


def test_condemnations_by_uk_and_qatar(events):
    countries = {a.country for e in by_type(events, "condemnation") for a in e.by}
    assert {"GB", "QA"} <= countries
    strike = by_type(events, "military_strike")[0]
    assert all(e.of == strike.event_id for e in by_type(events, "condemnation"))


def test_ceasefire_talks_mediators_and_parties(events):
    [talks] = by_type(events, "ceasefire_talks")
    assert {a.country for a in talks.mediators} == {"QA", "EG", "US"}
    assert {a.name for a in talks.parties} == {"Israel", "Hamas"}


def test_history_is_background_only(events):
    background = [e for e in events if e.is_background]
    assert any(e.type == "casualty_report" and e.count == 64600 for e in background)
    assert any(e.type == "military_strike" and e.attacker.name == "Hamas" and str(e.occurred_on) == "2023-10-07" for e in background)
    legal = [e for e in events if e.type == "legal_action"]
    assert {e.court for e in legal} == {"International Criminal Court", "International Court of Justice"}
    assert all(e.is_background for e in legal)
    icc = next(e for e in legal if e.court == "International Criminal Court")
    assert {a.name for a in icc.against} == {"Benjamin Netanyahu", "Yoav Gallant"}


def test_exactly_two_default_alerts(events):
    kinds = sorted(e.type for e in default_alerts(events))
    assert kinds == ["leader_attack", "military_strike"]


def test_same_article_same_ids():
    first = [e.event_id for e in detect_article(seed_article())]
    again = [e.event_id for e in detect_article(seed_article())]
    assert first == again and len(set(first)) == len(first)
