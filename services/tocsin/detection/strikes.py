"""Who struck whom, where, with what.

Sentence by sentence, each trigger ("airstrike", "the Israeli military ...
conducted a strike") is read for its attacker (a state, an armed force, an
armed group), the place struck, the target and the weapon. The article's
mentions are then assembled into events: one per (attacker, territory) pair,
with sentences that only say "the strike" attached to the article's main act.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import Final

from tocsin.detection import lexicon
from tocsin.detection.analysis import Doc, PatternSet, SentenceInfo, is_datelined
from tocsin.detection.gazetteer import Mention
from tocsin.detection.rx import rx

_ACTOR_KINDS: Final = ("country", "demonym", "organ", "group")
_BLAMED_KINDS: Final = (*_ACTOR_KINDS, "capital")  # "Moscow blamed Kyiv": a capital stands for its state
_PLACE_KINDS: Final = ("capital", "city", "region", "country")
# "the strike", "their attack": an act told before; not "said that a drone ...", where "that" joins a new clause
_DEFINITE: Final = rx(r"\b(?:the|this|that|Tuesday's|its|their)\s+(?:(?!(?:an?|the)\s)\w+\s+)?$", re.I)
# "hit by a wave of Russian drones": the agent told by its volley too
_BY_BEFORE: Final = rx(r"\bby\s+(?:the\s+|an?\s+)?(?:(?:barrages?|salvos?|volleys?|waves?|swarms?)\s+of\s+)?$", re.I)
# "airstrikes on facilities used by Kataib Hezbollah": whose the target is, not who struck; "an attack condemned by
# Egypt": who reacted
_OWNED_BY: Final = rx(r"\b(?:used|operated|run|held|controlled|owned|built|occupied|manned|backed|supported|funded|armed|supplied|made|"
                       r"manufactured|produced|sponsored|housed|frequented|guarded|condemned|denounced|deplored|decried|critici[sz]ed|"
                       r"welcomed|praised)\s+by\s+(?:the\s+|an?\s+)?$", re.I)
_DESCRIBED_PLACE: Final = rx(  # matched where a state's name ends
    r"\s+(?:(?:military|army|border|frontier|coastal|northern|southern|eastern|western)\s+)?"
    r"(?P<what>capital|territory|soil|airspace|border|coast|port|city|cities|town|towns|village|villages|province|region|"
    r"island|exclave|enclave|positions?|outposts?|posts?|checkpoints?|bases?|side)\b",
    re.I,
)
# "the Israeli town of Metula": a settlement named after its state's demonym
_NAMED_SETTLEMENT: Final = frozenset(["city", "town", "village", "port", "island"])
_OF_NAME: Final = rx(r"\s+of\s+(?P<name>[A-Z][\w'’-]+(?:\s+(?:al-|el-)?[A-Z][\w'’-]+){0,2})")
# "killing two Ukrainian soldiers", "at a Guyanese army patrol": who was hit, when no place is named
_HIT_PEOPLE: Final = rx(
    r"\s+(?:[\w-]+\s+)?(?:soldiers?|troops|forces|civilians|positions?|bases?|patrols?|army|military|navy|marines|sailors|"
    r"fighters|border guards?|villages?|towns?|island|territory|soil|people|citizens|nationals|officers|police(?:men)?|(?:guard )?posts?|outposts?|checkpoints?|"
    r"sites?|facilit(?:y|ies)|installations?|infrastructure|airbases?|air bases?|airfields?|refiner(?:y|ies)|depots?|"
    r"terminals?|ports?|plants?|power stations?|airports?|cities|homes|(?:military )?targets)\b",  # not a ship or an embassy: neither is its state's territory
    re.I,
)
# "two Lebanese soldiers were killed": the people of the sentence's subject were the act's victims
_VICTIMS_TOLD: Final = rx(r"\s+(?:[\w-]+\s+){0,2}?(?:was|were|had been|have been|has been)\s+(?:\w+\s+)?(?:killed|wounded|injured|hurt)\b", re.I)
# "..., the US military said": a speaker, not the state whose forces were hit
_SPEAKS: Final = rx(r"\s*(?:['’]s\s+\w+\s+|\s*(?:bloggers|sources|media|officials|spokesm[ae]n|correspondents)\s+)?"
                     r"(?:said|says|told|announced|added|confirmed|reported|stated)\b", re.I)
_BLAMING: Final = rx(r"\b(?:blam(?:ing|ed|es)(?:\s+(?:it\s+)?on)?|accus(?:ing|ed|es))\s+(?:the\s+)?$", re.I)
_BLAMED_FOR_OTHER: Final = rx(
    r"\s+(?:of|for)\s+(?!(?:the|this|that|an?|carrying|launching|conducting|being|staging|firing|attacking|striking|bombing|"
    r"shelling|killing|orchestrating|ordering)\b)",
    re.I,
)
_ATTRIBUTED: Final = rx(r"\b(?:responsible for|behind|blamed for|accused of|masterminded|planned|ordered|orchestrated|directed|commanded|"
                         r"organi[sz]ed|(?<!-)led|headed)\b", re.I)  # "Nasser led a unit that fired rockets at Israel"; not "Saudi-led"
# an act told as what someone did before ("Jaber had directed rocket fire from Lebanon at northern Israel"): the reason
# given for an act, not a new one, so where it came from names no attacker
_DIRECTED: Final = rx(r"\b(?:behind|masterminded|planned|ordered|orchestrated|directed|commanded|organi[sz]ed|(?<!-)led|headed)\s+"
                       r"(?:[\w'’-]+\s+){0,3}$", re.I)
# the act an act answers, told in the same sentence: not the subject's
_IN_RESPONSE_TO: Final = rx(r"\b(?:in (?:response|retaliation|reply) (?:to|for)|to avenge|in revenge for)\s+(?:the\s+|an?\s+|last\s+\w+['’]s\s+)?"
                             r"(?:[\w'’-]+\s+){0,2}$", re.I)
# the earlier act that a later one in the same sentence is dated by: "pounded Hodeidah on Tuesday, a day after a Houthi
# drone exploded near a hotel in Eilat" (alone in its sentence, "died two days after an Israeli strike" is the act itself)
# (or told after a comma, as the reason: "its drones had neutralised 17 militants ..., after an attack on a Turkish base")
_DATED_BY: Final = rx(r"(?:\b(?:hours|a day|days|a week|weeks|shortly|moments|minutes)\s+after\s+(?:the\s+|an?\s+)?|"
                              r"(?:,\s*|\bcame\s+)after\s+(?:the|an?)\s+)(?:[\w'’-]+\s+){0,2}$", re.I)
# "The coalition later carried out airstrikes": the coalition an earlier sentence says a state leads
_THE_COALITION: Final = rx(r"\bthe\s+(?:[\w-]+\s+)?coalition\b(?:['’]s)?[^.;]{0,50}$", re.I)
_LED_COALITION: Final = rx(r"-led\s+(?:[\w-]+\s+)?coalition\b", re.I)
# "Al-Shabaab claimed responsibility", "the group claiming responsibility for the attack"
_CLAIMED: Final = rx(
    r"\b(?:(?:claimed|claims|claiming|claim)\s+(?:of\s+)?responsibility|"
    # "Hezbollah claimed the attack"
    r"(?:claimed|claims)\s+(?:the|this|that|[A-Z]\w+day['’]s)\s+(?:[\w-]+\s+)?(?:attacks?|strikes?|operation|bombing|killing|assassination|raid)(?!\s+(?:had|has|have|was|were|killed|hit|destroyed))|"
    r"said\s+(?:that\s+)?(?:it|they)\s+(?:had\s+)?carried\s+out\s+(?:the|this|that)\s+(?:attack|operation|strike|killing|assassination|bombing)|"
    # a state's forces said to have killed people where the act was: "the defence ministry said in a statement that its
    # forces had 'neutralised' two militants in the area" (not what they shot down: "its forces destroyed 20 drones")
    r"said\s+(?:on\s+\w+\s+)?(?:in\s+a\s+statement\s+)?(?:that\s+)?(?:its|their)\s+(?:[\w-]+\s+)?(?:forces|troops|soldiers|army|"
    r"aircraft|jets|warplanes|drones|air\s+force|units|fighters)\s+(?:had\s+|have\s+|has\s+)?[\"“‘']?"
    r"(?:killed|neutrali[sz]ed|eliminated|bombed|shelled|raided))\b",
    re.I,
)
# who released the weapon told before: "the bomb had been dropped by a Russian Su-34 flying over the Kursk region"
_WEAPON_BY_THERE: Final = rx(r"\b(?:the|these|those)\s+(?:[\w-]+\s+)?(?:bombs?|missiles?|drones?|rockets?|shells|rounds|munitions|"
                              r"projectiles?)\s+(?:had\s+been|have\s+been|were|was)\s+(?:released|dropped|fired|launched|flown|sent)\s+by\s+"
                              r"(?:the\s+|an?\s+)?", re.I)
# a warplane or weapon by its model alone: "a Russian Su-34", "an Israeli F-35I"
_MODEL: Final = rx(r"\s+[A-Z][A-Za-z]*-?\d[\w-]*\b")
# where what the sentence before told was fired from: "the missiles had been launched from Russia's Belgorod region"
_FIRED_FROM_THERE: Final = rx(r"\b(?:the|these|those)\s+(?:missiles?|drones?|rockets?|shells)\s+(?:(?:had\s+been|have\s+been|were|was)\s+"
                               r"(?:fired|launched|flown|sent)|(?:had\s+|have\s+)?(?:come|came))\s+from\s+(?:the\s+)?(?:territory\s+of\s+)?", re.I)
# who fired what the sentence before told: "Ukraine's air force said Russia had fired them from the Kursk region"
# (a pattern of its own, behind its own gate: "fired" and "launched" are in most sentences of a war report)
_FIRED_THEM: Final = rx(r"\b(?:fired|launched)\s+(?:them|it|the\s+(?:missiles?|drones?|rockets?|shells))\s+(?:from|at|on|overnight)\b", re.I)
_CLAIM_REACH: Final = 3  # sentences from the act to the claim
# one of which every claim or blame contains; the commonest in reports of war first, where the test of the whole body
# ends at once (each word looked for and not found is a pass over the body)
_CLAIM_WORDS: Final = (" killed", "claimed", "carried out", "behind", "esponsibilit", "lame", "laming", "claims", "fired from", "launched from",
                "come from", "came from", "flown from", "sent from", " used ", "deployed", "employed", "fired them", "fired it", "fired the",
                "launched them", "launched it", "launched the", "neutrali", "eliminated", "bombed", "shelled", "raided", "released by",
                "dropped by", "fired by", "launched by", "flown by", "sent by")
_WAS_BEHIND: Final = rx(r"\b(?:was|were|is|are)\s+(?:\w+\s+)?behind\s+(?:the|this|that|[A-Z]\w+day['’]s)\s+(?:[\w-]+\s+)?"
                                r"(?:attacks?|strikes?|operation|bombings?|killing|assassination|explosions?|blasts?|raids?)\b", re.I)
_BLAMED: Final = rx(r"\bblam(?:ed|es|ing)\s+(?:the\s+)?", re.I)
_FOR_THE_ACT: Final = rx(r"['’]?s?\s+for\s+(?:(?:the|this|that|its|their|[A-Z]\w+day's)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|raids?|bombing|assault|shelling|"
                          r"assassination|killing)|"
                          # "blamed Russia for what it called a deliberate campaign against the grid"
                          r"what\s+(?:it|they|officials)\s+(?:called|described\s+as)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
                          r"(?:attacks?|strikes?|campaign|bombardment|assault|aggression|terror(?:ism)?))\b", re.I)
# "The officials blamed Turkey, which ...": the blame said and done, not "blamed Russia's policies"
_BLAME_ENDS: Final = rx(r"(?:\s+(?:fighters|militants|forces|troops|rebels|gunmen|insurgents|militias?))?(?:\s*(?:[,.;]|$)|\s+(?:who|which|that)\b)")
_BLAMED_ACT_ON: Final = rx(r"(?:the\s+)?(?:[\w-]+\s+)?(?:attacks?|strikes?|raids?|bombings?|shelling|explosions?|blasts?)\s+on\s+(?:the\s+)?", re.I)
_NEW_CLAIM: Final = rx(r"\b(?:and|but)\s+(?:said|says|added|accused)\b|,\s+saying\b", re.I)
# what a threat or vow is about, told as done: the act it avenges ("vowed to avenge the killing of its commander in an
# Israeli drone strike"), or a relative clause of fact ("vowed revenge for its commander, who was killed in a drone strike")
_DONE_AFTER_MODAL: Final = rx(r"\b(?:avenge|avenging|revenge\s+for|retaliat\w*\s+for)\b|"
                              r",\s+(?:who|which)\s+(?:was|were|had\s+been|has\s+been|have\s+been|died|had\s+died)\b", re.I)
# "Iran-backed": a patron, not the actor; "Iran-made drones": not a place either
_BACKING: Final = ("-backed", "-allied", "-aligned")
_COMPOUND: Final = (*_BACKING, "-based", "-made", "-built", "-supplied", "-funded", "-designed")
# a state's forces taking part beside a group (not a patron's arms or money): "M23 rebels, backed by Rwandan troops,"
_TROOPS_BESIDE: Final = rx(r"(?:\s+[\w-]+){0,2}?,?\s+(?:backed|supported|reinforced|joined|aided|helped)\s+by\s+(?:the\s+)?", re.I)
_COORDINATION: Final = rx(r"(?:['’]s)?\s*(?:,|,?\s+and)\s+(?:the\s+)?")
_ABROAD: Final = rx(r"\b(?:peacekeep\w*|UN (?:mission|base|forces|troops)|UNIFIL|MINUSMA|MONUSCO|deployed|stationed)\b", re.I)
_LAUNCHED_FROM: Final = rx(r"\b(?:launched|fired|firing|shooting|flown|sent|coming|fire) from (?:across the border in |over the border in )?(?:the )?"
                            r"(?:territory of |direction of )?$", re.I)
# the weapon's passive agent, told before the act: "a drone launched by the Houthis from Yemen slammed into a hotel"
_WEAPON_BY: Final = rx(r"\b(?:drones?|missiles?|rockets?|shells|bombs?|projectiles?|munitions?|rounds)\s+(?:[\w-]+\s+)?"
                        r"(?:launched|fired|sent|dropped|flown)\s+by\s+(?:the\s+)?$", re.I)
# a state's forces that report an act on their own ground: "Pakistan's military said Indian troops shelled villages",
# "Congo's army accused Rwandan troops of firing mortar rounds into the town of ..."; a foreign ministry speaks of others' too
_FORCES_REPORT: Final = rx(r"(?:['’]s)?\s+(?:military|army|armed forces|defen[cs]e ministry|ministry of defen[cs]e|border guards?|"
                            r"general staff)\s+(?:(?:officials|officers|sources|spokesm[ae]n)\s+)?(?:said|says|accused|reported|announced|blamed)\b",
                            re.I)
# a settlement named by its kind, right after the act ("bombed a fuel depot outside the port city of Assab", "bombed a
# camp for refugees near the border town of Adre")
_UNKNOWN_SETTLEMENT: Final = rx(r"\s+(?:[\w'’-]+\s+){0,8}?(?:the\s+(?:(?:border|port|frontier|coastal|river|fishing|mountain|desert|frontline|front-line|industrial|"
                                 r"northern|southern|eastern|western)\s+){0,2}(?:town|city|village|port|hamlet|(?<=border )(?:province|district|region))\s+of\s+|"
                                 # or a province by its name: "fired rockets into Sisaket province"
                                 r"(?:into|in|on)\s+(?:the\s+)?(?=[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\s+(?:province|district|county|governorate|oblast)\b)|"
                                 # or by its bare name right after the act: "dropped three guided bombs on Kupiansk"
                                 r"(?<=\b(?:on|in|at) )(?=(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
                                 r"May|June|July|August|September|October|November|December)\b)[A-Z][a-z][\w'’-]*(?:[\s,.;]|$)))"
                                 r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")
# the state itself speaking, or its government, army or officials, not its diplomats of others' wars
_STATE_SPEAKS: Final = rx(r"(?:['’]s)?\s+(?:(?:(?!foreign\b)[\w-]+\s+){0,2}?(?:minister|ministry|government|army|military|officials?|"
                           r"spokesm[ae]n|president|office|forces|services?|agency|police|command)\s+)?(?:said|says|accused|reported|announced)\b", re.I)
# the state protesting an act, by itself or its government or ministry
_STATE_PROTESTS: Final = rx(r"(?:['’]s)?\s+(?:(?:[\w-]+\s+){0,2}?(?:ministry|government|president|office|army|military)\s+)?"
                             r"(?:denounced|condemned|protested)\b", re.I)
# a state's organs by its adjective, speaking: "Ukrainian officials said", "the Sudanese army reported"
_STATE_ORGAN_SPEAKS: Final = rx(r"\s+(?:[\w-]+\s+)?(?:officials|authorities|government|ministry|military|army|police|spokesm[ae]n)\s+"
                                 r"(?:said|says|reported|announced|accused)\b", re.I)
_HOME_GROUND: Final = rx(r"\s+(?:[\w'’-]+\s+){0,3}?(?:villages?|towns?|homes|houses|residential|civilians|farmland|airport|"
                          r"(?:an?|the)\s+area\s+near|neighbou?rhoods?|suburbs?|"
                          r"border (?:posts?|villages?|areas?|towns?|districts?)|"
                          # fire across the line that parts the two: "Indian troops opened fire across the Line of Control"
                          r"(?:(?<=across )|across\s+)the\s+(?:line of control|loc|line of contact|ceasefire line|border|frontier|boundary))\b", re.I)
# the act as what is remembered, whatever the date of the remembering: "crowds gathered on Friday to mark one year since
# the twin bombings", "on the anniversary of the raid"
_REMEMBERED: Final = rx(r"\b(?:to mark|marking|marked|commemorat\w*|anniversary of|in memory of|mourn(?:ed|ing)?|remember(?:ed|ing)?)\s+"
                         r"(?:[\w'’-]+\s+){0,5}?(?:since\s+|of\s+)?(?:the\s+|an?\s+)?(?:[\w'’-]+\s+)?"
                         # the act told in a clause of what is remembered: "to mark ten years since the failed coup, when jets bombed"
                         r"(?:(?:[\w'’-]+\s+){0,3}?[\w'’-]+,?\s+(?:when|in which|during which)\s+(?:[\w'’-]+\s+){0,3}?)?$", re.I)
# the deed a target is said to have done before, given as the reason for the act on them: "The Israeli military said
# Shukr had been responsible for a rocket attack that killed twelve children" (an earlier act, unless the sentence dates it)
_DEED: Final = r"\bhad\s+(?:been\s+(?:responsible\s+for|behind)|masterminded|planned|ordered|orchestrated|directed|organi[sz]ed|led)"
_DEED_WORDS: Final = rx(rf"{_DEED}\b", re.I)  # anywhere in the sentence: whether to look at each trigger
_EARLIER_DEED: Final = rx(rf"{_DEED}\s+(?:[\w'’-]+\s+){{0,4}}?$", re.I)


def _dated_fresh(doc: Doc, info: SentenceInfo) -> bool:
    """Does the sentence name a day within the article's fresh window?"""
    return any(d.precise and d.value >= doc.oldest_fresh for d in info.dates)


