"""`detect_article()`: an article in, the events of events.md out."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Final

from tocsin.core.ids import digest
from tocsin.core.models import (
    Actor,
    Article,
    Casualties,
    CasualtyReport,
    CeasefireTalks,
    Condemnation,
    Event,
    LeaderAttack,
    LegalAction,
    MilitaryStrike,
    Person,
    Place,
)
from tocsin.detection import lexicon
from tocsin.detection.analysis import Doc, SentenceInfo, analyse, scan_cues
from tocsin.detection.context import (
    ActorRef,
    find_casualty_reports,
    find_ceasefire_talks,
    find_condemnations,
    find_legal_actions,
)
from tocsin.detection.gazetteer import Gazetteer, Mention
from tocsin.detection.leaders import PersonOutcome, find_leader_outcomes, leader_persons
from tocsin.detection.people import find_people
from tocsin.detection.rx import rx
from tocsin.detection.strikes import (
    ACCUSED,
    StrikeCluster,
    attribute_claims,
    claims,
    cluster_strikes,
    find_strike_mentions,
    infer_territories,
)
from tocsin.detection.text import readable

_FOLLOW_REACH: Final = 2  # sentences after a strike sentence that may give its toll
_SEVERAL: Final = rx(r"\b(?:several|many|a number of|dozens of|scores of)\s+(?P<who>\w+)", re.I)


def detect_article(article: Article, *, gaz: Gazetteer | None = None, background_age_days: int = 7) -> list[Event]:
    """Every event the article reports, fresh and background, with evidence."""
    article = article.with_id()
    body = readable(article.body)
    cues = scan_cues(body)
    if not cues[1]:
        return []  # no extractor's cue anywhere: nothing to read (most articles of a news stream)
    # read with its odd spaces plain ("on\u00a0Tuesday"); the evidence quotes the body as it came
    doc = analyse(article if body == article.body else article.model_copy(update={"body": body}), gaz, background_age_days, cues)
    try:
        return _Assembler(doc, background_age_days, article.body).events()
    finally:
        doc.release()


def _territory_of_the_persons(cluster: StrikeCluster, persons: list[PersonOutcome]) -> None:
    """An act with its attacker and its leaders but no place at all: the leaders' one state, as a guess ("The Houthis
    said the Israeli strike had killed their prime minister")."""
    if cluster.territory is not None or cluster.place or cluster.attacker_country is None:
        return
    states = {o.info.country for o in persons if o.info.country and o.info.country != cluster.attacker_country}
    if len(states) == 1:
        cluster.territory = states.pop()
        cluster.guessed.add("territory")


def _group(text: str, match: re.Match[str], *names: str) -> str:
    """The first of the named groups that took part in the match, read from the original text by position."""
    for name in names:
        start, end = match.span(name)
        if start >= 0:
            return text[start:end]
    return ""


