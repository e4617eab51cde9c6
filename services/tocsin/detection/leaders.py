"""Attacks on leaderships: who was targeted, and did they survive?

A person counts when the sentence ties them to an outcome (killed, wounded,
survived) in the context of an attack, or names them as the target. Reporters
("al-Hindi said") and the X of "the son of X" are not the subject of the
outcome. An event is raised when a senior figure, or someone defined by their
relation to one, is among them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Final

from tocsin.detection import lexicon
from tocsin.detection.analysis import Doc, SentenceInfo
from tocsin.detection.people import People, PersonInfo, PersonMention, affiliation, possessor
from tocsin.detection.rx import rx

_OUTCOMES: Final = (("killed", lexicon.KILLED), ("killed", lexicon.SUCCUMBED), ("wounded", lexicon.WOUNDED), ("survived", lexicon.SURVIVED))
_SEVERITY: Final = {"unknown": 0, "survived": 1, "wounded": 2, "killed": 3}
# "without saying whether he survived": an outcome asked about, not told
_HEDGED: Final = rx(r"\b(?:whether|if|unclear|not known|not clear|unknown)\s+(?:\w+\s+){0,3}$", re.I)
# a death denied: "Hezbollah denied on Monday that its commander in southern Lebanon had been killed"
_DENIED: Final = rx(r"\b(?:denied|denies|denying|dismissed|rejected)\s+(?:(?:on|late|early)\s+\w+\s+)?(?:(?:reports?|claims?)\s+)?"
                            r"(?:that\s+)?[^.;]{0,60}$", re.I)
# "slain" as an adjective: "Hezbollah's slain leader" is told, not the one the sentence names
_ATTRIBUTIVE: Final = rx(r"(?:\b(?:the|its|their|his|her|a)|['’]s)\s+$", re.I)
_MAYBE: Final = rx(r"\b(?:(?:may|might|could)|(?:is|was|are|were)\s+(?:believed|thought|feared|presumed)\s+to)\s+have\s+been\s+$", re.I)
# roles that make a leader only when senior: "a senior Islamic Jihad official", not "an official"
_SENIOR_ONLY: Final = ("official", "officer", "figure")
# Leaders told by role alone: "Senior Hamas leaders survived", "The governor of Anbar province was wounded"
_ROLE_PHRASE: Final = (
    # modifiers and names in any order: "Two senior Iranian generals", "Hamas's political chief", "a senior Hezbollah field commander"
    rf"(?P<who>(?:(?:senior|top|former|deputy|interior|foreign|defen[cs]e|finance|security|military|chief|army|navy|police|intelligence|"
    rf"(?:senator|lawmaker|legislator|deputy)\s+and|major|lieutenant|brigadier|rear|"
    rf"political|spiritual|supreme|acting|field|regional|local|provincial|district|elite|veteran|prominent|opposition|"
    # where they are in office: "the visiting Greek prime minister", "the outgoing army chief"
    rf"visiting|outgoing|incoming|interim|caretaker|newly\s+appointed|"
    rf"junta|militia|coup|tribal|party|state|federal|municipal|city|town|village|county|"
    # the formation the role commands: "Hezbollah's Radwan force commander", "a drone unit commander"
    rf"force|forces|unit|brigade|wing|division|battalion|corps|regiment|drone|missile|rocket|artillery|naval|air|operations|"
    # a ministry by its name ("Iraq's trade minister", "the health minister")
    rf"(?!prime\b)[a-z]+(?=\s+ministers?\b)|"
    rf"(?-i:[A-Z][\w'’-]*|(?:al|el)-[A-Z][\w'’-]*))\s+){{0,5}}"
    # "the governor of Zamfara state", but not across a reporting verb ("the governor of X said one sailor was wounded")
    # (an official or officer counts only as a senior one: "a senior Islamic Jihad official", see _role_only)
    rf"(?P<role>(?:vice[- ])?(?:{lexicon.SENIOR_ROLE.pattern}|{'|'.join(_SENIOR_ONLY)}))s?(?:\s+(?:of|for|in(?!\s+(?:an?|the|his|her)\s))\s+(?:an?\s+|the\s+)?(?:(?!\b(?:said|says|told|added|announced|confirmed|was|were|is|are|had|has)\b)[^,.;]){{2,50}}?)?)"
)
_ROLE_SUBJECT: Final = rx(
    # (the determiner may own the role: "the army's chief of staff")
    rf"(?:^|\b(?:the|its|their|an?)\s+(?:(?:army|military|group|movement|regime|government|navy|guards|militia)['’]s\s+)?|"
    rf"(?-i:\b[A-Z][\w-]*)['’]s?\s+){_ROLE_PHRASE}"
    # "..., who was inside,", "a general commanding an air defence unit"
    # "a general who was with him"
    rf"(?:,\s+who\s+[^,]{{1,60}},|\s+(?:commanding|leading|heading|in charge of|"
    rf"who\s+(?:had\s+)?(?:commanded|led|headed|ran|planned|ordered|organi[sz]ed|masterminded|directed|oversaw))\s+[^,.;]{{1,60}}?|"
    rf"\s+who\s+(?:was|were)\s+(?:with|beside|travelling\s+with|traveling\s+with|accompanying)\s+(?:him|her|them))?"
    # "its deputy commander in the south", "their prime minister and a number of ministers"
    rf"(?:\s+in\s+the\s+(?:north|south|east|west|centre|center)(?:ern)?(?:\s+[\w-]+){{0,2}})?"
    rf"(?:\s+and\s+(?:(?:his|her|their)\s+)?(?:(?:a\s+number\s+of|several|two|three|four|other|some)\s+)?(?:[\w-]+\s+){{0,2}}?"
    rf"(?:ministers|officials|commanders|aides|officers|members|bodyguards|guards|sons|daughters|children|wife|brothers|family|companions|"
    # (the fate told in a relative clause: "Yemen's deputy interior minister, who was shot dead outside his home, ...")
    rf"others|people|passengers|relatives))?(?:\s+|,\s+who\s+)"
    rf"(?:(?:said|says)\s+(?:that\s+)?(?:he|she)\s+(?:had\s+)?)?"  # "the mayor said he had escaped unhurt"
    # "was believed to have been killed": the fate supposed (see _SUPPOSED)
    rf"(?:(?:is|was|are|were)\s+(?P<supposed>believed|thought|feared|presumed|reported|said)\s+to\s+have\s+been\s+)?"
    rf"(?:(?:was|were|had been|have been|has been|had|has|have)\s+)?(?:among\s+(?:those|the\s+[\w-]+(?:\s+people)?|(?:the\s+)?(?:at\s+least\s+)?[\w-]+\s+(?:people|officers|soldiers|troops|"
    rf"servicemen|personnel|civilians|others))\s+)?"  # "were among those killed", "were among eleven officers killed"
    # "was slightly injured", "was shot and seriously wounded"
    rf"(?:shot\s+and\s+)?(?:(?:slightly|lightly|seriously|critically|badly|gravely|fatally|mortally)\s+)?"
    rf"(?P<verb>killed|wounded|injured|survived|escaped\s+with\s+(?:minor|light|slight)\s+(?:injuries|wounds)|escaped|unhurt|unharmed|uninjured|unscathed|martyred|"
    rf"hit\s+by\s+(?:shrapnel|a\s+bullet)|"
    rf"not hurt|not harmed|not injured|shot dead|gunned down|assassinated|murdered|died|succumbed(?=(?:\s+[\w-]+){{0,3}}?\s+to\b)|"
    rf"shot(?=(?:\s+\w+){{0,3}}?\s+(?:times|in|through|at)\b))\b",  # "was shot twice in the head": wounded
    re.I,
)
# where a role phrase told as an object ends: before a preposition or conjunction, or at a clause's end
_ROLE_END: Final = r"(?=\s+(?:in|on|at|near|during|when|as|and|who|outside|inside|after|before|while|from|with|by|responsible)\b|\s*[,.;]|\s*$)"
# "Gunmen ambushed and killed the governor of Zamfara state", "Israel said it had killed Hezbollah's chief of staff",
# armies' own word for it: "the army said it had eliminated the group's commander"
# the words that own a role told as an object: "the", "its", "Iraq's", "the region's"
_OWNER: Final = (r"(?:the\s+(?:city|town|region|province|country|state|group|army|military|movement|party|regime|government)['’]s\s+|"
                 r"(?:the|a|an|its|their|(?-i:[A-Z][\w-]*)['’]s?)\s+|"
                 # "killed four of his ministers"
                 r"(?:one|two|three|four|five|six|seven|eight|nine|ten|several|some|many|\d+)\s+of\s+(?:his|her|its|their|the)\s+)")
_ROLE_OBJECT: Final = rx(
    # (or the act as a noun: "condemned the killing of Yemen's deputy interior minister")
    rf"\b(?P<verb>killed|killing|assassinated|eliminated|eliminating|wounded|wounding|injured|injuring|shot dead|gunned down|murdered|"
    rf"(?:killing|assassination|murder)\s+of)\s+"
    # (after others the verb took: "killed Iran's top nuclear scientist and a senior Quds Force commander")
    rf"(?:(?:[\w'’-]+\s+){{1,6}}?and\s+)?{_OWNER}{_ROLE_PHRASE}{_ROLE_END}",
    re.I,
)
# the act as what left the leader dead or hurt: "An attack on a convoy ... left the governor of the Sahel region dead"
_ROLE_LEFT: Final = rx(rf"\bleft\s+{_OWNER}{_ROLE_PHRASE}\s+(?:(?:seriously|critically|badly|gravely)\s+)?(?P<verb>dead|wounded|injured)\b", re.I)
# all those named before spared: "Neither leader was hurt", "None of them was injured", "Both men were unhurt"
_NEITHER_HURT: Final = rx(
    r"(?:(?:neither|none)\s+(?:of\s+(?:them|the\s+\w+)|leader|man|official|minister|of\s+the\s+two)\s+(?:was|were)\s+(?:hurt|harmed|injured|wounded)|"
    r"(?:both|all)\s+(?:of\s+them|leaders|men|officials|ministers)\s+(?:were|was)\s+(?:unhurt|unharmed|uninjured|safe|not\s+hurt))",
    re.I,
)
_SAID_THAT: Final = rx(r"\b(?:said|says|confirmed|added)\s+(?:that\s+)?$", re.I)
# a leader told by role with no fate of their own, for one told after: "showing the Greek prime minister around the city"
_ROLE_MENTIONED: Final = rx(rf"\b{_OWNER}{_ROLE_PHRASE}\b", re.I)
# a leader's kin as the object of the outcome: "killed three sons of X", "wounded the wife of X"
_KIN_OBJECT: Final = rx(
    r"\b(?P<verb>killed|killing|wounded|wounding|injured|injuring)\s+(?:the\s+|his\s+|her\s+|an?\s+|(?:one|two|three|four|five|six|\d+)\s+)?"
    r"(?P<kin>sons?|daughters?|brothers?|sisters?|wife|wives|husband|grandsons?|nephews?|children)\s+of\s+",
    re.I,
)
# the fate put first, those who met it last: "Killed in the strike on Beirut on Sunday were X and Y"
_FRONTED: Final = rx(r"(?:Also\s+)?(?P<verb>killed|wounded|injured)\s+(?:in|by|during)\s+[^.;]{3,120}?\s+(?:were|was)\s+", re.I)
# a leader's kin as the subject of the outcome: "the son of negotiator Khalil al-Hayya and his office director were killed"
_KIN_SUBJECT: Final = rx(r"\b(?:the\s+|his\s+|her\s+|(?:two|three|four|five|six|\d+)\s+)(?P<kin>sons?|daughters?|brothers?|sisters?|wife|"
                                 r"wives|husband|grandsons?|nephews?|children)\s+of\s+", re.I)
# ... and the fate told after the leader named: " and his office director were killed"
_KIN_FATE: Final = rx(r"(?:,?\s+and\s+[^,.;]{1,40}?)?\s+(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:\w+\s+)?"
                              r"(?P<verb>killed|wounded|injured)\b", re.I)
# the named told as some of the casualties: "Among them was X", "Those killed included X"
_AMONG: Final = rx(
    r"(?:among\s+(?:them|the\s+dead|the\s+victims|the\s+wounded|the\s+injured|those\s+(?:killed|wounded|injured|hurt))\s+(?:was|were)|"
    r"(?:those\s+(?:killed|wounded|injured)|the\s+(?:dead|victims|wounded|injured))\s+included)\s+",
    re.I,
)


_TITLES_ONLY: Final = rx(r"(?:(?:" + "|".join(re.escape(w) for w in sorted(lexicon.TITLES | lexicon.ROLE_WORDS, key=len, reverse=True))
                                 + r")\.?\s+){1,4}")


def _record_kin(outcomes: dict[str, PersonOutcome], people: People, info: SentenceInfo, word: str, of: PersonMention,
                verb: str) -> None:
    """A leader's kin, unnamed, by their tie to the leader ("Son of Khalil al-Hayya")."""
    word = word.lower()
    singular = word[:-1] if word.endswith("s") else word
    key = f"{word[:1].upper()}{word[1:]} of {of.key}"
    relative = people.registry.setdefault(key, PersonInfo(key, relation=f"{singular} of {of.key}", unnamed=True))
    _record(outcomes, key, relative, _VERB_OUTCOME[" ".join(verb.lower().split())], info)