_SET_ON_FIRE: Final = rx(r"\bset(?:ting)?\s+\S.*\b(?:ablaze|alight|on\s+fire)$", re.I)
# the act named by its year: "an inquiry into a 2024 strike", "the 2019 drone attack" (the year first, which `re` finds
# fast, and the determiner before it checked apart)
_YEAR_OF_THE_ACT: Final = rx(r"(?P<year>(?:19|20)\d\d)\s+(?:[\w-]+\s+){0,2}?$")
_YEAR: Final = rx(r"(?:19|20)\d\d")
_DETERMINER_BEFORE: Final = rx(r"\b(?:the|an?|its|their|his|her|this|that)\s+$", re.I)
# the act as a marker of time long past, whatever the date of the sentence: "Ten years after Russian jets pounded Aleppo,
# former residents gathered on Sunday"
_YEARS_AFTER: Final = rx(r"\b[\w-]+\s+(?:years?|decades?|months?|weeks?)\s+(?:after|since)\s+(?:[\w'’-]+\s+){0,10}?$", re.I)
# a campaign told as growing or going on, not an act: "as Russian attacks on the country's power grid intensified"
_CAMPAIGN: Final = rx(r"(?:air\s*)?(?:attacks|strikes|raids|bombardments|shelling|bombing)", re.I)
_GROWS: Final = rx(r"(?:\s+(?:on|against|by|in|across|along)\s+[^,.;]{1,60}?)?\s+(?:have\s+|has\s+|had\s+)?"
                           r"(?:intensified|escalated|continued|persisted|mounted|grew|increased|eased|subsided|intensify|escalate|"
                           r"continue|persist|go\s+on|went\s+on)\b", re.I)
# the other side's forces reported using weapons, as an accusation: "Armenia's defence ministry said Azerbaijani units had used
# mortars and large-calibre weapons" names who fired on the village the sentence before told of
_FORCES_USED: Final = rx(r"\b(?:had\s+|have\s+|has\s+)?(?:used|deployed|employed)\s+(?:[\w-]+\s+){0,2}?(?:mortars|artillery|rockets|missiles|"
                          r"drones|shells|heavy weapons|large-calibre weapons|large-caliber weapons|grenade launchers|tanks)\b", re.I)
# "positions in its Nakhchivan exclave": the territory of the country that speaks
_ITS_TERRITORY: Final = rx(
    r"\b(?:(?:on|in|into|over|inside)\s+its\s+(?:[\w-]+\s+){0,2}?(?:territory|exclave|enclave|airspace|soil|waters|border|positions?|bases?|outposts?|"
    r"province|region|district|villages?|towns?)|"
    # "the army said Afghan forces had attacked several of its posts"
    r"(?:attacked|struck|hit|shelled|targeted|raided|overran|opened fire on|fired on)\s+(?:(?:several|some|one|two|three|many)\s+of\s+)?"
    r"its\s+(?:[\w-]+\s+){0,2}?(?:posts?|positions?|bases?|outposts?|checkpoints?|territory|border (?:posts?|positions?)|patrols?|"
    r"patrol boats?|vessels?))\b",
    re.I,
)
_INDEFINITE_BEFORE: Final = rx(r"\b(?:an?|new)\s+(?:[\w-]+\s+){0,2}$", re.I)
_MISSION: Final = rx(r"\s+(?:consulate|embassy|diplomatic|mission|ambassador)", re.I)
# "India said its air force struck ...", "Russia's defence ministry said it had struck": the actor that speaks for the
# force that struck (a possessive mention already holds its "'s")
_SAID_ITS_FORCES: Final = rx(
    r"(?:(?:['’]s)?\s+[\w ]{0,30}?)?(?:,\s+(?:which|who)\s+[^,]{0,80},)?\s+(?:said|says|announced|claimed|confirmed)\s+"
    r"(?:on \w+\s+|in a statement\s+)?(?:only\s+)?(?:that\s+)?(?:(?:its|their)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:military|army|armed forces|forces|troops|air force|navy|warplanes?|jets|drones?|missiles?|"
    r"aircraft|artillery|special forces|security service|fighters|militants|guerrillas|rebels|units?)\b|"
    # "Pakistan said on Thursday it had carried out 'precision military strikes'"
    r"(?:it|they)\s+(?:had\s+|has\s+|have\s+)?(?:carried out|conducted|launched|struck|bombed|targeted|hit|fired|shelled|killed|eliminated|neutrali[sz]ed)\b)",
    re.I,
)
# "Two officials said Israeli aircraft had carried out the raid": who did the act "the raid" names
_CARRIED_OUT_THE: Final = rx(
    r"(?:['’]s)?(?:\s+(?:military|army|armed forces|forces|aircraft|jets|warplanes|drones|air force|navy|troops|militants|"
    r"fighters|security services?|special forces))?\s+(?:had\s+|has\s+|have\s+)?(?:carried out|conducted|launched|staged|executed|"
    # "Russia launched one of its largest attacks": the subject's own, told with "its"
    r"(?:was|were) behind)\s+(?:one\s+of\s+)?(?:the|this|that|its|their|[A-Z]\w+day['’]s)\s+(?:[\w-]+\s+){0,2}?$",
    re.I,
)
_BLAMED_FOR_THE: Final = rx(
    r"(?:\s+(?:forces|troops|army|military|soldiers|militias?|fighters|rebels|jets|warplanes|drones))?\s+(?:was|were|has been|have been|is|are)\s+"
    r"(?:widely\s+|being\s+)?blamed\s+for\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?",
    re.I,
)
# "accused Pakistan on Tuesday of bombing": the words between the accused and the act
_ACCUSED_OF: Final = rx(r"\s+(?:on\s+\w+\s+|again\s+|in\s+a\s+statement\s+)?of\s+(?:carrying\s+out\s+|launching\s+|conducting\s+)?(?:an?\s+|the\s+)?", re.I)
# the projectile stopped: "air defences intercepted a missile launched from Yemen"
_INTERCEPTED: Final = rx(r"\b(?<!not )(?<!n't )(?:intercept(?:ed|s|ing)|shot down|downed|neutrali[sz]ed|fought off|fended off|repell?ed|repulsed|beat back|"
                          r"warded off)\s+(?:[\w'’-]+\s+){0,4}$", re.I)
