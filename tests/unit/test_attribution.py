"""How an alert's attacker is known: claimed by the attacker, reported as fact, accused by another party, or inferred.

An analyst weighs "Azerbaijan said it struck" differently from "Yerevan accused
Baku of shelling": the first is owned, the second is one side's word. The
articles are of our own wording.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tests.helpers import article
from tocsin.core.settings import Settings
from tocsin.detection.detector import detect_article
from tocsin.detector.incidents import apply_event


def fresh_strike(body: str, url: str = "https://example.org/a"):
    events = detect_article(article(body, url=url, published_at="2026-06-10T12:00:00Z"))
    strikes = [e for e in events if e.type == "military_strike" and not e.is_background and e.cross_border]
    assert strikes, f"no cross-border strike read from: {body}"
    return strikes[0]


@pytest.mark.parametrize(("body", "attacker", "territory", "attribution"), [
    # the attacker's own word, as its force or its state
    ("The Azerbaijani army said on Monday it had shelled military posts near the Armenian town of Jermuk.", "AZ", "AM", "claimed"),
    ("Chad said its air force had bombed rebel bases in northern Libya near the town of Ubari on Friday.", "TD", "LY", "claimed"),
    ("Iran's Revolutionary Guards said they had struck separatist bases in Iraq's Kurdistan region on Monday.", "IR", "IQ", "claimed"),
    # told as fact with its doer
    ("Ethiopian drones struck a market in the Eritrean town of Tesseney on Friday, killing six people.", "ET", "ER", "reported"),
    ("A missile fired by Yemen's Houthis hit an oil terminal in the Saudi city of Jizan on Sunday.", "YE", "SA", "reported"),
    # only one side's word
    ("Kinshasa accused Rwandan troops of shelling villages near the Congolese city of Goma on Thursday.", "RW", "CD", "accused"),
    ("A rocket struck a school in the Afghan city of Khost on Tuesday, killing three pupils, the governor said, blaming Pakistan.",
     "PK", "AF", "accused"),
])
def test_the_attribution_says_whose_word_the_attacker_is(body, attacker, territory, attribution):
    strike = fresh_strike(body)
    assert (strike.attacker.country, strike.territory.country, strike.attribution) == (attacker, territory, attribution)


def test_an_accusation_is_less_sure_than_the_same_act_told_as_fact():
    told = fresh_strike("Rwandan troops shelled villages near the Congolese city of Goma on Thursday.")
    accused = fresh_strike("Kinshasa accused Rwandan troops of shelling villages near the Congolese city of Goma on Thursday.")
    assert (told.attribution, accused.attribution) == ("reported", "accused")
    assert accused.confidence < told.confidence


def test_the_attacker_owning_the_act_later_in_the_article_makes_it_claimed():
    strike = fresh_strike("Rockets fired from southern Lebanon hit a factory in the Israeli town of Kiryat Shmona on Monday, "
                          "injuring two workers. Hezbollah claimed the attack in a statement.")
    assert (strike.attacker.country, strike.attribution) == ("LB", "claimed")


def test_an_attacker_read_from_the_sentence_before_is_inferred_and_costs_confidence():
    body = ("Air defences over the Russian city of Belgorod fought off waves of Ukrainian drones on Sunday. "
            "One drone hit a warehouse on the edge of the city, the governor said.")
    events = detect_article(article(body, published_at="2026-06-10T12:00:00Z"))
    strike = next(e for e in events if e.type == "military_strike" and not e.is_background)
    assert (strike.attacker.country, strike.territory.country, strike.attribution) == ("UA", "RU", "inferred")
    assert strike.confidence <= 0.8


def test_a_leader_attack_claimed_by_a_group_names_it_with_its_attribution():
    events = detect_article(article("Mali's minister of mines was killed in an explosion at his office in Bamako on Monday, "
                                    "officials said. The Islamic State claimed the attack.", published_at="2026-06-10T12:00:00Z"))
    attack = next(e for e in events if e.type == "leader_attack")
    assert (attack.attacker.name, attack.attribution) == ("Islamic State", "claimed")


def test_no_attacker_no_attribution():
    events = detect_article(article("An explosion struck a fuel depot in the Syrian city of Homs on Sunday, killing two guards.",
                                    published_at="2026-06-10T12:00:00Z"))
    assert all(e.attribution is None for e in events if e.type == "military_strike" and e.attacker is None)


def test_an_incident_first_alleged_then_owned_is_updated_and_its_headline_drops_alleged():
    t0 = datetime(2026, 6, 10, 12, tzinfo=UTC)
    settings = Settings(incident_update_interval_seconds=0)
    accused = fresh_strike("Kinshasa accused Rwandan troops of shelling villages near the Congolese city of Goma on Thursday.",
                           url="https://one.example/a").model_dump(mode="json")
    owned = fresh_strike("The Rwandan army said on Thursday it had shelled positions of a militia near the Congolese city of Goma.",
                         url="https://two.example/b").model_dump(mode="json")
    state, [new] = apply_event([], accused, settings, t0)
    assert new["data"]["headline"].endswith("(alleged)")
    state, [update] = apply_event(state, owned, settings, t0 + timedelta(minutes=30))
    assert update["data"]["status"] == "update"
    assert "attribution accused -> claimed" in update["data"]["changes"]
    assert "alleged" not in update["data"]["headline"]


def test_the_deed_a_target_is_said_to_have_done_before_is_history():
    body = ("An Israeli drone struck a car near Sidon on Monday, killing a Hamas commander, Samer Hajj, Lebanese media said. "
            "The Israeli military said Hajj had been responsible for a rocket attack that killed three soldiers in the Golan Heights.")
    fresh = [(e.attacker.country if e.attacker else None, e.territory.country) for e in detect_article(article(body))
             if e.type == "military_strike" and not e.is_background]
    assert fresh == [("IL", "LB")]


def test_a_projectile_fired_by_one_that_hit_a_place_is_one_act_on_that_place():
    body = ("A rocket fired by Hezbollah hit a playground in Ein Qiniyye in the Israeli-occupied Golan Heights on Saturday, "
            "killing two children, Israel's military said.")
    assert [(e.attacker.country, e.territory.country) for e in detect_article(article(body)) if e.type == "military_strike"] \
        == [("LB", "SY")]


def test_the_subject_that_answered_with_an_act_is_its_attacker():
    body = "Pakistan retaliated on Sunday with a barrage of rockets at Afghan border posts in Khost province, officials said."
    assert [(e.attacker.country, e.territory.country) for e in detect_article(article(body)) if e.type == "military_strike"] \
        == [("PK", "AF")]


def test_a_state_that_says_it_neutralised_militants_abroad_struck_there():
    body = "Turkey said on Sunday it had neutralised nine PKK militants in the Gara region of northern Iraq."
    assert [(e.attacker.country, e.territory.country) for e in detect_article(article(body)) if e.type == "military_strike"] \
        == [("TR", "IQ")]
    # drones neutralised over its own land are stopped, not an act
    assert [e for e in detect_article(article("Turkish air defences neutralised two drones over Hatay, the ministry said."))
            if e.type == "military_strike"] == []


def test_a_ship_struck_off_a_coast_is_at_sea_and_a_projectile_stopped_is_no_act():
    tanker = "An Iranian drone struck a cargo ship off the coast of Oman on Friday, the US military said."
    assert [(e.attacker.country, e.territory.country) for e in detect_article(article(tanker)) if e.type == "military_strike"] \
        == [("IR", None)]
    stopped = "Sirens sounded in Haifa as a rocket launched from Lebanon was intercepted, the army said."
    assert [e for e in detect_article(article(stopped)) if e.type == "military_strike"] == []


def acts(body: str) -> set[tuple[str | None, str | None]]:
    return {(e.attacker.country if e.attacker else None, e.territory.country) for e in detect_article(article(body))
            if e.type == "military_strike" and not e.is_background}


def test_fire_exchanged_between_two_sides_is_each_sides_act_on_the_other():
    assert acts("Kyrgyz and Tajik border guards exchanged heavy fire near the Vorukh enclave on Thursday, officials said.") \
        == {("KG", "TJ"), ("TJ", "KG")}
    assert acts("Eritrean troops clashed with Ethiopian forces near the border town of Zalambessa, killing several soldiers.") \
        == {("ER", "ET"), ("ET", "ER")}
    # and beside an act told on its own
    assert acts("Tajik and Kyrgyz guards traded fire on Monday, and Kyrgyzstan said it had launched drone strikes on Tajik "
                "military targets near the border.") == {("KG", "TJ"), ("TJ", "KG")}
    # fought on one side's land: the other side's act on it
    assert acts("Sudanese troops clashed with South Sudanese forces in the town of Kadugli on Monday.") == {("SS", "SD")}


def test_a_brawl_a_denial_and_words_are_no_exchange_of_fire():
    for body in ("Kyrgyz and Tajik border guards clashed with sticks and stones near the enclave, leaving several hurt.",
                 "Tajikistan denied that its guards had exchanged fire with Kyrgyz forces on Thursday.",
                 "The two ministers clashed over the budget, and traders exchanged views on the outlook."):
        assert acts(body) == set(), body


def test_a_small_town_struck_is_in_the_state_whose_officials_report_it():
    body = "Russian drones struck the river port of Vylkove overnight, setting a warehouse on fire, Ukrainian officials said on Tuesday."
    [strike] = [e for e in detect_article(article(body)) if e.type == "military_strike"]
    assert (strike.attacker.country, strike.territory.country, strike.cross_border) == ("RU", "UA", True)


def test_a_border_province_struck_is_the_protesting_state_s():
    body = "Eritrea's information ministry denounced Ethiopian drone strikes on the border district of Tserona on Sunday."
    [strike] = [e for e in detect_article(article(body)) if e.type == "military_strike"]
    assert (strike.attacker.country, strike.territory.country) == ("ET", "ER")


def _acts(body: str) -> list[tuple[str | None, str | None]]:
    return [(e.attacker.country if e.attacker else None, e.territory.country if e.territory else None)
            for e in detect_article(article(body)) if e.type == "military_strike" and not e.is_background]


def test_a_state_that_hit_back_with_an_act_told_as_a_participle_did_it():
    assert _acts("Azerbaijan responded the same night, launching drones at Armenian army positions near Jermuk.") == [("AZ", "AM")]
    assert _acts("Azerbaijan responded the same night and launched drones at Armenian army positions near Jermuk.") == [("AZ", "AM")]


def test_one_of_the_weapons_told_before_is_not_the_act_of_the_state_that_speaks():
    body = ("Russia fired eighteen drones at Ukraine overnight. Most were downed, the Ukrainian air force said, but two hit a "
            "warehouse in Odesa.")
    assert _acts(body) == [("RU", "UA")]


def test_states_that_condemn_the_strikes_or_call_them_attacks_are_not_their_doers():
    body = ("Israeli drones struck a car near Sidon on Tuesday. Egypt and Kuwait condemned the strikes on Wednesday, urging the "
            "world to halt what Cairo called repeated attacks on Lebanese territory.")
    assert _acts(body) == [("IL", "LB")]
    body = ("Israeli drones struck a car near Sidon on Tuesday. Kuwait condemned the attacks on Wednesday and called on the "
            "Security Council to stop repeated attacks on Lebanon.")
    assert _acts(body) == [("IL", "LB")]


def test_shells_fired_into_the_waters_off_the_firing_states_own_coast_strike_no_one():
    assert _acts("North Korea fired ninety artillery rounds into the waters off its east coast on Tuesday, Seoul said.") == []


def test_the_states_whose_leaders_speak_are_not_where_a_campaign_told_as_going_on_falls():
    body = ("Ministers of Spain, Portugal and Greece promised on Tuesday to send generators to Ukraine, as Russian strikes on "
            "the country's energy network continued.")
    assert _acts(body) == []
    # a campaign told as growing is no new act either
    assert _acts("Russian strikes on Ukraine's energy network have intensified in recent days, officials said on Tuesday.") == []
