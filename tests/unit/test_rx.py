"""A pattern's ASCII form (rx.Rx) must read ASCII text exactly as the pattern compiled for any text does."""

from __future__ import annotations

import random
import re

import pytest

from bench.reports import war_report
from tests.unit.test_fast_paths import DEVSET, _all_patterns
from tocsin.detection.evaluation import read_ndjson
from tocsin.detection.rx import Rx, reads_as_ascii, rx
from tocsin.detection.text import split_sentences


def _ascii_texts() -> list[str]:
    rng = random.Random(23)
    bodies = [r["article"]["body"] for path in sorted(DEVSET.glob("*.ndjson")) for r in read_ndjson(path)]
    bodies += [war_report(rng, 700).body for _ in range(4)]
    texts = [s.text for body in bodies if body.isascii() for s in split_sentences(body)]
    # with what Unicode calls white space and ASCII does not, and digits and underscores beside words
    return [*texts, "Three\x1cwere killed\x1fin the strike on Kharkiv.", "drone_strike 2nd_wave killed 12", "\x1d\x1e"]


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], ...]]:
    return [tuple(m.span(g) for g in range(pattern.groups + 1)) for m in pattern.finditer(text)]


def test_every_pattern_reads_ascii_text_in_its_ascii_form_as_in_its_unicode_one():
    patterns = _all_patterns()
    twinned = [p for p in patterns if p.ascii is not p.unicode]
    assert len(twinned) > 200 and len(twinned) == len(patterns)  # the detector's patterns all have an ASCII form
    texts = _ascii_texts()
    assert len(texts) > 1000
    # and text that is ASCII but for punctuation, which the detector's readers run the ASCII forms on too
    punctuated = [t.replace(", ", " \u2014 ", 1).replace(" the ", " \u2026the ", 1) + " \u2022\u2122\u20ac" for t in texts[::3]]
    assert all(reads_as_ascii(t) and not t.isascii() for t in punctuated)
    texts += punctuated
    for pattern in twinned:
        for text in texts:
            assert _matches(pattern.ascii, text) == _matches(pattern.unicode, text), (pattern.pattern[:60], text)


def test_text_reads_as_ascii_when_its_other_characters_are_punctuation_without_case():
    assert reads_as_ascii("Drones struck Kharkiv \u2014 officials said\u2026 \u201cthree\u201d were hurt \u2022 \u00a35 \u00d7 2")
    for other in ("Erdo\u011fan", "caf\u00e9", "\u00bd", "\u00aa", "a\u00a0b", "\u212a", "\u0131", "\u00b2", "\u0660", "\u4e2d", "\U0001f600"):
        assert not reads_as_ascii(f"Drones struck {other}"), other  # letters, digits, spaces, what has case, and beyond


def test_an_rx_runs_the_form_that_fits_the_text():
    word = rx(r"\w+")
    assert word.search("Erdoğan said").group() == "Erdoğan"  # Unicode text: Unicode's letters
    assert word.ascii.search("Erdoğan said").group() == "Erdo"  # (which the ASCII form would not read)
    assert word.on("Erdoğan") is word.unicode and word.on("Erdogan") is word.ascii
    assert [m.group() for m in word.finditer("two drones, 3 missiles")] == ["two", "drones", "3", "missiles"]
    assert rx(r"\s+").sub(" ", "a \t b") == "a b" and rx(r",\s*").split("a, b,c") == ["a", "b", "c"]


def test_white_space_reads_as_unicode_reads_it():
    # U+001C-U+001F are white space to Unicode (str.isspace), not to re.ASCII: the ASCII form spells \s out
    for char in "\x1c\x1d\x1e\x1f":
        assert rx(r"a\sb").search(f"a{char}b") is not None
        assert rx(r"a\Sb").search(f"a{char}b") is None
        assert rx(r"a[^\s,]b").search(f"a{char}b") is None
        assert rx(r"a[\s,]b").search(f"a{char}b") is not None
    assert re.compile(r"a\sb", re.ASCII).search("a\x1cb") is None  # what the spelling out is for


