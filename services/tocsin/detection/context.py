"""The events around an act: condemnations, ceasefire talks, tolls, legal action."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tocsin.detection import lexicon
from tocsin.detection.analysis import Doc, SentenceInfo
from tocsin.detection.gazetteer import Mention
from tocsin.detection.people import People


@dataclass(slots=True)
class ActorRef:
    name: str
    country: str | None
    kind: str


@dataclass(slots=True)
class Found:
    """One context event as read from the text, before it becomes a model."""

    kind: str
    sentences: list[SentenceInfo]
    is_background: bool
    fields: dict = field(default_factory=dict)


def _actor(doc: Doc, m: Mention) -> ActorRef:
    kind = "group" if m.kind == "group" else "organization" if m.kind == "organ" else "state"
    name = m.entry.name if m.kind in ("group", "organ") else (doc.gaz.country_name(m.country) or m.entry.name)
    return ActorRef(name, m.country, kind)


def _descriptor(doc: Doc, info: SentenceInfo, seen: list[str]) -> list[tuple[int, ActorRef]]:
    """'The Gulf state' -> the latest country of the article that fits the description."""
    out = []
    for phrase, codes in doc.gaz.descriptors.items():
        for m in re.finditer(re.escape(phrase), info.text, re.I):
            code = next((c for c in reversed(seen) if c in codes), None)
            if code:
                out.append((m.start(), ActorRef(doc.gaz.country_name(code) or code, code, "state")))
    return out


_STATE_ORGAN_AFTER = re.compile(
    r"^['’]?s?\s+(?:foreign |defen[cs]e |interior )?(?:ministry|government|president|prime minister|leader|cabinet|"
    r"army|military|parliament|embassy|ambassador|spokes\w+|king|emir)\b",
    re.I,
)


def find_condemnations(doc: Doc, people: People) -> list[Found]:
    by_actor: dict[str, Found] = {}
    last_subject: ActorRef | None = None
    for info in doc.sentences:
        text = info.text
        persons = people.in_sentence(info.sentence.index)
        trigger = lexicon.CONDEMN.search(text)
        speaker: ActorRef | None = None
        if trigger and not info.is_background:
            before_persons = [p for p in persons if p.start < trigger.start() and not p.is_relation_object]
            before_actors = [
                m for m in info.mentions
                if m.end <= trigger.start() and m.kind in ("country", "demonym", "organ", "group")
                and (not m.possessive or _STATE_ORGAN_AFTER.match(info.text[m.end :]))
            ]
            body = lexicon.INTERNATIONAL_BODIES.search(text[: trigger.start()])
            if lexicon.PRONOUN_SUBJECT.match(text) and last_subject:
                speaker = last_subject
            elif before_persons:
                person = people.registry[before_persons[0].key]
                speaker = ActorRef(person.name, person.country, "person")
            elif body:
                speaker = ActorRef(body.group("body"), None, "organization")
            elif before_actors and before_actors[0].start < 30:
                speaker = _actor(doc, before_actors[0])
            if speaker:
                key = speaker.country or speaker.name
                found = by_actor.setdefault(key, Found("condemnation", [], False, {"by": [speaker]}))
                found.sentences.append(info)
        subject_persons = [p for p in persons if p.start < 40 and not p.is_relation_object]
        if subject_persons:
            person = people.registry[subject_persons[0].key]
            last_subject = ActorRef(person.name, person.country, "person")
        elif speaker:
            last_subject = speaker
    return list(by_actor.values())


_BETWEEN = re.compile(r"\bbetween\s+(?P<a>.{2,60}?)\s+and\s+(?P<b>[^,.;]{2,60})", re.I)
_MEDIATOR_CUE = re.compile(r"\b(?:mediat\w*|brokered|broker|hosted|hosting|facilitat\w*|leading (?:\w+ )?efforts|role in)\b", re.I)


def find_ceasefire_talks(doc: Doc) -> list[Found]:
    parties: dict[str, ActorRef] = {}
    mediators: dict[str, ActorRef] = {}
    sentences: list[SentenceInfo] = []
    seen: list[str] = []
    for info in doc.sentences:
        text = info.text
        trigger = lexicon.CEASEFIRE.search(text)
        if trigger and not info.is_background:
            between = _BETWEEN.search(text)
            party_span = (between.start(), between.end()) if between else (-1, -1)
            local_parties = [m for m in info.mentions if party_span[0] <= m.start < party_span[1] and m.kind in ("country", "demonym", "group", "organ")]
            for m in local_parties:
                parties.setdefault(m.country or m.entry.name, _actor(doc, m))
            cue = _MEDIATOR_CUE.search(text)
            if cue:
                candidates = [(m.start, _actor(doc, m)) for m in info.mentions if m.kind in ("country", "demonym") and m.start < max(cue.start(), trigger.start()) and not (party_span[0] <= m.start < party_span[1])]
                candidates += [(s, a) for s, a in _descriptor(doc, info, seen) if s < cue.start()]
                for _, actor in sorted(candidates, key=lambda c: c[0]):
                    mediators.setdefault(actor.country or actor.name, actor)
            if local_parties or cue:
                sentences.append(info)
        seen.extend(m.country for m in info.mentions if m.country and m.kind in ("country", "demonym", "capital"))
    for key in list(mediators):
        if key in parties:
            del mediators[key]
    if not sentences or not (parties or mediators):
        return []
    return [Found("ceasefire_talks", sentences, False, {"parties": list(parties.values()), "mediators": list(mediators.values())})]


_TOLL_VERB = re.compile(r"\b(?:killed|kill|deaths? of|toll|dead|died)\b", re.I)
_CUMULATIVE = re.compile(r"\b(?:has|have) (?:killed|been killed)|\bsince\b|\bso far\b|\bto date\b|\bin total\b|\btoll\b", re.I)


def find_casualty_reports(doc: Doc) -> list[Found]:
    found = []
    for info in doc.sentences:
        for m in lexicon.CASUALTY_COUNT.finditer(info.text):
            count = lexicon.parse_count(m.group("n"))
            if count is None or count < 20:
                continue
            window = info.text[max(0, m.start() - 30) : m.end() + 10]
            if not (m.group("tail") or _TOLL_VERB.search(window)):
                continue
            place = next(
                (pm for pm in info.mentions if pm.start >= m.end() and pm.kind in ("region", "city", "capital", "country")),
                None,
            )
            cumulative = bool(_CUMULATIVE.search(info.text)) or count >= 1000
            found.append(Found("casualty_report", [info], info.is_background or cumulative, {
                "count": count, "population": m.group("pop"),
                "place": (place.country, place.entry.name if place.kind != "country" else None) if place else None,
            }))
    return found


_AGAINST = re.compile(r"\b(?:for|against)\s+(?P<who>.{3,160})", re.I)


def find_legal_actions(doc: Doc, people: People) -> list[Found]:
    found = []
    for info in doc.sentences:
        text = info.text
        legal = lexicon.LEGAL.search(text)
        court = lexicon.COURTS.search(text)
        if not (legal and court):
            continue
        against: list[ActorRef] = []
        for pm in people.in_sentence(info.sentence.index):
            person = people.registry[pm.key]
            against.append(ActorRef(person.name, person.country, "person"))
        if not against:
            subject = next((m for m in info.mentions if m.start < legal.start() and m.kind in ("country", "demonym")), None)
            if subject:
                against.append(_actor(doc, subject))
        fresh_date = any(d.precise and d.value >= doc.published.replace(day=1) and d.kind not in ("year",) for d in info.dates)
        background = info.is_background or not fresh_date
        found.append(Found("legal_action", [info], background, {"court": court.group("court"), "against": against}))
    return found
