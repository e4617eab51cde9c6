"""Literal prefilters: the cheap test that tells a regex cannot match a sentence.

Most of the detector's patterns are long alternations of words ("missiles?",
"warplanes?", "air force" ...) that Python's `re` tries at every position of a
sentence, though most sentences hold none of those words. `gate(pattern)`
reads the pattern's parse tree for the literal strings its matches need, as
alternatives of clauses ("(?:general|hunger) strikes?" needs "general" or
"hunger", and "strike"), as search engines and RE2 build their prefilters.
One Aho-Corasick pass (`VOCABULARY`) finds which literals a sentence holds;
`tester(pattern)` then decides with a few integer ANDs whether the pattern
could match, and if not, the search is skipped. `passes` states the same test
literal by literal, the definition the tests hold `tester` to.

A gate is a necessary condition only: a sentence that passes it is searched
as before, so results never change (tests/unit/test_fast_paths.py checks
this on every pattern and every sentence of our corpora).

The gate is read over ASCII text only, but for punctuation such as dashes
(SentenceInfo checks, with rx.reads_as_ascii): there, lower-casing maps
exactly A-Z to a-z, so a literal the pattern needs, in any case, is in the
lower-cased text.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache, wraps
from typing import Any, Final, TypeVar

import ahocorasick_rs

from tocsin.detection.rx import reads_as_ascii

# re's parser is internal and has no type stubs
_parser: Any = importlib.import_module("re._parser")
sre: Any = importlib.import_module("re._constants")

T = TypeVar("T")
K = TypeVar("K")

# shorter literals are in most sentences anyway: the search then runs unfiltered
MIN_LITERAL: Final = 3
# and so are these, in nearly every sentence of English news: a gate that needs one rules nothing out, and finding
# them was over a third of the vocabulary scan's hits on a war report
COMMON: Final = frozenset(
    [variant for word in ("the", "of", "to", "and") for variant in (word, f" {word}", f"{word} ", f" {word} ")] + ["ed "]
)

_REPEATS: Final = (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT))


def per_pattern(fn: Callable[[K], T]) -> Callable[[K], T]:
    """Cache a function of a compiled pattern by the pattern's identity.

    functools.cache would hash the pattern, and hashing a re.Pattern hashes
    its whole compiled program: microseconds for a long alternation, on every
    call. The cache keeps each pattern alive, so its id stays its own.
    """
    memo: dict[int, tuple[K, T]] = {}

    @wraps(fn)
    def cached(pattern: K) -> T:
        hit = memo.get(id(pattern))
        if hit is None:
            hit = memo[id(pattern)] = (pattern, fn(pattern))
        return hit[1]

    return cached


Clause = tuple[str, ...]  # literals, at least one of which is in the text
Conjunction = tuple[Clause, ...]  # clauses that all hold
Gate = tuple[Conjunction, ...]  # conjunctions, one of which holds for every match

# a conjunction tests at most this many clauses: a further one rarely refuses what the first did not
MAX_CLAUSES: Final = 3
# alternatives kept apart at most; beyond, a branch is reduced to one clause ("any of these words")
MAX_ALTERNATIVES: Final = 32


@per_pattern
def gate(pattern: re.Pattern[str]) -> Gate | None:
    """What every match of `pattern` holds, as lower-case literals; None if nothing is worth testing.

    "(?:general|hunger) strikes?|on strike" gives
    ((("general", "hunger"), ("strike",)), (("on strike",),)): a match holds
    "general" or "hunger", and "strike"; or it holds "on strike".
    """
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # re._parser is internal: without it, no gate, and every search runs
        return None
    alternatives = []
    for conjunction in _merged(_required(tree)):
        if not conjunction:
            return None  # a way of matching that needs no literal: nothing can be ruled out
        clauses = sorted({_implied_dropped(c) for c in conjunction}, key=_selectivity)
        alternatives.append(tuple(clauses[:MAX_CLAUSES]))
    return tuple(dict.fromkeys(alternatives)) or None


def passes(gate_: Gate, lower: str) -> bool:
    """Does the lower-cased text satisfy the gate: every clause of one of its conjunctions?"""
    for conjunction in gate_:
        for clause in conjunction:
            for literal in clause:
                if literal in lower:
                    break
            else:
                break  # this clause fails, and with it the conjunction
        else:
            return True
    return False


class Automaton:
    """Literals found in a text by one Aho-Corasick pass (a DFA of ahocorasick-rs): every occurrence, overlapping,
    as (literal's index, start, end), in order of where it ends.

    An ASCII text is searched as bytes, whose offsets are its characters'. A str is searched by first mapping each
    of its bytes' offsets to a character's, a sixth of the time of a pass over a whole article; the str build is
    made only for the texts that need it.

    A text that reads as ASCII (rx.reads_as_ascii: its other characters are
    punctuation such as a typeset article's dashes) is searched as bytes too,
    each of its other characters as one "?", when no literal holds a "?" or
    one of its other characters: the same occurrences are then found at the
    same offsets. The caller that knows the text reads so says it (`alike`).
    """

    __slots__ = ("_as_bytes", "_as_str", "_blockers", "_literals")

    def __init__(self, literals: list[str]) -> None:
        self._literals = literals
        # the characters of the literals that a text reading as ASCII may hold (the curly apostrophe of "’s"): such a
        # text that holds one is searched as str; None: every text that is not ASCII is (a literal holds a "?")
        self._blockers: list[str] | None = None if any("?" in literal for literal in literals) else \
            sorted({char for literal in literals for char in literal if not char.isascii() and reads_as_ascii(char)})
        self._as_bytes = ahocorasick_rs.BytesAhoCorasick([literal.encode() for literal in literals], matchkind=ahocorasick_rs.MatchKind.Standard,
                                                         implementation=ahocorasick_rs.Implementation.DFA)
        self._as_str: ahocorasick_rs.AhoCorasick | None = None

    @property
    def literals(self) -> list[str]:
        return self._literals

    def find(self, text: str, alike: bool = False) -> list[tuple[int, int, int]]:
        """`alike`: the text reads as ASCII (rx.reads_as_ascii)."""
        if text.isascii() or (alike and self._stands_in(text)):
            return self._as_bytes.find_matches_as_indexes(text.encode("ascii", "replace"), overlapping=True)  # type: ignore[no-any-return]
        if self._as_str is None:
            self._as_str = ahocorasick_rs.AhoCorasick(self._literals, matchkind=ahocorasick_rs.MatchKind.Standard,
                                                      implementation=ahocorasick_rs.Implementation.DFA, store_patterns=False)
        return self._as_str.find_matches_as_indexes(text, overlapping=True)  # type: ignore[no-any-return]

    def _stands_in(self, text: str) -> bool:
        """Can a text that reads as ASCII be searched as bytes, a "?" for each character that is not ASCII?"""
        blockers = self._blockers
        if blockers is None:
            return False
        for char in blockers:  # noqa: SIM110 - a plain loop: the generator of any() costs more than the tests
            if char in text:
                return False
        return True


# A scan's result: the bits of the literals found, eight to a byte (byte i holds the literals numbered 8i ... 8i + 7).
# Bytes rather than ints: the compiled detector reads a byte of a bytes object natively, where an int read out of a list
# or a tuple is a Python object to check, convert and let go (that was most of any_bit's instructions, and any_bit some
# 7% of a war report's: a sentence asks some thirty gates). (Rather than one int of a bit per literal: an AND on
# a thousand-bit int allocates one.)
WORD_BITS: Final = 8
Found = bytes
# a set of literals: for each byte of a scan that holds some, two bytes, the byte's number and the literals' bits in
# it; ascending by number
Mask = bytes
MAX_WORDS: Final = 256  # (a byte's number is a byte)
# the bits of a start literal's number in Vocabulary.scan_with_starts's occurrences
START_NUMBER_BITS: Final = 12
START_NUMBER: Final = (1 << START_NUMBER_BITS) - 1


def any_bit(found: Found, mask: Mask) -> bool:
    """Does the scan hold one of the mask's literals? (a plain function, native in the compiled detector)"""
    for i in range(0, len(mask), 2):  # noqa: SIM110 - a plain loop: the generator of any() costs more than the tests
        if found[mask[i]] & mask[i + 1]:
            return True
    return False


def union(masks: Iterable[Mask]) -> Mask:
    """The literals of all the masks, as one mask."""
    words: dict[int, int] = {}
    for mask in masks:
        for i in range(0, len(mask), 2):
            words[mask[i]] = words.get(mask[i], 0) | mask[i + 1]
    return bytes([byte for word in sorted(words) for byte in (word, words[word])])


class Vocabulary:
    """Every literal of every gate in use, found in a text by one Aho-Corasick pass.

    Each literal has a bit of its own, and a scan (`scan`) gives the bits of
    the literals a text holds (as words of WORD_BITS bits, `Found`). A gate
    is then a few integer ANDs on those (`Test`), instead of a test per
    literal per pattern. Gates are registered as patterns are first used,
    and each registration that brings new literals bumps `version`, so that
    a scan made before it is made again. Read `version` before scanning: a
    scan is then never newer than the version it is filed under, even if
    another thread registers meanwhile.

    The same pass finds where the literals that anchored patterns' matches
    begin with (`starts`) occur (`scan_with_starts`): one walk over a
    sentence serves both. Each such start literal has a number of its own
    (`add_starts` gives them), and an occurrence is told as one int, its
    offset shifted left by START_NUMBER_BITS and the literal's number: a
    list of those sorts as ints, not as tuples.
    """

    def __init__(self) -> None:
        self.version = 0
        self._numbers: dict[str, int] = {}  # each literal's bit, as its number
        self._starts: dict[str, int] = {}  # each start literal's number
        # the version it was built for, the automaton, the number of words of a scan, and for each of the automaton's
        # literals (by index) the literal's word and bit (0 for a start only) and its number as a start (-1 for none)
        self._built: tuple[int, Automaton, int, list[tuple[int, int, int]]] | None = None

    def add(self, literals: set[str]) -> None:
        new = {literal: len(self._numbers) + i for i, literal in enumerate(sorted(literals - self._numbers.keys()))}
        if len(self._numbers) + len(new) > MAX_WORDS * WORD_BITS:
            raise ValueError(f"more than {MAX_WORDS * WORD_BITS} literals: a mask numbers a scan's bytes with one byte")
        if new:
            self._numbers = self._numbers | new  # a new dict: a scan building from the old one is not disturbed
            self.version += 1

    def add_starts(self, literals: Iterable[str]) -> frozenset[int]:
        """Register literals that anchored patterns' matches begin with (see `starts`); their numbers. A literal that
        is a word and white space or punctuation after it is registered as the word (`standing_in`)."""
        literals = {standing_in(literal) for literal in literals}
        new = {literal: len(self._starts) + i for i, literal in enumerate(sorted(literals - self._starts.keys()))}
        if len(self._starts) + len(new) > 1 << START_NUMBER_BITS:
            raise ValueError(f"more than {1 << START_NUMBER_BITS} start literals: widen prefilter.START_NUMBER_BITS")
        if new:
            self._starts = self._starts | new
            self.version += 1
        return frozenset(map(self._starts.__getitem__, literals))

    def mask(self, literals: frozenset[str] | set[str]) -> Mask:
        """The bits of registered literals."""
        return union(bytes([number // WORD_BITS, 1 << number % WORD_BITS]) for number in map(self._numbers.__getitem__, literals))

    def names(self, found: Found) -> set[str]:
        """The literals whose bits are set: what a scan found, in words."""
        return {literal for literal, number in self._numbers.items()
                if number // WORD_BITS < len(found) and found[number // WORD_BITS] >> (number % WORD_BITS) & 1}

    def _automaton(self) -> tuple[Automaton, int, list[tuple[int, int, int]]] | None:
        version, built = self.version, self._built
        if built is None or built[0] != version:
            numbers, starts = self._numbers, self._starts
            if not numbers and not starts:
                return None
            literals = sorted(numbers.keys() | starts)
            automaton = Automaton(literals)  # (built in milliseconds for the vocabulary's thousands of literals)
            values = []
            for literal in literals:
                number = numbers.get(literal)
                word, bit = (0, 0) if number is None else (number // WORD_BITS, 1 << (number % WORD_BITS))
                values.append((word, bit, starts.get(literal, -1)))
            self._built = built = (version, automaton, -(-len(numbers) // WORD_BITS), values)
        return built[1], built[2], built[3]

    def scan(self, lower: str) -> Found:
        """The bits of the literals that occur in the lower-cased text."""
        return self.scan_with_starts(lower)[0]

    def scan_with_starts(self, lower: str, alike: bool = False) -> tuple[Found, list[int]]:
        """scan(lower), and every occurrence of a start literal, in order of offset, as offset << START_NUMBER_BITS
        | the literal's number. The offsets are those of lower[1:]: `lower` is a sentence's text with a leading
        space, the anchored patterns run on the text without it. `alike`: it reads as ASCII (rx.reads_as_ascii)."""
        built = self._automaton()
        starts: list[int] = []
        if built is None:
            return b"", starts
        automaton, words, values = built
        found = bytearray(words)
        for index, start, _ in automaton.find(lower, alike):
            word, bit, number = values[index]
            if bit:  # (most of a sentence's literals are starts only)
                found[word] = found[word] | bit
            if number >= 0 and start >= 1:  # (not one that takes in the leading space)
                starts.append((start - 1) << START_NUMBER_BITS | number)
        starts.sort()
        return bytes(found), starts


# the fewest characters of a start literal that stands in for itself with white space or punctuation after it: "the"
# for "the ", but not "in" for "in " (inside too many words: "training", "within")
_SHORTEST_STANDING_IN: Final = 3


def standing_in(literal: str) -> str:
    """The start literal anchored patterns are tried at for `literal`: without the white space or punctuation after
    its word, when that is at least _SHORTEST_STANDING_IN characters long ("the" for "the ", and for "the" and a tab ...).

    Every match that starts with the literal starts with the word too, so a
    pattern tried where the word occurs misses none of its matches, and is tried
    at a few more places ("the" of "their", for a pattern of "the "), where it
    fails at once. The scan, whose cost is per occurrence found, then reports one
    occurrence where it reported "the" and "the " in most sentences, and its
    automaton holds one literal where a pattern's white space spelled out a dozen."""
    end = len(literal)
    while end > _SHORTEST_STANDING_IN and not literal[end - 1].isalnum():
        end -= 1
    return literal[:end] if literal[end - 1 : end].isalnum() else literal


VOCABULARY: Final = Vocabulary()


@dataclass(frozen=True, slots=True)
class Test:
    """A gate as tests on VOCABULARY.scan(text): passes(gate, text) == Test(...)(scan).

    `any_of` holds the literals of the first clause of every conjunction: a
    text with none of them fails every conjunction, which settles most texts
    with one AND. `rest` is the whole gate, each clause as the bits of its
    literals, for the texts that get past `any_of`; None when `any_of` alone
    is the gate (one clause).
    """

    any_of: Mask
    rest: tuple[tuple[Mask, ...], ...] | None

    def __call__(self, found: Found) -> bool:
        return any_bit(found, self.any_of) and (self.rest is None or holds(self.rest, found))


def holds(gate_: tuple[tuple[Mask, ...], ...], found: Found) -> bool:
    """Does a scan hold every clause of one of the conjunctions? (a plain function: the compiled
    detector calls it natively, where a closure would be a Python call)"""
    for conjunction in gate_:
        for clause in conjunction:
            if not any_bit(found, clause):
                break
        else:
            return True
    return False


@per_pattern
def tester(pattern: re.Pattern[str]) -> Test | None:
    """The gate of `pattern` as a Test on VOCABULARY scans; None when the pattern has no gate."""
    gate_ = gate(pattern)
    if gate_ is None:
        return None
    VOCABULARY.add({literal for conjunction in gate_ for clause in conjunction for literal in clause})
    compiled = tuple(tuple(VOCABULARY.mask(set(clause)) for clause in conjunction) for conjunction in gate_)
    any_of = union(conjunction[0] for conjunction in compiled)
    return Test(any_of, None if len(compiled) == 1 and len(compiled[0]) == 1 else compiled)


def _selectivity(clause: Clause) -> tuple[int, int]:
    """Sort key: the longest shortest literal first (a long word is rarer than a short one), then the fewest."""
    return (-min(len(s) for s in clause), len(clause))


def _implied_dropped(clause: frozenset[str]) -> Clause:
    """The clause without literals that hold another of its literals: "strike" covers "strike "."""
    return tuple(sorted(s for s in clause if not any(t != s and t in s for t in clause)))


_Dnf = list[list[frozenset[str]]]  # alternatives, each a list of clauses that all hold


def _collapsed(dnf: _Dnf) -> _Dnf:
    """One clause for the whole: each alternative's most selective clause, any of them."""
    best = [min(conj, key=lambda c: _selectivity(tuple(c))) if conj else None for conj in dnf]
    return [[frozenset().union(*best)]] if all(best) else [[]]  # type: ignore[arg-type]


def _merged(dnf: _Dnf) -> _Dnf:
    """The same alternatives, those of a single clause joined into one: "drone" or "missile" is one clause."""
    if any(not conj for conj in dnf):
        return [[]]
    singles = [conj[0] for conj in dnf if len(conj) == 1]
    return ([[frozenset().union(*singles)]] if singles else []) + [conj for conj in dnf if len(conj) > 1]


def _required(sequence) -> _Dnf:
    """What every match of the sequence holds, as alternatives of clauses."""
    dnf: _Dnf = [[]]
    run: list[str] = []

    def conjoin(part: _Dnf) -> None:
        nonlocal dnf
        if len(dnf) * len(part) > MAX_ALTERNATIVES:
            part = _collapsed(part)
        if len(dnf) * len(part) > MAX_ALTERNATIVES:
            dnf = _collapsed(dnf)
        dnf = [a + b for a in dnf for b in part]

    def close_run() -> None:
        if len(run) >= MIN_LITERAL and (literal := "".join(run)) not in COMMON:
            conjoin([[frozenset([literal])]])
        run.clear()

    for op, av in sequence:
        if op is sre.LITERAL and av < 128:
            run.append(chr(av).lower())
            continue
        close_run()
        if op is sre.SUBPATTERN:
            conjoin(_required(av[3]))
        elif op in _REPEATS:
            low, _, item = av
            if low >= 1:
                conjoin(_required(item))
        elif op is sre.BRANCH:
            conjoin(_merged([conj for branch in av[1] for conj in _required(branch)]))
        elif op is getattr(sre, "ATOMIC_GROUP", None):
            conjoin(_required(av))
        elif op is sre.ASSERT:
            # a lookahead or lookbehind: what it needs is in the text too ("attack(?= drones?)" needs "drone")
            conjoin(_required(av[1]))
    close_run()
    return dnf


# ---------------------------------------------------------------- where matches start
# the most literals a pattern's matches may begin with for it to be tried only where they occur (see starts)
MAX_STARTS: Final = 256
# how much of a pattern starts() reads before it gives up: optional parts in a row make the ways of starting multiply
_STARTS_BUDGET: Final = 2000
# a character class that starts() reads as that many literals ("['’]ll strike"): at most this many characters
_SMALL_CLASS: Final = 4
_ZERO_WIDTH: Final = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_WHITE_SPACE_CLASS: Final = [(sre.CATEGORY, sre.CATEGORY_SPACE)]  # "\s", as the parser reads it
_DIGIT_CLASS: Final = [(sre.CATEGORY, sre.CATEGORY_DIGIT)]  # "\d"
_ASCII_DIGITS: Final = "0123456789"


_LAST_SPACE: Final = 0x3000  # Unicode has no white space above the ideographic space (a test holds it to that)


@lru_cache(maxsize=1)
def _white_space() -> str:
    """Every character that `\\s` matches in a pattern (str.isspace is the test re's Unicode patterns make; in ASCII
    ones, \\s matches a subset of these)."""
    return "".join(filter(str.isspace, map(chr, range(_LAST_SPACE + 1))))


@per_pattern
def starts(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Literals one of which every match of a case-sensitive `pattern` begins with; None when a way of matching
    begins otherwise, or with fewer than MIN_LITERAL characters, or there are more than MAX_STARTS of them.

    Python's re tries a pattern that opens with a word boundary and an
    alternation ("\\b(?:strikes?|struck|attacks?...)") at every position of a
    text, which makes it slow to say that a sentence holds no match. Where
    these literals occur is where a match can start, so SentenceInfo (from
    `Vocabulary.scan_with_starts`) and the article-wide cue gate (from
    lexicon.cue_words) try the pattern only there, and find the same matches.
    """
    return _literal_starts(pattern, digits=False)


@per_pattern
def starts_ascii(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """starts(pattern) for its matches on ASCII text, where a digit (\\d) is one of the ten ASCII digits: a match may
    then begin with a digit ("at least 12 people were killed" or "12 people were killed"), each digit a literal of one
    character. Only for text that reads as ASCII (rx.reads_as_ascii) and the pattern's ASCII form: Unicode's \\d
    matches other digits too."""
    return _literal_starts(pattern, digits=True)


def _literal_starts(pattern: re.Pattern[str], digits: bool) -> tuple[str, ...] | None:
    if pattern.flags & re.IGNORECASE:
        return None  # its literals stand for every case (the folded patterns are anchored, see lexicon.folded_starts)
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # re._parser is internal: without it, every search runs unanchored
        return None
    budget = [_STARTS_BUDGET]
    found = _starts(list(tree), 0, budget, digits)
    # (a digit is the one literal of a single character allowed: digits are few in prose, and a toll begins with one)
    if found is None or len(found) > MAX_STARTS or budget[0] <= 0 \
            or any(len(s) < MIN_LITERAL and not (digits and len(s) == 1 and s in _ASCII_DIGITS) for s in found):
        return None
    # a literal that begins with another adds no place to try ("strike" is where every "strikes" is)
    return tuple(sorted(s for s in found if not any(t != s and s.startswith(t) for t in found)))


def _starts(items: list, i: int, budget: list[int], digits: bool = False) -> set[str] | None:
    """The literals one of which begins every match of the sequence items[i:], or None. `digits`: read a digit (\\d) as
    one of the ten ASCII digits, each a literal of its own (see starts_ascii)."""
    budget[0] -= 1
    if budget[0] <= 0:
        return None
    run: list[str] = []
    while i < len(items):
        op, av = items[i]
        if op is sre.LITERAL:
            run.append(chr(av))
            i += 1
            continue
        if run:
            head = "".join(run)
            if len(head) >= MIN_LITERAL:
                return {head}
            # too short to look for ("ha" of "had |have |has "): continued by what follows it
            tail = _starts(items, i, budget, digits)
            return {head + t for t in tail} if tail is not None and len(tail) <= MAX_STARTS else {head}
        if op in _ZERO_WIDTH:
            i += 1  # a boundary or a lookaround consumes nothing: the match starts with what follows it
        elif op is sre.SUBPATTERN:
            return _starts(list(av[3]) + items[i + 1 :], 0, budget, digits)
        elif op is getattr(sre, "ATOMIC_GROUP", None):
            return _starts(list(av) + items[i + 1 :], 0, budget, digits)
        elif op is sre.BRANCH:
            return _union([list(branch) + items[i + 1 :] for branch in av[1]], budget, digits)
        elif op is sre.IN and len(av) <= _SMALL_CLASS and all(o is sre.LITERAL for o, _ in av):
            return _union([[item, *items[i + 1 :]] for item in av], budget, digits)
        elif digits and op is sre.IN and av == _DIGIT_CLASS:
            # (a digit alone: each of the ten is a literal of one character, allowed as no other is, see starts_ascii)
            return set(_ASCII_DIGITS)
        elif op is sre.IN and av == _WHITE_SPACE_CLASS:
            # every white-space character, one literal each: so that a word too short to look for is looked for with
            # the space after it ("is" of "is\s+(?:possible|likely)" as "is ", "is\n" ...)
            return _union([[(sre.LITERAL, ord(space)), *items[i + 1 :]] for space in _white_space()], budget, digits)
        elif op in _REPEATS:
            low, high, item = av
            # once at most: the item is followed by the rest; more often, only the first time's start is known
            first = _starts(list(item) + items[i + 1 :], 0, budget, digits) if high == 1 else _starts(list(item), 0, budget, digits)
            if first is None or low >= 1:
                return first
            rest = _starts(items, i + 1, budget, digits)  # the item left out
            return None if rest is None else first | rest
        else:
            return None  # a class, a wildcard, a back-reference: no literal to find
    return {"".join(run)} if run else None


def _union(sequences: list[list], budget: list[int], digits: bool = False) -> set[str] | None:
    found: set[str] = set()
    for sequence in sequences:
        more = _starts(sequence, 0, budget, digits)
        if more is None:
            return None
        found |= more
    return found


