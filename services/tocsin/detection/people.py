"""Who is named: persons, their roles, organisations, relations, and pronouns.

Names are runs of capitalised words (with the particles of Arabic, Dutch,
Spanish ... names); the run is stripped of titles, roles and gazetteer names
("British Prime Minister Keir Starmer" -> Keir Starmer, role Prime Minister,
country GB). A later surname alone ("Starmer", "Al-Hindi") resolves to the
full name, and "he"/"his" to the last person in subject position.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from tocsin.detection import lexicon
from tocsin.detection.analysis import Doc, SentenceInfo
from tocsin.detection.gazetteer import Gazetteer, Mention
from tocsin.detection.rx import rx

_PARTICLE: Final = r"(?:bin|ibn|bint|al|el|abu|abd|de|da|del|van|von|der|du|le|la|ben)"
_CAPWORD: Final = r"(?:[A-Z][\w'’]*(?:-[A-Za-z][\w'’]*)*|(?:al|el|ad|as|ash|az|an|ar|at)-[A-Z][\w'’]*)"
# the first word of a run, as _CAPWORD, written to begin with one character set: `re` then skips ahead to the
# next capital (or "a", "e" of "al-", "el-") instead of trying every position, twice as fast on a sentence
_FIRST_CAPWORD: Final = r"(?:[A-Zae](?:(?<=[A-Z])[\w'’]*(?:-[A-Za-z][\w'’]*)*|(?<=a)(?:l|d|s|sh|z|n|r|t)-[A-Z][\w'’]*|(?<=e)l-[A-Z][\w'’]*))"
_RUN: Final = rx(rf"{_FIRST_CAPWORD}(?:\s+(?:{_PARTICLE}\s+)*{_CAPWORD})*")
# the same runs in a text without a hyphen, which has no "al-": `re` then stops at capitals only, not at every "a"
# and "e" of the text
_CAPITALISED_RUN: Final = rx(rf"[A-Z][\w'’]*(?:\s+(?:{_PARTICLE}\s+)*{_CAPWORD})*")
# where a run of two or more words could start (an "al-" prefix is matched from its capital): a cheap test
_TWO_WORDS: Final = rx(rf"[A-Z][\w'’]*(?:-[A-Za-z][\w'’]*)*\s+(?:{_PARTICLE}\s+)*(?:[A-Z]|(?:al|el|ad|as|ash|az|an|ar|at)-[A-Z])")
_APPOSITIVE: Final = rx(
    r"^\s*,\s*(?:a|an|the|who is|who was|his|her|"
    # "X, whom it described as Hezbollah's chief of staff,"
    r"(?:whom|who)\s+(?:it|they|he|she|officials|the army|the military)\s+(?:described|identified|called|named)\s+as(?:\s+(?:a|an|the))?)"
    r"\s+(?P<app>[^,.;]{3,100}?)\s*(?=,|\.|;|$|\s+(?:were|was|are|is)\b)"
    # not the one who reports: "..., the Kharkiv governor said."
    r"(?<!\bsaid)(?<!\bsays)(?<!\btold)(?<!\badded)"
)
# "X, Hezbollah's most senior military commander,": an appositive that opens with its group's or state's possessive
_APPOSITIVE_OF: Final = rx(r"^\s*,\s*(?P<app>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}['’]s?\s+[^,.;]{3,100}?)\s*(?=,|\.|;|$|\s+(?:were|was|are|is)\b)")
_TITLE_OR_ROLE: Final = lexicon.TITLES | lexicon.ROLE_WORDS
_LED_APPOSITIVE: Final = rx(r"\s*,\s*who\s+(?P<verb>led|headed|commanded|ran|oversaw|leads|heads|commands|runs|oversees)\s+"
                             r"(?P<what>[^,.;]{3,80}?)\s*(?=[,.;])", re.I)
# the same told in the passive before the name: "its negotiating team, led by <name>," (searched in the text before it)
_LED_BY_BEFORE: Final = rx(
    r"(?P<what>(?:(?:its|their|the|[\w-]+['’]s?)\s+)(?:[\w-]+\s+){0,2}?(?:team|delegation|wing|bureau|faction|"
    r"militia|brigade|council|cell|division|network|negotiators))\s*,?\s+(?P<verb>led|headed|commanded)\s+by\s*$", re.I)
_LED_ROLE: Final = {"led": "leader", "headed": "head", "commanded": "commander", "ran": "head", "oversaw": "head",
                    "leads": "leader", "heads": "head", "commands": "commander", "runs": "head", "oversees": "head"}
# (the name may be one the person goes by: "the rebel leader known as X", "a commander nicknamed X")
_ROLE_BEFORE: Final = rx(rf"(?P<role>{lexicon.LEADER_ROLES.pattern})(?:\s*,|\s+(?:(?:better|widely)\s+)?known\s+as|\s+nicknamed)?\s*$", re.I)
_COORDINATION: Final = rx(r"\s*(?:,|and|, and|&)\s*")
_AFFILIATION_KINDS: Final = ("country", "demonym", "group", "organ")
_APPOSITIVE_SPAN: Final = rx(r"\s*,[^,.;]{3,100},")
_SENIOR_BEFORE: Final = rx(r"\b(?:senior|top)\s+(?:[A-Z][\w'’-]*\s+){1,2}$", re.I)
# "The prime minister of Yemen's Houthi-run government, Ahmed al-Rahawi,"
_ROLE_OF_BEFORE: Final = rx(rf"(?P<role>{lexicon.LEADER_ROLES.pattern})\s+(?:of|in|for)\s+[^,.;]{{2,60}},\s*$", re.I)  # "Hamas's leader in Gaza,"
# "the son of negotiator X": X is named for the relation, the sentence is about the son
_RELATION_BEFORE: Final = rx(rf"{lexicon.RELATION.pattern}(?:(?:{lexicon.LEADER_ROLES.pattern})\s+)?$", re.I)
_ACCORDING_TO: Final = rx(r"\b(?:according to|told by)\s*$", re.I)
_ACCORDING_TO_LENGTH: Final = len("according to")
_WHERE_BEFORE: Final = rx(r"\b(?:in|near|outside|into)\s+$")
_ITS_BEFORE: Final = rx(r"\b(?:its|their)\s+$", re.I)
_PRONOUN_BEFORE: Final = rx(r"\b(?P<pron>his|her)\s+(?:\w+\s+){0,2}$", re.I)


@dataclass(slots=True)
class PersonInfo:
    name: str
    role: str | None = None
    organization: str | None = None
    country: str | None = None
    relation: str | None = None
    unnamed: bool = False  # a leader known only by role ("a senior Hezbollah commander"), until the article names them


@dataclass(slots=True)
class PersonMention:
    key: str  # full name, the registry key
    sentence: int
    start: int
    end: int
    is_relation_object: bool  # the X in "son of X"
    is_reporter: bool  # "X said", "according to X"

    # written out: a dataclass's generated __init__ runs as plain Python even in the compiled detector
    def __init__(self, key: str, sentence: int, start: int, end: int, is_relation_object: bool = False, is_reporter: bool = False) -> None:
        self.key, self.sentence, self.start, self.end = key, sentence, start, end
        self.is_relation_object, self.is_reporter = is_relation_object, is_reporter


class People:
    """The persons of an article, read sentence by sentence as far as anyone asks.

    Roles and surnames carry forward ("Khalil al-Hayya ..." then "al-Hayya"),
    so sentence n is read only after every sentence before it; an article no
    extractor asks about (most articles) is never read for people at all.
    """

    def __init__(self, doc: Doc):
        self.doc = doc
        self._registry: dict[str, PersonInfo] = {}
        self._by_sentence: list[list[PersonMention]] = []
        self._last_subject: str | None = None
        self._surnames_of: dict[str, str] = {}  # registry key -> its surname, lower case
        self._surnames: set[str] = set()

    def in_sentence(self, index: int) -> list[PersonMention]:
        self._read_until(index)
        return self._by_sentence[index] if index < len(self._by_sentence) else []

    @property
    def registry(self) -> dict[str, PersonInfo]:
        """Everyone named so far (what the extractors asked about and all before it)."""
        return self._registry

    def read_all(self) -> None:
        self._read_until(len(self.doc.sentences) - 1)

    def _read_until(self, index: int) -> None:
        while len(self._by_sentence) <= index and len(self._by_sentence) < len(self.doc.sentences):
            info = self.doc.sentences[len(self._by_sentence)]
            if len(self._surnames_of) != len(self._registry):  # persons are only ever added
                self._surnames_of = {key: _surname_of(key) for key in self._registry}
                self._surnames = set(self._surnames_of.values())
            found = _read_sentence(self.doc, info, self._registry, self._last_subject, self._surnames)
            self._by_sentence.append(found)
            subjects = [p for p in found if p.start < 40]
            if subjects:
                self._last_subject = subjects[0].key


def _strip_possessive(word: str) -> str:
    return word[:-2] if word.endswith(("'s", "’s")) else word


def find_people(doc: Doc) -> People:
    return People(doc)


def _read_sentence(doc: Doc, info: SentenceInfo, registry: dict[str, PersonInfo], last_subject: str | None,
                   surnames: set[str]) -> list[PersonMention]:
    """The persons a sentence names; `surnames` are those of the registry, lower case."""
    sentence_people: list[PersonMention] = []
    relation_objects: list[tuple[int, int]] = []
    if not surnames and not _TWO_WORDS.search(info.text):
        return sentence_people  # a first mention takes two words, a later one a known surname
    for run in (_RUN if "-" in info.text else _CAPITALISED_RUN).finditer(info.text):
        run_start, run_end = run.span()
        word = info.text[run_start:run_end]
        if " " not in word and (not surnames or _as_surname(word) not in surnames):
            continue  # one word names someone only as the surname of a person already named (the common case: "The", "Officials")
        if any(p.start < run_end and run_start < p.end for p in sentence_people):
            continue
        pm = _read_run(doc, info, run_start, word, registry, sentence_people, last_subject, relation_objects)
        if pm:
            sentence_people.append(pm)
    sentence_people.sort(key=lambda p: p.start)
    for pm in sentence_people:
        pm.is_relation_object = any(s <= pm.start and pm.end <= e for s, e in relation_objects) \
            or info.search(_KIN_BEFORE, max(0, pm.start - 80), pm.start) is not None  # "three sons of ... X"
    return sentence_people


def affiliation(doc: Doc, info: SentenceInfo, start: int, end: int) -> tuple[str | None, str | None]:
    """(organisation, country) named by gazetteer mentions inside [start, end)."""
    organization = country = None
    for m in info.mentions_between(start, end):
        if m.kind in ("group", "organ"):
            organization, country = m.entry.name, m.country
        elif m.kind in ("demonym", "country") and country is None:
            country = m.country
    return organization, country


def possessor(info: SentenceInfo, start: int) -> Mention | None:
    """Whose "its" or "their" right before `start` is: the state, organ or group the sentence opens with ("The Houthis
    said the Israeli strike had killed their prime minister": the Houthis', not Israel's), or None."""
    if info.search(_ITS_BEFORE, max(0, start - 7), start) is None:
        return None
    return next((m for m in info.mentions if m.start < _SUBJECT_REACH and m.end <= start and m.kind in ("group", "organ", "country")),
                None)


_SUBJECT_REACH: Final = 25  # where a sentence's subject starts at the latest


# the second half of a compound adjective that opens a run of capitalised words, and no name: "Russian-occupied",
# "Moscow-installed", "Iranian-backed"
_COMPOUND_ADJECTIVES: Final = frozenset(["occupied", "backed", "held", "controlled", "installed", "led", "allied", "aligned", "based",
                                         "born", "run", "made", "funded", "annexed", "administered", "appointed", "owned"])


@lru_cache(maxsize=8192)
def _name_in_run(gaz: Gazetteer, group: str) -> tuple[int, tuple[str, ...]] | None:
    """Where the name starts in a run of capitalised words, and its words; None if the run names no one.

    Leading titles, roles, gazetteer names and sentence-initial function words
    are stripped ("British Prime Minister Keir Starmer"); a run that is all
    such words ("The Syrian", "The United Nations Secretary-General") or a
    place or organisation ("Saudi Arabia") is no one. This depends on the
    words alone, and news repeats its runs, so it is computed once per run.
    """
    words = group.split()
    k = 0
    while k < len(words):
        w = _strip_possessive(words[k])
        entry = gaz.entries.get(w)
        if w in lexicon.TITLES or w in lexicon.ROLE_WORDS or (entry and entry.kind in _AFFILIATION_KINDS) or lexicon.NOT_A_PERSON.fullmatch(w) \
                or ("-" in w and w.rsplit("-", 1)[1].lower() in _COMPOUND_ADJECTIVES):  # "Russian-occupied Donetsk"
            k += 1
            continue
        break
    # a gazetteer name of several words ("Hamas' political bureau" is not a person either)
    name_words = tuple(_strip_possessive(w) for w in words[k:])
    if not name_words or all(len(w) == 1 for w in name_words):
        return None  # no words, or letters only ("A U" of "A U.S. drone")
    name = " ".join(name_words)
    whole = gaz.lookup(name)  # keyed as the gazetteer tokenizes: "Harakat al-Nujaba" is "Harakat al Nujaba"
    if lexicon.NOT_A_PERSON.search(name) or (whole and whole.kind != "city"):
        return None
    if any(gaz.entries.get(w) and gaz.entries[w].kind in ("country", "demonym", "group", "organ", "capital") for w in name_words):
        return None
    return k, name_words


# abbreviated ranks before a name, spelled out: "Brig. Gen." is a brigadier general
_RANKS: Final = {"Gen": "general", "Brig": "brigadier", "Maj": "major", "Lt": "lieutenant", "Col": "colonel", "Adm": "admiral",
          "Cdr": "commander", "Cmdr": "commander"}


def _rank(titles: list[str]) -> str | None:
    """The rank that abbreviated titles spell ("Brig. Gen." -> "brigadier general"), if they end in one of command."""
    ranks = [_RANKS[t.rstrip(".")] for t in titles if t.rstrip(".") in _RANKS]
    return " ".join(ranks) if ranks and ranks[-1] in ("general", "colonel", "admiral", "commander") else None


# the person named right after "sons of", "the wife of" ...: whose kin the person meant is ("killed three sons of Hamas
# political bureau member X": X is not the one killed)
_KIN_BEFORE: Final = rx(rf"(?:{lexicon.RELATION.pattern})(?:[\w'’-]+,?\s+){{0,5}}$", re.I)


def _read_run(doc: Doc, info: SentenceInfo, run_start: int, group: str, registry: dict[str, PersonInfo],
              sentence_people: list[PersonMention], last_subject: str | None,
              relation_objects: list[tuple[int, int]]) -> PersonMention | None:
    text = info.text
    found = _name_in_run(doc.gaz, group)
    if found is None:
        return None
    k, name_words = found
    words = group.split()
    at = 0
    for word in words[:k]:  # where the name's first word starts: the run's words are separated by white space only
        at = group.find(word, at) + len(word)
    start = run_start + group.find(words[k], at)
    end = run_start + len(group)
    if words[-1] != name_words[-1]:
        end -= len(words[-1]) - len(name_words[-1])
    name = " ".join(name_words)
    if len(name_words) > 1 and (place := doc.gaz.entries.get(name)) is not None and place.kind in ("city", "capital", "region"):
        return None  # "Kryvyi Rih", "Khan Younis": a place of several words is where, not who
    if not k and info.search(_WHERE_BEFORE, max(0, start - 12), start):
        return None  # "in Kozacha Lopan": a place too small for the gazetteer
    if len(name_words) == 1:
        key = _resolve_surname(name, registry)
        entry = doc.gaz.entries.get(name)  # many surnames are towns somewhere ("Hassan"), none a state
        if key is None and not (k and _strip_possessive(words[k - 1]) in _TITLE_OR_ROLE and (entry is None or entry.kind == "city")):
            return None  # one word names someone only as a known surname, or after a title ("President Hassan")
        if key is not None:
            return PersonMention(key, info.sentence.index, start, end, is_reporter=_is_reporter(info, start, end))
    key = _resolve_surname(name_words[-1], registry, full=name) or name
    person = registry.setdefault(key, PersonInfo(key))

    # role and affiliation: "British Prime Minister <name>", "Hamas leader <name>"
    prefix_start = run_start if k else start
    head = text[:start].rstrip()
    head = head[: _titles_start(head)]
    # (head is the sentence up to len(head): searched through the sentence, which a search ending there reads as the
    # text's end, the patterns run gated and anchored; positions only, as SentenceInfo's matches give them)
    role_m = info.search(_ROLE_BEFORE, 0, len(head))
    if role_m and role_m.end() >= len(head) - 1:
        role = told_role = text[role_m.start("role") : role_m.end("role")].strip()
        if info.search(_SENIOR_BEFORE, 0, role_m.start()) and not role.lower().startswith(("senior", "top")):
            role = "senior " + role  # "Senior Hamas official X"
        person.role = person.role or role
        org, country = affiliation(doc, info, max(0, role_m.start() - 40), start)
        if (owner := possessor(info, role_m.start())) is not None:
            # "The Houthis said the Israeli strike had killed their prime minister, X": whose "their" is, not the
            # attacker named between
            org, country = (owner.entry.name if owner.kind != "country" else None), owner.country
        person.organization = person.organization or org
        person.country = person.country or country
        pron = info.search(_PRONOUN_BEFORE, 0, role_m.start())
        if pron and not person.relation:
            antecedent = _last_person(sentence_people, registry) or last_subject
            if antecedent and antecedent != key:
                person.relation = f"{told_role} of {antecedent}"
                _inherit(person, registry.get(antecedent))
    elif role_of := info.search(_ROLE_OF_BEFORE, 0, len(head)):
        person.role = person.role or text[role_of.start() : role_of.end()].rstrip(" ,")
        org, country = affiliation(doc, info, role_of.start(), start)
        person.organization = person.organization or org
        person.country = person.country or country
    elif k:
        org, country = affiliation(doc, info, prefix_start, start)
        person.organization = person.organization or org
        person.country = person.country or country
    elif sentence_people and _COORDINATION.fullmatch(text[sentence_people[-1].end : start]):
        # "Hamas leaders X and Y": Y shares X's role and affiliation
        previous = registry.get(sentence_people[-1].key)
        if previous and not person.role:
            person.role = previous.role[:-1] if previous.role and previous.role.endswith("s") else previous.role
            _inherit(person, previous)

    if not person.role:
        before = " " + text[:start].rstrip()
        trail = before[_titles_start(before) :].split()  # "Brig. Gen." before the run, or "Gen" inside it
        if rank := _rank(trail + words[:k]):
            person.role = rank  # a rank told by its abbreviations
    # "<name>, who led the group's operations in Lebanon,": the role is what they led
    led = _LED_APPOSITIVE.match(text, end) or (
        _LED_BY_BEFORE.search(text, max(0, start - 80), start) if text[max(0, start - 4) : start].rstrip().endswith("by") else None)
    if led and not person.role:
        person.role = f"{_LED_ROLE[led.group('verb').lower()]} of {led.group('what')}"
        org, country = affiliation(doc, info, led.start("what"), led.end("what"))
        if org:  # "who led Hamas' operations in Lebanon" is Hamas's man, not Lebanon's
            person.organization = person.organization or org
            person.country = person.country or country
    # appositive: "<name>, the son of Hamas leader X," / "<name>, a member of Hamas' political bureau,"
    app = _APPOSITIVE.match(text[end:]) or _APPOSITIVE_OF.match(text[end:])
    if app:
        app_text = app.group("app")
        app_start = end + app.start("app")
        rel = lexicon.RELATION.match(app_text)
        if rel:
            for inner in _RUN.finditer(app_text, rel.end()):
                inner_pm = _read_run(doc, info, app_start + inner.start(), inner.group(), registry, sentence_people, last_subject, relation_objects)
                if inner_pm:
                    sentence_people.append(inner_pm)
                    relation_objects.append((inner_pm.start, inner_pm.end))
                    person.relation = person.relation or f"{rel.group('rel').lower()} of {inner_pm.key}"
                    _inherit(person, registry.get(inner_pm.key))
                    break
        elif info.search(lexicon.LEADER_ROLES, app_start, app_start + len(app_text)):  # (the appositive, read in place: gated)
            person.role = person.role or app_text.strip()
            org, country = affiliation(doc, info, app_start, app_start + len(app_text))
            person.organization = person.organization or org
            person.country = person.country or country
    # (searched through the sentence, as _KIN_BEFORE is: gated, most sentences name no kin and are passed over unsearched)
    if info.search(_RELATION_BEFORE, max(0, start - 80), start) is not None:
        relation_objects.append((start, end))
    return PersonMention(key, info.sentence.index, start, end, is_reporter=_is_reporter(info, start, end))


def _titles_start(head: str) -> int:
    r"""Where the titles that end `head` begin, each after white space ("... Brig. Gen."), or its length if it ends in
    none: where the match of `(?:\s+(?:<title>)\.?)+$` begins, read from the end word by word (`re` tried every
    position of the sentence before the name). `head` ends in no white space, as the callers strip it."""
    end = len(head)
    while True:
        word_start = end
        while word_start > 0 and not head[word_start - 1].isspace():
            word_start -= 1
        if word_start == 0:
            return end  # a title needs white space before it
        word = head[word_start:end]
        if (word[:-1] if word.endswith(".") else word) not in lexicon.TITLES:
            return end
        end = word_start
        while end > 0 and head[end - 1].isspace():
            end -= 1


def _inherit(person: PersonInfo, other: PersonInfo | None) -> None:
    if other:
        person.organization = person.organization or other.organization
        person.country = person.country or other.country


def _last_person(sentence_people: list[PersonMention], registry: dict[str, PersonInfo]) -> str | None:
    """The antecedent of "his"/"her": the latest leader named, else the latest person."""
    for pm in reversed(sentence_people):
        role = registry[pm.key].role if pm.key in registry else None
        if role and lexicon.SENIOR_ROLE.search(role):
            return pm.key
    return sentence_people[-1].key if sentence_people else None


_ARTICLE: Final = rx(r"^(?:al|el|ad|as|ash|az|an|ar|at)-")


def _bare(word: str) -> str:
    """A lower-case surname without its article: "al-burhan" is "burhan" told again."""
    return _ARTICLE.sub("", word) if "-" in word[:4] else word


# each registry key's surname as _resolve_surname compares it (lower case, without "al-"): names recur within an
# article and across a stream's, and working it out again for every key at every run was a tenth of reading people
_SURNAME_OF: dict[str, str] = {}
_SURNAMES_KEPT: Final = 50_000


def _surname_of(key: str) -> str:
    last = _SURNAME_OF.get(key)
    if last is None:
        if len(_SURNAME_OF) >= _SURNAMES_KEPT:
            _SURNAME_OF.clear()
        last = _SURNAME_OF[key] = _bare(key.split()[-1].lower())
    return last


# a one-word run as a surname is compared (lower case, without "'s" or "al-"): such runs are most of a sentence's ("The",
# "Officials", "Israel"), the same few words over and again, and each was stripped, lower-cased and bared anew
_AS_SURNAME: dict[str, str] = {}


def _as_surname(word: str) -> str:
    bare = _AS_SURNAME.get(word)
    if bare is None:
        if len(_AS_SURNAME) >= _SURNAMES_KEPT:
            _AS_SURNAME.clear()
        bare = _AS_SURNAME[word] = _bare(_strip_possessive(word).lower().replace("’", "'"))
    return bare


def _resolve_surname(surname: str, registry: dict[str, PersonInfo], full: str | None = None) -> str | None:
    """The known full name ending in this surname (case and 'al-' insensitive)."""
    norm = _bare(surname.lower().replace("’", "'"))
    for key in reversed(registry):
        if full and key == full:
            return key
        last = _surname_of(key)
        if last == norm and (full is None or (full.lower().endswith(last) and full.split()[0] == key.split()[0])):
            return key
    return None


def _is_reporter(info: SentenceInfo, start: int, end: int) -> bool:
    """Is the person named at start..end the one who reports ("X said", "according to X")? (the sentence's matches: the
    reporting verbs and "according to" folded and gated, see SentenceInfo)"""
    text = info.text
    # "X said", "X, the governor, said"; and "Vyacheslav Chaus, said a drone had struck ...", no appositive to skip
    if info.match(lexicon.REPORTING_VERB, end) is not None or (
            (appositive := _APPOSITIVE_SPAN.match(text, end)) is not None and info.match(lexicon.REPORTING_VERB, appositive.end()) is not None):
        return True
    # "according to X": the words end where the white space before the name begins, so the search starts as far before
    # that as the longer of them is long (a search from the sentence's start tried every position of it)
    return info.search(_ACCORDING_TO, max(0, len(text[:start].rstrip()) - _ACCORDING_TO_LENGTH), start) is not None