def _fate_of_those(doc: Doc, index: int, words: str) -> str | None:
    """The outcome the words of _AMONG tell, or for "among them" the one the sentence before told."""
    lowered = words.lower()
    if any(w in lowered for w in ("dead", "killed", "victims")):
        return "killed"
    if any(w in lowered for w in ("wounded", "injured", "hurt")):
        return "wounded"
    if index == 0:
        return None
    before = doc.sentences[index - 1]
    if before.search(lexicon.KILLED) is not None:
        return "killed"
    return "wounded" if before.search(lexicon.WOUNDED) is not None else None


# the act's toll as a participle after a comma: its object is the casualty, not the one named before it (unless the
# object takes them in: "killing him", "killing everyone inside")
_ACT_PARTICIPLE: Final = rx(r",\s(?:killing|wounding|injuring)\s+(?!(?:him|her|them|everyone|everybody|all|both)\b)", re.I)
# a casualty told first by what they were, then who they were, by those who mourn or name them: "killing its driver, whom
# Hezbollah later mourned as a field commander, X"; "killing two men. Hezbollah later named one of them as ..., X"
_REIDENTIFIED: Final = rx(
    r"(?:\b(?P<verb>killing|killed|wounding|wounded|injuring|injured)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+,\s+(?:whom|who)\s+|"
    r"(?:^|[.;]\s+)(?:[\w'’-]+\s+){1,4}?)"
    r"(?:[\w'’-]+\s+){0,4}?(?P<how>mourned|named|identified|described|hailed|eulogi[sz]ed)\s+"
    r"(?:(?P<one>one|two|both|each|all)\s+of\s+(?:them|the\s+(?P<those>dead|men|victims|wounded|injured))\s+)?as\s+"
    r"(?:[\w'’-]+,?\s+){0,6}?$",
    re.I,
)
_REIDENTIFIED_WORDS: Final = ("mourned", "named", "identified", "described", "hailed", "eulogi")