# what a stopped projectile still did: "debris from a downed drone damaged a house" is a hit, as the hit of a missile
# whose debris damaged a hotel is
_DEBRIS_OF: Final = rx(r"\b(?:debris|wreckage|fragments?|shrapnel)\s+(?:of|from)\b", re.I)
# the place of a subject ("Farmers in France"), just before a state's name
_SOURCE: Final = rx(r"\b(?:according to|citing|quoting)\s+(?:the\s+)?$", re.I)
# the trigger's subject is its target: "Pakistani soldiers came under heavy fire from ..."
_UNDER_FIRE: Final = rx(r"\b(?:came|come|comes|coming)\s+under\s+(?:heavy\s+|intense\s+|sustained\s+|renewed\s+)?$", re.I)
# a passive outcome between an actor and the act, with no one speaking between: the actor belongs to those who
# suffered it ("X, head of a Russian army unit, was killed when"), not to who tells it ("Israel's military said X was killed")
_SUFFERED: Final = rx(r"(?:(?!\b(?:said|says|announced|confirmed|claimed|reported|stated)\b).)*?"
                              r"\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:killed|wounded|injured|hurt|targeted)\b", re.I)
# an act told as the speaker's: "in its strike on", "their attack"
_ITS_ACT: Final = rx(r"\b(?:its|their)\s+(?:[\w-]+\s+)?$", re.I)
# the speaker and its verb: "The IDF confirmed", "Russia's defence ministry said"
_SPEAKS_OF_IT: Final = rx(r"(?:['’]s)?(?:\s+(?:[\w-]+\s+){0,2}?(?P<body>military|army|forces|ministry|air\s+force|navy|spokesm[ae]n))?"
                                  r"\s+(?:(?:on|late|early)\s+\w+\s+)*(?:said|says|confirmed|announced|claimed|stated)\b", re.I)
_BELIEVED_TO_BE: Final = rx(r"\b(?:believed|thought|suspected|said|assumed|understood)\s+to\s+(?:be|have\s+been)\s+$", re.I)
_OFF_THE_COAST: Final = rx(r"\boff\s+(?:the\s+)?(?:(?:[\w-]+\s+)?(?:coast|coastline|shore|shores|port)\s+of\s+)?(?:the\s+)?$", re.I)
# the projectile the trigger tells, stopped: " from Yemen was intercepted", " were shot down"
_STOPPED_HINTS: Final = ("intercepted", "shot down", "downed")
_WAS_INTERCEPTED: Final = rx(r"(?:\s+[\w'’-]+){0,4}?\s+(?:was|were|had\s+been|have\s+been)\s+(?:all\s+)?(?:intercepted|shot\s+down|downed)\b", re.I)
_FROM_BEFORE: Final = rx(r"\bfrom\s+(?:the\s+)?$", re.I)
_FROM_OVER: Final = rx(r"\bfrom\s+(?:over|above|inside|within)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$", re.I)
_IN_PLACE: Final = rx(r"\b(?:in|into|to|towards?|at|from|across|near|inside|outside|throughout)\s+(?:the\s+)?$", re.I)


def _where_not_who(info: SentenceInfo, m: Mention) -> bool:
    """Is the state named as a place ("Farmers in France attacked the deal"), not as the one who acts? A possessive
    ("killed in Israel's overnight strikes") names an owner, whatever comes before it."""
    return m.kind == "country" and not m.possessive and info.search(_IN_PLACE, 0, m.start) is not None
# "shells fired from the Congolese side of the border"
_SIDE_OF: Final = rx(r"\s+(?:side|territory|soil|positions?|lines)\b", re.I)
_ANAPHORIC_PLACE_REACH: Final = 30  # characters from "the strike" to the place it names ("the strike on the port city of Tyre")
_TARGET: Final = rx(r"\b(?:targeting|targeted|aimed at|against|hit|struck)\s+(?P<t>[^,.;:\"“”()]{3,120})", re.I)
_TARGET_STOP: Final = rx(r"\s+(?:in|at|on|during|near|with|while|as|after|before|and killed|and (?:said|says)|killing|which|who|that|from|since)\b", re.I)


# How the report gives the attacker, for an analyst weighing the alert (MilitaryStrike.attribution):
CLAIMED: Final = "claimed"  # the attacker says it did it: "the Israeli military said it struck", "Hamas claimed responsibility"
REPORTED: Final = "reported"  # the report tells the act with its doer: "Russian missiles hit Kharkiv", "an attack by Hamas"
ACCUSED: Final = "accused"  # another party says so: "Kyiv accused Moscow of shelling", "which Russia blamed on Ukraine"
INFERRED: Final = "inferred"  # tocsin's reading: no sentence of the act names the doer, it comes from the rest of the article
# what the most telling attribution of an act's several tellings is: the doer's own word, then the report's, then an accusation
ATTRIBUTION_RANK: Final = {INFERRED: 0, ACCUSED: 1, REPORTED: 2, CLAIMED: 3}
# the force speaks of its own act: "the Israeli military said it had struck", "the IRGC announced that its missiles"
_SAYS_IT_DID: Final = rx(r"(?:['’]s)?(?:\s+[\w-]+){0,3}?\s+(?:said|says|announced|confirmed|claimed|stated)\s+(?:on\s+\w+\s+)?"
                          r"(?:that\s+)?(?:it|they|its|their)\b", re.I)


def _told_by(info: SentenceInfo, m: Mention, start: int) -> str:
    """ACCUSED when the actor is named as the accused ("accused Tajik forces of shelling"), CLAIMED when it is the one
    that says it acted, else REPORTED."""
    if info.search(_BLAMING, max(0, m.start - 25), m.start):
        return ACCUSED
    return CLAIMED if info.match(_SAYS_IT_DID, m.end, start) else REPORTED


def stronger(a: str | None, b: str | None) -> str | None:
    """The more telling of two attributions (ATTRIBUTION_RANK); None only when both are."""
    if a is None or b is None:
        return a or b
    return a if ATTRIBUTION_RANK[a] >= ATTRIBUTION_RANK[b] else b


@dataclass(slots=True)
class StrikeMention:
    info: SentenceInfo
    start: int
    end: int
    strong: bool
    attacker: Mention | None = None
    territory: str | None = None
    place: str | None = None
    target: str | None = None
    weapon: str = "unknown"
    anaphoric: bool = False
    modal: bool = False
    # whose weapon it was, told in the sentence before ("waves of Ukrainian drones. One drone hit a tower"): a guess
    owner: Mention | None = None
    attribution: str | None = None  # how the sentence gives `attacker` (CLAIMED, REPORTED, ACCUSED); None without one
    territory_guessed: bool = False  # `territory` read from who reports the act, not from a place named
    # the act is what is remembered ("to mark one year since the bombings") or what a new act answers ("in response to
    # an attack that killed two soldiers"): told as history
    remembered: bool = False

    # written out: a dataclass's generated __init__ runs as plain Python even in the compiled detector
    def __init__(self, info: SentenceInfo, start: int, end: int, strong: bool, attacker: Mention | None = None,
                 territory: str | None = None, place: str | None = None, target: str | None = None, weapon: str = "unknown",
                 anaphoric: bool = False, modal: bool = False, owner: Mention | None = None, attribution: str | None = None,
                 territory_guessed: bool = False, remembered: bool = False) -> None:
        self.info, self.start, self.end, self.strong = info, start, end, strong
        self.attacker, self.territory, self.place, self.target, self.weapon = attacker, territory, place, target, weapon
        self.anaphoric, self.modal, self.owner, self.attribution = anaphoric, modal, owner, attribution
        self.territory_guessed, self.remembered = territory_guessed, remembered

    @property
    def is_background(self) -> bool:
        return self.remembered or self.info.is_background


@dataclass(slots=True)
class StrikeCluster:
    attacker: Mention | None
    territory: str | None
    place: str | None
    mentions: list[StrikeMention] = field(default_factory=list)
    is_background: bool = False
    guessed: set[str] = field(default_factory=set)  # attributes filled from the rest of the article
    told_with: list[SentenceInfo] = field(default_factory=list)  # sentences beside the act that supplied a guess: evidence too
    attribution: str | None = None  # the most telling way the article gives the attacker (ATTRIBUTION_RANK)

    @property
    def attacker_country(self) -> str | None:
        return self.attacker.country if self.attacker else None


def _triggers(info: SentenceInfo) -> list[tuple[int, int, bool]]:
    candidates = [(m, strong) for pattern, strong in ((lexicon.STRONG_TRIGGER, True), (lexicon.WEAK_TRIGGER, False), (lexicon.IMPACT_TRIGGER, False))
                  for m in info.finditer(pattern)]
    if not candidates:
        return []
    vetoed = [(m.start(), m.end()) for m in info.finditer(lexicon.TRIGGER_VETO)]
    found: list[tuple[int, int, bool]] = []
    for m, strong in candidates:
        span = (m.start(), m.end())
        if info.match(_IMPACT, span[0]) and not info.search(_PROJECTILE_BEFORE, max(0, span[0] - 120), span[0]):
            continue  # "a car crashed into a wall" is no strike; "a drone that strayed across the border crashed into a barn" is
        if info.match(_THE_REST, span[0]) and not info.search(_PROJECTILES, 0, span[0]):
            continue  # "the other two hit ..." only after the projectiles they are the rest of
        if any(s < span[1] and span[0] < e for s, e in vetoed):
            continue
        if vetoed and info.match(_VERB, *span) and any(e <= span[0] and _SUBJECT_OF_NEXT.fullmatch(info.text, e, span[0]) for _, e in vetoed):
            continue  # "the doctors' strike hit hospitals": the verb's subject is a walkout, not an act of war
        if any(s < span[1] and span[0] < e for s, e, _ in found):
            continue
        found.append((*span, strong))
    return sorted(found)