def test_patterns_whose_ascii_form_could_differ_keep_their_unicode_form_only():
    # case-insensitive, "ı" (dotless i) matches "I" and "i" in Unicode, not in ASCII
    assert re.compile("ı", re.I).search("I") is not None and re.compile("ı", re.I | re.A).search("I") is None
    dotless = rx("Diyarbakır", re.I)
    assert dotless.ascii is dotless.unicode and dotless.search("DIYARBAKIR") is not None
    assert rx("[\u00c0-\u024f]x", re.I).ascii is rx("[\u00c0-\u024f]x", re.I).unicode  # a range holding "ı" and "ſ"
    assert rx(r"[\S]").ascii is rx(r"[\S]").unicode  # \S inside a class cannot be spelled out
    assert rx(r"(?u)\w").ascii is rx(r"(?u)\w").unicode
    # and those that differ on non-ASCII text only are twinned: a case-sensitive non-ASCII range never matches ASCII
    assert rx("[\u00c0-\u024f]x").ascii is not rx("[\u00c0-\u024f]x").unicode


def test_a_class_that_opens_with_its_closing_bracket_is_read_as_one_class():
    odd = rx(r"[]\s]+x")
    assert odd.ascii is not odd.unicode
    for text in ("] ]x", "a\x1cx", "]\x1c]x", "no"):
        assert _matches(odd.ascii, text) == _matches(odd.unicode, text), text


def test_an_rx_is_a_pattern_for_what_reads_patterns():
    pattern = rx(r"\bdrones?\b", re.I)
    assert isinstance(pattern, Rx) and pattern.pattern == r"\bdrones?\b" and pattern.flags & re.I
    assert "rx(" in repr(pattern)


def test_punctuated_articles_read_the_same_on_the_fast_path_as_on_the_unicode_one(monkeypatch):
    # text that is ASCII but for dashes and ellipses is gated and run in the patterns' ASCII forms; read the slow way
    # (as any non-ASCII text), every article must yield the same events
    from tests.helpers import article
    from tocsin.detection import analysis, detector, lexicon

    if analysis.__file__.endswith((".so", ".pyd")):
        pytest.skip("the compiled detector calls reads_as_ascii natively: there is no slow way to switch to")
    bodies = [r["article"]["body"] for r in read_ndjson(DEVSET / "devset.ndjson")]
    punctuated = [b.replace(", ", " \u2014 ", 2).replace(" and ", " \u2026 and ", 1) for b in bodies if ", " in b]
    assert len(punctuated) > 100 and all(reads_as_ascii(b) and not b.isascii() for b in punctuated)

    def events(body: str) -> list[dict]:
        return [e.model_dump() for e in detector.detect_article(article(body))]

    fast = [events(b) for b in punctuated]
    for module in (analysis, lexicon):
        monkeypatch.setattr(module, "reads_as_ascii", lambda text: text.isascii())
    slow = [events(b) for b in punctuated]
    assert sum(map(len, fast)) > 100  # events enough to compare
    assert fast == slow


def test_the_benchmarks_typeset_articles_take_the_fast_path():
    from bench.bench_detection import conflict_article, general_article, typeset
    from tocsin.detection.text import readable

    rng = random.Random(29)
    for a in [conflict_article(i, rng) for i in range(5)] + [general_article(i, rng) for i in range(5)]:
        body = typeset(a).body
        assert not body.isascii() and "\u2014" in body
        assert not readable(body).isascii() and reads_as_ascii(readable(body))  # dashes stay, and read as ASCII


def test_typeset_text_reads_as_ascii_and_lowers_as_str_lower_does():
    import random

    from tocsin.detection.rx import _ALIKE, lower_alike, reads_as_ascii

    rng = random.Random(3)
    chars = "aZ .-\u2014\u2013\u2026\u2022\u00e9\u0130\u03a3\u212a"  # dashes, an ellipsis, a bullet; letters with case
    for _ in range(20000):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 12)))
        alike = all(c.isascii() or c in _ALIKE for c in text)
        assert reads_as_ascii(text) == alike, text
        if alike:
            assert lower_alike(text) == text.lower(), text


