"""The fate of a leader as reports tell it: by role, by a name they go by, against another's claim."""

from __future__ import annotations

from tests.helpers import article
from tocsin.detection.detector import detect_article


def fates(body: str) -> list[tuple[str, str]]:
    """(name lower-cased, outcome) of every person of every leader_attack the body yields."""
    return [(p.name.lower(), p.outcome) for e in detect_article(article(body)) if e.type == "leader_attack" for p in e.persons]


def test_a_leader_killed_when_the_aircraft_crashed_was_not_attacked():
    assert fates("A provincial governor was killed when his plane crashed shortly after take-off, officials said.") == []
    # brought down, it is an attack
    [(name, outcome)] = fates("The general was killed when his helicopter was shot down by rebels near Goma, the army said.")
    assert outcome == "killed" and "general" in name


def test_a_leader_an_act_was_aimed_at_has_an_unknown_fate_until_one_is_told():
    [(name, outcome)] = fates("Turkish jets targeted a senior PKK commander in the Qandil mountains of northern Iraq on Friday.")
    assert outcome == "unknown" and "pkk commander" in name


def test_a_national_security_adviser_is_a_leader():
    [(name, outcome)] = fates("Somalia's national security adviser was wounded when a mortar round hit his office in Mogadishu.")
    assert outcome == "wounded" and "national security adviser" in name


def test_a_leader_named_by_the_name_they_go_by():
    assert fates("The army said a jihadist commander known as Abu Hamza had been killed in an air strike near Gao.") \
        == [("abu hamza", "killed")]


def test_a_role_owned_by_the_region_as_the_object_of_the_act():
    [(name, outcome)] = fates("A drone hit a car near Kursk on Monday, injuring the region's acting governor, Russian media said.")
    assert outcome == "wounded" and "governor" in name


def test_word_that_the_leader_lives_overrides_a_claim_of_their_death():
    claim = "The rebels claimed to have killed the army's deputy chief in an ambush on Sunday."
    assert [o for _, o in fates(claim)] == ["killed"]
    assert [o for _, o in fates(claim + " The army said he was alive and well.")] == ["survived"]
    assert [o for _, o in fates(claim + " The army said he was alive but seriously wounded.")] == ["wounded"]
    # asked, not told
    assert [o for _, o in fates(claim + " It was not clear whether he was alive.")] == ["killed"]


def test_two_leaders_by_role_with_fates_of_their_own_in_one_sentence():
    body = ("The governor of Kharkiv survived a missile strike on his convoy on Monday, but a deputy mayor who was travelling "
            "with him was killed.")
    assert sorted(o for _, o in fates(body)) == ["killed", "survived"]


def test_a_death_told_as_the_named_persons_own_noun():
    body = "Ukrainian drones struck a headquarters in Donetsk on Monday, and Russia's army later confirmed General Oleg Tsokov's death."
    assert fates(body) == [("oleg tsokov", "killed")]
    # a death sentence is no death
    assert fates("A court in Tehran upheld General Reza Karimi's death sentence after a drone attack on Monday.") == []


def test_the_fate_told_first_and_those_who_met_it_after():
    body = ("Killed in the drone strike on a farmhouse near Hodeidah on Monday were the Houthis' naval commander, Yusuf Hamdan, "
            "and his deputy, Salem Qaid, the group said.")
    assert sorted(fates(body)) == [("salem qaid", "killed"), ("yusuf hamdan", "killed")]


def test_a_bomb_under_a_leaders_car_and_its_fate_told_as_the_object():
    body = "A bomb exploded beneath the car of the governor of Nangarhar province outside his office on Sunday, wounding her, police said."
    [(name, outcome)] = fates(body)
    assert outcome == "wounded" and "governor of nangarhar" in name


def test_an_attack_that_left_a_leader_dead():
    [(name, outcome)] = fates("A roadside bomb left the mayor of Kidal dead on Friday, officials in Mali said.")
    assert outcome == "killed" and "mayor of kidal" in name


def test_a_leader_who_lost_his_life_or_was_not_harmed():
    assert fates("Hezbollah said its military chief, Fuad Shukr, lost his life in an Israeli air strike on Beirut.") \
        == [("fuad shukr", "killed")]
    assert fates("Rebels attacked the governor's residence in Goma overnight, but Governor Peter Cirimwami was not harmed.") \
        == [("peter cirimwami", "survived")]