# an impact ("slammed into", "crashed into") is a trigger only after a projectile, its subject
_IMPACT: Final = rx(r"(?:slamm|smash|plough|plow|crash|explod)", re.I)
_PROJECTILE_BEFORE: Final = rx(r"\b(?:drones?|missiles?|rockets?|shells|projectiles?|munitions?)\b(?:\s+[\w'’-]+){0,14}?\s+$", re.I)
# the volley lexicon.IMPACT_TRIGGER names by its weapons ("a barrage of Russian missiles"), matched where the trigger starts
_VOLLEY: Final = rx(r"(?:barrages?|salvos?|volleys?|waves?|swarms?) of ", re.I)
_THE_REST: Final = rx(r"(?:other|remaining)\b", re.I)
_PROJECTILES: Final = rx(r"\b(?:drones?|missiles?|rockets?|shells|projectiles?|munitions?|bombs|artillery)\b", re.I)
# a trigger that is a verb has its own subject ("its drones struck"): it names an act, not "the strike" told before
_VERB: Final = rx(r"(?:struck|attacked|raided|assaulted|pounded|hit|hitting|targeted|(?:fired|firing|opened fire|opening fire)\b.*|"
                   r"(?:slamm|smash|plough|plow|crash)(?:ed|ing|es|s)?\s+into|crash(?:ed|es)?\s+(?:near|in|on|outside)|"
                   r"explod(?:ed|es|ing)\s+(?:in|on|near|inside|over|outside|at|beside|next to)|"
                   # what projectiles did: "its drones had destroyed two bombers"
                   rf"{lexicon.PROJECTILE_DID}|"
                   r"(?:other|remaining)\s+(?:[\w-]+\s+)?(?:hit|struck|damaged|destroyed|slammed into|crashed into|exploded))$", re.I)
# between a subject and the act it hit back with: " answered in the evening with ", " retaliated on Sunday with a ",
# " responded within hours, " (before "launching ...")
_HIT_BACK_HINTS: Final = ("answered", "responded", "retaliated", "replied", " back")
_HIT_BACK_VERBS: Final = r"(?:answered|responded|retaliated|replied|hit\s+back|struck\s+back)"
_HIT_BACK: Final = rx(rf"\b{_HIT_BACK_VERBS}\b", re.I)
_HIT_BACK_WITH: Final = rx(rf"\s+(?:(?:has|had|have|then|later|quickly)\s+)?{_HIT_BACK_VERBS}"
                                   # "... with waves of", or the act as a verb of its own: "responded within hours, launching"
                                   r"(?:\s+[\w'’-]+){0,4}?(?:\s+with\s+(?:(?:a|an|the|its|their)\s+)?|\s*,\s*|\s+and\s+)")
# between a trigger and the verb it is the subject of: "strike hit", "missile had struck", "a rocket fired by Hezbollah hit"
_SUBJECT_OF_NEXT: Final = rx(r"\s+(?:(?:by|from)\s+(?:[\w'’-]+\s+){1,4}?)?(?:(?:had|has|have|also|reportedly|later|then)\s+)*")
_ARMS_IN_TRIGGER: Final = rx(r"\b(?:fire|firing|fired|shelling|shots|shooting|missiles?|rockets?|drones?|shells|bombs?|mortars?)\b", re.I)
_LABOUR_AMBIGUOUS: Final = rx(r"^(?:strikes?|struck|walkout)$", re.I)


def _context_vetoed(contexts: list[str], strong: bool, military: bool, trigger: str, anaphoric: bool, sporty: bool) -> bool:
    """Sport, weather, labour ... context makes an ambiguous trigger not war; in a sports report even an
    unambiguous one ("the striker fired a rocket into the top corner")."""
    for name in contexts:
        if name in lexicon.ALWAYS_VETO or (sporty and name == "sport"):
            return True
        if name in lexicon.DESPITE_MILITARY_VETO and not strong:
            return True
        if strong or military:
            continue
        if name == "labour" and anaphoric and not _LABOUR_AMBIGUOUS.match(trigger):
            continue  # "two workers were killed in the attack"
        if name == "labour" and _ARMS_IN_TRIGGER.search(trigger):
            continue  # "gunmen firing from Afghanistan killed two Chinese workers": fire is no walkout
        return True
    return False


def _attacker_for(info: SentenceInfo, start: int, end: int, *, anaphoric: bool = False, answered: bool = False) -> tuple[Mention, str] | None:
    """The actor the sentence gives as the one that struck, and how it is given (Attribution), or None.
    `answered`: the act is the one another answers ("in response to a drone attack"), so the sentence's subject is not its doer.

    An anaphoric mention ("the strike", "the attack") refers back to the act
    the article reports: only an agent tied to those very words ("Israel's
    attack", "the attack by Hamas", "drones launched from Rwanda") names its
    attacker. A state or force merely named in the same sentence is as often
    the victim ("X, a commander of Hezbollah, was killed in the strike") or
    the speaker ("the Russian foreign ministry condemned the attack").
    """
    text = info.text
    actors = [m for m in info.mentions if m.kind in _ACTOR_KINDS and not text.startswith(_BACKING, m.end)
              and not info.match(_DEFENDS, m.end)]  # "Polish and Dutch F-35s shot down Russian drones ... during an attack"
    # the state whose forces the act hits is its target, not its doer: "after an attack on a Turkish base in Iraq"
    hit = {m.country for m in info.mentions if m.kind == "demonym" and end <= m.start <= end + _OWN_FORCES_REACH
           and _ON_THE_TARGET.fullmatch(text, end, m.start) and info.match(_OWN_FORCES, m.end)}
    if hit:
        actors = [m for m in actors if m.country not in hit]
    if info.search(_UNDER_FIRE, max(0, start - 40), start):
        # "Iranian border guards came under fire from Afghan Taliban forces": the subject is the target
        actors = [m for m in actors if m.start >= start]
    # 1. right before the trigger: "Israeli airstrike", "Israel's attack", "Russian missile strike"
    for m in sorted(actors, key=lambda m: -m.end):
        if m.end <= start and start - m.end <= 25 and "," not in text[m.end : start] and _force_follows(info, m.end) \
                and not any(m.end <= o.start and o.end <= start for o in actors):  # "Ukraine's navy, Russia struck": Russia's act
            return m, _told_by(info, m, start)
    # 1a. the subject that hit back with the act: "Iran answered in the evening with waves of ballistic missiles at Israel"
    if lexicon.hints(info.lower, _HIT_BACK_HINTS) and info.search(_HIT_BACK, 0, start) is not None:
        for m in sorted(actors, key=lambda m: -m.end):
            if m.end <= start and m.kind in ("country", "capital", "organ", "group") and _HIT_BACK_WITH.fullmatch(text, m.end, start):
                return m, _told_by(info, m, start)
    # 1b. inside a volley the trigger names: "a swarm of Ukrainian drones damaged a refinery"
    if info.match(_VOLLEY, start):
        for m in actors:
            if start < m.start and m.end <= end and _force_follows(info, m.end):
                return m, _told_by(info, m, start)
    # 2. passive agent after the trigger: "an attack by Hamas", or inside it: "fired by Somali troops positioned on"
    for m in actors:
        if (0 <= m.start - end <= 30 or start < m.start < end) and info.search(_BY_BEFORE, 0, m.start) \
                and not info.search(_OWNED_BY, end if m.start >= end else start, m.start):
            return m, REPORTED
    # 2b. where it came from: "drones launched from Rwanda", "missiles fired from Lebanon", "fire from Taliban fighters"
    for m in actors:
        if m.start - end > _FROM_REACH:
            continue  # "sent jets to bomb Cambodian positions ..., a day after rockets fired from Cambodia": another act's
        if m.kind in ("country", "capital", "demonym", "group") and info.search(_LAUNCHED_FROM, max(0, m.start - 40), m.start) \
                and (m.kind != "demonym" or info.match(_SIDE_OF, m.end) or _force_follows(info, m.end)):  # "fire from Armenian positions"
            if info.search(_DIRECTED, max(0, start - 60), start):
                break  # "had directed rocket fire from Lebanon": the reason for another act
            return m, REPORTED
    # 2h. the weapon's owner as a guess: "Armed drones believed to be Turkish hit a checkpoint"
    for m in actors:
        if m.end <= start and m.kind == "demonym" and info.search(_BELIEVED_TO_BE, max(0, m.start - 40), m.start):
            return m, ACCUSED
    # 2g. the weapon's passive agent: "a drone launched by the Houthis from Yemen slammed into"
    for m in actors:
        if m.end <= start and info.search(_WEAPON_BY, max(0, m.start - 50), m.start):
            return m, _told_by(info, m, start)
    # 2c. who was blamed: "..., Hamas said, blaming Israel", but not "accused Russia of massing troops"
    for m in actors:
        if m.start >= end and info.search(_BLAMING, max(0, m.start - 25), m.start) and not info.match(_BLAMED_FOR_OTHER, m.end):
            return m, ACCUSED
    # 2d. accused of the act itself: "the Taliban accused Pakistan on Tuesday of bombing homes"
    for m in actors:
        if m.end <= start and _ACCUSED_OF.fullmatch(text, m.end, start) and info.search(_BLAMING, max(0, m.start - 25), m.start):
            return m, ACCUSED
    # 2f. blamed for the act itself: "Eritrean forces were blamed for the shelling of a refugee camp"
    for m in actors if "blamed" in info.lower else ():  # (every match holds "blamed", and most sentences do not)
        if m.end <= start and _BLAMED_FOR_THE.fullmatch(text, m.end, start):
            return m, ACCUSED
    if info.search(_ITS_ACT, max(0, start - 30), start):
        # "Hezbollah said Israel had killed three fighters in its strike on Tyre": the subject of the clause "its" is in
        doer = next((m for m in sorted(actors, key=lambda m: -m.end) if m.end <= start and m.kind in ("country", "organ", "group")
                     and info.match(_DID_IT, m.end) and not _where_not_who(info, m)), None)
        if doer is not None:
            return doer, _told_by(info, doer, start)
        # "The IDF confirmed that X was killed in its strike on Beirut": the speaker's own act
        speaker = next((m for m in actors if m.start < 40 and m.end <= start and (speaks := info.match(_SPEAKS_OF_IT, m.end))
                        and (m.kind in ("organ", "country") or speaks.start("body") >= 0)), None)
        if speaker is not None:
            return speaker, CLAIMED
    if anaphoric:
        # "Israeli aircraft had carried out the raid": the act's doer, told with the very words
        for m in sorted(actors, key=lambda m: -m.end):
            if m.end <= start and info.match(_CARRIED_OUT_THE, m.end, start):
                return m, REPORTED
        return None
    if answered:
        return None  # "struck X on Friday in response to a drone attack that killed three American soldiers": another's act
    if info.search(_ONE_OF_THOSE_TOLD, max(0, start - 30), start) is not None:
        return None  # "Most were intercepted, the Israeli military said, but one hit ...": one of the weapons told before
    # the rules below read the sentence at large; an act told as someone else's doing
    # ("the army said it targeted him because he was behind rocket fire on ...") is not the speaker's
    if info.search(_ATTRIBUTED, 0, start):
        actors = [m for m in actors if not info.search(_ATTRIBUTED, m.end, start)]
    # 2i. the speaker's own act in its own words: '"Our aircraft struck the positions of ...," the Russian defence ministry said'
    if info.match(_VERB, start, end) and info.search(_OURS, max(0, start - 40), start):
        for m in actors:
            if m.start >= end and info.search(_QUOTE_CLOSES, end, m.start) and info.match(_THEN_SAYS, m.end):
                return m, CLAIMED
    # 2e. the subject of the very verb that is the trigger: "According to Ukraine's navy, Russia struck ..."
    for m in sorted(actors, key=lambda m: -m.end):
        if m.end <= start and m.kind in ("country", "group", "organ") and (verb := info.match(lexicon.KINETIC_VERB_AFTER_SUBJECT, m.end)) \
                and verb.end() > start and not _where_not_who(info, m):  # the verb is the trigger, or opens it
            return m, _told_by(info, m, start)  # "the Guards said they had targeted": their own word
    # 3. "India said its air force struck ...", "Thailand said it had launched airstrikes": the state that speaks of its act
    for m in actors:
        if m.end <= start and info.match(_SAID_ITS_FORCES, m.end):
            return m, CLAIMED
    # 3b. an armed force named in the sentence: "the Israeli military said it conducted", "the IDF"; not a source
    # ("According to Ukraine's air force, Russian Tu-95 bombers ... fired")
    for m in actors:
        if m.start < start and (m.kind == "organ" or _force_follows(info, m.end)) and not info.search(_SOURCE, max(0, m.start - 20), m.start) \
                and not info.match(_SUFFERED, m.end, start):  # "X, head of a Russian army unit, was killed when": the victim's
            if info.match(_FORCES_REPORT, m.end) and (told := next((n for n in actors if m.end < n.start and n.end <= start
                                                                     and _force_follows(info, n.end) and not info.match(_SUFFERED, n.end, start)), None)):
                # the forces that speak, of another's: "Poland's armed forces said a Russian drone that strayed ... crashed"
                return told, _told_by(info, told, start)
            return m, _told_by(info, m, start)
    # 4. a state or group as the subject of a kinetic verb: "Russia launched ...", "Israel struck ..."
    for m in actors:
        if m.start < start + 1 and m.kind in ("country", "group", "organ") and info.match(lexicon.KINETIC_VERB_AFTER_SUBJECT, m.end) \
                and not _where_not_who(info, m):
            return m, _told_by(info, m, start)
    # 4b. a capital for its government, as the subject: "Moscow launched a massive drone attack", never "struck Kyiv"
    for m in info.mentions:
        if m.kind == "capital" and m.start < start + 1 and not text.startswith(_COMPOUND, m.end) \
                and info.match(lexicon.KINETIC_VERB_AFTER_SUBJECT, m.end) \
                and not info.search(lexicon.LOCATIVE_BEFORE, max(0, m.start - 60), m.start):
            return m, _told_by(info, m, start)
    for m in actors:
        if m.end <= start and info.match(_DID_IT, m.end) \
                and not _where_not_who(info, m):
            return m, _told_by(info, m, start)
    return None


