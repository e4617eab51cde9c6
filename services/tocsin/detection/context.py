"""The events around an act: condemnations, ceasefire talks, tolls, legal action."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Final

from tocsin.detection import lexicon
from tocsin.detection.analysis import Doc, SentenceInfo
from tocsin.detection.gazetteer import Mention
from tocsin.detection.people import People
from tocsin.detection.rx import rx


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


_STATE_ORGAN_AFTER: Final = rx(
    r"['’]?s?\s+(?:[\w-]+\s+){0,2}?(?:ministry|minister|secretary|government|president|prime minister|chancellor|leader|cabinet|office|presidency|"
    r"army|military|parliament|embassy|ambassador|spokes\w+|king|emir)\b",
    re.I,
)


# a text of condemnation that did not pass
_NOT_PASSED: Final = rx(r"\b(?:vetoed|blocked|rejected|voted down|failed to (?:pass|adopt))\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
                                r"(?:resolution|statement|motion|declaration)\s+(?:that\s+)?$", re.I)
# what a condemnation in tocsin's sense is about: violence, not "a rise in hate speech"
_VIOLENCE: Final = rx(
    r"\b(?:attacks?|strikes?|struck|air[- ]?strikes?|raids?|bomb\w*|shell\w*|missiles?|drones?|kill\w*|violence|aggression|"
    r"war crimes?|invasion|incursion|assassination|massacre|violation of (?:its |their )?(?:sovereignty|territory|airspace)|"
    r"occupation|offensive|atrocit\w+|martyr\w*|escalation)\b",
    re.I,
)


def find_condemnations(doc: Doc, people: People) -> list[Found]:
    if not doc.may(lexicon.CONDEMN_CUE):
        return []
    by_actor: dict[str, Found] = {}
    speakers: dict[int, ActorRef] = {}  # sentence index -> who condemned first in it
    for info in doc.hinted(lexicon.CONDEMN_CUE):
        index = info.sentence.index
        if info.is_background or not (info.search(_VIOLENCE) or _condemns_the_act_before(doc, info)):
            continue
        clause = 0  # where the subject of the next condemning verb may begin
        for trigger in info.finditer(lexicon.CONDEMN):
            if info.search(_NOT_PASSED, max(0, trigger.start() - 60), trigger.start()):
                continue  # "Russia vetoed a UN resolution condemning the attack": no one condemned
            who = _condemners(doc, people, info, clause, trigger, speakers)
            clause = trigger.end()
            if who and index not in speakers:
                speakers[index] = who[0]
            for speaker in who:
                found = by_actor.setdefault(speaker.country or speaker.name, Found("condemnation", [], False, {"by": [speaker]}))
                if info not in found.sentences:
                    found.sentences.append(info)
    return list(by_actor.values())


# where the subject of a second condemning verb begins: "X condemned the attack, and the ministries of Y and Z denounced it"
_NEXT_CLAUSE: Final = rx(r"(?:,\s+(?:and|while|but|whereas)\s+|;\s*)")
# between two speakers who condemned together: "France, Germany and Egypt", "the UN and the African Union"
_AND_ALSO: Final = rx(r"(?:(?:['’]s?)?\s+(?:[\w-]+\s+){0,2}?(?:ministry|ministries|government|office))?(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
                              r"(?:by\s+)?(?:the\s+)?(?:(?:foreign|defen[cs]e)\s+)?(?:(?:ministry|ministries|government|governments)\s+of\s+)?", re.I)
_OWNS: Final = rx(r"['’]s?\s+")
_JOINED_IN: Final = rx(r"\bjoined\s+(?:the\s+)?(?=(?:[^,;]{2,80}?)\s+in\s+$)", re.I)
_SUBJECT_REACH: Final = 30  # the subject of a condemning verb opens its clause


def _condemners(doc: Doc, people: People, info: SentenceInfo, lo: int, trigger: re.Match[str],
                speakers: dict[int, ActorRef]) -> list[ActorRef]:
    """Who condemned with the verb `trigger`, told between `lo` (the clause's start) and it: the subject that opens
    the clause, with whoever it is coordinated with ("Moldova and Bulgaria", "the UN and the African Union"); or,
    for the noun, who it came from ("drew condemnation from Egypt and Jordan")."""
    text = info.text
    index = info.sentence.index
    source = info.match(_CONDEMNATION_FROM, trigger.start())
    if source:
        candidates = _candidates(doc, people, info, source.end(), len(text))
        return _coordinated(text, candidates, 0) if candidates and candidates[0][0] == source.end() else []
    at = trigger.start()
    if lo:
        after = [m.end() for m in _NEXT_CLAUSE.finditer(text, lo, at)]
        if not after:
            return []  # the first verb's subject condemned twice ("condemned ... and denounced ...")
        lo = after[-1]
    if not lo and lexicon.PRONOUN_SUBJECT.match(text) and (last := _last_subject(people, speakers, index)):
        return [last]
    candidates = _candidates(doc, people, info, lo, at)
    if not lo and (clauses := [m.end() for m in _NEXT_CLAUSE.finditer(text, 0, at)]):
        # a clause of its own with its own subject: "China and Turkey urged restraint, and Pakistan's foreign office
        # condemned ...": its subject, not the sentence's
        own = [c for c in candidates if c[0] >= clauses[-1]]
        if own and own[0][0] - clauses[-1] < _SUBJECT_REACH:
            candidates, lo = own, clauses[-1]
    # the head: a person named before the verb, else a body, else a state or force opening the clause
    head = next((i for i, c in enumerate(candidates) if c[2].kind == "person"), None)
    if head is None:
        head = next((i for i, c in enumerate(candidates) if c[2].kind == "organization" and c[2].country is None), None)
    if head is None and candidates and candidates[0][0] - lo < _SUBJECT_REACH:
        head = 0
    if head is not None:
        found = _coordinated(text, candidates, head)
        joined = info.search(_JOINED_IN, lo, at)
        if joined is not None:
            # "Jordan and Egypt joined Saudi Arabia in condemning": the one they joined condemned too
            first = next((i for i, c in enumerate(candidates) if c[0] == joined.end()), None)
            found += [] if first is None else [a for a in _coordinated(text, candidates, first) if a not in found]
        return found
    if not lo and _ITS_ORGAN.match(text) and index > 0 and (subject := next(
            (m for m in doc.sentences[index - 1].mentions if m.start < 30 and m.kind in ("country", "capital")), None)):
        # "Poland scrambled jets ... Its foreign ministry condemned the attack": the state the sentence before opened with
        return [_actor(doc, subject)]
    return []


# the noun or the passive, with whom it came from: "drew swift condemnation from", "an attack condemned by"
_CONDEMNATION_FROM: Final = rx(r"(?:condemnations?\s+(?:from|by)|(?:condemned|denounced|deplored|decried)\s+by)\s+(?:the\s+)?", re.I)


def _candidates(doc: Doc, people: People, info: SentenceInfo, lo: int, hi: int) -> list[tuple[int, int, ActorRef]]:
    """Who may have condemned, told between `lo` and `hi`: persons, international bodies, states and forces, in order."""
    text = info.text
    bodies = list(lexicon.INTERNATIONAL_BODIES.finditer(text, lo, hi))
    persons = [p for p in people.in_sentence(info.sentence.index) if lo <= p.start < hi and not p.is_relation_object
               and not any(b.start() <= p.start < b.end() for b in bodies)]  # "the Arab League" is no one's name
    actors = [m for m in info.mentions if lo <= m.start and m.end <= hi and m.kind in ("country", "demonym", "organ", "group", "capital")
              and (not m.possessive or info.match(_STATE_ORGAN_AFTER, m.end))]  # "Tehran condemned"
    return sorted([(p.start, p.end, _person(people, p.key)) for p in persons]
                  + [(b.start("body"), b.end("body"), ActorRef(b.group("body"), None, "organization")) for b in bodies]
                  + [(m.start, m.end, _actor(doc, m)) for m in actors], key=lambda c: c[0])


def _coordinated(text: str, candidates: list[tuple[int, int, ActorRef]], head: int) -> list[ActorRef]:
    """The speaker at `head` and those coordinated with it after: "France, Germany and Egypt"."""
    found = [candidates[head][2]]
    end = candidates[head][1]
    for start, stop, actor in candidates[head + 1 :]:
        if start < end:
            continue  # a mention inside the one before ("Islamic" in "the Organisation of Islamic Cooperation")
        if _OWNS.fullmatch(text, end, start) or (text[end - 2 : end] in ("'s", "’s") and not text[end:start].strip()):
            end = stop  # the speaker's own ("Afghanistan's Taliban government"): the same speaker
            continue
        if not _AND_ALSO.fullmatch(text, end, start):
            break
        found.append(actor)
        end = stop
    return found


def _person(people: People, key: str) -> ActorRef:
    person = people.registry[key]
    return ActorRef(person.name, person.country, "person")


_ITS_ORGAN: Final = rx(r"(?:Its|Their)\s+(?:foreign\s+|defen[cs]e\s+)?(?:ministry|government|president|prime\s+minister|"
                               r"foreign\s+minister|leaders?|officials?|parliament|embassy)\b")
# "Tehran condemned the action", "condemned what she called a reckless act": an act told in the sentence before, or
# in the one after when the reaction leads the report
_THE_ACT: Final = rx(r"\bcondemn\w*\s+(?:(?:the|this|that)\s+(?:action|move|operation|incident|act|decision to strike)\b|"
                             r"what\s+(?:he|she|it|they)\s+called\b)", re.I)


def _condemns_the_act_before(doc: Doc, info: SentenceInfo) -> bool:
    index = info.sentence.index
    if info.search(_THE_ACT) is None:
        return False
    if index > 0 and doc.sentences[index - 1].search(_VIOLENCE) is not None:
        return True  # the act told just before, in this paragraph or ending the one before
    if index == 0 and len(doc.sentences) > 1:
        # the reaction as the lead, the act told next: "X condemned what she called a reckless act. Early that morning, ..."
        return doc.sentences[1].search(_VIOLENCE) is not None
    return False


def _last_subject(people: People, speakers: dict[int, ActorRef], index: int) -> ActorRef | None:
    """Who "He" or "She" at the start of sentence `index` refers to: the latest subject before it."""
    for j in range(index - 1, -1, -1):
        subjects = [p for p in people.in_sentence(j) if p.start < 40 and not p.is_relation_object]
        if subjects:
            person = people.registry[subjects[0].key]
            return ActorRef(person.name, person.country, "person")
        if j in speakers:
            return speakers[j]
    return None


# the two sides: "talks between A and B", "negotiators for A and B", "delegations from A and B", "A and B agreed"
_BETWEEN: Final = rx(r"\b(?:between|(?:negotiators|delegations|delegates|envoys|representatives)\s+(?:for|from|of))\s+"
                             r"(?P<a>.{2,60}?)\s+and\s+(?P<b>[^,.;]{2,60})|"
                             r"^(?:the\s+)?(?P<a2>[^,.;]{2,40}?)\s+and\s+(?:the\s+)?(?P<b2>[^,.;]{2,40}?)\s+(?:have\s+|had\s+)?"
                             r"(?:agreed|signed|resumed|began|held|opened)\b", re.I)
_MEDIATOR_CUE: Final = rx(r"\b(?:mediat\w*|brokered|broker|hosted|hosting|host|hosts|facilitat\w*|leading (?:\w+ )?efforts|role in|"
                                   # "with Qatari officials acting as go-betweens"
                                   r"go-betweens?|intermediar(?:y|ies)|"
                                   # third states' envoys meeting a side: "American and French envoys met Lebanese officials"
                                   r"(?P<envoys>envoys?\s+(?:met|meets|meeting|held\s+talks\s+with))|"
                                   # "Egypt and Qatar said they were pressing both sides to agree to a new truce"
                                   r"(?:press|push|urg)\w*\s+(?:both|the\s+two)\s+sides)\b", re.I)


_MEDIATED_BY: Final = rx(r"\b(?:mediated|brokered|hosted|facilitated|sponsored)\s+by\s+(?:the\s+)?", re.I)
_COORDINATED: Final = rx(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?", re.I)
_HOSTED: Final = rx(r"(?:hosted|hosting|hosts|brokered|brokering)\b", re.I)
# mediators described in a relative clause, the sentence about something else (see find_ceasefire_talks)
_DESCRIBED_MEDIATORS: Final = rx(r",\s+(?:which|who)\s+[^,]{0,80}?\b(?:mediat\w*|brokered|hosted|negotiat\w*)\b[^,]*,", re.I)
# talks, not a truce that merely holds
_TALKS: Final = rx(r"\b(?:talks|negotiat\w*|mediat\w*|proposals?|deal|agree\w*|discuss\w*|brokered|accord|summit|meeting|"
                    r"envoys?|delegations?|plan)\b", re.I)


def _side(m: Mention) -> str:
    """A party's key: an armed group is a side of its own, apart from its base state's army ("between Sudan's army and
    the Rapid Support Forces")."""
    return m.entry.name if m.kind == "group" else m.country or m.entry.name


def find_ceasefire_talks(doc: Doc) -> list[Found]:
    parties: dict[str, ActorRef] = {}
    mediators: dict[str, ActorRef] = {}
    sentences: list[SentenceInfo] = []
    if not doc.may(lexicon.CEASEFIRE_CUE):
        return []
    for info in doc.hinted(lexicon.CEASEFIRE_CUE):
        text = info.text
        trigger = info.search(lexicon.CEASEFIRE)
        if trigger and info.match(_HOSTED, trigger.start()) and not doc.may(lexicon.STRIKE_CUE):
            continue  # talks a third party hosts are about the fighting only in a report of fighting (not "on trade")
        if trigger and (described := info.search(_DESCRIBED_MEDIATORS)) is not None \
                and all(described.start() <= m.start() < described.end() for m in info.finditer(_TALKS)):
            continue  # "Qatar and Egypt, which have mediated between Israel and Hamas, condemned the strike": who they are
        if trigger and not info.is_background and info.search(_TALKS):
            between = info.search(_BETWEEN)  # (positions only, as the info's matches give them: gated and anchored)
            party_span = (between.start(), between.end()) if between else (-1, -1)
            local_parties = [m for m in info.mentions if party_span[0] <= m.start < party_span[1] and m.kind in ("country", "demonym", "group", "organ")]
            for m in local_parties:
                parties.setdefault(_side(m), _actor(doc, m))
            cue = info.search(_MEDIATOR_CUE)
            by = info.search(_MEDIATED_BY) if local_parties else None  # not "a truce brokered by X has held"
            if by:
                # "talks mediated by Saudi Arabia and the United States": the states after "by", coordinated
                states = [m for m in info.mentions if m.start >= by.end() and m.kind in ("country", "demonym", "capital")]
                end = by.end()
                for m in states:
                    if m.start != by.end() and not _COORDINATED.fullmatch(text, end, m.start):
                        break
                    mediators.setdefault(m.country or m.entry.name, _actor(doc, m))
                    end = m.end
            elif cue:
                # (envoys who met a side are those named before them: the side they met is no mediator)
                before = cue.start() if cue.group("envoys") else max(cue.start(), trigger.start())
                candidates = [(m.start, _actor(doc, m)) for m in info.mentions if m.kind in ("country", "demonym") and m.start < before and not (party_span[0] <= m.start < party_span[1])]
                if any(phrase.lower() in info.lower for phrase in doc.gaz.descriptors):
                    # countries named so far, for descriptors such as "the Gulf state"
                    seen = [m.country for prev in doc.sentences[: info.sentence.index] for m in prev.mentions
                            if m.country and m.kind in ("country", "demonym", "capital")]
                    candidates += [(s, a) for s, a in _descriptor(doc, info, seen) if s < cue.start()]
                for _, actor in sorted(candidates, key=lambda c: c[0]):
                    mediators.setdefault(actor.name if actor.kind == "group" else actor.country or actor.name, actor)
            if local_parties or cue or by:
                sentences.append(info)
    for key in list(mediators):
        if key in parties:
            del mediators[key]
    if not sentences or not (parties or mediators):
        return []
    return [Found("ceasefire_talks", sentences, False, {"parties": list(parties.values()), "mediators": list(mediators.values())})]


# a casualty count begins at most this many characters before its first digit ("more than 300 people")
_COUNT_LEAD: Final = len("more than ")
_DIGIT: Final = rx(r"\d")
_TOLL_VERB: Final = rx(r"\b(?:killed|kill|deaths? of|toll|dead|died|(?:claimed|cost|took|taken|claiming|costing)\s+the\s+lives\s+of)\b", re.I)
# an act, then the relative clause that gives its toll: "the attack by Iraqi warplanes that killed about"
_ONE_ACTS_TOLL: Final = rx(r"\b(?:attack|strike|airstrike|air strike|bombing|shelling|massacre|explosion|blast|raid|ambush)\b"
                                   r"[^.;]{0,60}?\b(?:that|which)\s+(?:had\s+)?(?:killed|left)\s+$", re.I)
_CUMULATIVE: Final = rx(r"\b(?:has|have) (?:killed|been killed)|\bsince\b|\bso far\b|\bto date\b|\bin total\b|\btoll\b", re.I)


_NOT_WAR: Final = rx(
    rf"{lexicon.CONTEXT_VETO['weather'].pattern}|\b(?:crash(?:es|ed)?|collapsed?|capsized?|blaze|fire|disease|outbreak|roads?|traffic|"
    r"overdoses?|drownings?|"
    r"epidemic|cholera|pandemic|famine|drought|heat)\b",
    re.I,
)


def find_casualty_reports(doc: Doc) -> list[Found]:
    found: list[Found] = []
    told: set[tuple[int, str]] = set()  # (sentence, population) of the tolls already taken
    if not doc.may(lexicon.TOLL_CUE):
        return found
    for info in doc.hinted(lexicon.TOLL_CUE):
        if not lexicon.hints(info.lower, lexicon.TOLL_HINTS) or info.search(_NOT_WAR):
            continue  # floods, crashes and epidemics have tolls too
        # (the gated, anchored search tells whether there is a toll; its words are read from the text itself)
        toll = lexicon.DEATH_TOLL.search(info.text) if info.search(lexicon.DEATH_TOLL) is not None else None
        count = lexicon.parse_count(toll.group("n")) if toll else None
        if toll and count and count >= 20:
            # "the death toll in Gaza since the start of the war has risen to 60,000"
            place = next((pm for pm in info.mentions if pm.kind in ("region", "city", "capital", "country")), None)
            found.append(Found("casualty_report", [info], True, {
                "count": count, "population": None,
                "place": (place.country, place.entry.name if place.kind != "country" else None) if place else None,
            }))
            continue
        digit = _DIGIT.search(info.text)  # (a count has one: the search starts where the first could begin)
        for m in lexicon.CASUALTY_COUNT.finditer(info.text, max(0, digit.start() - _COUNT_LEAD)) if digit is not None else ():
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
            if info.search(_ONE_ACTS_TOLL, max(0, m.start() - 80), m.start()) is not None:
                continue  # "the 1988 chemical attack ... that killed about 5,000 people": the toll of that one act
            cumulative = info.search(_CUMULATIVE) is not None or count >= 1000
            if not cumulative:
                continue  # one attack's toll belongs to that attack, not to a casualty report
            population = (m.group("pop") or "").lower()
            if (info.sentence.index, population) in told:
                continue  # one toll per sentence and population: "64,000 Palestinians and 1,200 Israelis" are two
            told.add((info.sentence.index, population))
            found.append(Found("casualty_report", [info], info.is_background or cumulative, {
                "count": count, "population": m.group("pop"),
                "place": (place.country, place.entry.name if place.kind != "country" else None) if place else None,
            }))
    return found


# where the defendants told after "against" or "for" end: "against Azerbaijan over the shelling of Armenian villages"
_WHO_ENDS: Final = rx(r"\s(?:over|in|at|on|after|for|about|concerning|regarding|since|from)\s|[,.;]", re.I)
_OWNS_THE_COURT: Final = rx(r"(?:['’]s?)?\s+(?:[\w-]+\s+){0,2}?(?:prosecutors?|courts?|judges?|judiciary|investigators?|"
                                    r"justice ministry|ministry of justice|attorney)", re.I)
_OBJECT_REACH: Final = 30  # from the legal verb to whom it takes: "charged a former Iranian official"
# a defendant told by what they were: "a former Syrian intelligence officer", "two Russian commanders"
_DEFENDANT: Final = rx(r"\s+(?:an?\s+|the\s+|two\s+|three\s+|four\s+)?(?P<who>(?:[\w'’-]+\s+){0,4}?(?:officials?|officers?|colonels?|"
                               r"generals?|commanders?|leaders?|ministers?|soldiers?|president|chiefs?|agents?|members?|"
                               r"fighters?|militants?|pilots?))\b", re.I)
_AGAINST: Final = rx(r"\b(?:for|against)\s+(?P<who>.{3,160})", re.I)


def find_legal_actions(doc: Doc, people: People) -> list[Found]:
    found: list[Found] = []
    if not doc.may(lexicon.LEGAL_CUE):
        return found
    for info in doc.hinted(lexicon.LEGAL_CUE):
        text = info.text
        legal = info.search(lexicon.LEGAL)
        court = lexicon.COURTS.search(text)
        if not (legal and court):
            continue
        against: list[ActorRef] = []
        for pm in people.in_sentence(info.sentence.index):
            person = people.registry[pm.key]
            against.append(ActorRef(person.name, person.country, "person"))
        if not against and (named := _AGAINST.search(text, legal.start())) is not None:
            # "a case against Israel", "warrants for Hamas's leaders": whom the action names, up to what it is over
            stop = _WHO_ENDS.search(text, named.start("who"))
            end = stop.start() if stop else len(text)
            against = [_actor(doc, m) for m in info.mentions if named.start("who") <= m.start < end
                       and m.kind in ("country", "demonym", "group")][:2]
        if not against:
            # else whom the verb takes: "charged a former Iranian official" (that official, of Iran), "indicted Hamas"
            taken = next((m for m in info.mentions if 0 <= m.start - legal.end() <= _OBJECT_REACH
                          and m.kind in ("country", "demonym", "group") and not court.start() <= m.start < court.end()), None)
            defendant = _DEFENDANT.match(text, legal.end()) if taken is not None else None
            if taken is not None and defendant is not None and defendant.start("who") <= taken.start < defendant.end("who"):
                against = [ActorRef(defendant.group("who"), taken.country, "person")]
            elif taken is not None:
                against = [_actor(doc, taken)]
        if not against:
            # else the state the sentence opens with ("Russia was charged ..."), but not the court's or prosecutor's own
            # ("Ukraine's prosecutor general opened an investigation", "Prosecutors in Sweden charged": not against them)
            subject = next((m for m in info.mentions if m.start < legal.start() and m.kind in ("country", "demonym")
                            and not info.match(_OWNS_THE_COURT, m.end) and not court.start() <= m.start < court.end()), None)
            if subject:
                against.append(_actor(doc, subject))
        fresh_date = any(d.precise and d.value >= min(doc.oldest_fresh, doc.published.replace(day=1)) and d.kind not in ("year",) for d in info.dates)
        # (a fresh date makes the action fresh though the sentence dates what it is over: "charged ... on Wednesday over
        # the executions of 1988")
        background = not fresh_date
        found.append(Found("legal_action", [info], background, {"court": court.group("court"), "against": against}))
    return found
