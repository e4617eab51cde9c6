"""One reading of an article that every extractor shares.

Sentences, the gazetteer mentions in each, the dates each names and whether
it tells older history are computed once here, so that the extractors only
interpret.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from tocsin.core.models import Article
from tocsin.detection import lexicon
from tocsin.detection.dates import DateMention, find_dates
from tocsin.detection.gazetteer import Gazetteer, Mention, load
from tocsin.detection.text import Sentence, split_sentences


class SentenceInfo:
    """One sentence, and what the extractors ask of it, each computed on first use.

    Most sentences of an article are never asked for their places or dates:
    an extractor first checks its own cue words in the text, so the costly
    readings happen only for the few sentences that could report an event.
    """

    __slots__ = ("_background", "_dates", "_lower", "_mentions", "doc", "sentence")

    def __init__(self, sentence: Sentence, doc: Doc):
        self.sentence = sentence
        self.doc = doc
        self._mentions: list[Mention] | None = None
        self._dates: list[DateMention] | None = None
        self._background: bool | None = None
        self._lower: str | None = None

    @property
    def text(self) -> str:
        return self.sentence.text

    @property
    def lower(self) -> str:
        """The text lower-cased, for the cheap keyword gates of lexicon."""
        if self._lower is None:
            self._lower = " " + self.text.lower()
        return self._lower

    @property
    def mentions(self) -> list[Mention]:
        """Gazetteer mentions, offsets relative to the sentence."""
        if self._mentions is None:
            self._mentions = self.doc.gaz.find(self.text)
        return self._mentions

    @property
    def dates(self) -> list[DateMention]:
        if self._dates is None:
            self._dates = find_dates(self.text, self.doc.published)
        return self._dates

    @property
    def is_background(self) -> bool:
        """Does the sentence tell older history ("In 2022, ...", "Last November ...")?"""
        if self._background is None:
            self._background = self._tells_history()
        return self._background

    def _tells_history(self) -> bool:
        oldest_fresh = self.doc.oldest_fresh
        old = [d for d in self.dates if d.value < oldest_fresh]
        recent = [d for d in self.dates if d.value >= oldest_fresh]
        # a history cue ("since the war began") does not make a report of Tuesday's attack history
        recent_precise = any(d.precise for d in recent)
        return bool(old) or (not recent_precise and bool(lexicon.BACKGROUND_CUE.search(self.text)))

    def mentions_between(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions if m.start >= start and m.end <= end]


@dataclass(slots=True)
class Doc:
    article: Article
    published: date
    gaz: Gazetteer
    oldest_fresh: date
    sentences: list[SentenceInfo] = field(default_factory=list)

    cues: set[int] | None = None  # which extractors' cues the article has (lexicon.cues_found)

    @property
    def body(self) -> str:
        return self.article.body

    def may(self, cue: tuple) -> bool:
        """Could this extractor's cue (lexicon.*_CUE) match anywhere in the article?"""
        if self.cues is None:
            self.cues = lexicon.cues_found(" " + self.article.body.lower(), " " + self.article.body)
        return lexicon.CUES.index(cue) in self.cues


def analyse(article: Article, gaz: Gazetteer | None = None, background_age_days: int = 7) -> Doc:
    published = article.published_at.date()
    doc = Doc(article, published, gaz or load(), published - timedelta(days=background_age_days))
    doc.sentences = [SentenceInfo(sentence, doc) for sentence in split_sentences(article.body)]
    return doc