# the defender, not the attacker: an actor whose forces stop the weapons ("Polish and Dutch F-35s shot down")
_DEFENDS: Final = rx(r"(?:['’]s)?(?:\s+[\w-]+){0,3}?\s+(?:(?:had|have|has)\s+)?(?:shot\s+down|intercepted|downed|repelled|fended\s+off)\b",
                             re.I)
# a speaker's own forces, in its own words, and the quote's end before the speaker is named
_OURS: Final = rx(r"(?:^|[^\w'’])(?:our|we)\s+(?:[\w-]+\s+){0,3}?$", re.I)
_QUOTE_CLOSES: Final = rx(r"[\"”]")
_THEN_SAYS: Final = rx(r"(?:['’]s)?(?:\s+[\w-]+){0,3}?\s+(?:said|says|stated|announced|added|wrote|posted)\b", re.I)


# the act done by a name that is no country in the gazetteer's sense ("Britain carried out airstrikes", "the US struck")
_DID_IT: Final = rx(r"\s+(?:has |have |had )?(?:killed|struck|bombed|attacked|launched|fired|carried out|conducted|shelled|pounded)\b", re.I)


# a model's name between the actor and its weapon: "a Kyrgyz Bayraktar drone", "Israeli F-35 jets", "Indian BrahMos missiles"
_MODEL_THEN_FORCE: Final = rx(
    r"\s+(?:[A-Z][\w-]*|\d[\w-]*)\s+(?:drones?|missiles?|rockets?|jets|warplanes?|aircraft|bombers?|helicopters?|tanks|warships?|strikes?|attacks?)\b"
)


def _force_follows(info: SentenceInfo, end: int) -> bool:
    """Does an armed force or weapon follow the actor that ends at `end` ("Israeli warplanes", "Russia's army")?"""
    return info.match(lexicon.MILITARY_NOUN_AFTER_ACTOR, end) is not None or info.match(_MODEL_THEN_FORCE, end) is not None


def _coalition_leader(doc: Doc, before: int) -> Mention | None:
    """The state that leads "the coalition": the latest "Saudi-led coalition" told up to sentence `before`."""
    for info in reversed(doc.sentences[: before + 1]):
        for m in reversed(info.mentions):
            if m.kind in ("country", "demonym") and info.match(_LED_COALITION, m.end):
                return m
    return None


_Place = tuple[int, str | None, str | None, bool]


def _places(doc: Doc, info: SentenceInfo, exclude: Mention | None) -> list[_Place]:
    """(offset, country, place, owned) of places the sentence names as where something happened; owned
    for a state's positions or bases, which stand where its forces are."""
    text = info.text
    out: list[_Place] = []
    last_end = 0  # where the last place named as a place ends
    for m in info.mentions:
        if m is exclude or text.startswith(_COMPOUND, m.end):
            continue  # "Iran-backed militia facilities in eastern Syria" are in Syria
        described = info.match(_DESCRIBED_PLACE, m.end) if m.kind in ("demonym", "country") else None
        if described and info.search(_FROM_BEFORE, max(0, m.start - 12), m.start):
            continue  # "fighters firing from Afghan territory": where the fire came from, not where it fell
        if described:
            what = described.group("what").lower()
            if what == "capital":
                out.append((m.start, m.country, doc.gaz.capital_of(m.country or ""), False))
            elif what in _NAMED_SETTLEMENT and (named := _OF_NAME.match(text, described.end())):
                # "the Azerbaijani town of Tovuz", "the Israeli town of Metula": the name, known to the gazetteer or not
                out.append((m.start, m.country, named.group("name"), False))
            else:  # "Armenian positions" are wherever the Armenian forces are: owned, not a named place
                # ("near the Syrian border in Lebanon's Bekaa Valley": a border says where, the place named says whose)
                out.append((m.start, m.country, None, what.startswith(("position", "outpost", "post", "checkpoint", "base", "side", "border", "frontier"))))
            continue
        if m.kind == "demonym" and m.country and (region := _administered_region(info, m)) is not None:
            # "in the Leepa valley of Pakistani Kashmir", "Indian-administered Kashmir": the part the demonym's state holds
            if info.search(lexicon.LOCATIVE_BEFORE, max(0, m.start - 60), m.start):
                out.append((m.start, m.country, region.entry.name, False))
            continue
        if m.kind not in _PLACE_KINDS:
            continue
        if m.possessive and info.match(_MISSION, m.end):
            continue  # "Iran's consulate in Damascus" is in Syria
        if m.possessive and m.kind == "country" and (_force_follows(info, m.end) or any(
                n.kind in ("organ", "group") and m.end < n.start <= m.end + 2 for n in info.mentions)):
            continue  # "the headquarters of Russia's Black Sea Fleet in Sevastopol": an owner, not the place
        if not info.search(lexicon.LOCATIVE_BEFORE, max(0, m.start - 60), m.start) \
                and not (out and last_end and _JOINED_PLACE.fullmatch(text, last_end, m.start)):  # "in Syria and Lebanon"
            continue
        if m.kind == "country" and info.search(_PEOPLE_OF, max(0, m.start - 40), m.start):
            continue  # "Leaders of Germany, France and Italy pledged ...": whose people, not where (a city's head is in it)
        if info.search(_FROM_OVER, max(0, m.start - 40), m.start):
            continue  # "had dropped the bomb from over the Belgorod region": where it came from, not where it fell
        if info.search(_OFF_THE_COAST, max(0, m.start - 30), m.start):
            continue  # "struck an oil tanker off the coast of Oman": at sea, on no state's land
        if m.kind == "country":
            # "in Russia's Bryansk region": the place the possessive introduces, if it is that state's
            introduced = next((n for n in info.mentions if m.possessive and m.end < n.start <= m.end + 2 and n.kind in ("city", "region", "capital")
                          and n.country == m.country), None)
            out.append((m.start, m.country, introduced.entry.name if introduced else None, False))
        else:
            out.append((m.start, m.country, m.entry.name, False))
        last_end = m.end
    return out


_ADMINISTERED: Final = rx(r"(?:-|\s+)(?:administered\s+)?")
# two places joined as one object of the act: "in Syria and Lebanon", "in the Syrian port of Tartus and in the Lebanese city of"
_AND_PLACE: Final = rx(r"[\w'’ -]{1,40}?\s+(?:and|as\s+well\s+as)\s+(?:(?:in|on|at|near)\s+)?(?:the\s+)?", re.I)

# those a state's name says whose they are, not where: "the leaders of Germany", "foreign ministers of Lithuania and Latvia"
_PEOPLE_OF: Final = rx(r"\b(?:leaders?|heads?|ministers?|presidents?|governments?|officials?|representatives?|envoys?|"
                               r"delegations?|ambassadors?|diplomats?|allies|members|parliaments?|citizens|nationals)\s+of\s+(?:the\s+)?$", re.I)
# a place joined to the one just named: "in Syria and Lebanon"
_JOINED_PLACE: Final = rx(r"\s*(?:,\s*|\s+and\s+|\s+as\s+well\s+as\s+)(?:the\s+)?", re.I)


def _coordinated_place(text: str, places: list[_Place], chosen: _Place) -> _Place | None:
    """A place of another state joined to the chosen one by "and" ("struck targets in Syria and Lebanon"), or None."""
    if chosen not in places:
        return None  # a place read otherwise (a guess, the attacker's own forces' ground)
    i = places.index(chosen)
    for step in (1, -1):
        j = i
        while 0 <= j + step < len(places) and places[j + step][1] == chosen[1]:
            j += step  # the same state's place told twice ("the Syrian port of Tartus")
        k = j + step
        if not 0 <= k < len(places):
            continue
        other, near = places[k], places[j]
        if other[1] is None or other[3] or near[3]:
            continue
        first, second = (near, other) if step == 1 else (other, near)
        if _AND_PLACE.fullmatch(text, first[0], second[0]):
            return other
    return None


def _administered_region(info: SentenceInfo, demonym: Mention) -> Mention | None:
    """The region named right after a demonym ("Pakistani Kashmir", "Indian-administered Kashmir"), if any."""
    return next((n for n in info.mentions if n.start > demonym.end and n.kind == "region"
                 and _ADMINISTERED.fullmatch(info.text, demonym.end, n.start)), None)


def _target(info: SentenceInfo, start: int, *, anaphoric: bool = False) -> str | None:
    """What was hit: told from the trigger on, or for a new act anywhere in its sentence ("targeting X, the
    strike ..."); "the strike" takes only what follows it, not what its sentence says of something else."""
    m = info.search(_TARGET, start) or (None if anaphoric else info.search(_TARGET))
    if not m:
        return None
    target = _TARGET_STOP.split(info.text[m.start("t") : m.end("t")], maxsplit=1)[0].strip()  # a folded match: positions only
    target = re.sub(r"^(?:the|a|an)\s+", "", target, flags=re.I)
    return target if 2 < len(target) <= 100 else None


def _weapon(info: SentenceInfo) -> str:
    for name, pattern in lexicon.WEAPONS:
        if info.search(pattern):
            return name
    return "unknown"


# distinct sport words that make an article a sports report, where war words are metaphors
_SPORTS_REPORT: Final = 3


def _is_sports_report(doc: Doc) -> bool:
    sport = lexicon.folded(lexicon.CONTEXT_VETO["sport"]) or lexicon.CONTEXT_VETO["sport"]
    return len({m.group() for m in sport.finditer(doc.body.lower())}) >= _SPORTS_REPORT


def _dateline_place(doc: Doc, info: SentenceInfo) -> Mention | None:
    """The place of the article's dateline ("KHARKIV, Ukraine - ..."), for a sentence of its first paragraph."""
    first = doc.sentences[0]
    if info.sentence.paragraph != first.sentence.paragraph or not is_datelined(first.text):
        return None
    return next((m for m in first.mentions if m.start == 0 and m.kind in ("city", "capital", "region") and m.country), None)