def test_a_leader_hit_by_shrapnel_was_wounded_and_is_no_attacker():
    body = "The chief of Iran's air force was hit by shrapnel when Israeli missiles struck a base near Tabriz, state media said."
    events = detect_article(article(body))
    [(name, outcome)] = [(p.name.lower(), p.outcome) for e in events if e.type == "leader_attack" for p in e.persons]
    assert outcome == "wounded" and "air force" in name
    assert [(e.attacker.country, e.territory.country) for e in events if e.type == "military_strike"] == [("IL", "IR")]


def test_troops_that_killed_a_leader_struck_where_they_did():
    body = "Turkey's defence ministry said its troops had killed a senior PKK commander near Gara in northern Iraq."
    events = detect_article(article(body))
    assert [(e.attacker.country, e.territory.country) for e in events if e.type == "military_strike"] == [("TR", "IQ")]
    assert [o for e in events if e.type == "leader_attack" for o in [p.outcome for p in e.persons]] == ["killed"]


def test_a_strike_told_as_the_subject_of_hit_takes_the_place_the_verb_does():
    # (the group whose man was killed is not where the strike fell)
    body = "Hezbollah said its envoy, Ali Fayyad, was killed when an Israeli strike hit the flat where he was staying in Damascus."
    events = detect_article(article(body))
    assert [(e.attacker.country, e.territory.country) for e in events if e.type == "military_strike"] == [("IL", "SY")]


def test_all_those_spared_named_or_told_by_role_and_none_merged_into_another():
    body = ("A drone exploded near the hotel in Kyiv where President Alexander Stubb and the Polish prime minister were meeting. "
            "A spokesman said both men were safe.")
    assert sorted(fates(body)) == [("alexander stubb", "survived"), ("polish prime minister", "survived")]


def test_a_states_border_forces_are_its_attackers():
    body = "Iranian border forces fired mortars at Pakistani army posts near Panjgur on Monday, wounding two soldiers."
    assert [(e.attacker.country, e.territory.country) for e in detect_article(article(body)) if e.type == "military_strike"] \
        == [("IR", "PK")]


def test_leaders_coordinated_after_the_verb_that_killed_the_first():
    body = ("Israeli jets struck a compound in Beirut on Monday, killing the head of Hezbollah's Radwan force, Ali Tabatabai, "
            "and the commander of its missile unit, Hussein Ayyash, Lebanese media said.")
    assert sorted(fates(body)) == [("ali tabatabai", "killed"), ("hussein ayyash", "killed")]


def test_an_opposition_leader_taken_to_hospital_after_an_attack_was_wounded():
    body = ("An opposition leader was shot at a rally in Kisumu on Sunday. Raila Odinga, the leader of the opposition, was "
            "taken to hospital, his party said.")
    assert fates(body) == [("raila odinga", "wounded")]


def test_a_fate_only_believed_is_unknown_and_no_history():
    [(name, outcome)] = fates("The Houthis' chief of staff was believed to have been killed in the Israeli strike on Sanaa, officials said.")
    assert outcome == "unknown" and "chief of staff" in name


def test_the_one_an_act_on_a_home_or_convoy_was_aimed_at_and_who_was_spared():
    away = "An American strike targeted the home of the Kataib Hezbollah commander in Jurf al-Sakhar, who was not inside at the time."
    unhurt = "A suicide bomber blew himself up beside the convoy of Somalia's defence minister in Mogadishu, who escaped unhurt."
    assert [o for _, o in fates(away)] == ["survived"]
    assert [o for _, o in fates(unhurt)] == ["survived"]


def test_a_leader_killed_after_others_the_verb_took():
    [(name, outcome)] = fates("A Ukrainian missile strike in Kursk killed two drivers and a senior Russian commander, officials said.")
    assert outcome == "killed" and "russian commander" in name


def test_a_commander_told_with_the_part_of_the_land_he_led():
    [(_, outcome)] = fates("Hamas said its commander in the southern Gaza Strip had been killed in an Israeli strike.")
    assert outcome == "killed"


def test_whose_its_or_their_is_and_the_leaders_state_as_where_an_unplaced_act_fell():
    body = "The Houthis said an Israeli air strike had killed their chief of general staff, Yusuf Hamdan, and several aides."
    events = detect_article(article(body))
    [person] = [p for e in events if e.type == "leader_attack" for p in e.persons]
    assert (person.name, person.organization, person.country) == ("Yusuf Hamdan", "Houthis", "YE")
    [strike] = [e for e in events if e.type == "military_strike"]
    assert (strike.attacker.country, strike.territory.country, strike.cross_border) == ("IL", "YE", True)


def test_a_fate_told_as_unknown_and_a_slain_leader_told_of_in_passing():
    body = ("Israeli jets struck a compound in Damascus on Sunday where Ziad Nakhaleh, the successor of the group's slain founder, "
            "was staying. Nakhaleh's fate remains unknown, the group said.")
    assert fates(body) == [("ziad nakhaleh", "unknown")]


