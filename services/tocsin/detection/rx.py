"""Regular expressions that run on ASCII text without Unicode's character tables.

Python's `re` reads `\\w`, `\\s`, `\\d` and `\\b` through Unicode's tables by
default: every test of a word character calls the interpreter's Unicode
database, and case-insensitive matching lower-cases each character the same
way. With `re.ASCII` these are table lookups, and the detector's patterns run
about a tenth faster on a war report, where nearly every sentence is searched.

On ASCII text the two read the same, with one exception this module takes
care of: Unicode counts the separators U+001C-U+001F as white space, ASCII
does not, so the ASCII form spells `\\s` out with them. A pattern whose
ASCII form could read ASCII text differently (a case-insensitive pattern with
a non-ASCII letter that folds to an ASCII one, such as the dotless "ı"; an
inline `(?u)` or `(?a)`; `\\S` inside a class; verbose mode, whose comments
may hold a "[") keeps its Unicode form only.

`Rx` holds both forms and runs the one that fits the text it is given: the
ASCII form on ASCII text (`str.isascii()` is a flag the string carries, not a
scan), the Unicode form on any other. Its methods are those of re.Pattern
that the detector uses, with the same arguments, so a call site reads as if
it held a compiled pattern.

The ASCII form also reads exactly as the Unicode one a text whose only other
characters are punctuation without case that is neither a word character nor
white space: a dash, an ellipsis, a bullet, a currency sign
(`reads_as_ascii`). News copy is full of those; a reader that knows its text
is such (a sentence, an article) runs the ASCII form on it (`Rx.ascii`).
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Callable, Iterator
from typing import Any, Final

_parser: Any = importlib.import_module("re._parser")  # internal to re, without type stubs
_constants: Any = importlib.import_module("re._constants")

_END: Final = sys.maxsize  # re's own default for endpos
# the last code point of the blocks of punctuation looked into (through Miscellaneous Symbols and Arrows); beyond, every
# character counts as one the ASCII form could read otherwise
_PUNCTUATION_UP_TO: Final = 0x2BFF
# what Unicode's \s holds beyond ASCII's, among the ASCII characters
_SEPARATORS: Final = "\\x1c-\\x1f"


class Rx:
    """A pattern compiled for any text (`unicode`) and for ASCII text (`ascii`; the same object when the two
    could differ on ASCII text); `pattern` and `flags` are the Unicode form's."""

    __slots__ = ("_ascii", "flags", "pattern", "plan", "unicode")

    def __init__(self, unicode: re.Pattern[str]) -> None:
        self.unicode = unicode
        self.pattern = unicode.pattern
        self.flags = unicode.flags
        self._ascii: re.Pattern[str] | None = None
        # how a reader of sentences runs the pattern (analysis._Plan), worked out on first use and kept here, where
        # reading it costs an attribute access rather than a lookup by the pattern's identity at every search
        self.plan: Any = None

    @property
    def ascii(self) -> re.Pattern[str]:
        """The ASCII form, compiled on first use: most of the detector's patterns are used by few articles, and
        compiling them all twice at import would add a third to its start-up."""
        form = self._ascii
        if form is None:
            source = ascii_source(self.unicode)
            form = self._ascii = self.unicode if source is None else re.compile(source, (self.flags & ~re.UNICODE) | re.ASCII)
        return form

    def on(self, text: str) -> re.Pattern[str]:
        """The form to run on `text`."""
        return self.ascii if text.isascii() else self.unicode

    def search(self, string: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        return (self.ascii if string.isascii() else self.unicode).search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        return (self.ascii if string.isascii() else self.unicode).match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        return (self.ascii if string.isascii() else self.unicode).fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = _END) -> Iterator[re.Match[str]]:
        return (self.ascii if string.isascii() else self.unicode).finditer(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return (self.ascii if string.isascii() else self.unicode).sub(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return (self.ascii if string.isascii() else self.unicode).split(string, maxsplit)

    def __repr__(self) -> str:
        return f"rx({self.pattern!r}, {self.flags & ~re.UNICODE!r})"


def _reads_alike(code: int) -> bool:
    """Do a pattern's two forms read this character alike: is it punctuation without case, neither a word
    character nor white space?"""
    char = chr(code)
    return not (char.isalnum() or char == "_" or char.isspace() or char.lower() != char or char.upper() != char
                or char.casefold() != char)


# the non-ASCII characters that the two forms read alike, of those looked into
_ALIKE: Final = frozenset(chr(code) for code in range(0x80, _PUNCTUATION_UP_TO + 1) if _reads_alike(code))
_NOT_ASCII: Final = re.compile(r"[^\x00-\x7f]")  # one character: re then skips to it with its fast prefix scan


# the punctuation of typeset copy that readable() leaves (its quotes are plain by then): most texts that are not ASCII
# hold no other character that is not, and without these they are ASCII, which `str.isascii` tells at once
TYPESET: Final = ("\u2014", "\u2013", "\u2026")  # em dash, en dash, ellipsis
# what stands for each character that is not ASCII in a text that reads as ASCII, where a reader allows it (see
# stand_in_blockers): "?" is punctuation without case too, so most patterns cannot tell it from a dash
STAND_IN: Final = "?"


# the last text typeset_stood_in was asked of, and its answer: readable() asks it of a typeset page, and the cue scan
# of the very same str next (a str does not change, so the same object has the same answer; one tuple, read and
# replaced whole, so that threads sharing it never see one text with another's answer)
_last_stood_in: tuple[str, str] = ("", "")


def typeset_stood_in(text: str) -> str:
    """`text` with STAND_IN for each of TYPESET's characters: three scans at memory speed, a sixth of the time of one
    `re` pass over a typeset article, and ASCII if the text holds nothing else beyond ASCII (then `str.isascii`, which
    reads a flag, tells it). One character for one: a third of the time of deleting them."""
    global _last_stood_in
    last = _last_stood_in
    if last[0] is text:
        return last[1]
    plain = text
    for char in TYPESET:
        plain = plain.replace(char, STAND_IN)
    _last_stood_in = (text, plain)
    return plain


def reads_as_ascii(text: str) -> bool:
    """Does every pattern's ASCII form read `text` as its Unicode form does: is it ASCII, but for punctuation
    such as dashes (see _reads_alike)? And then its lower-cased form is too, and as long."""
    # (else a few dashes and quotes in English news copy; the first letter ends it)
    return text.isascii() or typeset_stood_in(text).isascii() or _only_alike(text)


def _only_alike(text: str) -> bool:
    """Are all the text's characters beyond ASCII ones that read alike (_ALIKE)?"""
    return all(char.group() in _ALIKE for char in _NOT_ASCII.finditer(text))


def lower_alike(text: str) -> str:
    """text.lower() of a text that reads as ASCII (reads_as_ascii): its letters are ASCII, and its other characters
    have no case, so lower-casing its UTF-8 bytes, as bytes.lower does (A-Z only), gives the same text in a third of
    the time str.lower takes over a text that is not all ASCII."""
    return text.encode("utf-8").lower().decode("utf-8")


def stand_in_blockers(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The characters a text must not hold for the pattern to find in it, if it reads as ASCII (reads_as_ascii),
    exactly what it finds in the same text with STAND_IN for each of its characters that are not ASCII: those of
    _ALIKE that its literals and classes name (a curly apostrophe, say). None when no text will do: the pattern names
    STAND_IN itself, or compares text with a backreference. Classes of words, digits and white space hold neither a
    stand-in nor what it stands for. A text stood in for is ASCII: every search of it takes the fast paths of ASCII
    text."""
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # re._parser is internal: without it, no stand-ins
        return None
    named: set[str] = set()
    return frozenset(named) if _names(tree, named) else None


def _names(tree: Any, named: set[str]) -> bool:
    """Add to `named` the characters of _ALIKE the parse tree's literals and classes hold; False if one holds STAND_IN
    or it has a backreference."""
    for op, av in tree:
        if op is _constants.LITERAL or op is _constants.NOT_LITERAL:
            spans = [(av, av)]
        elif op is _constants.IN:
            spans = [(item_av, item_av) if item_op is _constants.LITERAL else item_av for item_op, item_av in av
                     if item_op is _constants.LITERAL or item_op is _constants.RANGE]
        elif op is _constants.GROUPREF:
            return False
        else:  # groups, repeats, branches, lookarounds: the patterns inside
            if not all(_names(inner, named) for inner in _inner(av)):
                return False
            continue
        for low, high in spans:
            if low <= ord(STAND_IN) <= high:
                return False
            named.update(chr(code) for code in range(max(low, 0x80), min(high, _PUNCTUATION_UP_TO) + 1) if chr(code) in _ALIKE)
    return True


def stood_in(text: str) -> str:
    """`text` with STAND_IN for each character that is not ASCII: an ASCII str of the same length."""
    return text.encode("ascii", "replace").decode("ascii")


def stood_in_if_alike(text: str) -> str | None:
    """stood_in(text) if the text reads as ASCII (reads_as_ascii), else None: one answer to both questions.

    A typeset page's only characters beyond ASCII are most often TYPESET's, which read alike: a replace for each
    of the three (at memory speed) then leaves the stood-in text, ASCII, where reads_as_ascii would make the same
    three passes and stood_in an encoder's pass of its own, a character at a time: half the time of the two."""
    if text.isascii():
        return text
    plain = typeset_stood_in(text)
    if plain.isascii():
        return plain
    return stood_in(text) if _only_alike(text) else None


def rx(pattern: str, flags: int = 0) -> Rx:
    """Compile `pattern` as re.compile does, in both forms (see Rx)."""
    return Rx(re.compile(pattern, flags))


def ascii_source(pattern: re.Pattern[str]) -> str | None:
    """The source of the pattern's ASCII form, which matches ASCII text exactly as the pattern does; None when
    there is none (see the module's docstring)."""
    source = pattern.pattern
    if not pattern.flags & re.UNICODE or pattern.flags & re.VERBOSE or "(?u" in source or "(?a" in source or "(?L" in source \
            or "(?x" in source:
        return None  # compiled otherwise already, told a mode of its own inline, or verbose (whose comments may hold "[")
    try:
        tree = _parser.parse(source, pattern.flags)
    except Exception:  # re._parser is internal: without it, the Unicode form only
        return None
    if (pattern.flags & re.IGNORECASE or "(?i" in source) and _folds_into_ascii(tree):
        return None
    return _spell_out_spaces(source)


def _folds_into_ascii(tree: Any) -> bool:
    """Does the pattern hold a non-ASCII character that Unicode's case folding matches to an ASCII letter ("ı" to
    "i", the Kelvin sign to "k")? Case-insensitive, such a pattern matches ASCII text that its ASCII form
    does not."""
    for op, av in tree:
        if op is _constants.LITERAL or op is _constants.NOT_LITERAL:
            found = _folds(av)
        elif op is _constants.IN:
            found = any((item_op is _constants.LITERAL and _folds(item_av))
                        or (item_op is _constants.RANGE and any(_folds(c) for c in range(max(item_av[0], 128), item_av[1] + 1)))
                        for item_op, item_av in av)
        else:  # groups, repeats, branches, lookarounds: the patterns inside
            found = any(_folds_into_ascii(inner) for inner in _inner(av))
        if found:
            return True
    return False


def _inner(av: Any) -> list[Any]:
    """The sub-patterns among a parse tree item's arguments."""
    found: list[Any] = []
    for item in av if isinstance(av, (tuple, list)) else (av,):
        if isinstance(item, _parser.SubPattern):
            found.append(item)
        elif isinstance(item, (tuple, list)):
            found.extend(_inner(item))
    return found


def _folds(code: int) -> bool:
    if code < 128:
        return False
    char = chr(code)
    return any(c.isascii() for c in char.lower() + char.upper() + char.casefold())


def _spell_out_spaces(source: str) -> str | None:
    """The source with each `\\s` holding U+001C-U+001F as Unicode's does ("[\\s\\x1c-\\x1f]"); None where that cannot
    be written (a `\\S` inside a class)."""
    out: list[str] = []
    in_class = False
    i = 0
    n = len(source)
    while i < n:
        c = source[i]
        if c == "\\" and i + 1 < n:
            escape = source[i : i + 2]
            if escape == "\\s":
                out.append(f"\\s{_SEPARATORS}" if in_class else f"[\\s{_SEPARATORS}]")
            elif escape == "\\S":
                if in_class:
                    return None
                out.append(f"[^\\s{_SEPARATORS}]")
            else:
                out.append(escape)
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
            out.append(c)
            i += 1
            continue
        if c == "[":
            in_class = True
            out.append(c)
            i += 1
            # a "]" first in a class ("[]a]", "[^]a]") is one of its characters, not its end
            if i < n and source[i] == "^":
                out.append("^")
                i += 1
            if i < n and source[i] == "]":
                out.append("]")
                i += 1
            continue
        out.append(c)
        i += 1
    return "".join(out)