def _reidentified(doc: Doc, info: SentenceInfo, pm: PersonMention) -> str | None:
    """The fate of one named after being told as a casualty (see _REIDENTIFIED): mourned is dead; else the verb's fate,
    or for "one of them" the fate told of those in the sentence before."""
    found = info.search(_REIDENTIFIED, max(0, pm.start - 140), pm.start)
    if found is None or (found.group("verb") is None and found.group("one") is None):
        return None  # "Hezbollah named its new commander as X": no casualty told
    if found.group("how").lower() in ("mourned", "eulogised", "eulogized"):
        return "killed"
    if found.group("verb") is not None:
        return _VERB_OUTCOME[found.group("verb").lower()]
    return _fate_of_those(doc, info.sentence.index, found.group("those") or "")


# the role among the casualties just told, with their fate: "killing two people and wounding nine, among them the
# city's deputy mayor" (the verb nearest before: the tempered gap holds no other)
_ROLE_AMONG: Final = rx(
    r"\b(?P<verb>killing|wounding|injuring|killed|wounded|injured)\s+(?:(?!\b(?:killing|wounding|injuring|killed|wounded|injured)\b)[^.;]){1,60}?,"
    r"\s+(?:among\s+them|including)\s+"
    rf"{_OWNER}{_ROLE_PHRASE}{_ROLE_END}",
    re.I,
)
# a leader by role coordinated after another's fate, its verb left out or told again: "... had been wounded and its
# interior minister killed"
_AND_ROLE_FATE: Final = rx(
    rf"\band\s+(?:its|their|the|his|her)\s+{_ROLE_PHRASE}\s+(?:(?:was|were|had\s+been|has\s+been)\s+)?"
    r"(?P<verb>killed|wounded|injured)\b",
    re.I,
)
# Attacks on a leader told by role, the fate told later or never (the outcome is "unknown" until it is), in the order
# _role_only tries them: "The convoy of Libya's prime minister came under fire", "Gunmen tried to assassinate the
# governor of Kandahar" (the verb only: "an attempt to kill Hezbollah's top commander" is told with its fate by the
# readings before), "A drone hit the residence of the governor of Russia's Belgorod region"
# (each with words one of which it needs, tested on the lower-cased text before the pattern is run at all)
_ROLE_ATTACKED: Final = (
    (rx(rf"\b(?:{lexicon.VEHICLES})\s+of\s+(?:the\s+|an?\s+)?{_ROLE_PHRASE}\s+(?:{lexicon.VEHICLE_ATTACKED_VERBS})\b", re.I),
     (" of ",)),
    # "The Haitian prime minister's residence came under fire"
    (rx(rf"\b{_OWNER}{_ROLE_PHRASE}['’]s\s+(?:{lexicon.VEHICLES})\s+(?:{lexicon.VEHICLE_ATTACKED_VERBS})\b", re.I),
     ("'s ", "’s ")),
    (rx(rf"\b(?:attempted|attempting|tried|trying|tries|plotted|plotting)\s+to\s+(?:kill|assassinate|murder)\s+(?:the\s+|an?\s+)?"
                rf"{_ROLE_PHRASE}{_ROLE_END}", re.I), (" to ",)),
    (rx(rf"{lexicon.ATTACK_ON_VEHICLE.pattern}\s+(?:the\s+|an?\s+)?{_ROLE_PHRASE}(?:(?=\s+overnight\b)|{_ROLE_END})", re.I),
     (" of ", "carrying")),
    # "an assassination attempt on Slovakia's prime minister"
    (rx(rf"\battempt\s+on\s+(?:the\s+life\s+of\s+)?{_OWNER}{_ROLE_PHRASE}(?=\s+left\b|{_ROLE_END})", re.I), ("attempt on",)),
    # the leader the act was aimed at: "Israeli aircraft targeted Hezbollah's top commander in south Lebanon"
    (rx(rf"\b(?:targeted|targeting|aimed\s+at)\s+{_OWNER}{_ROLE_PHRASE}{_ROLE_END}", re.I), ("target", "aimed at")),
)
# "Hezbollah named the commander as X", "officials identified the slain general as X"
_NAMED_AS: Final = rx(rf"\b(?:named|naming|identified|identifying)\s+(?:the|its|their)\s+(?:[\w-]+\s+){{0,2}}?(?P<role>{lexicon.SENIOR_ROLE.pattern})\s+as\s+", re.I)
_PRONOUN_OUTCOME: Final = rx(
    r"\b(?:he|she)\s+(?:(?:was|had been|has been)\s+(?P<verb>killed|wounded|injured|assassinated|unhurt|unharmed|uninjured|unscathed|"
    r"not hurt|not harmed|not injured|not at home|not inside|not there)|(?P<verb2>died|survived|escaped|succumbed(?=(?:\s+[\w-]+){0,3}?\s+to\b)))\b|"
    # the death told by those who announce it: "Hezbollah announced his death a day later"
    r"\b(?:announced|confirmed|mourned|reported)\s+(?:his|her)\s+(?P<death>death)\b",
    re.I,
)
# the fate of the one the act was aimed at, told as its object: "..., killing him instantly"
_KILLING_HIM: Final = rx(r"(?:,\s+(?P<verb>killing|wounding|injuring)\s+(?:him|her)|"
                                 # "an assassination attempt on Slovakia's prime minister left him seriously wounded"
                                 r"\bleft\s+(?:him|her)\s+(?:(?:seriously|critically|badly|gravely|slightly|lightly)\s+)?(?P<left>dead|wounded|injured)|"
                                 r",\s+who\s+(?:was\s+|were\s+)?"
                                 r"(?P<spared>escaped\s+unhurt|escaped\s+unharmed|escaped|survived|unhurt|unharmed|not\s+hurt|not\s+harmed|"
                                 r"not\s+injured|not\s+inside|not\s+at\s+home|not\s+there)|"
                                 # "..., who was slightly hurt", "..., who died in hospital"
                                 r",\s+who\s+(?:(?:was|were)\s+(?:(?:slightly|lightly|seriously|critically|badly|gravely)\s+)?(?P<hurt>hurt|wounded|injured|killed)|"
                                 r"(?P<died>died)))\b", re.I)