def find_strike_mentions(doc: Doc) -> list[StrikeMention]:
    found: list[StrikeMention] = []
    if not doc.may(lexicon.STRIKE_CUE):
        return []
    read = [(info, triggers) for info in doc.hinted(lexicon.STRIKE_CUE) if (triggers := _triggers(info))]
    # "the strike" may be told before the sentence that names it
    doc_has_strong = any(any(strong for _, _, strong in triggers) and not info.is_background for info, triggers in read)
    sporty: bool | None = None  # is the article a sports report? read only if a sentence needs to know
    for info, triggers in read:
        text = info.text
        military = bool(info.search(lexicon.MILITARY_CONTEXT))
        strong_any = any(strong for _, _, strong in triggers)
        contexts = lexicon.contexts_of(info, only_always=strong_any or military)
        if (strong_any or military) and info.search(lexicon.CONTEXT_VETO["sport"]) is not None:
            if sporty is None:
                sporty = _is_sports_report(doc)
            if sporty:
                contexts = [*contexts, "sport"]
        modals: list[tuple[int, int]] | None = None  # threats, denials, hypotheticals: read when a trigger gets that far
        weapon = _weapon(info)
        remembered = False
        # once a sentence, not at every trigger (a year holds "19" or "20", which str.find looks for faster than `re`)
        has_year = ("20" in text or "19" in text) and _YEAR.search(text) is not None
        lower = info.lower  # (and these words: the searches at each trigger run only where they can match)
        deeds = "had " in lower and info.search(_DEED_WORDS) is not None
        stopped = lexicon.hints(lower, _STOPPED_HINTS)
        read_places: list[tuple[Mention | None, list[_Place]]] = []  # _places by the attacker left out: triggers share them
        for i, (start, end, strong) in enumerate(triggers):
            # what is remembered is history, and so is "an attack claimed by ..." told after it; an act told as a verb is new
            remembered = bool(info.search(_REMEMBERED, max(0, start - 80), start) or info.search(_YEARS_AFTER, max(0, start - 100), start)
                              or (deeds and info.search(_EARLIER_DEED, max(0, start - 80), start) and not _dated_fresh(doc, info))
                              or (_CAMPAIGN.fullmatch(text, start, end) and info.match(_GROWS, end))) \
                or (remembered and not info.match(_VERB, start, end))
            if not remembered and has_year and (year := info.search(_YEAR_OF_THE_ACT, max(0, start - 24), start)) is not None \
                    and info.search(_DETERMINER_BEFORE, max(0, year.start() - 7), year.start()):
                # "an inquiry into a 2024 strike": the act of that year
                remembered = int(year.group("year")) < doc.published.year
            # a place told after the next trigger is that trigger's ("targeted him for rocket fire on northern Israel")
            # (but a verb the trigger is the subject of tells the same act: "an Israeli strike hit the guesthouse ... in Tehran")
            following = i + 1
            while following < len(triggers) and _SUBJECT_OF_NEXT.fullmatch(text, triggers[following - 1][1], triggers[following][0]) \
                    and info.match(_VERB, triggers[following][0], triggers[following][1]):
                following += 1
            reach = triggers[following][0] if following < len(triggers) else len(text)
            anaphoric = not strong and info.search(_DEFINITE, 0, start) is not None
            if _context_vetoed(contexts, strong_any, military, text[start:end], anaphoric and doc_has_strong, bool(sporty)):
                continue
            if info.search(_INTERCEPTED, max(0, start - 50), start) and not info.search(_DEBRIS_OF, max(0, start - 80), start):
                continue  # "had intercepted a missile launched from Yemen": stopped, not struck
            if stopped and info.match(_WAS_INTERCEPTED, end) is not None:
                continue  # "a missile launched from Yemen was intercepted": stopped too
            answered = info.search(_IN_RESPONSE_TO, max(0, start - 50), start) is not None \
                or (i > 0 and info.search(_DATED_BY, max(0, start - 50), start) is not None)
            given = _attacker_for(info, start, end, anaphoric=anaphoric and not info.match(_VERB, start, end), answered=answered)
            attacker, attribution = given if given is not None else (None, None)
            if attacker is None and info.search(_THE_COALITION, max(0, start - 60), start):
                attacker = _coalition_leader(doc, info.sentence.index)
                attribution = REPORTED if attacker is not None else None  # the act is told; "the coalition" is named by its leader
            if not strong and not (military or attacker or (anaphoric and doc_has_strong)):
                continue
            # "denied the claim and said Azerbaijani troops had shelled ...": the denial is over before the act; but a new
            # claim may make its own ("and said Tehran would hold Washington responsible for any Israeli strike")
            if modals is None:
                modals = _modal_spans(info, max(e for _, e, _ in triggers) + _MODAL_REACH)
            modal = any(m_start < end + _MODAL_REACH and not (m_end <= start and (info.search(_NEW_CLAIM, m_end, start) or info.search(_DONE_AFTER_MODAL, m_end, start)))
                        for m_start, m_end in modals)
            places = next((read for left_out, read in read_places if left_out is attacker), None)  # (is: one mention, not an equal one)
            if places is None:
                places = _places(doc, info, attacker)
                read_places.append((attacker, places))
            if any(p[3] for p in places) and (named := [p for p in places if not p[3] and start - 60 <= p[0] <= end + 60]):
                places = named  # "shelling Armenian positions in Karabakh": the place named near the act
            # (what was set on fire is told inside the act's words: "drones setting a refinery in Russia's Volgograd region on fire")
            told_from = start if info.search(_SET_ON_FIRE, start, end) else end
            after = [p for p in places if told_from <= p[0] < reach]
            # and a place told after the previous trigger is that one's ("Israel struck Hodeidah, hours after a missile fired by ...")
            before = [p for p in places if p[0] < start] if i == 0 else []
            if anaphoric and not (info.match(_PROJECTILES, start) and info.match(_VERB, start, end)):
                # "the strike on Voronezh", "the attack in Doha": only a place told with the words themselves (what its
                # weapons did is a new act with its own object: "its drones had neutralised 17 militants ... in northern Syria")
                after, before = [p for p in after if p[0] - end <= _ANAPHORIC_PLACE_REACH], []
            chosen = after[0] if after else (before[-1] if before else None)
            if chosen and attacker is not None and attacker.kind == "group" and attacker.country and chosen[1] != attacker.country \
                    and _own_forces_hit(info, end, attacker.country):
                # "PKK militants attacked a Turkish army outpost in northern Iraq": an insurgency against its own state's
                # forces where they stand, not an act on the state whose soil it is
                chosen = (chosen[0], attacker.country, None, True)
            if chosen and attacker and chosen[1] == attacker.country and len(places) > 1:
                others = [p for p in places if p[1] != attacker.country]
                chosen = others[0] if others else chosen
            if chosen is None and not anaphoric and info.search(_ABROAD) is None:  # "the strike" takes its place from its report
                # no place named: the state whose people or forces were hit ("killing two Ukrainian soldiers"),
                # unless they serve abroad ("a UN peacekeepers' base ..., wounding two Italian soldiers")
                owner = next((m for m in info.mentions if m.start >= end and m.kind in ("demonym", "country") and m.country
                              and (attacker is None or m.country != attacker.country) and (hit := info.match(_HIT_PEOPLE, m.end))
                              and not info.match(_SPEAKS, hit.end())), None)
                if owner is None:  # the victims told before the act: "A Lebanese soldier was killed ... when an Israeli drone struck"
                    owner = next((m for m in info.mentions if m.end <= start and m.kind == "demonym" and m.country
                                  and (attacker is None or m.country != attacker.country) and (hit := info.match(_HIT_PEOPLE, m.end))
                                  and info.match(_VICTIMS_TOLD, hit.end())), None)
                chosen = (owner.start, owner.country, None, False) if owner else None
            if chosen is None and not anaphoric and info.search(_ITS_TERRITORY):
                speaker = next((m for m in info.mentions if m.start < start and m.kind in ("country", "demonym") and m.country
                                and (attacker is None or m.country != attacker.country)), None)
                chosen = (speaker.start, speaker.country, None, False) if speaker else None
            territory_guessed = False
            owner = _weapon_owner(doc, info, weapon, start) if attacker is None and not anaphoric and weapon != "unknown" else None
            doer = attacker or owner
            # (a town told after the act: read only where a reading below can use it, with a doer and a new act)
            town = _UNKNOWN_SETTLEMENT.match(text, end) if chosen is None and doer is not None and not anaphoric else None
            if chosen is None and attacker is not None and not anaphoric and info.match(_HOME_GROUND, end):
                # no place named: the state whose forces report the act on villages or towns ("Pakistan's military said
                # Indian troops shelled villages"), a guess
                speaker = next((m for m in info.mentions if (m.end <= attacker.start or m.start >= end) and m.kind in ("country", "demonym")
                                and m.country and m.country != attacker.country and info.match(_FORCES_REPORT, m.end)), None)
                chosen = (speaker.start, speaker.country, town.group("name") if town else None, False) if speaker else None
                territory_guessed = speaker is not None
            if chosen is None and doer is not None and not anaphoric and town is not None \
                    and getattr(doc.gaz.lookup(town.group("name")), "kind", None) not in _PLACE_KINDS:  # a place it knows is read as one
                # a town too small for the gazetteer, told by the state whose town it is: "South Sudan said Sudanese
                # planes had bombed the border town of Renk", or in the sentence before, a guess
                speaker = next((m for m in info.mentions if (m.end <= (attacker.start if attacker else start) or m.start >= end)
                                and m.country and m.country != doer.country
                                and ((m.kind == "country" and info.match(_STATE_SPEAKS, m.end))
                                     or (m.kind == "demonym" and info.match(_STATE_ORGAN_SPEAKS, m.end)))),  # "Ukrainian officials said"
                               None) or _state_speaking_before(doc, info, doer.country)
                if speaker is None and "border" in town.group():
                    # a border place, by the state that protests the act on it: "Cambodia's foreign ministry denounced
                    # Thai air strikes on the border province of Oddar Meanchey"
                    speaker = next((m for m in info.mentions if m.end <= start and m.kind == "country" and m.country
                                    and m.country != doer.country and info.match(_STATE_PROTESTS, m.end)), None)
                if speaker is not None:
                    chosen = (speaker.start, speaker.country, town.group("name"), False)
                    territory_guessed = True
            if chosen is None and attacker is not None and not anaphoric and info.search(_THE_COUNTRY, end) is not None \
                    and (state := _state_told_before(doc, info, attacker.country)) is not None:
                # "a Russian drone crashed into a house in a village in the south of the country": the state the text is
                # about, named in the sentences before, a guess
                chosen = (state.start, state.country, town.group("name") if town else None, False)
                territory_guessed = True
            if chosen is None and attacker is not None and info.search(_INDEFINITE_BEFORE, 0, start):
                # a new strike on a group's people: "the Houthis' chief ... was killed in an Israeli strike"
                group = next((m for m in info.mentions if m.kind == "group" and m.country
                              and (attacker is None or m.country != attacker.country)), None)
                chosen = (group.start, group.country, None, False) if group else None
            if chosen is None and not anaphoric and (datelined := _dateline_place(doc, info)) is not None \
                    and (attacker is None or datelined.country != attacker.country):
                # "ODESA, Ukraine - A ballistic missile hit a grain terminal in the port": where the report is filed
                # from, for an act of its first paragraph told without a place; a guess
                chosen = (0, datelined.country, datelined.entry.name, False)
                territory_guessed = True
            mention = StrikeMention(
                info, start, end, strong, attacker,
                territory=chosen[1] if chosen else None,
                place=chosen[2] if chosen else None,
                target=_target(info, start, anaphoric=anaphoric), weapon=weapon, anaphoric=anaphoric, modal=modal,
                owner=owner,
                attribution=attribution, territory_guessed=territory_guessed,
                remembered=remembered or answered,
            )
            found.append(mention)
            if chosen is not None and not anaphoric and (also := _coordinated_place(text, places, chosen)) is not None:
                # "struck targets in Syria and Lebanon": one act on each state
                found.append(replace(mention, territory=also[1], place=also[2], territory_guessed=False))
            if attacker is not None:
                # "Israel and the United States struck ...": each state struck
                found.extend(replace(mention, attacker=m) for m in _partners(info, attacker))
    for info in doc.hinted(lexicon.STRIKE_CUE):
        if lexicon.hints(info.lower, _MUTUAL_HINTS) and (mutual := info.search(lexicon.MUTUAL_FIRE)) is not None and not info.is_background:
            found.extend(_mutual_fire(doc, info, mutual))
    return _drop_duplicate_triggers(found)


