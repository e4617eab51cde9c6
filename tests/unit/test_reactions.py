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


def condemners_by_name(body: str) -> list[str]:
    return [actor.country or actor.name for e in detect_article(article(body)) if e.type == "condemnation" for actor in e.by]


def test_every_state_of_a_coordinated_subject_condemns():
    body = "Azerbaijani artillery shelled the Armenian town of Jermuk on Sunday. Greece, Cyprus and France condemned the shelling."
    assert sorted(condemners(body)) == ["CY", "FR", "GR"]


def test_a_second_condemning_verb_in_the_sentence_has_its_own_subject():
    body = ("Russian drones hit a bridge in Kherson on Friday. Poland condemned the attack, while the governments of Latvia and "
            "Estonia denounced it as terror.")
    assert sorted(condemners(body)) == ["EE", "LV", "PL"]


def test_international_bodies_condemn_as_bodies_not_as_persons():
    body = ("Jets struck a convoy near the Chadian border on Tuesday, killing nine traders. The African Union and the "
            "Organization of Islamic Cooperation condemned the attack.")
    events = [e for e in detect_article(article(body)) if e.type == "condemnation"]
    assert sorted((a.name, a.kind) for e in events for a in e.by) == [
        ("African Union", "organization"), ("Organization of Islamic Cooperation", "organization")]


def test_condemnation_told_as_a_noun_or_in_the_passive_names_who_condemned_after_it():
    drew = "Ethiopian drones hit a market in Eritrea's border town of Tesseney on Monday. The strike drew condemnation from Sudan and Djibouti."
    assert sorted(condemners(drew)) == ["DJ", "SD"]
    passive = "Israeli jets struck a depot near Homs on Monday, an attack condemned by Jordan and Iraq."
    events = detect_article(article(passive))
    assert sorted(condemners(passive)) == ["IQ", "JO"]
    # and whoever condemned an act did not carry it out
    assert [(e.attacker.country if e.attacker else None) for e in events if e.type == "military_strike"] == ["IL"]


def test_a_state_s_foreign_office_speaks_for_the_state():
    body = "India's foreign office on Monday condemned what it called an unprovoked attack by Pakistani troops on posts in the Uri sector."
    assert condemners(body) == ["IN"]


def test_the_sides_of_talks_are_not_their_mediators():
    body = ("Negotiators for the Yemeni government and the Houthis resumed talks in Muscat on a nationwide truce, with Omani "
            "and Saudi mediators carrying messages between the delegations.")
    [talks] = [e for e in detect_article(article(body)) if e.type == "ceasefire_talks"]
    assert {m.country for m in talks.mediators} == {"OM", "SA"}
    assert {p.name for p in talks.parties} >= {"Houthis"}


def test_talks_mediated_by_states_named_after_the_verb():
    body = ("Envoys of Ethiopia and the Tigray People's Liberation Front met in Nairobi on Monday for talks on a ceasefire "
            "mediated by Kenya and South Africa.")
    [talks] = [e for e in detect_article(article(body)) if e.type == "ceasefire_talks"]
    assert {m.country for m in talks.mediators} == {"KE", "ZA"}
    # a truce a state brokered long ago that merely holds is no talks
    held = "Gunfire was heard along the frontier on Monday. A truce brokered by Turkey has largely held since."
    assert [e for e in detect_article(article(held)) if e.type == "ceasefire_talks"] == []


def test_an_armed_group_is_a_side_apart_from_its_state_s_army():
    body = "Sudan's army and the Rapid Support Forces agreed on Sunday to a three-day truce after talks hosted by Egypt."
    [talks] = [e for e in detect_article(article(body)) if e.type == "ceasefire_talks"]
    assert sorted(p.name for p in talks.parties) == ["Rapid Support Forces", "Sudan"]
    assert [m.country for m in talks.mediators] == ["EG"]


def test_condemnation_in_news_verbs_and_with_others_joined():
    slammed = "Chile's president slammed the Israeli air strike on a market in Rafah on Sunday as inhumane."
    assert condemners(slammed) == ["CL"]
    assert condemners("A drone slammed into an apartment block in Odesa on Sunday, killing two people.") == []
    joined = "Qatar and Oman joined Kuwait in condemning an Iranian missile attack on a gas field off Bahrain on Monday."
    assert sorted(condemners(joined)) == ["KW", "OM", "QA"]


