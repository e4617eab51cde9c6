"""Literal prefilters: the cheap test that tells a regex cannot match a sentence.

Most of the detector's patterns are long alternations of words ("missiles?",
"warplanes?", "air force" ...) that Python's `re` tries at every position of a
sentence, though most sentences hold none of those words. `gate(pattern)`
reads the pattern's parse tree for a handful of literal strings such that
every match contains at least one of them (as search engines and RE2 build
their prefilters). If a sentence, lower-cased, contains none of them, the
pattern cannot match it, and the search is skipped for a few `in` tests.

A gate is a necessary condition only: a sentence that passes it is searched
as before, so results never change (tests/unit/test_fast_paths.py checks
this on every pattern and every sentence of our corpora).

The gate is read over ASCII text only (SentenceInfo checks): there, lower-
casing maps exactly A-Z to a-z, so a literal the pattern needs, in any case,
is in the lower-cased text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import wraps
from re import _constants as sre
from re import _parser
from typing import TypeVar

T = TypeVar("T")

# shorter literals are in most sentences anyway: the search then runs unfiltered
MIN_LITERAL = 3

_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT))
_Gate = frozenset[str]


def per_pattern(fn: Callable[[re.Pattern[str]], T]) -> Callable[[re.Pattern[str]], T]:
    """Cache a function of a compiled pattern by the pattern's identity.

    functools.cache would hash the pattern, and hashing a re.Pattern hashes
    its whole compiled program: microseconds for a long alternation, on every
    call. The cache keeps each pattern alive, so its id stays its own.
    """
    memo: dict[int, tuple[re.Pattern[str], T]] = {}

    @wraps(fn)
    def cached(pattern: re.Pattern[str]) -> T:
        hit = memo.get(id(pattern))
        if hit is None:
            hit = memo[id(pattern)] = (pattern, fn(pattern))
        return hit[1]

    return cached


@per_pattern
def gate(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Lower-case literals, one of which is in every match of `pattern`; None if there is no useful set."""
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # re._parser is internal: without it, no gate, and every search runs
        return None
    found = _required(tree)
    if not found:
        return None
    # a literal that holds another is implied by it: "strike" covers "strike "
    return tuple(sorted(s for s in found if not any(t != s and t in s for t in found)))


def passes(gate_: tuple[str, ...], lower: str) -> bool:
    """Does the lower-cased text hold one of the gate's literals?"""
    for literal in gate_:  # noqa: SIM110 - a plain loop: the generator of any() costs more than the tests
        if literal in lower:
            return True
    return False


def _required(sequence) -> _Gate | None:
    """One way of saying what every match of the sequence contains, the most selective found."""
    options: list[_Gate] = []
    run: list[str] = []

    def close_run() -> None:
        if len(run) >= MIN_LITERAL:
            options.append(frozenset(["".join(run)]))
        run.clear()

    for op, av in sequence:
        if op is sre.LITERAL and av < 128:
            run.append(chr(av).lower())
            continue
        close_run()
        inner: _Gate | None = None
        if op is sre.SUBPATTERN:
            inner = _required(av[3])
        elif op in _REPEATS:
            low, _, item = av
            inner = _required(item) if low >= 1 else None
        elif op is sre.BRANCH:
            branches = [_required(branch) for branch in av[1]]
            inner = frozenset().union(*branches) if all(branches) else None  # type: ignore[arg-type]
        elif op is getattr(sre, "ATOMIC_GROUP", None):
            inner = _required(av)
        if inner:
            options.append(inner)
    close_run()
    if not options:
        return None
    # the longest shortest literal (a long word is rarer than a short one), then the fewest tests
    return min(options, key=lambda g: (-min(len(s) for s in g), len(g)))