def test_a_death_denied_is_no_fate():
    assert fates("The Houthis denied on Sunday that their chief of staff had been killed in the Israeli strike on Sanaa.") == []


def test_a_city_of_several_words_is_no_person_and_a_role_among_the_wounded_there_is_read():
    body = "Russian drones struck Bila Tserkva overnight, wounding four people, among them the city's deputy mayor, officials said."
    [(name, outcome)] = fates(body)
    assert outcome == "wounded" and "mayor" in name


def test_a_second_role_told_in_full_keeps_its_own_words():
    body = "Yemen's minister of defence was killed and the deputy minister of interior was wounded in the strike on Sanaa, the Houthis said."
    assert sorted(fates(body)) == [("deputy minister of interior", "wounded"), ("yemen's minister of defence", "killed")]


def test_a_candidate_for_the_presidency_shot_and_named_next_without_a_role():
    body = ("Protests broke out in Lima on Sunday after a senator running for the presidency was shot at a rally. "
            "Rafael Soto, 52, was in critical condition after surgery, doctors said.")
    [(name, outcome)] = fates(body)
    assert (name, outcome) == ("rafael soto", "wounded")
    # care after an illness is no attack
    assert fates("The former governor of Lima, Jorge Ruiz, died on Sunday after surgery, his family said.") == []


def test_leaders_told_among_others_in_wordings_found_by_probing():
    # a role coordinated with kin, among the dead
    [(name, outcome)] = fates("A senior Islamic Jihad commander and his wife were among 9 people killed in an Israeli strike on Rafah.")
    assert outcome == "killed" and "islamic jihad commander" in name
    # a village where a role was killed is no person, and the one who reports is no role
    [(name, outcome)] = fates("Russian drones killed the head of the village council in Velyka Pysarivka, the Sumy governor said.")
    assert outcome == "killed" and name.startswith("head of the village council")
    # a second verb with leaders of its own
    assert sorted(o for _, o in fates("The strike on Sanaa wounded the Houthi defence minister and killed three of his commanders.")) \
        == ["killed", "wounded"]


def test_an_attempt_on_a_leader_and_the_fate_it_left_them_in():
    [(name, outcome)] = fates("An assassination attempt on Colombia's interior minister left him critically wounded in Cali.")
    assert outcome == "wounded" and "interior minister" in name


def test_a_junta_leader_and_a_commander_by_what_he_planned_or_answered_for():
    assert [o for _, o in fates("Burkina Faso's junta leader escaped unhurt when gunmen fired on his convoy near Ouagadougou.")] \
        == ["survived"]
    [(name, outcome)] = fates("Officials said the ISWAP commander who ordered the attack had been killed in a Nigerian air strike.")
    assert outcome == "killed" and "iswap commander" in name
    [(name, _)] = fates("Israel said a drone strike in Lebanon killed Hezbollah's commander responsible for the coastal sector.")
    assert name == "hezbollah's commander"


def test_a_leader_killed_by_a_states_weapon_is_its_act():
    body = "The head of the Kherson military administration was killed by a Russian missile near his office on Friday, officials said."
    events = detect_article(article(body))
    assert [(e.attacker.country, e.territory.country) for e in events if e.type == "military_strike"] == [("RU", "UA")]
    assert [p.outcome for e in events if e.type == "leader_attack" for p in e.persons] == ["killed"]


def test_a_surname_told_again_without_its_article():
    body = ("Drones struck the palace in Tripoli while the prime minister, Abdul Hamid al-Dbeibah, was inside. "
            "His office said Dbeibah was unharmed.")
    assert fates(body) == [("abdul hamid al-dbeibah", "survived")]


def test_a_senior_figure_named_later_and_a_commander_told_by_his_force():
    named = "An American drone strike near Idlib killed a senior al-Qaeda figure, officials said, naming him as Abu Yusuf al-Ansari."
    assert fates(named) == [("abu yusuf al-ansari", "killed")]
    [(name, outcome)] = fates("An Israeli drone struck a car near Bint Jbeil, killing Hezbollah's drone unit commander in the area.")
    assert outcome == "killed" and "drone unit commander" in name