def test_a_state_condemns_through_its_organs_named_with_more_words():
    body = ("Syrian jets bombed a market in the Turkish border town of Reyhanli on Friday. The attack was condemned by "
            "Turkey's interim government and by Greece, and Cyprus's acting foreign minister condemned it too.")
    assert sorted(condemners(body)) == ["CY", "GR", "TR"]


def test_prosecutors_charging_a_foreign_official_are_a_fresh_legal_action_against_that_person():
    body = "Prosecutors in Norway charged a former Rwandan army officer on Monday over killings committed in 1994."
    [action] = [e for e in detect_article(article(body)) if e.type == "legal_action"]
    assert (action.is_background, action.court) == (False, "Prosecutors in Norway")
    assert [(a.name, a.country, a.kind) for a in action.against] == [("former Rwandan army officer", "RW", "person")]


def test_a_toll_of_the_roads_is_no_casualty_report_of_a_war():
    body = "More than 1,500 people have been killed on the country's roads since January, the transport ministry said."
    assert [e for e in detect_article(article(body)) if e.type == "casualty_report"] == []


def test_a_raid_called_a_breach_of_international_law_is_condemned():
    body = ("Rockets fired from Lebanon hit an apartment block in Nahariya on Tuesday. Cyprus's foreign ministry said the "
            "attack was a grave breach of international law.")
    assert condemners(body) == ["CY"]


def test_states_serving_as_intermediaries_mediate():
    body = ("Russian shelling of Kupiansk continued overnight. Envoys for Russia and Ukraine met in Abu Dhabi on Thursday to "
            "discuss a prisoner exchange and a local truce, with Emirati diplomats serving as intermediaries.")
    [talks] = [e for e in detect_article(article(body)) if e.type == "ceasefire_talks"]
    assert [m.country for m in talks.mediators] == ["AE"]


def test_a_war_that_claimed_the_lives_of_thousands_is_a_casualty_report():
    body = "The fighting in Tigray has claimed the lives of at least 3,400 civilians since the spring, a group of aid agencies said."
    assert [e.count for e in detect_article(article(body)) if e.type == "casualty_report"] == [3400]


def test_the_date_of_a_truce_told_after_its_making_is_not_the_sentence_s_own():
    body = ("Israeli jets bombed Rafah on Wednesday. Egypt, which mediated a truce between the two sides in March, called on "
            "them to resume negotiations in Cairo.")
    [talks] = [e for e in detect_article(article(body)) if e.type == "ceasefire_talks" and not e.is_background]
    assert [m.country for m in talks.mediators] == ["EG"]
    body = ("Israeli troops raided Jenin on Wednesday, killing four people. Jordan's foreign minister condemned the raid, "
            "calling it a threat to the truce agreed a year ago.")
    assert condemners(body) == ["JO"]


def test_a_toll_that_has_risen_above_a_figure_is_a_casualty_report():
    body = "The number of people killed in the fighting in Sudan has risen above 40,000, a monitoring group said on Tuesday."
    assert [e.count for e in detect_article(article(body)) if e.type == "casualty_report"] == [40000]


def test_judges_who_issue_warrants_are_the_court():
    for body, court in [
        ("Investigating judges in Brussels issued arrest warrants on Tuesday for two Rwandan army officers.", "Brussels"),
        ("A Madrid court issued an arrest warrant on Tuesday for a former Venezuelan intelligence chief.", "Madrid"),
        ("Argentine judges issued arrest warrants on Tuesday for two Iranian officials over the 1994 bombing.", "Argentine"),
    ]:
        [action] = [e for e in detect_article(article(body)) if e.type == "legal_action" and not e.is_background]
        assert court in action.court


def test_a_clause_of_its_own_condemns_with_its_own_subject():
    body = "Russian drones hit Kherson on Tuesday. India urged calm, and Ukraine's foreign ministry condemned the attack."
    assert condemners(body) == ["UA"]


def test_third_states_envoys_who_meet_one_side_mediate_and_the_side_does_not():
    body = ("Russian shelling hit Kupiansk on Tuesday. Turkish and Saudi envoys met Ukrainian officials in Kyiv to discuss a "
            "ceasefire.")
    [talks] = [e for e in detect_article(article(body)) if e.type == "ceasefire_talks"]
    assert [m.country for m in talks.mediators] == ["TR", "SA"]


def test_mediators_described_in_a_relative_clause_are_no_talks():
    body = "Israeli jets hit Gaza City on Tuesday. Egypt, which has long mediated between Israel and Hamas, condemned the raid."
    events = detect_article(article(body))
    assert [e.type for e in events if e.type == "ceasefire_talks"] == []
    assert condemners(body) == ["EG"]
