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
from tocsin.detection.gazetteer import Gazetteer, Mention, load, tokenize
from tocsin.detection.text import Sentence, split_sentences


@dataclass(slots=True)
class SentenceInfo:
    sentence: Sentence
    mentions: list[Mention]  # offsets relative to the sentence
    dates: list[DateMention]
    date: date | None
    is_background: bool

    @property
    def text(self) -> str:
        return self.sentence.text

    def mentions_between(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions if m.start >= start and m.end <= end]


@dataclass(slots=True)
class Doc:
    article: Article
    published: date
    gaz: Gazetteer
    sentences: list[SentenceInfo] = field(default_factory=list)

    @property
    def body(self) -> str:
        return self.article.body


def analyse(article: Article, gaz: Gazetteer | None = None, background_age_days: int = 7) -> Doc:
    gaz = gaz or load()
    published = article.published_at.date()
    oldest_fresh = published - timedelta(days=background_age_days)
    doc = Doc(article, published, gaz)
    for sentence in split_sentences(article.body):
        text = sentence.text
        mentions = gaz.find(text, tokenize(text))
        dates = find_dates(text, published)
        old = [d for d in dates if d.value < oldest_fresh]
        recent = [d for d in dates if d.value >= oldest_fresh]
        salient = (recent[0].value if recent and not old else old[0].value if old else None)
        background = bool(old) or bool(lexicon.BACKGROUND_CUE.search(text))
        doc.sentences.append(SentenceInfo(sentence, mentions, dates, salient, background))
    return doc