_MUTUAL_HINTS: Final = ("clashed", "exchanged", "traded")
# the two sides of the fire, told before it: "Thai and Cambodian troops", "Armenia and Azerbaijan", "Israel and Hezbollah"
_BOTH_SIDES: Final = rx(r"\s+and\s+(?:the\s+)?$", re.I)
_SIDE_FORCES: Final = rx(r"(?:['’]s?)?(?:\s+(?:[\w-]+\s+){0,2}?(?:troops|forces|soldiers|armies|militaries|border\s+guards|guards|fighters|"
                                 r"units|positions|navies))?\s+(?:(?:have|had|has|again|briefly|reportedly)\s+)*$", re.I)
_UNARMED: Final = rx(r"\b(?:sticks|stones|rocks|fists|clubs|batons|rods|hand-to-hand|no\s+shots|unarmed)\b", re.I)
_WITH_THE_OTHER: Final = rx(r"\s+with\s+(?:the\s+)?$", re.I)


_MODAL_REACH: Final = 40  # how far after a trigger a threat or denial may begin and still be about it


def _modal_spans(info: SentenceInfo, before: int) -> list[tuple[int, int]]:
    """Where the sentence tells a threat, denial or hypothetical (lexicon.MODALITY) starting before `before`: the
    pattern is among the costliest, and the text after the last trigger's reach need not be read."""
    spans = []
    for m in info.finditer(lexicon.MODALITY, before=before):
        if m.start() >= before:
            break
        spans.append((m.start(), m.end()))
    return spans


def _mutual_fire(doc: Doc, info: SentenceInfo, fire: re.Match[str]) -> list[StrikeMention]:
    """Both sides' acts where the sentence tells the fighting as theirs together: "Thai and Cambodian troops exchanged
    fire along the border" is Thailand's act on Cambodia and Cambodia's on Thailand; "Indian troops clashed with Chinese
    forces in Ladakh" is China's act on India, where it was fought. A denial or threat is no act."""
    text = info.text
    if any(mm.start() < fire.end() + _MODAL_REACH and mm.end() > fire.start() - 60 for mm in info.finditer(lexicon.MODALITY)):
        return []
    if info.search(_UNARMED) is not None:
        return []  # "soldiers clashed with sticks and stones": a brawl, not an exchange of fire
    actors = [m for m in info.mentions if m.kind in _ACTOR_KINDS and m.country]
    sides: list[Mention] = []
    before = [m for m in actors if m.end <= fire.start() and fire.start() - m.end <= 60]
    if len(before) >= 2 and before[-1].country != before[-2].country and _BOTH_SIDES.fullmatch(text, before[-2].end, before[-1].start) \
            and _SIDE_FORCES.fullmatch(text, before[-1].end, fire.start()):
        sides = [before[-2], before[-1]]  # "Thai and Cambodian troops exchanged fire"
    elif before and _SIDE_FORCES.fullmatch(text, before[-1].end, fire.start()) and (other := next(
            (m for m in actors if m.start >= fire.end() and _WITH_THE_OTHER.fullmatch(text, fire.end(), m.start)), None)) is not None \
            and other.country != before[-1].country:
        sides = [before[-1], other]  # "Indian troops clashed with Chinese forces"
    if not sides:
        return []
    countries = {m.country for m in sides}
    where = next((p for p in _places(doc, info, None) if p[0] >= fire.end() and p[1] in countries and p[2]), None)
    acts: list[StrikeMention] = []
    for doer, victim in ((sides[0], sides[1]), (sides[1], sides[0])):
        if where is not None and where[1] != victim.country:
            continue  # fought on one side's land: the other side's act on it
        acts.append(StrikeMention(info, fire.start(), fire.end(), False, doer, territory=victim.country,
                                  place=where[2] if where is not None else None, attribution=REPORTED,
                                  territory_guessed=where is None))
    return acts


_WEAPON_PATTERNS: Final = dict(lexicon.WEAPONS)


# a place told as part of "the country", whichever the text is about
_THE_COUNTRY: Final = rx(r"\b(?:in|across)\s+(?:the\s+(?:far\s+)?(?:north|south|east|west|centre|center|north-?east|north-?west|"
                                 r"south-?east|south-?west)(?:ern)?\s+(?:part\s+|region\s+)?of\s+)?the\s+country\b|"
                                 r"\bthe\s+country['’]s\s+(?:far\s+)?(?:north|south|east|west|centre|center)", re.I)
STATE_REACH: Final = 3  # sentences back to the state that "the country" is


def _state_speaking_before(doc: Doc, info: SentenceInfo, attacker: str | None) -> Mention | None:
    """The state that speaks in the sentence or two before ("..., Poland's operational command said."), other than the
    attacker, within this paragraph or the one before."""
    index = info.sentence.index
    for before in reversed(doc.sentences[max(0, index - 2) : index]):
        if info.sentence.paragraph - before.sentence.paragraph > 1:
            break
        speaker = next((m for m in before.mentions if m.kind == "country" and m.country and m.country != attacker
                        and _STATE_SPEAKS.match(before.text, m.end)), None)
        if speaker is not None:
            return speaker
    return None


def _state_told_before(doc: Doc, info: SentenceInfo, attacker: str | None) -> Mention | None:
    """The state a text is about, for "the country" in sentence `info`: the first state other than the attacker that
    the nearest sentence before names (at most STATE_REACH back)."""
    index = info.sentence.index
    for before in reversed(doc.sentences[max(0, index - STATE_REACH) : index]):
        state = next((m for m in before.mentions if m.kind in ("country", "demonym", "capital") and m.country
                      and m.country != attacker), None)
        if state is not None:
            return state
    return None


def _weapon_owner(doc: Doc, info: SentenceInfo, weapon: str, start: int) -> Mention | None:
    """The state or group whose weapons of this kind were told last ("waves of Ukrainian drones"): the owner of "One
    drone hit a residential tower". Read back over at most OWNER_REACH sentences of the paragraph, stopping at the
    first that names such weapons at all; and over one paragraph break for one of them told as such ("debris from one
    drone damaged a house": a live blog's entries are paragraphs)."""
    index = info.sentence.index
    pattern = _WEAPON_PATTERNS[weapon]
    paragraph = info.sentence.paragraph
    one_of_them = info.search(_ONE_OF_THEM, max(0, start - 25), start) is not None
    for before in reversed(doc.sentences[max(0, index - OWNER_REACH) : index]):
        if paragraph - before.sentence.paragraph > (1 if one_of_them else 0):
            return None
        if before.is_background:
            return None  # weapons of the history told before are not this act's
        for m in before.mentions:
            if m.kind in ("demonym", "country", "group") and m.country and _force_follows(before, m.end):
                named = pattern.search(before.text, m.end, m.end + 40)
                if named is not None and named.start() - m.end <= 25:
                    return m
        if pattern.search(before.text) is not None:
            return None  # the weapons told last are nobody's, or another's not named with them
    return None


# the subject of the act is one of those told before, with no noun of its own: "..., but one hit a street in Tel Aviv"
_ONE_OF_THOSE_TOLD: Final = rx(r"(?:^|[,;]\s*|\b(?:but|and|while)\s+)(?:one|another|two|three|some|several|the\s+rest|the\s+others?)"
                                       r"\s+(?:of\s+them\s+)?$", re.I)
OWNER_REACH: Final = 3  # sentences back from an act by "one drone" to where the drones' owner may be told
# one of the weapons told before, right before its noun: "one drone", "another of the missiles", "the other two"
_ONE_OF_THEM: Final = rx(r"\b(?:one|another|two|three|four|five|several|some|the\s+other|the\s+remaining)\s+"
                                 r"(?:of\s+(?:the|them|these|those)\s+)?(?:[\w-]+\s+)?$", re.I)


def _own_forces_hit(info: SentenceInfo, end: int, country: str) -> bool:
    """Does the act, told from `end` on, hit the forces or posts of `country` ("a Turkish army outpost")?"""
    return any(m.start >= end and m.kind == "demonym" and m.country == country and info.match(_OWN_FORCES, m.end)
               for m in info.mentions)


_FROM_REACH: Final = 60  # characters from an act's end to the place its fire came from ("were hit by fire from across ...")
_OWN_FORCES_REACH: Final = 30  # characters from the act's end to the forces it hits ("attack on a Turkish base")
# the words between an act and its target ("an attack on a Turkish base"), not its agent ("fired by", "fire from")
_ON_THE_TARGET: Final = rx(r"\s+(?:on|at|against|targeting)\s+(?:(?:an?|the|two|three|several|its|their)\s+)?", re.I)
_OWN_FORCES: Final = rx(r"\s+(?:[\w-]+\s+)?(?:soldiers?|troops|forces|army|military|positions?|bases?|outposts?|posts?|patrols?|convoys?|"
                         r"checkpoints?|police|border guards?)\b", re.I)


def _partners(info: SentenceInfo, attacker: Mention) -> list[Mention]:
    """The states or groups coordinated with the attacker as one subject ("Israel and the United States"), and a
    state whose troops fight beside a group ("M23 rebels, backed by Rwandan troops, shelled ...")."""
    partners: list[Mention] = []
    if attacker.kind == "group" and (beside := info.match(_TROOPS_BESIDE, attacker.end)) is not None:
        state = next((m for m in info.mentions if m.start == beside.end() and m.kind in ("demonym", "country") and m.country
                      and m.country != attacker.country and _force_follows(info, m.end)), None)
        if state is not None:
            partners.append(state)
    edge = attacker.start
    for m in reversed([m for m in info.mentions if m.end <= attacker.start and m.kind in _ACTOR_KINDS]):
        if not _COORDINATION.fullmatch(info.text, m.end, edge) or m.country in (attacker.country, None):
            break
        partners.append(m)
        edge = m.start
    return partners


def _drop_duplicate_triggers(mentions: list[StrikeMention]) -> list[StrikeMention]:
    """Several triggers in one sentence about one act count once, keeping the most informative."""
    best: dict[tuple[int, str | None, str | None], StrikeMention] = {}
    for m in mentions:
        key = (m.info.sentence.index, m.attacker.country if m.attacker else None, m.territory)
        old = best.get(key)
        if old is None or (m.strong, m.place is not None, m.target is not None) > (old.strong, old.place is not None, old.target is not None):
            best[key] = m if old is None or m.place is not None or old.place is None else replace(m, place=old.place)
        elif old.place is None and m.place is not None:
            best[key] = replace(old, place=m.place)  # "Shells fired from Indian positions hit ... the Pakistani town of Kotli"
    # a sentence with a resolved mention needs no unresolved one
    resolved = {k[0] for k in best if k[1] or k[2]}
    return [m for k, m in best.items() if k[1] or k[2] or k[0] not in resolved]


# "the attack" told this many sentences after an act, in its paragraph, is that act
_REFERENT_REACH: Final = 2


def _referent(mention: StrikeMention, fresh: list[StrikeMention]) -> tuple[str | None, str | None] | None:
    """(attacker, territory) of the act "the strike" refers to when it follows one closely, else None (the main act).

    "Hezbollah fired rockets at Haifa. The attack wounded two people." is
    about Hezbollah's rockets, even in an article led by Israel's strikes.
    """
    here = mention.info.sentence
    for m in reversed(fresh):
        there = m.info.sentence
        if there.index >= here.index or m.anaphoric:
            continue
        if here.index - there.index > _REFERENT_REACH or there.paragraph != here.paragraph:
            return None
        if m.attacker and m.territory:
            return m.attacker.country, m.territory
    return None


def _history_told_on(mentions: list[StrikeMention]) -> None:
    """Mark as remembered an act that goes on telling history: told with no time of its own, after the same
    states' act told as history, when no act of theirs in the article has a time ("Twenty years ago, Israel and
    Hezbollah fought a war ... Israeli warplanes bombed Beirut's southern suburbs ...")."""
    pairs: dict[tuple[str, str], list[StrikeMention]] = {}
    for m in mentions:
        if m.attacker is not None and m.attacker.country and m.territory and not m.modal:
            pairs.setdefault((m.attacker.country, m.territory), []).append(m)
    for told in pairs.values():
        history = [m.info.sentence.index for m in told if m.is_background]
        fresh = [m for m in told if not m.is_background]
        if history and fresh and all(not m.info.dates and m.info.sentence.index > min(history) for m in fresh):
            for m in fresh:
                m.remembered = True


