"""Incident grouping: one `new`, updates only on material change, rate-limited."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tests.helpers import article
from tocsin.core.settings import Settings
from tocsin.detection.detector import detect_article
from tocsin.detector.incidents import apply_event, grouping_key, release_pending

T0 = datetime(2026, 3, 4, 12, tzinfo=UTC)
SETTINGS = Settings(incident_update_interval_seconds=600)

REPORTS = [
    "Russian forces launched a missile strike on Odesa on Tuesday, killing four people, officials said.",
    "A Russian missile attack hit the port city of Odesa on Tuesday. At least four people were killed.",
    "Russia struck Odesa with missiles on Tuesday; the death toll rose to nine, the governor said.",
]


def strike(body: str, n: int) -> dict:
    events = detect_article(article(body, url=f"https://outlet{n}.example/story", published_at="2026-03-04T12:00:00Z"))
    return next(e.model_dump(mode="json") for e in events if e.type == "military_strike" and not e.is_background)


def test_differently_worded_reports_are_one_incident():
    events = [strike(b, i) for i, b in enumerate(REPORTS)]
    assert len({grouping_key(e) for e in events}) == 1
    state: list = []
    sent = []
    for i, e in enumerate(events):
        state, alerts = apply_event(state, e, SETTINGS, T0 + timedelta(minutes=20 * i))
        sent += alerts
    assert len(state) == 1
    assert [a["data"]["status"] for a in sent] == ["new", "update"]
    assert "killed 4 -> 9" in sent[1]["data"]["changes"]
    assert len(sent[1]["data"]["sources"]) == 3


def test_redelivered_event_resends_same_alert_id():
    e = strike(REPORTS[0], 0)
    state, [first] = apply_event([], e, SETTINGS, T0)
    state, [again] = apply_event(state, e, SETTINGS, T0 + timedelta(seconds=5))
    assert first["id"] == again["id"] and len(state) == 1


def test_updates_are_rate_limited_then_released():
    a, b = strike(REPORTS[0], 0), strike(REPORTS[2], 2)
    state, _ = apply_event([], a, SETTINGS, T0)
    state, held = apply_event(state, b, SETTINGS, T0 + timedelta(seconds=30))
    assert held == [] and state[0]["pending"]
    assert release_pending(state[0], SETTINGS, T0 + timedelta(seconds=60)) == []
    [update] = release_pending(state[0], SETTINGS, T0 + timedelta(seconds=601))
    assert update["data"]["status"] == "update" and update["id"].endswith(".r2")


def test_background_events_never_open_incidents():
    e = strike(REPORTS[0], 0)
    e["is_background"] = True
    assert grouping_key(e) is None


def test_an_article_the_detector_fails_on_is_skipped_and_the_next_one_is_read(monkeypatch):
    from tocsin.detector import app

    good = article("Russian drones struck a fuel depot in the Ukrainian city of Odesa on Tuesday, officials said.")
    bad = article("An article the detector cannot read.", url="https://example.org/unreadable")

    def failing_on_bad(a, **kwargs):
        if a.id == bad.id:
            raise TypeError("a reading the library did not expect")
        return detect_article(a, **kwargs)

    monkeypatch.setattr(app, "detect_article", failing_on_bad)
    assert app.detect_safely(bad, 7) == []
    assert [e.type for e in app.detect_safely(good, 7)] == ["military_strike"]