def test_leaders_in_wordings_of_other_regions_found_by_probing():
    # a role coordinated with the others killed
    [(name, outcome)] = fates("Police said a state governor and four others were killed when gunmen ambushed his convoy near Culiacan.")
    assert outcome == "killed" and "governor" in name
    # the owner told first
    [(name, outcome)] = fates("The Libyan prime minister's motorcade came under fire in Tripoli on Monday night; two guards were "
                              "wounded, officials said.")
    assert outcome == "unknown" and "prime minister" in name
    # armed men are attackers
    [(_, outcome)] = fates("Armed men shot and killed a district chief in northern Mozambique on Sunday, local radio said.")
    assert outcome == "killed"
    # the fate in a relative clause after the attack on the leader's car
    [(_, outcome)] = fates("Drones attacked the car of the Russian-installed mayor of Enerhodar, who was seriously wounded, officials said.")
    assert outcome == "wounded"


def test_what_hit_a_leader_or_their_car_was_no_weapon():
    for body in ("The village chief was killed by a wild elephant in Assam, forest officials said.",
                 "The president's plane was struck by a bird shortly after take-off, and he was unharmed.",
                 "The minister's convoy was attacked by protesters throwing eggs in Naples on Friday.",
                 "The interior minister was killed off in the final episode of the crime drama, to viewers' dismay."):
        assert fates(body) == [], body
    # a weapon is one
    assert [o for _, o in fates("The governor was killed by a Russian drone in Kherson on Monday.")] == ["killed"]


def test_a_leaders_kin_and_aide_told_as_the_subject_by_their_tie_to_him():
    body = ("Hezbollah's leaders were unhurt in the Israeli strike on Beirut on Friday, the group said, although the daughter of "
            "commander Wissam Tawil and his office director were killed.")
    events = detect_article(article(body))
    persons = {(p.name, p.relation, p.outcome) for e in events if e.type == "leader_attack" for p in e.persons}
    assert ("Daughter of Wissam Tawil", "daughter of Wissam Tawil", "killed") in persons
    assert ("Office director", "office director of Wissam Tawil", "killed") in persons


def test_the_secretary_of_a_ruling_council_is_a_leader():
    body = ("Syrian state media said Ahmad Khalil, the secretary of the National Security Council, escaped an Israeli strike "
            "on a building in Damascus unharmed.")
    assert fates(body) == [("ahmad khalil", "survived")]


def test_a_role_among_those_a_verb_killed_and_a_governor_who_reports_a_toll():
    body = ("Israeli strikes on southern Lebanon killed at least nine people on Sunday, including a local Hezbollah commander, "
            "the health ministry said. Hezbollah named the commander as Ali Sweid.")
    assert fates(body) == [("ali sweid", "killed")]
    reporter = ("In Sumy, the regional governor, Oleh Hryhorov, said a drone had struck a school, wounding three people, "
                "officials said.")
    assert fates(reporter) == []


def test_a_council_member_and_a_speaker_of_parliament_are_leaders():
    assert fates("Sheikh Ali Daamoush, a member of Hezbollah's central council, was killed in an Israeli strike near Tyre, "
                 "the group said.") == [("ali daamoush", "killed")]
    [(name, outcome)] = fates("The speaker of Somalia's parliament survived a bomb attack on his convoy in Mogadishu, his office said.")
    assert outcome == "survived" and "speaker" in name


def test_a_leader_whose_killing_is_condemned_was_killed():
    body = "Kenya condemned the killing of Somalia's deputy defence minister, who was shot dead by gunmen near his office in Mogadishu."
    [attack] = [e for e in detect_article(article(body)) if e.type == "leader_attack"]
    assert [(p.country, p.outcome) for p in attack.persons] == [("SO", "killed")]
    assert "deputy defence minister" in attack.persons[0].name


def test_a_fate_told_in_a_relative_clause_is_the_leader_s():
    body = "Niger's mining minister, who was killed when his convoy hit a mine near Agadez on Sunday, was buried in Niamey."
    [attack] = [e for e in detect_article(article(body)) if e.type == "leader_attack"]
    assert [p.outcome for p in attack.persons] == ["killed"]


def test_a_killing_avenged_or_listed_among_earlier_acts_is_no_new_attack():
    for body in ("The militia vowed revenge for the killing of its commanders in a raid last spring, and fighters fired rockets at a base on Monday.",
                 "The group has attacked officials across the province this year, including the killing of the education minister."):
        assert [e for e in detect_article(article(body)) if e.type == "leader_attack" and not e.is_background] == [], body


def fresh_fates(body: str) -> list[tuple[str, str]]:
    return sorted((p.name, p.outcome) for e in detect_article(article(body)) if e.type == "leader_attack" and not e.is_background
                  for p in e.persons)