_KILLING_HIM_WORDS: Final = (" him", " her", ", who ")
# "he was alive but badly hurt": a later word that overrides a claim of death
_ALIVE: Final = rx(r"\b(?:he|she)\s+(?:was|is|had\s+been|has\s+been|remained|was\s+still|is\s+still)\s+alive\b"
                           r"(?P<hurt>,?\s+(?:but|though|although|and)\s+(?:\w+\s+){0,2}?(?:hurt|wounded|injured))?", re.I)
# what those who tell the death call the dead: "calling him one of its most senior military commanders"
_CALLED_HIM: Final = rx(r"\b(?:calling|called|describing|described)\s+(?:him|her)\s+(?:as\s+)?(?:one\s+of\s+)?"
                                r"(?P<role>(?:its|their|the|an?|his|her)\s+[^,.;]{3,80})", re.I)
# the one just told by role, named with a pronoun: "It identified him as X"
_NAMED_HIM_AS: Final = rx(r"\b(?:named|naming|identified|identifying)\s+(?:him|her)\s+as\s+", re.I)
_NAMED_HIM_REACH: Final = 2  # sentences from the unnamed leader to the one who names them
# what a fate only supposed is told with (not "reported" or "said", which tell it)
_SUPPOSED: Final = frozenset(["believed", "thought", "feared", "presumed"])
# a killing told as what is avenged or answered, or one of a list of earlier acts: "retaliation for the killing of",
# "to avenge the assassination of", "attacks on officials, including the killing of"
_AVENGED: Final = rx(r"\b(?:for|avenge|avenging|revenge|retaliat\w*|response\s+to|anniversary\s+of|including|such\s+as)\s+(?:the\s+)?$",
                             re.I)
_VERB_OUTCOME: Final = {
    "killed": "killed", "killing": "killed", "assassinated": "killed", "shot dead": "killed", "gunned down": "killed", "murdered": "killed",
    "died": "killed", "succumbed": "killed", "martyred": "killed", "eliminated": "killed", "eliminating": "killed",
    "wounded": "wounded", "wounding": "wounded", "injured": "wounded", "injuring": "wounded", "shot": "wounded", "hurt": "wounded",
    "hit by shrapnel": "wounded", "hit by a bullet": "wounded", "dead": "killed",
    "escaped with minor injuries": "wounded", "escaped with light injuries": "wounded", "escaped with slight injuries": "wounded",
    "escaped with minor wounds": "wounded", "escaped with light wounds": "wounded", "escaped with slight wounds": "wounded",
    "survived": "survived", "escaped": "survived", "unhurt": "survived", "unharmed": "survived", "uninjured": "survived",
    "unscathed": "survived", "not hurt": "survived", "not harmed": "survived", "not injured": "survived",
    # away when it was struck: the attack aimed at them missed them
    "not at home": "survived", "not inside": "survived", "not there": "survived",
    "killing of": "killed", "assassination of": "killed", "murder of": "killed",
}
# the verb before the person, active: "the strike killed X", "gunmen shot and wounded the mayor of Y, X"
# the outcome as a verb with its object after it: "the strike killed X", "gunmen shot dead X", "assassinated X"
_ACTIVE_OUTCOME: Final = rx(r"(?:kill(?:ed|ing)|wound(?:ed|ing)|injur(?:ed|ing)|(?<=shot )dead|gunned down|assassinat(?:ed|ing)|"
                                    r"murder(?:ed|ing))\s|"
                                    # the named among those the verb told of: "Two other officers were wounded, among them Colonel X"
                                    r"(?:killed|wounded|injured),?\s+(?:among\s+them|including)\s", re.I)
# the death as a noun right before the named: "confirmed the death of Amir Ali Hajizadeh", "the killing of its commander, X"
# and what was left of them: "recovered the body of Hezbollah commander X from the rubble"
_DEATH_OF_BEFORE: Final = rx(r"\b(?:death|killing|assassination|murder|(?<!governing\s)body|remains)\s+of\s+(?:(?:the|its|their|his|her)\s+)?(?:[\w'’-]+,?\s+){0,5}?$", re.I)
_DEATH_AFTER: Final = rx(r"['’]s?\s+(?:death|killing|assassination|murder)\b(?!\s+(?:sentence|penalty|threats?|toll|squads?))", re.I)
_TARGETED: Final = rx(r"(?:\b(?:targeting|targeted|aimed at|attempt on the life of|assassination attempt on|"
                       r"(?:attempt(?:ed|s)?|tried|trying|tries|bid) to (?:kill|assassinate))|"
                       # "Gunmen opened fire on the motorcade of Haiti's prime minister, X"
                       rf"{lexicon.ATTACK_ON_VEHICLE.pattern})\s+(?:[\w'’-]+,?\s+){{0,8}}$", re.I)


@dataclass(slots=True)
class PersonOutcome:
    info: PersonInfo
    outcome: str
    sentences: set[int] = field(default_factory=set)
    background: bool = False


def _is_senior(person: PersonInfo, registry: dict[str, PersonInfo]) -> bool:
    role = person.role or ""
    senior = _SENIOR.get(role)
    if senior is None:
        if len(_SENIOR) >= _SENIOR_KEPT:
            _SENIOR.clear()
        # two roles in one ("the spokesman and a senior commander of Hamas's armed wing"): either may make them senior
        senior = _SENIOR[role] = any(_senior_role(one) for one in _TWO_ROLES.split(role))
    return senior


# whether a role is senior, by the role as told: an article asks it of the same few roles over and again, and the
# answer takes searches of the long role patterns (a role of a few words is searched at each of its characters)
_SENIOR: dict[str, bool] = {}
_SENIOR_KEPT: Final = 10_000


_TWO_ROLES: Final = rx(r"\s+and\s+(?=(?:an?|the)\s)", re.I)


