"""Long, dense war reports: one strike each, coded as an analyst would.

The dev set's articles are a sentence or two. A wire report runs to forty
sentences, most of which mention the strike again ("the strike", "the
attack") next to states that are its victims, speakers or mediators: the place
where a detector invents extra events ("Ukraine struck Ukraine", "Armenia
struck Egypt"). These reports come from bench/reports.py, our own templates.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from bench.reports import war_report
from tests.helpers import article, default_alerts
from tocsin.core.models import Article
from tocsin.detection.analysis import analyse
from tocsin.detection.detector import detect_article
from tocsin.detection.gazetteer import load
from tocsin.detection.strikes import find_strike_mentions


def _reports(seed: int, count: int):
    rng = random.Random(seed)
    return [war_report(rng, rng.randint(500, 1500)) for _ in range(count)]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_long_report_yields_its_one_strike(seed):
    gaz = load()
    wrong = []
    for i, report in enumerate(_reports(seed, 25)):
        events = detect_article(article(report.body, url=f"https://example.org/long/{seed}/{i}"), gaz=gaz)
        fresh = [(e.attacker.country if e.attacker else None, e.territory.country)
                 for e in events if e.type == "military_strike" and not e.is_background]
        want = [(gaz.lookup(report.attacker).country, gaz.lookup(report.territory).country)]
        if fresh != want:
            wrong.append((report.body[:80], want, fresh))
    assert wrong == []


def test_victims_speakers_and_accusations_are_not_attackers():
    body = (
        "Russian forces launched a missile strike on Kharkiv early on Tuesday, killing six people, Ukrainian officials said.\n\n"
        "Oleh Marchenko, a commander of the Azov brigade, was killed in the strike, the brigade said. "
        "The Ukrainian foreign ministry condemned the attack and summoned the Russian ambassador. "
        "The attack came a day after Russian officials accused Ukraine of massing troops near the border."
    )
    strikes = [e for e in detect_article(article(body)) if e.type == "military_strike" and not e.is_background]
    assert [(e.attacker.country, e.territory.country) for e in strikes] == [("RU", "UA")]
    assert len(strikes[0].evidence) >= 3  # the follow-ups joined the one act instead of starting their own


def _strikes(body):
    return {(e.attacker.country, e.territory.country): e for e in detect_article(article(body))
            if e.type == "military_strike" and not e.is_background}


def test_the_attack_told_right_after_a_second_act_is_that_act():
    body = (
        "Israeli warplanes struck targets in southern Beirut on Tuesday, killing four people, Lebanese officials said.\n\n"
        "Hezbollah fired a barrage of rockets at Haifa hours later, the Israeli military said. The attack wounded two people."
    )
    strikes = _strikes(body)
    assert set(strikes) == {("IL", "LB"), ("LB", "IL")}
    assert strikes[("LB", "IL")].casualties.wounded == 2  # not Israel's strike on Beirut
    assert strikes[("IL", "LB")].casualties.wounded is None


def test_the_attack_in_a_later_paragraph_is_the_main_act():
    body = (
        "Israeli warplanes struck targets in southern Beirut on Tuesday, Lebanese officials said. "
        "Israel said it had hit weapons depots in Beirut's southern suburbs.\n\n"
        "Hezbollah fired a barrage of rockets at Haifa hours later, the Israeli military said.\n\n"
        "The attack on Beirut wounded twelve people, the health ministry said. The attack destroyed two buildings."
    )
    strikes = _strikes(body)
    assert set(strikes) == {("IL", "LB"), ("LB", "IL")}
    assert strikes[("IL", "LB")].casualties.wounded == 12
    assert len(strikes[("IL", "LB")].evidence) == 4


ASSASSINATION = (
    "An Israeli airstrike on a residential building in Beirut's southern suburbs killed a senior Hezbollah commander "
    "on Wednesday, the group said.\n\n"
    "Hezbollah named the commander as Karim Nasser, the head of its rocket unit, and said two of his bodyguards were "
    "also killed in the strike.\n\n"
    "The Israeli military said it had targeted Nasser because he was responsible for rocket fire on northern Israel. "
    "Lebanon's prime minister condemned the attack as a violation of Lebanese sovereignty."
)


def test_an_act_the_speaker_attributes_to_its_target_is_not_the_speakers():
    # "rocket fire on northern Israel" is Nasser's doing, not a strike by Israel on Israel
    assert set(_strikes(ASSASSINATION)) == {("IL", "LB")}


def test_a_leader_first_unnamed_then_named_is_one_person():
    [attack] = [e for e in detect_article(article(ASSASSINATION)) if e.type == "leader_attack"]
    [person] = attack.persons
    assert (person.name, person.organization, person.country, person.outcome) == ("Karim Nasser", "Hezbollah", "LB", "killed")
    # "two of his bodyguards were also killed": at least two (the reader does not yet add "also" to the commander)
    assert _strikes(ASSASSINATION)[("IL", "LB")].casualties.killed >= 2


def test_the_coalition_is_the_one_a_state_was_said_to_lead():
    body = (
        "Saudi Arabia said on Sunday that drones launched from Yemen had hit an oil facility in Jizan, causing a fire.\n\n"
        "A Saudi-led coalition spokesman said air defences had intercepted two of the drones.\n\n"
        "The coalition later carried out airstrikes on Houthi positions in Sanaa, residents said. "
        "The Houthis said the strikes killed three civilians."
    )
    strikes = _strikes(body)
    assert set(strikes) == {("YE", "SA"), ("SA", "YE")}
    assert strikes[("SA", "YE")].casualties.killed == 3
    assert strikes[("YE", "SA")].casualties.killed is None


def test_a_claim_of_responsibility_names_the_attacker_and_the_toll_two_sentences_on_is_the_acts():
    body = (
        "Somalia's president survived an attack on his convoy in Mogadishu on Thursday when a roadside bomb exploded "
        "as it passed, officials said.\n\n"
        "Al-Shabaab claimed responsibility. Two soldiers guarding the convoy were killed and four wounded, a police officer said."
    )
    [strike] = [e for e in detect_article(article(body)) if e.type == "military_strike"]
    assert (strike.attacker.name, strike.attacker.kind, strike.territory.country) == ("Al-Shabaab", "group", "SO")
    assert (strike.casualties.killed, strike.casualties.wounded) == (2, 4)


def test_a_toll_told_with_another_act_is_that_acts():
    body = (
        "Ukrainian drones attacked an oil refinery in Russia's Volgograd region overnight, setting it on fire, the "
        "regional governor said on Saturday. Ukraine's general staff confirmed the strike.\n\n"
        "Hours later, Russian missiles hit an apartment block in Dnipro, killing five people, Ukrainian officials said."
    )
    strikes = _strikes(body)
    assert strikes[("RU", "UA")].casualties.killed == 5
    assert strikes[("UA", "RU")].casualties.killed is None


def test_a_group_written_with_a_lower_case_article_is_found():
    body = "Fighters from al-Shabaab attacked a Kenyan army base in Lamu county on Sunday, killing three soldiers."
    [strike] = [e for e in detect_article(article(body)) if e.type == "military_strike"]
    assert (strike.attacker.name, strike.attacker.country, strike.territory.country, strike.cross_border) == ("Al-Shabaab", "SO", "KE", True)


def test_a_denial_ends_where_a_new_claim_begins_and_its_act_keeps_its_toll():
    body = (
        "Armenia and Azerbaijan accused each other on Wednesday of violating a ceasefire, with Baku saying Armenian "
        "forces had fired on its positions in the Kalbajar district.\n\n"
        "Armenia's defence ministry denied the claim and said Azerbaijani troops had shelled the village of Sotk, "
        "wounding one soldier."
    )
    strikes = _strikes(body)
    assert strikes[("AM", "AZ")].casualties.wounded is None  # the wounded soldier is the shelling's, told as its own act
    shelling = [m for m in find_strike_mentions(analyse(article(body))) if m.info.text[m.start : m.end] == "shelled"]
    assert [(m.attacker.country, m.modal) for m in shelling] == [("AZ", False)]


def test_a_leader_killed_without_a_strike_one_person_and_the_claimant_as_attacker():
    body = (
        "A senior Russian general was killed on Monday when a bomb planted under his car exploded in southern Moscow, "
        "Russian investigators said.\n\n"
        "Lieutenant General Igor Volkov, the head of the army's chemical protection troops, died at the scene along "
        "with his driver. Ukraine's security service later said it had carried out the operation."
    )
    [attack] = [e for e in detect_article(article(body)) if e.type == "leader_attack"]
    assert [(p.name, p.outcome, p.country) for p in attack.persons] == [("Igor Volkov", "killed", "RU")]
    assert attack.attacker is not None and attack.attacker.country == "UA"


@pytest.mark.parametrize(("body", "alerts"), [
    # two states as one subject: two strikes; "Iranian nuclear sites" are Iran's when no place is resolved
    ("Israel and the United States struck Iranian nuclear sites at Fordow and Natanz early on Sunday, Iranian state media said.",
     {("IL", "IR"), ("US", "IR")}),
    ("A drone attack on Moscow, which Russia blamed on Ukraine, damaged two apartment buildings on Tuesday, the mayor said.",
     {("UA", "RU")}),
    # the blame told in the next sentence, capitals standing for their states
    ("Drones struck an oil depot in the Russian city of Bryansk on Monday. Moscow blamed Kyiv for the attack.", {("UA", "RU")}),
    ("Ukraine said it had hit a Russian warship in the Black Sea with sea drones on Thursday.", set()),  # at sea: no territory
])
def test_shapes_of_attribution(body, alerts):
    events = detect_article(article(body))
    assert {(e.attacker.country, e.territory.country) for e in default_alerts(events) if e.type == "military_strike"} == alerts


LONG = [json.loads(line) for line in (Path(__file__).parents[1] / "devset" / "long.ndjson").read_text("utf-8").splitlines()]


@pytest.mark.parametrize("record", LONG, ids=[r["id"] for r in LONG])
def test_a_long_article_of_our_own_yields_its_acts_and_no_others(record):
    """Hand-written wire-style articles of six or seven paragraphs: the acts they report, each once, and none
    of the history, promises and retaliation they also tell ("weeks of strikes earlier this year", "would
    continue its attacks until the war in Gaza ended")."""
    events = detect_article(Article.model_validate(record["article"]))
    fresh = sorted([e.attacker.country, e.territory.country] for e in default_alerts(events) if e.type == "military_strike")
    assert fresh == sorted(record["cross_border"])
    persons = sorted([p.name, p.outcome] for e in default_alerts(events) if e.type == "leader_attack" for p in e.persons)
    assert persons == sorted(record["leaders"])