class _Assembler:
    def __init__(self, doc: Doc, background_age_days: int, body: str):
        self.doc = doc
        self.article = doc.article
        self.body = body  # as it came, for the evidence (doc.article's is the one read, see text.readable)
        self.fresh_after = doc.published - timedelta(days=background_age_days)
        self.acts: dict[int, StrikeCluster | None] = {}

    # ------------------------------------------------------------ helpers
    def _common(self, kind: str, key: str, sentences: Iterable[SentenceInfo], background: bool, confidence: float) -> dict:
        sentences = sorted({s.sentence.index: s for s in sentences}.values(), key=lambda s: s.sentence.index)
        return {
            "event_id": "evt_" + digest(self.article.id or "", kind, key),
            "article_id": self.article.id,
            "source": self.article.source,
            "url": str(self.article.url),
            "published_at": self.article.published_at,
            "occurred_on": self._occurred_on(sentences, background),
            "is_background": background,
            "confidence": round(max(0.05, min(0.99, confidence)), 2),
            # (as the fields an Evidence takes: the event's model builds them in its own validation, natively, where a
            # call of Evidence(...) each went through Python: a war report's events quote some forty sentences)
            "evidence": [{"text": self.body[s.sentence.start : s.sentence.end], "start": s.sentence.start, "end": s.sentence.end}
                         for s in sentences],
        }

    def _occurred_on(self, sentences: list[SentenceInfo], background: bool) -> date | None:
        dates = [d for s in sentences for d in s.dates]
        if background:
            old = [d.value for d in dates if d.value < self.fresh_after]
            return min(old) if old else None
        recent = [d.value for d in dates if d.precise and d.value >= self.fresh_after]
        # a day told loosely ("over the weekend", "last week") is nearer the act than the article's own date
        loose = [d.value for d in dates if not d.precise and self.fresh_after <= d.value <= self.doc.published]
        return min(recent) if recent else (min(loose) if loose else self.doc.published)

    def _actor(self, ref: ActorRef) -> Actor:
        return Actor(name=ref.name, country=ref.country, kind=ref.kind)  # type: ignore[arg-type]

    # ------------------------------------------------------------ events
    def events(self) -> list[Event]:
        doc = self.doc
        people = find_people(doc)
        mentions = find_strike_mentions(doc)
        clusters = cluster_strikes(mentions)
        attribute_claims(doc, clusters)
        infer_territories(doc, clusters)
        fresh = sorted((c for c in clusters if not c.is_background), key=lambda c: -len(c.mentions))
        strike_sentences = {m.info.sentence.index for c in fresh for m in c.mentions}
        # where each act is told; a sentence telling an act that no cluster took belongs to none of them
        self.acts = {m.info.sentence.index: None for m in mentions} | {m.info.sentence.index: c for c in clusters for m in c.mentions}
        outcomes = find_leader_outcomes(doc, people, strike_sentences)
        if outcomes:
            people.read_all()  # a role may be told after the outcome ("X was killed. X, the group's chief, ...")
        # an outcome told only with an act that is remembered ("on the anniversary of the strike that killed X") is history
        remembered = {m.info.sentence.index for m in mentions if m.remembered} - strike_sentences
        persons = [o for o in leader_persons(outcomes, people.registry) if not o.background and not (o.sentences and o.sentences <= remembered)]

        if fresh and persons:
            _territory_of_the_persons(fresh[0], persons)
        events: list[Event] = []
        strikes = [self._strike(c, persons if c is (fresh[0] if fresh else None) else []) for c in clusters]
        main = next((s for s in strikes if not s.is_background), None)
        for found in find_condemnations(doc, people):
            by = [self._actor(a) for a in found.fields["by"]]
            of = main.event_id if main else found.sentences[0].text
            key = "|".join(a.country or a.name for a in by)
            events.append(Condemnation(**self._common("condemnation", key, found.sentences, False, 0.85), by=by, of=of))
            if main:
                for actor in by:
                    state = Actor(name=doc.gaz.country_name(actor.country) or actor.name, country=actor.country, kind="state") if actor.country else actor
                    if all((c.country or c.name) != (state.country or state.name) for c in main.condemned_by):
                        main.condemned_by.append(state)
        events[:0] = strikes
        if persons:
            events.append(self._leader_attack(persons, fresh[0] if fresh else None, main))
        for found in find_ceasefire_talks(doc):
            events.append(CeasefireTalks(
                **self._common("ceasefire_talks", "talks", found.sentences, False, 0.8),
                parties=[self._actor(a) for a in found.fields["parties"]],
                mediators=[self._actor(a) for a in found.fields["mediators"]],
            ))
        for found in find_casualty_reports(doc):
            place = found.fields["place"]
            events.append(CasualtyReport(
                **self._common("casualty_report", f"{found.fields['count']}|{found.sentences[0].sentence.index}", found.sentences, found.is_background, 0.8),
                count=found.fields["count"], population=found.fields["population"],
                place=Place(country=place[0], place=place[1]) if place else None,
            ))
        for found in find_legal_actions(doc, people):
            events.append(LegalAction(
                **self._common("legal_action", f"{found.fields['court']}|{found.sentences[0].sentence.index}", found.sentences, found.is_background, 0.75),
                court=found.fields["court"], against=[self._actor(a) for a in found.fields["against"]],
            ))
        return events

    def _strike(self, cluster: StrikeCluster, persons: list[PersonOutcome]) -> MilitaryStrike:
        attacker = self._attacker(cluster.attacker) if cluster.attacker is not None else None
        attacker_country = attacker.country if attacker else None
        sentences = [m.info for m in cluster.mentions] + cluster.told_with  # the act, and where a guess was read
        casualty_sentences = sentences + self._follow_ups(sentences, cluster) if not cluster.is_background else sentences
        strong = any(m.strong for m in cluster.mentions)
        attribution = cluster.attribution if attacker is not None else None
        # an act only one side accuses the other of is less sure than one its doer owns or the report tells as fact
        confidence = 0.95 - 0.15 * len(cluster.guessed) - (0 if strong else 0.1) - (0.1 if attacker is None else 0) \
            - (0.1 if attribution == ACCUSED else 0)
        confidence += min(0.04, 0.01 * (len(cluster.mentions) - 1))
        weapons = [m.weapon for m in cluster.mentions if m.weapon != "unknown"]
        target = next((m.target for m in cluster.mentions if m.target), None)
        casualties = self._casualties(casualty_sentences, persons)
        key = f"{attacker_country}|{cluster.territory}|{'bg' + str(sentences[0].sentence.index) if cluster.is_background else 'fresh'}"
        return MilitaryStrike(
            **self._common("military_strike", key, sentences, cluster.is_background, confidence),
            attacker=attacker,
            attribution=attribution,  # type: ignore[arg-type]
            territory=Place(country=cluster.territory, place=cluster.place),
            target=target,
            weapon=weapons[0] if weapons else "unknown",  # type: ignore[arg-type]
            cross_border=bool(attacker_country and cluster.territory and attacker_country != cluster.territory),
            casualties=casualties,
        )

    def _follow_ups(self, sentences: list[SentenceInfo], cluster: StrikeCluster) -> list[SentenceInfo]:
        """The sentence after a strike sentence often gives its toll ("At least four people were killed."),
        unless it tells another act ("Hours later, Russian missiles hit Dnipro, killing five")."""
        taken = {s.sentence.index for s in sentences}
        out = []
        for s in sentences:
            for nxt in range(s.sentence.index + 1, min(s.sentence.index + 1 + _FOLLOW_REACH, len(self.doc.sentences))):
                follow = self.doc.sentences[nxt]
                if self.acts.get(nxt, cluster) is not cluster:
                    break  # another act: what follows is its toll
                if nxt not in taken and not follow.is_background and (follow.search(lexicon.KILLED) or follow.search(lexicon.WOUNDED)):
                    out.append(follow)
                    taken.add(nxt)
        return out

    def _casualties(self, sentences: list[SentenceInfo], persons: list[PersonOutcome]) -> Casualties:
        killed: int | None = None
        wounded: int | None = None
        victims: list[str] = []
        at_least = False
        for info in sentences:
            text = info.text
            for m in info.finditer(lexicon.KILLED_COUNT):  # folded matches: read the groups from the text by position
                n = lexicon.parse_count(_group(text, m, "n", "n2"))
                if n is not None:
                    killed = max(killed or 0, n)
            for m in info.finditer(lexicon.DEATH_TOLL):
                n = lexicon.parse_count(_group(text, m, "n"))
                if n is not None:
                    killed = max(killed or 0, n)
            for m in info.finditer(lexicon.WOUNDED_COUNT):
                n = lexicon.parse_count(_group(text, m, "n", "n2"))
                if n is not None:
                    wounded = max(wounded or 0, n)
            for m in info.finditer(lexicon.SINGLE_VICTIM):
                victims.append(_group(text, m, "v"))
            if info.search(lexicon.KILLED):
                several = info.search(_SEVERAL)
                if several:
                    at_least = True
                    victims.append(text[several.start() : several.end()])
        named = [o.info.name for o in persons if o.outcome == "killed"]
        victims.extend(named)
        specific = len([v for v in victims if not _SEVERAL.fullmatch(v)])
        if specific and (killed is None or specific > killed):
            killed = specific
        return Casualties(killed=killed, wounded=wounded, at_least=at_least, victims=victims)

    def _leader_attack(self, persons: list[PersonOutcome], cluster: StrikeCluster | None, main: MilitaryStrike | None) -> LeaderAttack:
        sentences = [self.doc.sentences[i] for o in persons for i in sorted(o.sentences)]
        unknown = sum(o.outcome == "unknown" for o in persons)
        confidence = 0.92 - 0.1 * (unknown / len(persons)) - (0 if main else 0.15)
        key = "|".join(sorted(o.info.name for o in persons))
        claimant = None if main else self._claimant()
        return LeaderAttack(
            **self._common("leader_attack", key, sentences, False, confidence),
            persons=[
                Person(name=o.info.name, role=o.info.role, organization=o.info.organization, country=o.info.country,
                       outcome=o.outcome, relation=o.info.relation)  # type: ignore[arg-type]
                for o in persons
            ],
            attacker=main.attacker if main else claimant[0] if claimant else None,
            attribution=main.attribution if main else claimant[1] if claimant else None,  # type: ignore[arg-type]
            territory=main.territory if main else None,
        )

    def _claimant(self) -> tuple[Actor, str] | None:
        """Who claimed an attack that no strike reading covers ("Ukraine's security service said it had
        carried out the operation"), and how (strikes.CLAIMED ...): the attacker of a leader attack without a strike."""
        return next(((self._attacker(m), how) for _, m, how in claims(self.doc)), None)

    def _attacker(self, m: Mention) -> Actor:
        """The actor a gazetteer mention names: a group, a state organ (its state), or a state by any of its names."""
        if m.kind in ("group", "organ"):
            return Actor(name=m.entry.name, country=m.country, kind="group" if m.kind == "group" else "state")
        return Actor(name=self.doc.gaz.country_name(m.country) or m.entry.name, country=m.country, kind="state")
