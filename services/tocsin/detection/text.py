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


def split_sentences(body: str) -> list[Sentence]:
    """Split on sentence punctuation and blank lines, not after abbreviations or initials."""
    sentences: list[Sentence] = []
    start = 0
    paragraph = 0

    def emit(end: int) -> None:
        nonlocal start
        raw = body[start:end]
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            s = start + lead
            sentences.append(Sentence(len(sentences), s, s + len(stripped), stripped, paragraph))

    for m in _BOUNDARY.finditer(body):
        if m.group().startswith("\n"):
            emit(m.start())
            start = m.end()
            paragraph += 1
            continue
        before = body[start : m.start()]
        word = before.rsplit(None, 1)[-1].lower() if before.split() else ""
        word = word.lstrip("\"'“‘(")
        if word in _ABBREVIATIONS or re.fullmatch(r"[a-z]", word) or re.fullmatch(r"(?:[a-z]\.)+[a-z]", word):
            continue
        emit(m.start() + 1 + len(m.group()) - len(m.group().lstrip(".!?").lstrip("\"'”’)]").lstrip()) - 1)
        start = m.end()
        if "\n" in m.group():
            paragraph += 1
    emit(len(body))
    return sentences