def _senior_role(role: str) -> bool:
    if re.search(r"\b(?:senior|top|high-ranking)\b.*\b(?:official|member|officer|figure)\b", role, re.I):
        return True  # "senior Hamas official", "a senior member of Hamas's military wing", "a senior officer of the army"
    return bool(lexicon.SENIOR_ROLE.search(role)) and not re.search(r"\b(?:former|spokes\w+|official)\b", role, re.I)


def _take_role_called(info: SentenceInfo, person: PersonInfo) -> None:
    """The role those who tell a fate give the person, when none was told before: "Hezbollah announced his death,
    calling him one of its most senior military commanders"."""
    if not person.role and (called := info.search(_CALLED_HIM)) is not None:
        person.role = called.group("role")


def _relation_target(person: PersonInfo) -> str | None:
    if person.relation and " of " in person.relation:
        return person.relation.split(" of ", 1)[1]
    return None


def find_leader_outcomes(doc: Doc, people: People, strike_sentences: set[int]) -> dict[str, PersonOutcome]:
    outcomes: dict[str, PersonOutcome] = {}
    if not doc.may(lexicon.OUTCOME_CUE):
        return outcomes
    for info in doc.hinted(lexicon.OUTCOME_CUE):
        text = info.text
        index = info.sentence.index
        if (not_attack := info.search(lexicon.NON_ATTACK_OUTCOME)) is not None and (not not_attack.group("medical") or not any(
                doc.sentences[i].search(lexicon.ATTACK_WORDS) is not None for i in (index, index - 1) if i >= 0)):
            continue  # an illness, an accident, a vote; care "after surgery" only with no attack told beside it
        pronoun = info.search(_PRONOUN_OUTCOME)
        if pronoun is not None and info.search(_HEDGED, max(0, pronoun.start() - 30), pronoun.start()):
            pronoun = None  # "It was not clear whether he survived": asked, not told
        told = _VERB_OUTCOME[" ".join((pronoun.group("verb") or pronoun.group("verb2") or "died").lower().split())] if pronoun else ""
        if outcomes and "alive" in info.lower and (alive := info.search(_ALIVE)) is not None and not people.in_sentence(index) \
                and not info.search(_HEDGED, max(0, alive.start() - 30), alive.start()):
            # word that the person just reported lives, against a claim of their death: "Al-Shabaab said it had
            # killed the deputy governor ... The regional administration said he was alive but badly hurt"
            latest = max(outcomes.values(), key=lambda o: max(o.sentences))
            latest.sentences.add(index)
            lived = "wounded" if alive.group("hurt") else "survived"
            if latest.outcome == "killed" or _SEVERITY[lived] > _SEVERITY[latest.outcome]:
                latest.outcome = lived
            continue
        if pronoun and outcomes and not people.in_sentence(index):
            # a follow-up about the person just reported: "Hezbollah later confirmed he was killed"
            latest = max(outcomes.values(), key=lambda o: max(o.sentences))
            latest.sentences.add(index)
            _take_role_called(info, latest.info)
            if _SEVERITY[told] > _SEVERITY[latest.outcome]:
                latest.outcome = told
            continue
        if pronoun and (index in strike_sentences or index - 1 in strike_sentences) and index > 0 and not people.in_sentence(index):
            # the person named in the sentence before, whose fate this act tells: "The Houthis announced the death of
            # one of their senior commanders, Yusuf al-Madani. He was killed in an Israeli airstrike ..."
            named = [p for p in people.in_sentence(index - 1) if not p.is_reporter and not p.is_relation_object]
            if named:
                # the subject the sentence before opened with ("Fuad Shukr was in a building when ..."), else the last named
                chosen = next((p for p in named if p.start < 3), named[-1])
                person = people.registry[chosen.key]
                _take_role_called(info, person)
                _record(outcomes, chosen.key, person, told, info)
                continue
        # the attack may be told in the sentence before: "... when a bomb exploded. General X died at the scene."
        attack_context = index in strike_sentences or index - 1 in strike_sentences or info.search(lexicon.VIOLENT_DEATH) is not None or any(
            doc.sentences[i].search(lexicon.ATTACK_WORDS) is not None for i in (index, index - 1) if i >= 0)
        if not attack_context:
            continue
        verbs = sorted(
            # "may have been killed": the attack is told, the fate only supposed
            (m.start(), "unknown" if info.search(_MAYBE, max(0, m.start() - 20), m.start()) else outcome)
            for outcome, pattern in _OUTCOMES for m in info.finditer(pattern)
            if not info.search(_HEDGED, max(0, m.start() - 30), m.start())
            and not info.search(_DENIED, max(0, m.start() - 80), m.start())
            and not (m.group().lower() == "slain" and info.search(_ATTRIBUTIVE, max(0, m.start() - 20), m.start()))
        )
        persons = [p for p in people.in_sentence(index) if not p.is_reporter and not p.is_relation_object]
        spared = info.search(_NEITHER_HURT) if index > 0 else None
        if spared is not None and (spared.start() == 0 or info.search(_SAID_THAT, max(0, spared.start() - 16), spared.start())):
            # "... where President X and the Greek prime minister were meeting. Neither leader was hurt": all of them,
            # named or told by role
            before = doc.sentences[index - 1]
            for pm in people.in_sentence(index - 1):
                if not pm.is_reporter and not pm.is_relation_object:
                    _record(outcomes, pm.key, people.registry[pm.key], "survived", info)
            for role in before.finditer(_ROLE_MENTIONED):
                known = set(outcomes)
                _role_only(before, people, outcomes, role)
                for key in set(outcomes) - known:
                    _record(outcomes, key, outcomes[key].info, "survived", info)
            if spared.end() >= len(text.rstrip(". ")):
                continue
        for kin in info.finditer(_KIN_OBJECT):
            # "killed three sons of Hamas political bureau member Bassem Naim": the sons, by their tie to him
            of = next((p for p in people.in_sentence(index) if p.is_relation_object and 0 <= p.start - kin.end() <= 60), None)
            if of is not None:
                _record_kin(outcomes, people, info, kin.group("kin"), of, kin.group("verb"))
        for kin in (info.finditer(_KIN_SUBJECT) if " of " in info.lower else ()):
            # "the son of negotiator Khalil al-Hayya and his office director were killed": the son, as the subject
            of = next((p for p in people.in_sentence(index) if p.is_relation_object and 0 <= p.start - kin.end() <= 40), None)
            if of is not None and (told_fate := _KIN_FATE.match(text, of.end)) is not None:
                _record_kin(outcomes, people, info, kin.group("kin"), of, told_fate.group("verb"))
        if (among := info.match(_AMONG)) is not None and (fate := _fate_of_those(doc, index, text[: among.end()])) is not None:
            # "An Israeli airstrike ... killed at least twelve people. Among them was Ibrahim Akil, the head of ...":
            # the person named first after the words shares the fate told
            first = next((p for p in persons if p.start >= among.end() and (p.start - among.end() <= 2 or _TITLES_ONLY.fullmatch(
                text, among.end(), p.start))), None)  # (after their titles: "Among the dead was Brigadier General X")
            if first is not None:
                _record(outcomes, first.key, people.registry[first.key], fate, info)
                persons = [p for p in persons if p is not first]
        if (fronted := info.match(_FRONTED)) is not None:
            # "Killed in the strike ... were Hezbollah's southern front commander, X, and the head of its drone unit, Y":
            # everyone named after the verb shares the fate it fronts
            fate = _VERB_OUTCOME[fronted.group("verb").lower()]
            for pm in [p for p in persons if p.start >= fronted.end()]:
                _record(outcomes, pm.key, people.registry[pm.key], fate, info)
            persons = [p for p in persons if p.start < fronted.end()]
        read_roles = not any(p.start < 60 for p in persons)
        if read_roles:
            if _role_only(info, people, outcomes) and _CONTRAST.search(text):
                # a second leader by role with a fate of their own: "the deputy minister survived ..., but a general
                # who was with him was killed"
                for later in list(info.finditer(_ROLE_SUBJECT))[1:]:
                    if info.search(_NEW_CLAUSE, max(0, later.start() - 30), later.start()):
                        _role_only(info, people, outcomes, later)
            if len(verbs) > 1 and " and " in text:
                # a second verb with a leader of its own: "wounded Yemen's Houthi prime minister and killed four of his ministers"
                for later in list(info.finditer(_ROLE_OBJECT))[1:]:
                    _role_only(info, people, outcomes, later)
        recorded = len(outcomes)
        object_of: tuple[PersonMention, str] | None = None  # the last named as the object of an active verb, with its fate
        for pm in persons:
            outcome: str | None = None
            # the outcome told after the subject: "X and Y were killed", "X escaped the strike unharmed"
            # (not the act's own participle, whose object is someone else: "the convoy of the governor, X, ..., killing one
            # of his escorts")
            following = [(pos, o) for pos, o in verbs if pos >= pm.end and not info.match(_ACT_PARTICIPLE, max(0, pos - 2))]
            if following:
                nxt_person = next((q for q in persons if q.start > pm.end), None)
                pos, o = following[0]
                # "X, ..., and Y were killed": a coordinated subject shares the verb
                outcome = o if (nxt_person is None or pos > nxt_person.start or _coordinated(text, pm, nxt_person)) else None
                if outcome is None and nxt_person is not None and _coordinated(text, pm, nxt_person):
                    outcome = o
            # active voice: "the strike killed X"
            if outcome is None:
                preceding = [(pos, o) for pos, o in verbs if pos < pm.start and pm.start - pos < 60]
                if preceding and preceding[-1][1] in ("killed", "wounded") \
                        and info.match(_ACTIVE_OUTCOME, preceding[-1][0], pm.start):
                    outcome = preceding[-1][1]
                    object_of = (pm, outcome)
                elif object_of is not None and _coordinated(text, object_of[0], pm):
                    # "killing the commander of the Guards, X, and the chief of staff of the armed forces, Y"
                    outcome = object_of[1]
            # a death told as a noun: "the Guards confirmed the death of X", "a funeral for X, whom ... had killed"
            if outcome is None and info.search(_DEATH_OF_BEFORE, max(0, pm.start - 60), pm.start):
                outcome = "killed"
            # or with the name owning it: "Hezbollah confirmed Karaki's death", "vowed to avenge al-Saadi's killing"
            if outcome is None and info.match(_DEATH_AFTER, pm.end) is not None:
                outcome = "killed"
            # or their fate told as not known: "Safieddine's fate remains unknown"
            if outcome is None and info.match(lexicon.FATE_UNKNOWN, pm.end) is not None:
                outcome = "unknown"
            # or told as a casualty first, then named: "killing its driver, whom Hezbollah later mourned as a commander, X"
            if outcome is None and lexicon.hints(info.lower, _REIDENTIFIED_WORDS):
                outcome = _reidentified(doc, info, pm)
            if outcome is None and info.search(_TARGETED, 0, pm.start):
                outcome = "unknown"
            if outcome is None:
                continue
            _record(outcomes, pm.key, people.registry[pm.key], outcome, info)
        if not read_roles and len(outcomes) == recorded:
            # no named person's fate told, but a role's, with the name set beside it: "Gunmen shot dead the governor
            # of Diyala province, Khalid Mahmoud, as he left a mosque"
            _role_only(info, people, outcomes)
        if (also := info.search(_AND_ROLE_FATE)) is not None:
            # a second leader by role alone, the verb left out: "its defence minister, X, had been wounded and its
            # interior minister killed"
            _role_only(info, people, outcomes, also)
        if not told and lexicon.hints(info.lower, _KILLING_HIM_WORDS) and (object_fate := info.search(_KILLING_HIM)) is not None:
            # "a bomb exploded under the car of the mayor ..., killing him"; "the convoy of the minister, who escaped unhurt"
            object_verb = next((object_fate.group(g) for g in ("verb", "left", "hurt", "died") if object_fate.group(g)), "survived")
            told = _VERB_OUTCOME[object_verb.lower()]
        if told:
            # the fate told after the attempt in the same sentence: "Gunmen tried to assassinate the governor; he escaped"
            for attempted in outcomes.values():
                if index in attempted.sentences and attempted.outcome == "unknown":
                    attempted.outcome = told
    if unnamed := [key for key, o in outcomes.items() if o.info.unnamed]:
        if any(word in doc.body for word in ("named", "naming", "identified", "identifying")):
            _name_the_unnamed(doc, people, outcomes, unnamed)
        _same_role_same_fate(outcomes, [k for k in unnamed if k in outcomes])
        _named_next(doc, outcomes, [k for k in unnamed if k in outcomes], people)
    return outcomes