@pytest.mark.parametrize(("source", "blockers"), [
    (r"\bstrikes?\b", frozenset()),
    (r"[^,.;]{2,40}\W+\s", frozenset()),  # classes of words, digits and space hold neither a stand-in nor a dash
    (r"['’]s death", frozenset("’")),  # a text with a curly apostrophe would lose it to the stand-in
    (r"a\u2014b|[\u2026\u2013]", frozenset("\u2014\u2013\u2026")),  # dashes and an ellipsis named
    (r"[^\u2010-\u2015]", frozenset("\u2010\u2011\u2012\u2013\u2014\u2015")),  # or a range of them, in a class or out
    (r"why\?", None),  # the stand-in itself
    (r"[!-@]", None),  # a range that holds it
    (r"(\w)-\1", None),  # a backreference compares what the stand-ins make equal
])
def test_stand_in_blockers_are_the_characters_a_pattern_names_that_a_stand_in_replaces(source, blockers):
    from tocsin.detection.rx import _ALIKE, stand_in_blockers

    assert blockers is None or blockers <= _ALIKE
    assert stand_in_blockers(re.compile(source)) == blockers


def test_a_typeset_article_is_scanned_for_cues_with_stand_ins_as_it_is_without():
    from bench.bench_detection import conflict_article, general_article, typeset
    from tests.helpers import article
    from tocsin.detection import analysis, lexicon
    from tocsin.detection.rx import STAND_IN, stood_in
    from tocsin.detection.text import readable

    assert stood_in("a\u2014b\u2026?") == "a?b??" and STAND_IN == "?"  # what str.encode's "replace" puts in
    assert lexicon.cue_scan_blockers() is not None  # the stand-in path is open to the detector's readable text
    rng = random.Random(31)
    bodies = [r["article"]["body"] for r in read_ndjson(DEVSET / "devset.ndjson") + read_ndjson(DEVSET / "holdout.ndjson")]
    bodies += [conflict_article(i, rng).body for i in range(10)] + [general_article(i, rng).body for i in range(30)]
    # typeset as the benchmark does, and with a dash and an ellipsis in every article
    typeset_bodies = [readable(typeset(article(body)).body).replace(", ", " \u2014 ", 1).replace(" and ", " \u2026 and ", 1)
                      for body in bodies]
    stood = [b for b in typeset_bodies if reads_as_ascii(b) and not b.isascii()]
    assert len(stood) > 150
    with_stand_ins = [analysis.scan_cues(body) for body in stood]
    lexicon.cue_scan_blockers.cache_clear()
    try:
        original = lexicon.cue_scan_blockers
        lexicon.cue_scan_blockers = lambda: None  # type: ignore[assignment]  # the way without stand-ins
        without = [analysis.scan_cues(body) for body in stood]
    finally:
        lexicon.cue_scan_blockers = original
    assert sum(bool(cues) for _, cues in without) > 50  # cues found enough to compare
    assert with_stand_ins == without


@pytest.mark.parametrize("text", [
    "Drones struck Kharkiv at dawn.",  # ASCII: itself
    "Drones struck Kharkiv \u2014 officials said\u2026 two were hurt \u2013 not three",  # a typeset page's dashes
    "Drones struck Kharkiv \u2022 officials said \u00a35 \u2014 in all",  # punctuation beyond the dashes, read alike too
    "Drones struck Kharkiv \u2014 officials said\u2026 \u201cthree\u201d",  # curly quotes: alike, as readable() leaves none
    "Drones struck Kyiv \u2014 Zelensk\u00fd said",  # a letter beyond ASCII: not alike
    "Drones struck Kyiv\u00a0\u2014 officials said",  # a space beyond ASCII: not alike
    "\u2014\u2026\u2013", "",
])
def test_the_stand_in_text_of_one_that_reads_alike_is_what_the_two_questions_answer(text):
    from tocsin.detection.rx import stood_in, stood_in_if_alike

    expected = stood_in(text) if reads_as_ascii(text) else None
    assert stood_in_if_alike(text) == expected
    assert expected is None or (expected.isascii() and len(expected) == len(text))


def test_the_dashes_of_a_text_are_stood_in_for_whichever_text_was_asked_before():
    from tocsin.detection.rx import STAND_IN, TYPESET, typeset_stood_in

    texts = ["Kharkiv \u2014 officials said\u2026 two \u2013 three", "Kyiv \u2014 Zelensk\u00fd", "plain", "Kyiv \u2014 Zelensk\u00fd"]
    for text in texts + texts[::-1] + [texts[0], texts[0]]:  # (the last text asked is remembered: asked again, and not)
        assert typeset_stood_in(text) == "".join(STAND_IN if char in TYPESET else char for char in text)
