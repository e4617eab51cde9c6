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

from tocsin.detection import lexicon
from tocsin.detection.analysis import Doc
from tocsin.detection.people import People, PersonInfo

_OUTCOMES = (("killed", lexicon.KILLED), ("wounded", lexicon.WOUNDED), ("survived", lexicon.SURVIVED))
_SEVERITY = {"unknown": 0, "survived": 1, "wounded": 2, "killed": 3}
_TARGETED = re.compile(r"\b(?:targeting|targeted|aimed at|attempt on the life of|assassination attempt on)\s+(?:\w+\s+){0,4}$", re.I)


@dataclass(slots=True)
class PersonOutcome:
    info: PersonInfo
    outcome: str
    sentences: set[int] = field(default_factory=set)
    background: bool = False


def _is_senior(person: PersonInfo, registry: dict[str, PersonInfo]) -> bool:
    role = person.role or ""
    return bool(lexicon.SENIOR_ROLE.search(role)) and not re.search(r"\b(?:former|spokes\w+|official)\b", role, re.I)


def _relation_target(person: PersonInfo) -> str | None:
    if person.relation and " of " in person.relation:
        return person.relation.split(" of ", 1)[1]
    return None


def find_leader_outcomes(doc: Doc, people: People, strike_sentences: set[int]) -> dict[str, PersonOutcome]:
    outcomes: dict[str, PersonOutcome] = {}
    for info in doc.sentences:
        text = info.text
        index = info.sentence.index
        if lexicon.NON_ATTACK_OUTCOME.search(text):
            continue
        attack_context = index in strike_sentences or bool(lexicon.ATTACK_WORDS.search(text))
        if not attack_context:
            continue
        verbs = sorted(
            (m.start(), outcome) for outcome, pattern in _OUTCOMES for m in pattern.finditer(text)
        )
        persons = [p for p in people.in_sentence(index) if not p.is_reporter and not p.is_relation_object]
        for pm in persons:
            outcome = None
            # the outcome told after the subject: "X and Y were killed", "X escaped the strike unharmed"
            following = [(pos, o) for pos, o in verbs if pos >= pm.end]
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
                if preceding and preceding[-1][1] == "killed" and re.search(r"\bkill(?:ed|ing)\s", text[preceding[-1][0] : pm.start]):
                    outcome = "killed"
            if outcome is None and _TARGETED.search(text[: pm.start]):
                outcome = "unknown"
            if outcome is None:
                continue
            person = people.registry[pm.key]
            current = outcomes.get(pm.key)
            if current is None:
                outcomes[pm.key] = PersonOutcome(person, outcome, {index}, info.is_background)
            else:
                current.sentences.add(index)
                if _SEVERITY[outcome] > _SEVERITY[current.outcome]:
                    current.outcome = outcome
    return outcomes


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