def _merge(outcomes: dict[str, PersonOutcome], unnamed_key: str, named: PersonOutcome) -> None:
    """The unnamed leader was `named` all along: one person, with what each reading knew."""
    was = outcomes.pop(unnamed_key)
    person = named.info
    person.role = person.role or was.info.role
    person.organization = person.organization or was.info.organization
    person.country = person.country or was.info.country
    named.sentences |= was.sentences
    if _SEVERITY[was.outcome] > _SEVERITY[named.outcome]:
        named.outcome = was.outcome


def _same_role_same_fate(outcomes: dict[str, PersonOutcome], unnamed: list[str]) -> None:
    """"A senior Russian general was killed ... Lieutenant General Igor Volkov died at the scene": when one
    named leader, told later, holds the unnamed one's role and met the same fate, they are one person."""
    for key in unnamed:
        was = outcomes[key]
        role = re.compile(rf"\b{re.escape(was.info.role or '')}\b", re.I)
        matches = [o for o in outcomes.values() if not o.info.unnamed and o.outcome == was.outcome and o.info.role
                   and role.search(o.info.role) and min(o.sentences) >= min(was.sentences)]
        if was.info.role and len(matches) == 1:
            _merge(outcomes, key, matches[0])


# ", Admiral ": the words between a role phrase and the name set beside it
# (the role may end in where it serves: "a senior commander of the Houthis' missile forces in northern Yemen, X")
_APPOSED_NAME: Final = rx(r"(?:\s+in\s+[^,;.]{1,40})?\s*,\s*(?:[A-Z][a-z]+\.?\s+){0,3}")
_ALSO: Final = rx(r"\balso\b", re.I)
_NAMED_NEXT_REACH: Final = 2  # sentences from the unnamed leader to the one who names them


