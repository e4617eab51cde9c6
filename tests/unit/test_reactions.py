"""Reactions to an act: who condemned it, however far from the act the report tells it."""

from __future__ import annotations

from tests.helpers import article
from tocsin.detection.detector import detect_article


def condemners(body: str) -> list[str | None]:
    return [actor.country for e in detect_article(article(body)) if e.type == "condemnation" and not e.is_background for actor in e.by]


def test_a_reaction_in_a_paragraph_of_its_own_condemns_the_act_told_before():
    body = ("Turkish jets bombed a village near Zakho on Monday, killing two shepherds.\n\n"
            "Iraq's foreign ministry condemned what it called a violation of Iraqi sovereignty.")
    assert condemners(body) == ["IQ"]


def test_the_date_of_a_truce_the_reaction_names_does_not_make_it_history():
    body = ("Russian drones hit a market in Kherson on Sunday, wounding eleven people.\n\n"
            "Ukraine's foreign minister condemned the attack as a breach of the truce agreed in March 2025.")
    assert condemners(body) == ["UA"]
    # nor the act told with it
    strike = "Israeli jets struck the southern Lebanese town of Khiam in breach of the ceasefire that took effect in November 2024, Lebanese media said."
    assert [(e.attacker.country, e.territory.country, e.is_background) for e in detect_article(article(strike))
            if e.type == "military_strike"] == [("IL", "LB", False)]


def test_mediators_pressing_both_sides_to_a_truce_are_ceasefire_talks():
    body = ("Sudanese army jets bombed Nyala on Sunday. Saudi Arabia and the United States said they were pressing both sides "
            "to agree to a humanitarian truce.")
    [talks] = [e for e in detect_article(article(body)) if e.type == "ceasefire_talks"]
    assert {m.country for m in talks.mediators} == {"SA", "US"}


def test_a_legal_action_of_last_week_is_fresh_across_the_turn_of_the_month():
    body = "The International Criminal Court issued an arrest warrant on Friday for Sudan's army chief over attacks on civilians."
    events = detect_article(article(body, published_at="2026-12-02T09:00:00Z"))
    assert [e.is_background for e in events if e.type == "legal_action"] == [False]
