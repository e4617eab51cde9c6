"""One reading of an article that every extractor shares.

Sentences, the gazetteer mentions in each, the dates each names and whether
it tells older history are computed once here, so that the extractors only
interpret.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from string import capwords
from typing import Final, cast

from tocsin.core.models import Article
from tocsin.detection import lexicon, prefilter
from tocsin.detection.dates import MONTH_STARTS, DateMention, find_dates
from tocsin.detection.gazetteer import Gazetteer, Mention, load
from tocsin.detection.rx import Rx, lower_alike, reads_as_ascii, rx, stood_in_if_alike
from tocsin.detection.text import Sentence, split_sentences


class _Plan:
    """How SentenceInfo runs a pattern: its prefilter test (prefilter.Test's any_of, b"" for none, and rest), its
    folded form (for ASCII and for any text, see rx.Rx), and the literals the folded form's matches start with
    (prefilter.starts), or on text that reads as ASCII only, where a match may begin with a digit (`ascii_starts`,
    lexicon.folded_starts_ascii); for a case-insensitive pattern that cannot be folded, the literals its matches on
    ASCII text start with in the lower-cased text (`lower_starts`, lexicon.lower_starts). A class rather than a tuple:
    the compiled detector reads its fields as they are, where a tuple's are checked and converted on every call."""

    __slots__ = ("any_of", "ascii_starts", "fast", "fast_ascii", "lower_starts", "rest", "starts")

    def __init__(self, any_of: prefilter.Mask, rest: tuple[tuple[prefilter.Mask, ...], ...] | None, fast: Rx | None,
                 starts: frozenset[int] | None, lower_starts: frozenset[int] | None = None,
                 ascii_starts: frozenset[int] | None = None) -> None:
        self.any_of = any_of
        self.rest = rest
        self.fast = fast.unicode if fast is not None else None
        self.fast_ascii = fast.ascii if fast is not None else None
        self.starts = starts
        self.lower_starts = lower_starts
        self.ascii_starts = starts if starts is not None else ascii_starts


def _plan(pattern: Rx) -> _Plan:
    """The pattern's plan, worked out on its first use and kept on it (Rx.plan)."""
    plan = pattern.plan
    if plan is None:
        test = prefilter.tester(pattern.unicode)
        fast = lexicon.folded(pattern)
        starts = lexicon.folded_starts(pattern)
        lower_starts = lexicon.lower_starts(pattern)  # (None for a pattern that folds)
        ascii_starts = lexicon.folded_starts_ascii(pattern)  # (None where `starts` holds for any text)
        plan = pattern.plan = _Plan(test.any_of if test else b"", test.rest if test else None, fast,
                                    prefilter.VOCABULARY.add_starts(starts) if starts is not None else None,
                                    prefilter.VOCABULARY.add_starts(lower_starts) if lower_starts is not None else None,
                                    prefilter.VOCABULARY.add_starts(ascii_starts) if ascii_starts is not None else None)
    return cast(_Plan, plan)


# the vocabulary's literals that a month's name begins with, so that each sentence's scan finds them too
prefilter.VOCABULARY.add(set(MONTH_STARTS))
_MONTH_BITS: Final = prefilter.VOCABULARY.mask(MONTH_STARTS)


class PatternSet:
    """Patterns that an extractor tries in turn on a sentence, for SentenceInfo.may_match_any."""

    __slots__ = ("_ungated", "_union", "patterns")

    def __init__(self, *patterns: Rx) -> None:
        self.patterns = patterns
        self._union: prefilter.Mask | None = None  # not yet known
        self._ungated = False

    def union(self) -> prefilter.Mask | None:
        """The bits of the first clauses of all the patterns' gates; None when one of them has no gate."""
        if self._union is None and not self._ungated:
            plans = [_plan(pattern) for pattern in self.patterns]
            if all(plan.any_of for plan in plans):
                self._union = prefilter.union(plan.any_of for plan in plans)
            else:
                self._ungated = True
        return self._union


class SentenceInfo:
    """One sentence, and what the extractors ask of it, each computed on first use.

    Most sentences of an article are never asked for their places or dates:
    an extractor first checks its own cue words in the text, so the costly
    readings happen only for the few sentences that could report an event.
    """

    __slots__ = ("_ascii", "_background", "_dates", "_folded", "_found", "_found_version", "_lower", "_mentions", "_starts", "doc",
                 "sentence")

    def __init__(self, sentence: Sentence, doc: Doc):
        self.sentence = sentence
        self.doc = doc
        # ASCII but for punctuation such as dashes: the prefilter's gates hold, and patterns run in their ASCII form (rx)
        self._ascii = reads_as_ascii(sentence.text)
        self._mentions: list[Mention] | None = None
        self._dates: list[DateMention] | None = None
        self._background: bool | None = None
        self._lower: str | None = None
        self._folded: str | None = None
        self._found: prefilter.Found = b""
        self._found_version = -1
        self._starts: list[int] = []

    @property
    def text(self) -> str:
        return self.sentence.text

    @property
    def lower(self) -> str:
        """The text lower-cased, for the cheap keyword gates of lexicon."""
        if self._lower is None:
            text = self.text
            self._lower = " " + (lower_alike(text) if self._ascii and not text.isascii() else text.lower())
        return self._lower

    @property
    def literals(self) -> prefilter.Found:
        """The bits of the prefilters' literals that occur in the sentence (prefilter.VOCABULARY). On a text
        that is not ASCII (but for punctuation such as dashes) the gates do not hold (see prefilter and
        rx.reads_as_ascii): ask `may_hold`, which knows."""
        self._scan()
        return self._found

    def may_hold(self, mask: prefilter.Mask) -> bool:
        """Could the sentence hold one of the mask's literals? Yes on a text where the gates do not hold."""
        return not self._ascii or prefilter.any_bit(self.literals, mask)

    @property
    def starts(self) -> list[int]:
        """Where the literals that anchored patterns' matches begin with occur in the folded text, by offset: each
        the offset << prefilter.START_NUMBER_BITS | the literal's number (Vocabulary.scan_with_starts)."""
        self._scan()
        return self._starts

    def _scan(self) -> None:
        """One pass of prefilter.VOCABULARY over the sentence, made again when literals have been registered since."""
        vocabulary = prefilter.VOCABULARY
        version = vocabulary.version
        if self._found_version != version:
            self._found, self._starts = vocabulary.scan_with_starts(self.lower, self._ascii)
            self._found_version = version

    def _run(self, pattern: Rx) -> tuple[re.Pattern[str] | None, str, frozenset[int] | None]:
        """What to run for `pattern` on this sentence: the pattern (folded when it can be, in its ASCII form on ASCII
        text), the text to run it on, and the literals its matches start with, when the folded pattern runs and they
        are known; a pattern of None when the prefilter rules a match out. (A tuple that is never None: the compiled
        detector returns it in registers, where an optional one was a tuple built and freed at every search.)"""
        plan = _plan(pattern)
        any_of = plan.any_of
        if len(any_of) and self._ascii:  # (len: the compiled detector reads a bytes object's size, where its truth is a call)
            found = self._found if self._found_version == prefilter.VOCABULARY.version else self.literals
            if not prefilter.any_bit(found, any_of) or (plan.rest is not None and not prefilter.holds(plan.rest, found)):
                return None, "", None  # none of the words every match needs
        if self._ascii:
            fast, starts = plan.fast_ascii, plan.ascii_starts  # (on ASCII text, \d is an ASCII digit: a start to look for)
        else:
            fast, starts = plan.fast, plan.starts
        if fast is not None:
            folded = self._folded_text()
            if folded:
                return fast, folded, starts
        elif plan.lower_starts is not None and self._ascii and self._folded_text():
            # case-insensitive but not foldable: the pattern itself on the text, tried where the lower-cased text holds
            # one of the literals its matches start with (offsets are the same)
            return pattern.ascii, self.text, plan.lower_starts
        return pattern.ascii if self._ascii else pattern.unicode, self.text, None

    def _folded_text(self) -> str:
        """The text lower-cased, as the folded patterns read it; "" where lower-casing changes its length."""
        folded = self._folded
        if folded is None:
            lowered = self.lower[1:]  # the gates' lower-cased text, without its leading space
            folded = self._folded = lowered if len(lowered) == len(self.text) else ""  # a longer text would shift offsets
        return folded

    def _anchored(self, pattern: re.Pattern[str], text: str, starts: frozenset[int], pos: int, endpos: int,
                  before: int) -> list[re.Match[str]]:
        """pattern.finditer(text, pos, endpos), tried only where a match can start (see prefilter.starts): leftmost
        first and one after another, as finditer finds them, up to those that start at `before` or later. `starts`:
        the numbers of the literals it starts with."""
        found: list[re.Match[str]] = []
        after = pos
        last = min(endpos, before)
        for occurrence in self.starts:
            start = occurrence >> prefilter.START_NUMBER_BITS
            if start >= last:
                break
            if start < after or occurrence & prefilter.START_NUMBER not in starts:
                continue
            m = pattern.match(text, start, endpos)
            if m is not None:
                found.append(m)
                after = m.end()
        return found

    def finditer(self, pattern: Rx, pos: int = 0, endpos: int | None = None, before: int | None = None) -> Iterator[re.Match[str]]:
        """pattern.finditer(self.text, pos, endpos), skipped when the prefilter rules a match out, and run
        folded when it can be (see prefilter.gate and lexicon.folded). `before`: the caller reads no match that
        starts there or later, which an anchored pattern is then not tried for (others may still yield them).

        Read only positions from the matches: a folded match's text is lower case.
        """
        compiled, text, starts = self._run(pattern)
        if compiled is None:
            return iter(())
        end = len(text) if endpos is None else endpos
        if starts is not None:
            return iter(self._anchored(compiled, text, starts, pos, end, end if before is None else before))
        return compiled.finditer(text, pos, end)

    def search(self, pattern: Rx, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """pattern.search(self.text, pos, endpos), as finditer runs it; positions only."""
        compiled, text, starts = self._run(pattern)
        if compiled is None:
            return None
        end = len(text) if endpos is None else endpos
        if starts is not None:  # _anchored's loop, stopped at the first match (without its list: search is the hottest call)
            for occurrence in self.starts:
                start = occurrence >> prefilter.START_NUMBER_BITS
                if start >= end:
                    break
                if start >= pos and occurrence & prefilter.START_NUMBER in starts and (m := compiled.match(text, start, end)) is not None:
                    return m
            return None
        return compiled.search(text, pos, end)

    def match(self, pattern: Rx, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """pattern.match(self.text, pos, endpos), as finditer runs it; positions only. Write the pattern without "^":
        it matches at `pos` only, and "^" would hold at the sentence's start alone."""
        compiled, text, _ = self._run(pattern)
        if compiled is None:
            return None
        return compiled.match(text, pos, len(text) if endpos is None else endpos)

    def may_match_any(self, patterns: PatternSet) -> bool:
        """Could one of the patterns match? The first test of each one's gate (see _run), for all of them at
        once: an extractor that tries several patterns in turn on every sentence passes over most sentences
        with one test instead of one per pattern."""
        union = patterns.union()
        return union is None or self.may_hold(union)

    @property
    def mentions(self) -> list[Mention]:
        """Gazetteer mentions, offsets relative to the sentence; the article's dateline read as the place it names."""
        if self._mentions is None:
            text = self.text
            if self.sentence.index == 0 and (dateline := _DATELINE.match(text)) is not None:
                # "KHARKIV, Ukraine - ...": the city in capitals, which the gazetteer (names as written) would pass
                # over, read as the name it is (capwords keeps every offset)
                text = capwords(dateline.group("city")) + text[dateline.end("city") :]
            self._mentions = self.doc.gaz.find(text)
        return self._mentions

    @property
    def dates(self) -> list[DateMention]:
        if self._dates is None:
            # (a sentence whose scan found no month's first three letters names no month: one AND, not a regex pass)
            month = None if self.may_hold(_MONTH_BITS) else False
            self._dates = find_dates(self.text, self.doc.published, self.lower, month)
        return self._dates

    @property
    def is_background(self) -> bool:
        """Does the sentence tell older history ("In 2022, ...", "Last November ...")?"""
        if self._background is None:
            self._background = self._tells_history()
        return self._background

    def _tells_history(self) -> bool:
        oldest_fresh = self.doc.oldest_fresh
        # (the date of a truce or deal the sentence names is not the sentence's own: "condemned the strike as a
        # violation of the ceasefire that took effect in November 2024")
        agreed = [d for d in self.dates if d.value < oldest_fresh and _AGREEMENT_DATED.search(self.text, max(0, d.start - 80), d.start)]
        old = [d for d in self.dates if d.value < oldest_fresh and d not in agreed]
        recent = [d for d in self.dates if d.value >= oldest_fresh]
        # a history cue ("since the war began") does not make a report of Tuesday's attack history
        recent_precise = any(d.precise for d in recent)
        if old:
            return True
        if not self.may_match_any(_HISTORY_CUES):
            return False  # most sentences, with one test for all the cues
        return (not recent_precise and any(self._cue_told(cue, agreed) for cue in lexicon.BACKGROUND_CUES)) \
            or self.search(lexicon.ARCHIVE_CUE) is not None

    def _cue_told(self, cue: Rx, agreed: list[DateMention]) -> bool:
        """Does the history cue occur in the sentence, other than as the date of a truce or deal ("the ceasefire reached a
        year ago")?"""
        if not agreed:
            return self.search(cue) is not None
        return any(not any(d.start <= m.start() and m.end() <= d.end for d in agreed) for m in self.finditer(cue))

    def mentions_between(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions if m.start >= start and m.end <= end]


_HISTORY_CUES: Final = PatternSet(*lexicon.BACKGROUND_CUES, lexicon.ARCHIVE_CUE)
# a truce or deal told with when it was made, up to its date (whose mention may begin with "in")
_AGREEMENT_DATED: Final = rx(
    r"(?:\b(?:ceasefire|cease-fire|truce|deal|agreement|accord|treaty|pact|armistice)\s+(?:(?:that|which)\s+(?:was\s+|had\s+)?)?"
    r"(?:took\s+effect|came\s+into\s+(?:force|effect)|signed|agreed|brokered|reached|struck)\s+|"
    # the making told first: "which brokered a fragile truce between the neighbours in October"
    r"\b(?:brokered|agreed|signed|reached|struck|negotiated|mediated)\s+(?:an?|the)\s+(?:[\w-]+\s+)?"
    r"(?:ceasefire|cease-fire|truce|deal|agreement|accord|treaty|pact|armistice)\s+(?:between\s+(?:[\w'’-]+\s+){1,4}?)?)"
    r"(?:(?:in|on)\s+(?:the\s+)?)?$", re.I)


@dataclass(slots=True)
class Doc:
    article: Article
    published: date
    gaz: Gazetteer
    oldest_fresh: date
    sentences: list[SentenceInfo] = field(default_factory=list)
    cue_words: list[list[int]] = field(default_factory=list)  # per lexicon.CUES, where its words end (lexicon.cue_words)
    cues: set[int] = field(default_factory=set)  # which extractors' patterns match somewhere (lexicon.cues_found)
    _hinted: dict[int, list[SentenceInfo]] = field(default_factory=dict)
    _starts: list[int] = field(default_factory=list)  # each sentence's start offset, for hinted()

    @property
    def body(self) -> str:
        return self.article.body

    def may(self, cue: tuple) -> bool:
        """Could this extractor's cue (lexicon.*_CUE) match anywhere in the article?"""
        return lexicon.CUES.index(cue) in self.cues

    def hinted(self, cue: tuple) -> list[SentenceInfo]:
        """The sentences holding one of the cue's words, in order: the only ones its extractor reads."""
        index = lexicon.CUES.index(cue)
        if index not in self._hinted:
            if not self._starts:
                self._starts = [info.sentence.start for info in self.sentences]
            # a word ends at offset `end` of " " + body, that is at body[end - 1]
            chosen = sorted({bisect_right(self._starts, end - 1) - 1 for end in self.cue_words[index]})
            self._hinted[index] = [self.sentences[i] for i in chosen if i >= 0]
        return self._hinted[index]

    def release(self) -> None:
        """Drop the document's hold on its sentences, once the reading is done.

        Each sentence refers back to its document, so a document and its
        sentences (with their mentions, dates and caches: some 760 objects
        for a long war report) form a cycle that only the garbage collector
        frees, after they have piled up and been traversed over and again.
        Without this hold, reference counting frees them as the reading ends.
        """
        self.sentences = []
        self._hinted = {}


# a wire dateline: the place in capitals, its state after a comma or in brackets, then a dash ("KHARKIV, Ukraine -",
# "ZAPORIZHZHIA (Ukraine) -", "BEIRUT -")
_DATELINE: Final = rx(r"(?P<city>[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2})(?:,\s+[A-Z][\w .]{1,30}?|\s+\([A-Z][\w .]{1,30}\))?\s+[-–—]+\s")


def is_datelined(text: str) -> bool:
    """Does the text open with a wire dateline ("BEIRUT -")?"""
    return _DATELINE.match(text) is not None


def fold_body(body: str) -> str:
    """The body as lexicon's cue scan reads it: lower case, a leading space, line breaks as spaces."""
    return _folded(body, reads_as_ascii(body))


def _folded(body: str, alike: bool) -> str:
    """fold_body, told whether the body reads as ASCII (rx.reads_as_ascii)."""
    lower = lower_alike(body) if alike and not body.isascii() else body.lower()
    return " " + lower.replace("\n", " ").replace("\r", " ").replace("\t", " ")


def scan_cues(body: str) -> tuple[list[list[int]], set[int]]:
    """Where each extractor's cue words end (lexicon.cue_words), and which cues match (lexicon.cues_found)."""
    stand_in = stood_in_if_alike(body)  # (whether it reads as ASCII, and its stand-in text: one step for a typeset page)
    alike = stand_in is not None
    if stand_in is not None and not body.isascii() and (blockers := lexicon.cue_scan_blockers()) is not None \
            and not any(char in body for char in blockers):
        # a typeset page, its dashes read as "?" (lexicon.cue_scan_blockers): folded as ASCII, and scanned as such
        lower = _folded(stand_in, True)
    else:
        lower = _folded(body, alike)
        # folded as it reads, and a text that does not may after lower-casing (a Kelvin sign is a "k" then)
        alike = alike or reads_as_ascii(lower)
    words = lexicon.cue_words(lower, alike)
    return words, (lexicon.cues_found(lower, " " + body, words, alike) if any(words) else set())


def analyse(article: Article, gaz: Gazetteer | None = None, background_age_days: int = 7,
            cues: tuple[list[list[int]], set[int]] | None = None) -> Doc:
    """The shared reading of an article; `cues` is scan_cues(article.body) when the caller already has it."""
    published = article.published_at.date()
    doc = Doc(article, published, gaz or load(), published - timedelta(days=background_age_days))
    doc.sentences = [SentenceInfo(sentence, doc) for sentence in split_sentences(article.body)]
    doc.cue_words, doc.cues = cues if cues is not None else scan_cues(article.body)
    return doc
