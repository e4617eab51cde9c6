"""Sentences with their character offsets in the article body."""

from __future__ import annotations

from typing import Final

from tocsin.detection.rx import rx, typeset_stood_in

_ABBREVIATIONS: Final = frozenset(
    ["mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "sgt", "capt", "cpt", "cmdr", "cdr", "brig", "cpl", "pvt", "lieut", "adm", "sen", "rep", "gov", "pres", "st", "mt", "ft", "no", "vs", "etc", "inc", "ltd", "co", "corp", "jr", "sr", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "prof", "rev", "gov't", "dept", "est", "approx", "fig"]
)
# a sentence's end ("[.!?] ..." before a capital) or a blank line, tried where one of _MARKS is
_BOUNDARY: Final = rx(r"[.!?\n](?:(?<=[.!?])[\"'”’)\]]*\s+(?=[\"“'‘(\[]?[A-Z0-9])|(?<=\n)\s*\n)")


# Spaces other than " " that scraped copy carries (no-break, narrow no-break, thin, figure, em ...), and line and
# paragraph separators: read as " " and "\n", so that "on\u00a0Tuesday" is two words as it looks. Typographic quotes
# read as the plain ones: "Tuesday’s strike" is "Tuesday's strike" (the patterns name the apostrophe both ways in most
# places, not all), and an article set with curly quotes, as most publishers' pages are, is then ASCII text, which the
# detector reads several times as fast (see prefilter and rx). One character for one, so every offset into the body
# holds.
_QUOTES: Final = (*((c, "'") for c in "\u2018\u2019\u201a\u201b"), *((c, '"') for c in "\u201c\u201d\u201e\u201f"))
_SPACES: Final = (*((c, " ") for c in "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"),
                  ("\u2028", "\n"), ("\u2029", "\n"))


def readable(body: str) -> str:
    """The body as the detector reads it: the same length, its odd spaces and typographic quotes plain (see _QUOTES, _SPACES)."""
    if body.isascii():
        return body
    for char, plain in _QUOTES:  # (a replace per character present: str.translate took thirty times as long)
        if char in body:
            body = body.replace(char, plain)
    # a typeset page most often holds nothing else beyond ASCII but its dashes (rx.TYPESET): then it holds none of
    # _SPACES, which is told by three scans at memory speed, where looking for each of them took twice as long
    # ("\u2000" in a text that is not ASCII is a scan a character at a time: no byte of it is one memchr can look for)
    if typeset_stood_in(body).isascii():
        return body
    for char, plain in _SPACES:
        if char in body:
            body = body.replace(char, plain)
    return body


class Sentence:
    """One sentence of an article body; `start` and `end` are offsets into the body.

    A plain class, not a NamedTuple: the compiled detector builds one natively, where a NamedTuple's constructor runs
    as Python (a war report has some seventy sentences)."""

    __slots__ = ("end", "index", "paragraph", "start", "text")

    def __init__(self, index: int, start: int, end: int, text: str, paragraph: int) -> None:
        self.index, self.start, self.end, self.text, self.paragraph = index, start, end, text, paragraph

    def __repr__(self) -> str:
        return f"Sentence({self.index}, {self.start}, {self.end}, {self.text!r}, {self.paragraph})"


def _is_initials(word: str) -> bool:
    r"""Is the lower-cased word an initial ("j") or initials with their inner full stops ("j.r")? (what
    `[a-z]|(?:[a-z]\.)+[a-z]` matches in full, tested natively: a sentence's end asks it)"""
    if len(word) % 2 == 0:
        return False
    for i in range(len(word)):
        char = word[i]
        if (char != ".") if i % 2 else not ("a" <= char <= "z"):
            return False
    return True


def split_sentences(body: str) -> list[Sentence]:
    """Split on sentence punctuation and blank lines, not after abbreviations or initials.

    Runs for every article that has a cue word, so the loop is written for
    speed: an article of 1,000 words has some 60 boundaries.
    """
    sentences: list[Sentence] = []
    start = 0
    paragraph = 0
    for at, stop in boundaries(body):
        if body[at] == "\n":
            end, after, new_paragraph = at, stop, 1
        else:
            # the word before the full stop: an abbreviation ("Gen.") or an initial ("J.") does not end a sentence
            tail = body[max(start, at - 12) : at].rsplit(None, 1)
            word = tail[-1].lower().lstrip("\"'“‘(") if tail else ""
            if word in _ABBREVIATIONS or _is_initials(word):
                continue
            end = after = stop
            new_paragraph = 1 if body.find("\n", at, stop) >= 0 else 0
        raw = body[start:end]
        text = raw.strip()
        if text:
            _append(sentences, start + len(raw) - len(raw.lstrip()), text, paragraph)
        start = after
        paragraph += new_paragraph
    raw = body[start:]
    text = raw.strip()
    if text:
        _append(sentences, start + len(raw) - len(raw.lstrip()), text, paragraph)
    return sentences


# what a sentence's end or a blank line begins with
_MARKS: Final = ".!?\n"


def boundaries(body: str) -> list[tuple[int, int]]:
    """The spans of what _BOUNDARY.finditer(body) finds, tried only where one of _MARKS is.

    str.find looks for each mark (memchr): re's search for the class [.!?\n]
    tested every character of the body in turn: two fifths of the
    instructions of splitting a war report.
    """
    marks: list[int] = []
    for mark in _MARKS:
        at = body.find(mark)
        while at >= 0:
            marks.append(at)
            at = body.find(mark, at + 1)
    marks.sort()
    found: list[tuple[int, int]] = []
    searched_to = 0
    for at in marks:
        if at >= searched_to and (m := _BOUNDARY.match(body, at)) is not None:
            searched_to = m.end()
            found.append((at, searched_to))
    return found


# Longer than any sentence of news copy (those run to 60 words or so): text without sentence punctuation, such as a
# scraped table or list, is read in pieces of at most this many characters, cut at a space, so that the readers'
# searches within a sentence stay short (a 20,000-character "sentence" took seconds).
MAX_SENTENCE: Final = 1000


def _append(sentences: list[Sentence], first: int, text: str, paragraph: int) -> None:
    while len(text) > MAX_SENTENCE:
        cut = text.rfind(" ", MAX_SENTENCE // 2, MAX_SENTENCE)
        if cut < 0:
            cut = MAX_SENTENCE
        piece = text[:cut].rstrip()
        sentences.append(Sentence(len(sentences), first, first + len(piece), piece, paragraph))
        rest = text[cut:]
        first += cut + len(rest) - len(rest.lstrip())
        text = rest.strip()
    if text:
        sentences.append(Sentence(len(sentences), first, first + len(text), text, paragraph))