def _named_next(doc: Doc, outcomes: dict[str, PersonOutcome], unnamed: list[str], people: People) -> None:
    """"The deputy head of Hamas's armed wing was killed ... Hamas said Mahmoud Jaber, who led the group's
    operations in Lebanon, died ...": the one senior figure named in the next sentences with the same fate is the
    unnamed leader, whatever words their roles use; one "also killed" is someone else, and so is one named already
    beside the unnamed ("President X and the Indian prime minister")."""
    for key in unnamed:
        was = outcomes[key]
        first = min(was.sentences)
        named_by_then = {pm.key for i in range(first + 1) for pm in people.in_sentence(i)}
        # (or one told with no role or tie at all, who is then that leader: "An opposition senator seeking the presidency
        # was shot ... Miguel Uribe Turbay, 39, was hit twice in the head")
        matches = [o for o in outcomes.values() if not o.info.unnamed and o.outcome == was.outcome
                   and (_is_senior(o.info, people.registry) or not (o.info.role or o.info.relation))
                   and 0 < min(o.sentences) - first <= _NAMED_NEXT_REACH and o.info.name not in named_by_then
                   and not doc.sentences[min(o.sentences)].search(_ALSO)]
        if len(matches) == 1:
            _merge(outcomes, key, matches[0])


def _name_the_unnamed(doc: Doc, people: People, outcomes: dict[str, PersonOutcome], unnamed: list[str]) -> None:
    """"Killed a senior Hezbollah commander. Hezbollah named the commander as X": one person, X.

    The unnamed leader's outcome and sentences pass to the person the article
    later names for that role, who takes the role if they had none.
    """
    for info in doc.sentences:
        index = info.sentence.index
        for m in info.finditer(_NAMED_HIM_AS):
            # "It identified him as X": the unnamed leader told last, in this sentence or the two before it
            told = [(max(outcomes[k].sentences), k) for k in unnamed
                    if k in outcomes and 0 <= index - max(outcomes[k].sentences) <= _NAMED_HIM_REACH]
            _named_as(outcomes, people, info, m.end(), max(told)[1] if told else None)
        for m in info.finditer(_NAMED_AS):
            role = info.text[m.start("role") : m.end("role")].lower()
            _named_as(outcomes, people, info, m.end(),
                      next((k for k in unnamed if k in outcomes and (outcomes[k].info.role or "").endswith(role)), None))


def _named_as(outcomes: dict[str, PersonOutcome], people: People, info: SentenceInfo, at: int, key: str | None) -> None:
    """The unnamed leader `key` is the person named at offset `at` of the sentence: one person."""
    named = next((p for p in people.in_sentence(info.sentence.index) if p.start == at), None)
    if named is None or key is None:
        return
    current = outcomes.setdefault(named.key, PersonOutcome(people.registry[named.key], outcomes[key].outcome,
                                                            {info.sentence.index}, outcomes[key].background))
    _merge(outcomes, key, current)


_CONTRAST: Final = rx(r",\s*(?:but|while|although)\s|;")
# a role subject may open a later clause: "..., but the minister was unhurt"
_NEW_CLAUSE: Final = rx(r"(?:,\s*(?:but|and|while|although)|;|\b(?:but|after|when)|"
                                # what a statement says: "said on Saturday that their prime minister ... had been martyred"
                                r"\b(?:said|says|announced|confirmed|reported)\s+(?:on\s+\w+\s+)?that)\s+$", re.I)


def _fuller_role(text: str, before: int, role: str) -> re.Match[str] | None:
    """The role told in full earlier in the sentence, with its state or group ("Burkina Faso's defence minister")."""
    return re.search(rf"(?P<who>(?:[A-Z][\w-]*\s+){{0,2}}[A-Z][\w-]*['’]s\s+(?:[\w-]+\s+){{0,2}}?{re.escape(role)})\b", text[:before])


def _role_only(info: SentenceInfo, people: People, outcomes: dict[str, PersonOutcome], found: re.Match[str] | None = None) -> bool:
    """Unnamed leaders as the subject of an outcome: they are the persons of the attack. `found`: the role phrase, when
    the caller has read it already. Whether the sentence has a role subject (_ROLE_SUBJECT) at all, so that a caller
    looking for a second one knows when not to (the pattern is among the costliest)."""
    subject = found or info.search(_ROLE_SUBJECT)
    _read_role(info, people, outcomes, found, subject)
    return subject is not None


