"""Sentences with their character offsets in the article body."""

from __future__ import annotations

import re
from dataclasses import dataclass

_ABBREVIATIONS = frozenset(
    ["mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "sgt", "capt", "cpt", "cmdr", "adm", "sen", "rep", "gov", "pres", "st", "mt", "ft", "no", "vs", "etc", "inc", "ltd", "co", "corp", "jr", "sr", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "prof", "rev", "gov't", "dept", "est", "approx", "fig"]
)
_BOUNDARY = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[\"“'‘(\[]?[A-Z0-9])|\n\s*\n")


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    paragraph: int


_INITIAL = re.compile(r"[a-z]|(?:[a-z]\.)+[a-z]")


def split_sentences(body: str) -> list[Sentence]:
    """Split on sentence punctuation and blank lines, not after abbreviations or initials."""
    sentences: list[Sentence] = []
    start = 0
    paragraph = 0

    def emit(end: int) -> None:
        raw = body[start:end]
        stripped = raw.strip()
        if stripped:
            s = start + (len(raw) - len(raw.lstrip()))
            sentences.append(Sentence(len(sentences), s, s + len(stripped), stripped, paragraph))

    for m in _BOUNDARY.finditer(body):
        if m.group().startswith("\n"):
            emit(m.start())
            start = m.end()
            paragraph += 1
            continue
        # the word before the full stop: an abbreviation ("Gen.") or an initial ("J.") does not end a sentence
        tail = body[max(start, m.start() - 12) : m.start()].rsplit(None, 1)
        word = tail[-1].lower().lstrip("\"'“‘(") if tail else ""
        if word in _ABBREVIATIONS or _INITIAL.fullmatch(word):
            continue
        emit(m.end())
        start = m.end()
        if "\n" in m.group():
            paragraph += 1
    emit(len(body))
    return sentences