def cluster_strikes(mentions: list[StrikeMention]) -> list[StrikeCluster]:
    """Assemble an article's mentions into acts: fresh ones share what they know."""
    _history_told_on(mentions)
    fresh = [m for m in mentions if not m.is_background and not m.modal]
    clusters: list[StrikeCluster] = []
    if fresh:
        attackers = Counter(m.attacker.country for m in fresh if m.attacker and m.attacker.country)
        territories = Counter(m.territory for m in fresh if m.territory)
        main_attacker = attackers.most_common(1)[0][0] if attackers else None
        main_territory = None
        for code, _ in territories.most_common():
            if code != main_attacker or len(territories) == 1:
                main_territory = code
                break
        by_key: dict[tuple[str | None, str | None], StrikeCluster] = {}
        for m in fresh:
            guessed: set[str] = set()
            a = m.attacker.country if m.attacker else None
            t = m.territory
            if a is None:
                a, guessed = (m.owner.country if m.owner else main_attacker), guessed | {"attacker"}
            if t is None:
                t, guessed = main_territory, guessed | {"territory"}
            elif m.territory_guessed:
                guessed = guessed | {"territory"}
            if m.anaphoric and not m.attacker and not m.territory:
                a, t = _referent(m, fresh) or (main_attacker, main_territory)
            if a is None and t is None:
                continue
            if a == t and guessed and (a, t) != (main_attacker, main_territory):
                continue  # a state striking itself only by our guess: a victim or speaker read as a party
            cluster = by_key.get((a, t))
            if cluster is None:
                cluster = by_key[(a, t)] = StrikeCluster(None, t, None)
                cluster.guessed = {"attacker", "territory"}
            cluster.mentions.append(m)
            if m.attacker and cluster.attacker is None:
                cluster.attacker = m.attacker
            if m.attacker and m.attacker.country == a:
                cluster.attribution = stronger(cluster.attribution, m.attribution)
            if m.place and cluster.place is None and m.territory == t:
                cluster.place = m.place
            cluster.guessed &= guessed
        for (a, _), cluster in by_key.items():
            if cluster.attacker is None and a is not None:
                cluster.attacker = next((m.attacker for m in fresh if m.attacker and m.attacker.country == a), None) \
                    or next((m.owner for m in cluster.mentions if m.owner and m.owner.country == a), None)
            if cluster.attacker is not None and cluster.attribution is None:
                cluster.attribution = INFERRED  # no telling of this act names its doer
        clusters.extend(c for c in by_key.values() if c.attacker or c.territory)
    for m in mentions:
        if m.is_background and not m.modal and (m.attacker or m.territory) and not m.anaphoric:
            clusters.append(StrikeCluster(m.attacker, m.territory, m.place, [m], is_background=True, attribution=m.attribution))
    return clusters


def attribute_claims(doc: Doc, clusters: list[StrikeCluster]) -> None:
    """"Al-Shabaab claimed responsibility": the claimant is the attacker of the act told nearest before the
    claim, when the reading of that act had to guess its attacker or found none."""
    fresh = [c for c in clusters if not c.is_background]
    if not fresh:
        return
    for info, claimant, how in claims(doc):
        here = info.sentence.index
        told = [(here - m.info.sentence.index, c) for c in fresh for m in c.mentions if 0 <= here - m.info.sentence.index <= _CLAIM_REACH]
        if not told:
            continue
        cluster = min(told, key=lambda t: t[0])[1]
        if cluster.attacker is None or "attacker" in cluster.guessed:
            cluster.attacker = claimant
            cluster.guessed.discard("attacker")
            cluster.attribution = how
        elif claimant.country is not None and claimant.country == cluster.attacker_country:
            cluster.attribution = stronger(cluster.attribution, how)  # "Hamas claimed responsibility" for the attack told as Hamas's


# "the defence ministry in Berlin said", "told reporters in Ankara": a speaker's seat, not where the act was
_SPEAKER_SEAT: Final = rx(
    r"\b(?:said|says|told (?:reporters|journalists)|speaking|statement|ministry|government|officials|office|embassy|spokes\w+|"
    r"headquarters|summit|talks|meeting|conference|visit)\s+(?:[\w'’-]+\s+){0,2}?in\s+$|"
    # where someone or something was going or is from: "a tanker bound for the Dutch port of Rotterdam"
    r"\b(?:bound for|heading (?:to|for)|en route to|sailing (?:to|from)|travell?ing (?:to|from)|flights? (?:to|from)|based in|"
    r"headquartered in|registered in|born in|returned to|fled to)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?$",
    re.I,
)
_NAMED_PLACE_KINDS: Final = ("capital", "city", "region")


def infer_territories(doc: Doc, clusters: list[StrikeCluster]) -> None:
    """An act told with its attacker but no place struck: the state of the places named where it is told.

    "Loud explosions shook the Pakistani city of Bahawalpur. Pakistan's army said Indian aircraft had fired
    missiles at a mosque complex in the city." The places are read from the act's own sentences, then from
    the sentences beside them in their paragraph (there a state told as where counts too: "Sirens sounded across
    northern Israel. Minutes later, rockets fired from southern Lebanon hit a kibbutz"), then from the sentence that
    ends the paragraph before (wire
    copy sets the scene in a lead of its own: "Residents of two villages in Afghanistan's Kunar province were
    woken by explosions. / Taliban officials said Pakistani aircraft had carried out the raids"); a place of
    the attacker's own state, or a speaker's seat
    ("the ministry in Berlin said"), says nothing of where it struck. Two states named as often leave it unknown.
    """
    for cluster in clusters:
        if cluster.is_background or cluster.territory is not None or cluster.attacker_country is None or cluster.place:
            continue  # a place of no state ("in the Red Sea") is where it struck
        told = sorted({m.info.sentence.index for m in cluster.mentions})
        paragraphs = {doc.sentences[i].sentence.paragraph for i in told}
        beside = sorted({j for i in told for j in (i - 1, i + 1) if 0 <= j < len(doc.sentences) and j not in told
                         and doc.sentences[j].sentence.paragraph in paragraphs})
        lead = sorted({j for i in told if (j := _end_of_paragraph_before(doc, i)) is not None and j not in told and j not in beside})
        for indices in (told, beside, lead):
            by_country = Counter[str]()
            places: dict[str, Counter[str | None]] = {}  # per state, its places named, most named first
            where: dict[str, dict[int, SentenceInfo]] = {}  # per state, the sentences that named it
            for i in indices:
                for country, place in _named_places(doc, doc.sentences[i], states=indices is not told):
                    if country != cluster.attacker_country:
                        by_country[country] += 1
                        places.setdefault(country, Counter())[place] += 1
                        where.setdefault(country, {})[i] = doc.sentences[i]
            ranked = by_country.most_common(2)
            if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
                country = ranked[0][0]
                cluster.territory = country
                cluster.place = next((p for p, _ in places[country].most_common() if p), None)
                cluster.guessed.add("territory")
                if indices is not told:
                    cluster.told_with.extend(where[country].values())
                break


def _end_of_paragraph_before(doc: Doc, index: int) -> int | None:
    """The last sentence of the paragraph before sentence `index`'s, if any."""
    paragraph = doc.sentences[index].sentence.paragraph
    for j in range(index - 1, -1, -1):
        if doc.sentences[j].sentence.paragraph != paragraph:
            return j
    return None


def _named_places(doc: Doc, info: SentenceInfo, *, states: bool = False) -> Iterator[tuple[str, str | None]]:
    """(country, place) of the towns, cities and regions a sentence names, but for a speaker's seat; with `states`,
    also a state named as where ("in southern Lebanon"), with no place."""
    text = info.text
    located = {start: (country, place) for start, country, place, owned in _places(doc, info, None)
               if country and (place or (states and not owned))}
    for m in info.mentions:
        if info.search(_SPEAKER_SEAT, max(0, m.start - 60), m.start):
            continue
        if m.start in located:  # "the Pakistani city of Bahawalpur", "in Nabatieh", "in southern Lebanon"
            country, place = located[m.start]
            yield country or "", place
        elif m.kind in _NAMED_PLACE_KINDS and m.country and not text.startswith(_COMPOUND, m.end):
            yield m.country, m.entry.name  # "on the road between Nabatieh and Kfar Roummane"


# every pattern that claims() tries (each of its answers needs one of them to match)
_CLAIM_PATTERNS: Final = PatternSet(_CLAIMED, _FIRED_THEM, _WEAPON_BY_THERE, _FIRED_FROM_THERE, _WAS_BEHIND, _BLAMED, _FORCES_USED)


def claims(doc: Doc) -> Iterator[tuple[SentenceInfo, Mention, str]]:
    """Sentences in which a state or group claims an attack (CLAIMED) or is blamed for one (ACCUSED), and who.

    "Al-Shabaab claimed responsibility", "Ukraine's security service said it
    had carried out the operation", "Moscow blamed Kyiv for the attack".
    """
    body = doc.body
    if not any(word in body for word in _CLAIM_WORDS):  # most articles: nothing to look for
        return
    for info in doc.sentences:
        if not info.may_match_any(_CLAIM_PATTERNS):
            continue  # most sentences, with one test
        claim, how = info.search(_CLAIMED), CLAIMED
        if claim is None:
            claim, how = info.search(_FIRED_THEM), REPORTED  # "the air force said Russia had fired them": the victim's account of it
        if claim is not None:
            claimant = next((m for m in reversed(info.mentions) if m.end <= claim.start() and m.kind in _ACTOR_KINDS), None)
            if claimant is not None:
                yield info, claimant, how
            continue
        agent = info.search(_WEAPON_BY_THERE)
        if agent is not None:
            doer = next((m for m in info.mentions if m.start == agent.end() and m.kind in _ACTOR_KINDS
                         and (m.kind != "demonym" or _force_follows(info, m.end) or info.match(_MODEL, m.end))), None)
            if doer is not None:
                yield info, doer, REPORTED
                continue
        origin = info.search(_FIRED_FROM_THERE)
        if origin is not None:
            state = next((m for m in info.mentions if m.start == origin.end() and m.kind in ("country", "capital")), None)
            if state is not None:
                yield info, state, REPORTED
                continue
        behind = info.search(_WAS_BEHIND)
        if behind is not None:
            # "a security source said the SBU was behind the killing": who is said to have done it
            doer = next((m for m in reversed(info.mentions) if m.end <= behind.start() and behind.start() - m.end <= 20
                         and m.kind in _ACTOR_KINDS), None)
            if doer is not None:
                yield info, doer, ACCUSED
                continue
        blame = info.search(_BLAMED)
        if blame is not None:
            # "Moscow blamed Kyiv for the attack": the blamed, a capital standing for its state as often as not
            blamed = next((m for m in info.mentions if blame.end() <= m.start <= blame.end() + 4
                           and m.kind in _BLAMED_KINDS and (info.match(_FOR_THE_ACT, m.end) or info.match(_BLAME_ENDS, m.end))), None)
            if blamed is None and (on := info.match(_BLAMED_ACT_ON, blame.end())):
                # "officials blamed the attack on Turkey"
                blamed = next((m for m in info.mentions if m.start == on.end() and m.kind in _BLAMED_KINDS), None)
            if blamed is not None:
                yield info, blamed, ACCUSED
            continue
        used = info.search(_FORCES_USED)
        if used is not None:
            # the user named with its force, told by another state's forces: "Armenia's defence ministry said Azerbaijani units had used"
            user = next((m for m in reversed(info.mentions) if m.end <= used.start() and m.kind in ("demonym", "country") and m.country
                         and _force_follows(info, m.end)), None)
            speaker = next((m for m in info.mentions if user is not None and m.end <= user.start and m.country not in (None, user.country)
                            and info.match(_FORCES_REPORT, m.end)), None)
            if user is not None and speaker is not None:
                yield info, user, ACCUSED