def _read_role(info: SentenceInfo, people: People, outcomes: dict[str, PersonOutcome], found: re.Match[str] | None,
               m: re.Match[str] | None) -> None:
    """_role_only's reading, given the role subject searched for (`m`)."""
    if found is None and (m is None or (m.start() > 60 and not info.search(_NEW_CLAUSE, max(0, m.start() - 30), m.start()))):
        m = info.search(_ROLE_OBJECT)
    if m is None:
        m = info.search(_ROLE_AMONG)
    if m is None:
        m = info.search(_ROLE_LEFT)
    if m is None:
        lower = info.lower
        m = next((found for attacked, words in _ROLE_ATTACKED
                  if lexicon.hints(lower, words) and (found := info.search(attacked)) is not None), None)
    if m is None:
        return
    if "verb" in m.re.groupindex and info.search(_DENIED, max(0, m.start("verb") - 80), m.start("verb")):
        return  # "denied that its commander had been killed"
    if "verb" in m.re.groupindex and (m.group("verb") or "").lower().endswith(" of") and (m.group("who").lower().endswith("s")
                                                    or info.search(_AVENGED, max(0, m.start("verb") - 40), m.start("verb"))):
        return  # "vowed revenge for the killing of its commanders": an earlier act, and no one leader
    outcome = _VERB_OUTCOME[" ".join(m.group("verb").lower().split())] if "verb" in m.re.groupindex else "unknown"
    if "supposed" in m.re.groupindex and (m.group("supposed") or "").lower() in _SUPPOSED:
        outcome = "unknown"  # "was believed to have been killed": attacked, the fate not known
    apposed = next((p for p in people.in_sentence(info.sentence.index) if p.start > m.end() and not p.is_reporter
                    and _APPOSED_NAME.fullmatch(info.text, m.end(), p.start)), None)
    if apposed is not None:
        # "killed the commander of the Black Sea Fleet, Admiral Viktor Sokolov,": the named person, in that role
        person = people.registry[apposed.key]
        person.role = person.role or m.group("role").lower()
        _record(outcomes, apposed.key, person, outcome, info)
        return
    role = m.group("role").lower()
    if role.startswith(_SENIOR_ONLY):
        if not re.search(r"\b(?:senior|top|high-ranking)\b", m.group("who"), re.I):
            return  # "an official was wounded": not a leader
        role = "senior " + role.rstrip("s")
    # "the minister", and "its leader": one told before
    definite = info.search(_DEFINITE_BEFORE, max(0, m.start("who") - 8), m.start("who")) is not None \
        or m.group("who").startswith(("The ", "Its ", "Their "))
    if definite:
        # "Somalia's defence minister, Abdullahi Farah, ... The minister survived": the one named earlier in that role
        told = _named_before(people, info.sentence.index, role)
        if told is not None:
            _record(outcomes, told.name, told, outcome, info)
            return
        # "... the convoy of Burkina Faso's defence minister ... The minister was unharmed": the one told by role before
        earlier = [key for key, o in outcomes.items() if o.info.unnamed and _ends_in_role(o.info.role, role)
                   and info.sentence.index not in o.sentences]
        if len(earlier) == 1:
            _record(outcomes, earlier[0], outcomes[earlier[0]].info, outcome, info)
            return
    who = re.sub(r"^(?:The|An?|Its|Their)\s+", "", m.group("who").strip())  # "The mayor of X" is the mayor of X
    who = who[0].upper() + who[1:]
    span = (m.start("who"), m.end("who"))
    owner = info.search(_PROPER_OWNER, max(0, span[0] - 40), span[0])
    if owner is not None and (who.lower() == role or any(
            o.start == owner.start() and o.kind in ("country", "demonym", "group") for o in info.mentions)):
        # "killed Hezbollah's commander responsible for ...": the commander is Hezbollah's, by name; "the killing of
        # Yemen's deputy interior minister": Yemen's
        who, span = info.text[owner.start() : span[1]], (owner.start(), span[1])
    if definite and who.lower() == role and (fuller := _fuller_role(info.text, m.start(), role)) is not None:
        # "The convoy of Burkina Faso's defence minister came under fire, but the minister was unhurt": that minister
        who, span = fuller.group("who"), fuller.span("who")
    organization, country = affiliation(people.doc, info, *span)  # "a senior Hezbollah commander"
    if organization is None and country is None and (subject := possessor(info, span[0])) is not None:
        # "Hezbollah vowed to avenge its commander": Hezbollah's commander, not one named "Commander"
        owner_name = info.text[subject.start : subject.end].removesuffix("'s").removesuffix("’s")  # "Sudan's army said its ..."
        # (as an adjective where the sentence has it in a compound: "the Houthi-run government ... its interior minister")
        owned_by = owner_name if info.text.startswith("-", subject.end) else owner_name + _POSSESSIVE[owner_name.endswith("s")]
        who = f"{owned_by} {info.text[span[0] : span[1]]}"
        organization = subject.entry.name if subject.kind != "country" else None
        country = subject.country
    person = people.registry.setdefault(who, PersonInfo(who, role=role, organization=organization,
                                                        country=country, unnamed=True))
    if person.relation is None and info.search(_HIS_BEFORE, max(0, span[0] - 5), span[0]) \
            and (whose := next((p for p in reversed(people.in_sentence(info.sentence.index)) if p.end <= span[0]), None)) is not None:
        # "the son of negotiator Khalil al-Hayya and his office director": al-Hayya's office director
        person.relation = f"{role} of {whose.key}"
    _record(outcomes, who, person, outcome, info)


_POSSESSIVE: Final = ("'s", "'")  # by whether the name ends in "s": "Hezbollah's", "the Houthis'"


def _record(outcomes: dict[str, PersonOutcome], key: str, person: PersonInfo, outcome: str, info: SentenceInfo) -> None:
    """What sentence `info` tells of a person's fate: the gravest outcome told of them so far stands."""
    current = outcomes.get(key)
    if current is None:
        outcomes[key] = PersonOutcome(person, outcome, {info.sentence.index}, info.is_background)
        return
    current.sentences.add(info.sentence.index)
    if _SEVERITY[outcome] > _SEVERITY[current.outcome]:
        current.outcome = outcome


def _named_before(people: People, index: int, role: str) -> PersonInfo | None:
    """The one person named before sentence `index` whose role ends in `role` ("defence minister" for "the
    minister"), or None when there is none or more than one. "Its leader" or "the chief" is also the one senior
    figure named in the sentence just before ("Hezbollah's secretary-general, Naim Qassem, ... its leader")."""
    found = {pm.key for i in range(index) for pm in people.in_sentence(i)
             if not pm.is_reporter and not pm.is_relation_object and _ends_in_role(people.registry[pm.key].role, role)}
    if not found and role in _GENERIC_ROLES and index > 0:
        found = {pm.key for pm in people.in_sentence(index - 1)
                 if not pm.is_reporter and not pm.is_relation_object and _is_senior(people.registry[pm.key], people.registry)}
    return people.registry[found.pop()] if len(found) == 1 else None


# a proper name's possessive right before a bare role: "Hezbollah's commander"
_PROPER_OWNER: Final = rx(r"(?-i:\b[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})['’]s?\s+$")
_HIS_BEFORE: Final = rx(r"\b(?:his|her)\s+$", re.I)
_DEFINITE_BEFORE: Final = rx(r"\b(?:the|its|their)\s+$", re.I)
# roles that any group's or state's head answers to
_GENERIC_ROLES: Final = frozenset(["leader", "chief", "head"])


def _ends_in_role(told: str | None, role: str) -> bool:
    """Does the role a person was given end in `role`, as a word ("defence minister", "vice-president" for "president")?"""
    told = (told or "").lower()
    return told == role or told.endswith((" " + role, "-" + role))


def _coordinated(text: str, a, b) -> bool:
    """True when the words between two persons only list them ("X, the son of Y, and Z")."""
    between = text[a.end : b.start]
    return bool(re.search(r"\band\b|,", between)) and not re.search(r"\b(?:said|told|while|but|whereas)\b|[;.]", between)


def leader_persons(outcomes: dict[str, PersonOutcome], registry: dict[str, PersonInfo]) -> list[PersonOutcome]:
    """The persons of a leader_attack: senior figures and those defined by their relation to one.

    Empty when no senior figure is involved (an attack on a leadership needs a leader).
    """
    chosen = list(outcomes.values())
    seniors = {o.info.name for o in chosen if _is_senior(o.info, registry)}

    def tied_to_senior(o: PersonOutcome) -> bool:
        target = _relation_target(o.info)
        return target is not None and (target in seniors or _is_senior(registry.get(target, PersonInfo("")), registry))

    keep = [o for o in chosen if o.info.name in seniors or tied_to_senior(o)]
    return keep if seniors or keep else []