def test_a_role_told_as_what_the_person_leads_now():
    body = ("Karim Haddad, who commands the Radwan unit in the south, died of his wounds on Monday, two days after an Israeli "
            "strike on his car near Tyre.")
    assert fresh_fates(body) == [("Karim Haddad", "killed")]


def test_a_leader_whose_body_was_recovered_was_killed():
    body = ("Civil defence teams recovered the body of Houthi commander Faris al-Mutawakkil from the ruins of a house in Saada "
            "on Sunday, a day after a Saudi air strike destroyed it.")
    assert fresh_fates(body) == [("Faris al-Mutawakkil", "killed")]
    # a governing body is no one's remains
    assert fresh_fates("The governing body of the league said on Sunday that the commander of the fans' association would be banned.") == []


def test_the_named_among_the_dead_after_their_titles_and_a_son_told_with_a():
    among = ("A drone strike on a house in Idlib killed five people on Friday. Among the dead was Major General Omar Shishani, "
             "a commander of the Turkistan Islamic Party, a monitor said.")
    assert fresh_fates(among) == [("Omar Shishani", "killed")]
    son = "A Pakistani air strike in Khost killed a son of the Taliban commander Hafiz Gul Bahadur on Sunday, officials said."
    assert [(p.relation, p.outcome) for e in detect_article(article(son)) if e.type == "leader_attack" for p in e.persons] == [
        ("son of Hafiz Gul Bahadur", "killed")]


def test_a_casualty_mourned_afterwards_as_a_leader_was_killed():
    body = ("A missile fired by an Israeli helicopter hit a jeep outside Jenin on Monday, killing its two passengers, whom "
            "Islamic Jihad later eulogised as a senior commander, Yasser Omari, and his bodyguard.")
    assert fresh_fates(body) == [("Yasser Omari", "killed")]
    # or in the sentence after, as one of those the act killed or wounded
    body = ("A Turkish drone struck a pickup truck near Qamishli on Friday, killing three men and wounding a fourth. The "
            "Kurdish-led forces identified one of the wounded as a regional commander, Ferhat Derik.")
    assert fresh_fates(body) == [("Ferhat Derik", "wounded")]


def test_a_leader_named_by_those_who_appoint_him_was_not_a_casualty():
    body = ("A Turkish drone struck a pickup truck near Qamishli on Friday, killing three men. The Kurdish-led forces named "
            "their new regional commander as Ferhat Derik.")
    assert fresh_fates(body) == []


def test_the_acts_toll_told_as_a_participle_is_not_the_fate_of_the_one_named_before_it():
    body = ("Gunmen ambushed the car of the mayor of Chilpancingo, Rosa Medina, on a highway on Monday, wounding two of her "
            "aides. Medina was not hurt, police said.")
    assert fresh_fates(body) == [("Rosa Medina", "survived")]
    # unless it takes them in
    body = "Gunmen ambushed the car of the mayor of Chilpancingo, Rosa Medina, on a highway on Monday, killing her and two of her aides."
    assert fresh_fates(body) == [("Rosa Medina", "killed")]


def test_a_visiting_leader_told_by_role_shares_the_fate_of_neither_leader():
    body = ("An Israeli strike hit a building in Sanaa on Tuesday where the Houthi president was meeting the visiting Iraqi "
            "prime minister. Neither leader was hurt.")
    assert [outcome for _, outcome in fresh_fates(body)] == ["survived", "survived"]
    assert any("prime minister" in name.lower() for name, _ in fresh_fates(body))


def test_a_leader_told_as_its_or_their_role_belongs_to_the_sentences_subject():
    # the group, state or organ the sentence opens with owns "its commander", and the person is named for it
    [event] = [e for e in detect_article(article(
        "Hezbollah said on Tuesday that its commander had been killed in an Israeli drone strike near Tyre.")) if e.type == "leader_attack"]
    [person] = event.persons
    assert (person.name, person.organization, person.country, person.outcome) == ("Hezbollah's commander", "Hezbollah", "LB", "killed")
    [person] = [p for e in detect_article(article(
        "The Houthis said an American strike on Sanaa had killed their chief of staff.")) if e.type == "leader_attack" for p in e.persons]
    assert (person.name, person.country) == ("Houthis' chief of staff", "YE")
    [person] = [p for e in detect_article(article(
        "Iran said its defence minister survived an Israeli strike on a convoy outside Tehran.")) if e.type == "leader_attack" for p in e.persons]
    assert (person.name, person.country, person.outcome) == ("Iran's defence minister", "IR", "survived")
    # with no state or group to own it, the role alone
    [(name, _)] = fates("The group said on Tuesday that its commander had been killed in an Israeli drone strike near Tyre.")
    assert name == "commander"
