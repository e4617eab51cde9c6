"""The detector's shortcuts must never change what it finds.

Speed comes from five shortcuts: case-insensitive patterns run folded over
lower-cased text, extractors read only the sentences holding their cue
words, the article-wide gate searches only around those words (or a
pattern's own rarer anchors), a pattern is not run on a sentence lacking
every literal its matches need (prefilter), and a folded pattern is tried
only where one of the literals its matches begin with occurs
(prefilter.starts). Each claims to be exact; these tests hold every claim
against the dev set, the held-out set, long war reports and a set of
awkward sentences of our own.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import pytest

from bench.reports import war_report
from tests.helpers import article
from tocsin.detection import (
    context,
    dates,
    detector,
    gazetteer,
    leaders,
    lexicon,
    people,
    prefilter,
    strikes,
)
from tocsin.detection import rx as rx_module
from tocsin.detection.analysis import analyse, fold_body
from tocsin.detection.evaluation import read_ndjson
from tocsin.detection.rx import Rx, rx
from tocsin.detection.text import split_sentences

DEVSET = Path(__file__).parents[1] / "devset"
AWKWARD = [
    "ISRAELI JETS STRUCK TARGETS IN SOUTHERN LEBANON ON TUESDAY, THE ARMY SAID.",
    "The İstanbul governor said the Drone Strike had wounded three people.",
    "Gen. J. Smith of the U.S. Army said 1,200 Ukrainians were killed since the war began.",
    "An air-raid siren sounded; officials said two were shot dead and 14 injured.",
    "The ceasefire talks, mediated by Qatar, stalled after the strike on Doha.",
]


def _bodies() -> list[str]:
    records = read_ndjson(DEVSET / "devset.ndjson") + read_ndjson(DEVSET / "holdout.ndjson")
    return [r["article"]["body"] for r in records] + AWKWARD


def _sentences() -> list[str]:
    return [s.text for body in _bodies() for s in split_sentences(body)]


def _all_patterns() -> list[Rx]:
    modules = (lexicon, strikes, context, people, leaders, dates, detector)
    found = {id(v): v for m in modules for v in vars(m).values() if isinstance(v, Rx)}
    found |= {id(v): v for v in lexicon.CONTEXT_VETO.values()}
    found |= {id(p): p for _, p in lexicon.WEAPONS}
    return list(found.values())


def _ignorecase_patterns() -> list[Rx]:
    modules = (lexicon, strikes, context, people)
    found = {id(v): v for m in modules for v in vars(m).values() if isinstance(v, Rx) and v.flags & re.IGNORECASE}
    found |= {id(v): v for v in lexicon.CONTEXT_VETO.values()}
    return list(found.values())


def test_folded_patterns_match_exactly_where_the_originals_do():
    patterns = _ignorecase_patterns()
    assert len(patterns) > 40
    sentences = _sentences()
    for pattern in patterns:
        fast = lexicon.folded(pattern)
        assert fast is not None and not fast.flags & re.IGNORECASE
        for text in sentences:
            lower = text.lower()
            if len(lower) != len(text):
                continue  # the detector does not fold such text (see SentenceInfo.finditer)
            want = [m.span() for m in pattern.unicode.finditer(text)]
            got = [m.span() for m in fast.finditer(lower)]
            assert got == want, (pattern.pattern[:60], text)


def test_folding_keeps_escapes_and_group_names():
    pattern = rx(r"(?P<Who>\bThe\s+ARMY)\W+(?P=Who)?\S", re.I)
    fast = lexicon.folded(pattern)
    assert fast is not None
    assert fast.pattern == r"(?P<Who>\bthe\s+army)\W+(?P=Who)?\S"
    assert lexicon.folded(rx("Test")) is None  # case-sensitive patterns are left alone


def test_text_that_lower_casing_lengthens_is_read_unfolded():
    # "İ" lower-cases to two characters: folding would shift every offset after it
    doc = analyse(article("In İzmir, Russian drones struck a depot in Kharkiv on Tuesday, officials said."))
    [info] = doc.sentences
    assert [m.group() for m in info.finditer(lexicon.WEAK_TRIGGER)] == ["struck"]


@pytest.mark.parametrize("body", _bodies())
def test_the_gate_and_the_sentence_index_miss_no_sentence_an_extractor_would_read(body):
    doc = analyse(article(body))
    expected_cues = set()
    for index, (fragments, patterns, veto) in enumerate(lexicon.CUES):
        hinted = {info.sentence.index for info in doc.hinted(lexicon.CUES[index])}
        for info in doc.sentences:
            lower = " " + info.text.lower()
            if any(fragment in lower for fragment in fragments):
                assert info.sentence.index in hinted, (fragments[:3], info.text)
            if index == lexicon.CUES.index(lexicon.TOLL_CUE) and not any(word in lower for word in lexicon.TOLL_WORDS):
                continue  # a count is a casualty report only beside a toll word (context.find_casualty_reports)
            vetoed = [m.span() for m in veto.unicode.finditer(info.text)] if veto else []
            if any(not any(s < m.end() and m.start() < e for s, e in vetoed) for p in patterns for m in p.unicode.finditer(info.text)):
                expected_cues.add(index)
    assert expected_cues <= doc.cues


def test_the_outcome_cue_looks_for_wounded_without_its_commonest_start_and_misses_none_of_its_matches():
    cue_patterns = lexicon.OUTCOME_CUE[1]
    assert lexicon.WOUNDED not in cue_patterns
    # no pattern the cue scan looks for starts with "in" and white space ("in serious condition" is looked for from
    # "serious" on): "in " was a third of what the scan of a general article found
    assert not any(literal.startswith("in") and literal[2:].isspace()
                   for pattern in cue_patterns for literal in lexicon.folded_starts(pattern) or ())
    told = ["The mayor remains in a critical condition in hospital.", "Two guards were in serious\ncondition.",
            "A driver was shot twice in the leg.", "Four soldiers were wounded.", "She escaped with minor injuries.",
            "He was rushed to hospital.", "A nurse was hit by shrapnel."]
    checked = 0
    for text in told + _sentences():
        for m in lexicon.WOUNDED.unicode.finditer(text):
            # where WOUNDED matches, one of the cue's patterns has a match that starts within that match
            assert any((c := p.unicode.search(text, m.start())) and c.start() < m.end() for p in cue_patterns), text
            checked += 1
    assert checked > len(told)
    for text in told:
        assert lexicon.CUES.index(lexicon.OUTCOME_CUE) in analyse(article(text)).cues, text


def test_the_gate_turns_away_articles_without_a_cue():
    lower = fold_body("The central bank kept rates unchanged.\nUnion leaders struck a deal on pay.")
    words = lexicon.cue_words(lower)
    assert words[lexicon.CUES.index(lexicon.STRIKE_CUE)]  # "struck" is a cue word ...
    assert lexicon.cues_found(lower, " " + "The central bank kept rates unchanged.\nUnion leaders struck a deal on pay.", words) == set()  # ... vetoed


def test_cue_words_are_every_end_of_every_cue_word_in_order():
    import random

    rng = random.Random(13)
    for body in [*_bodies()[:40], war_report(rng, 600).body, "Ünïcode first: l'armée a frappé Kharkiv; 😀 drones struck, killing two."]:
        lower = fold_body(body)
        found = lexicon.cue_words(lower)
        for index, (fragments, _, _) in enumerate(lexicon.CUES):
            # where each fragment ends, found the slow way
            expected = sorted(i + len(f) - 1 for f in set(fragments) for i in range(len(lower)) if lower.startswith(f, i))
            assert found[index] == expected, (index, body[:60])


def test_a_match_far_from_the_article_start_is_found():
    filler = "Officials met on Monday to discuss the budget and the new rail line. " * 60
    body = filler + "Hours later, Russian missiles struck Kharkiv, killing four people."
    lower = fold_body(body)
    found = lexicon.cues_found(lower, " " + body, lexicon.cue_words(lower))
    assert {lexicon.CUES.index(lexicon.STRIKE_CUE), lexicon.CUES.index(lexicon.OUTCOME_CUE)} <= found


def test_every_match_of_a_cue_pattern_lies_around_one_of_its_anchors():
    import random

    rng = random.Random(11)
    reports = [war_report(rng, 700).body for _ in range(6)]
    every_set = [r["article"]["body"] for path in sorted(DEVSET.glob("*.ndjson")) for r in read_ndjson(path)]
    texts = [t for t in every_set + AWKWARD + reports if t.isascii()]  # anchors stand in for cue words in ASCII text only
    checked = 0
    for _, patterns, _ in lexicon.CUES:
        for pattern in patterns:
            anchors = lexicon.anchors(pattern)
            if anchors is None:
                continue
            width = lexicon.reach(pattern)
            for body in texts:
                text, lower = " " + body, fold_body(body)
                matches = list(pattern.unicode.finditer(text))
                ends = [found.end() - 1 for a in anchors for found in re.finditer(re.escape(a), lower)] if matches else []
                for m in matches:
                    checked += 1
                    assert any(e - width - 1 <= m.start() and m.end() <= e + width + 2 for e in ends), (pattern.pattern[:60], m.group())
    assert checked > 500


def test_a_pattern_is_searched_only_around_its_own_anchors():
    body = "The striker was injured in training and will miss the final, the club said. Fans were disappointed."
    words = lexicon.cue_words(fold_body(body))
    searched = {pattern for pattern, near in lexicon.search_points(lexicon.CUES.index(lexicon.OUTCOME_CUE), words, True) if near}
    assert lexicon._WOUNDED_BUT_THE_STATE in searched  # "injured" is its own word ...
    # ... and nothing of theirs is here (nor a "serious condition")
    assert lexicon.KILLED not in searched and lexicon.TARGETING not in searched and lexicon._WOUNDED_STATE not in searched
    # where the gates do not hold, every pattern is searched around the cue's words
    assert all(near for _, near in lexicon.search_points(lexicon.CUES.index(lexicon.OUTCOME_CUE), words, False))

def test_pattern_reach_is_the_widest_match_or_the_cap():
    assert lexicon.reach(lexicon.KILLED) == len("lost their lives")
    assert lexicon.reach(lexicon.STRONG_TRIGGER) == lexicon.MATCH_REACH  # unbounded repeats


def test_sentence_splitting_keeps_offsets_and_abbreviations():
    body = 'Gen. J. Smith said "We will respond." The U.S. Army moved at 5 p.m. Monday.\n\nA new paragraph! Is it? Yes.'
    sentences = split_sentences(body)
    assert [s.text for s in sentences] == [
        'Gen. J. Smith said "We will respond."', "The U.S. Army moved at 5 p.m. Monday.", "A new paragraph!", "Is it?", "Yes.",
    ]
    assert all(body[s.start : s.end] == s.text for s in sentences)
    assert [s.paragraph for s in sentences] == [0, 0, 1, 1, 1]


def test_gates_hold_a_literal_of_every_match():
    import random

    rng = random.Random(5)
    reports = [war_report(rng, 700).body for _ in range(6)]
    sentences = _sentences() + [s.text for body in reports for s in split_sentences(body)]
    sentences = [t for t in sentences if t.isascii()]  # the detector gates ASCII sentences only
    patterns = _all_patterns()
    gated = [p for p in patterns if prefilter.gate(p.unicode)]
    assert len(gated) > 40
    refused = 0
    for pattern in gated:
        gate = prefilter.gate(pattern.unicode)
        for text in sentences:
            if not prefilter.passes(gate, " " + text.lower()):
                refused += 1
                assert pattern.unicode.search(text) is None, (pattern.pattern[:60], text)
    assert refused > len(sentences) * 5  # the gates do turn sentences away


@pytest.mark.parametrize(("source", "flags", "gate"), [
    (r"\bdrones?\b|\bUAVs?\b", re.I, ((("drone", "uav"),),)),  # one clause: either word
    (r"\b(?:killed|dead)\s+by\b", 0, ((("dead", "killed"),),)),  # "by" is too short to be worth a test
    (r"\bair[- ]?strikes?\b", re.I, ((("strike",), ("air",)),)),  # two clauses, both needed
    (r"(?:at least )?\d+ (?:people|civilians)", 0, ((("civilians", "people"),),)),
    (r"\b(?:general|hunger)\s+strikes?", 0, ((("strike",), ("general", "hunger")),)),
    (r"(?:if \w+ strikes?|warned)", 0, ((("warned",),), ((" strike",), ("if ",)))),  # either conjunction
    (r"\b(?:a|an) \w+", 0, None),  # nothing of three letters that every match needs
    (r"\bstrike|strike\b", 0, ((("strike",),),)),  # a literal holding another adds no test
    (r"(?:hit)?(?:the)?", 0, None),  # nothing is required of an optional part
    (r"warned|(?:the)?", 0, None),  # one way of matching needs nothing
    (r"\bthe\s+coalition\b", 0, ((("coalition",),),)),  # "the" is in nearly every sentence: no test
    (r"\b(?:the|its) \w+ of\b", 0, None),  # nor " of": a gate of common words only is none
])
def test_gate_shapes(source, flags, gate):
    assert prefilter.gate(re.compile(source, flags)) == gate


@pytest.mark.parametrize(("everywhere", "capitalised"), [
    (gazetteer._NAME_START, gazetteer._CAPITALISED_START),
    (people._RUN, people._CAPITALISED_RUN),
])
def test_capitals_only_scans_find_the_same_words_where_no_hyphen_is(everywhere, capitalised):
    import random

    rng = random.Random(11)
    texts = _sentences() + [s.text for _ in range(4) for s in split_sentences(war_report(rng, 700).body)]
    plain = [t for t in texts if "-" not in t]
    assert len(plain) > 300 and any(everywhere.search(t) for t in plain)
    for text in plain:
        assert [m.span() for m in capitalised.finditer(text)] == [m.span() for m in everywhere.finditer(text)], text
    # and a hyphen is what the lower-case article needs, the one the capitals-only scan cannot find
    assert everywhere.search("talks with al-Qaeda") is not None
    assert [m.group() for m in capitalised.finditer("talks with al-Qaeda")] == ["Qaeda"]


def test_a_sentence_without_the_literals_is_not_searched_but_one_with_them_is():
    doc = analyse(article("Officials met in Geneva. Russian drones struck a depot in Kharkiv on Tuesday."))
    quiet, report = doc.sentences
    assert list(quiet.finditer(lexicon.WEAPONS[0][1])) == []
    assert [m.span() for m in report.finditer(lexicon.WEAPONS[0][1])] == [m.span() for m in lexicon.WEAPONS[0][1].unicode.finditer(report.text)]


def test_the_vocabulary_tester_agrees_with_the_literal_by_literal_one():
    patterns = [p for p in _all_patterns() if prefilter.gate(p)]
    tests = [(prefilter.tester(p), prefilter.gate(p)) for p in patterns]  # registers every gate's literals
    for text in _sentences():
        lower = " " + text.lower()
        found = prefilter.VOCABULARY.scan(lower)
        for test, gate in tests:
            assert test(found) == prefilter.passes(gate, lower), (gate, text)


@pytest.mark.parametrize("text", [
    " drones struck the port; the strikes hit a depot and the attack went on",  # ASCII: searched as bytes
    " the army\u2019s strikes \u2014 two drones \u2014 hit the port\u2019s depot",  # not ASCII: searched as str
])
def test_the_automaton_reports_every_occurrence_at_its_character_offsets(text):
    literals = ["strike", "strikes", " the", "drone", "\u2019s", "port"]
    expected = sorted((i, at, at + len(literal)) for i, literal in enumerate(literals)
                      for at in range(len(text)) if text.startswith(literal, at))
    found = prefilter.Automaton(literals).find(text)
    assert sorted(found) == expected and len(expected) > 6
    assert [end for _, _, end in found] == sorted(end for _, _, end in found)  # in order of where each ends
    # a text that reads as ASCII is searched as bytes, a stand-in for each of its other characters, unless a literal
    # holds one of those; the same occurrences either way
    for chosen in ([literal for literal in literals if literal.isascii()], [*literals, "\u2014 two"], [*literals, "x\u00e9"]):
        expected = sorted((i, at, at + len(literal)) for i, literal in enumerate(chosen)
                          for at in range(len(text)) if text.startswith(literal, at))
        assert sorted(prefilter.Automaton(chosen).find(text, rx_module.reads_as_ascii(text))) == expected


def test_a_sentence_is_scanned_again_when_new_literals_arrive():
    doc = analyse(article("The zeppelin crossed the bay at dawn on Tuesday."))
    [info] = doc.sentences
    before = prefilter.VOCABULARY.names(info.literals)
    novel = rx(r"\bzeppelins?\b")
    assert list(info.finditer(novel)) != []  # registers "zeppelin" and must still find it in this sentence
    assert "zeppelin" in prefilter.VOCABULARY.names(info.literals) and "zeppelin" not in before


def _war_sentences() -> list[str]:
    import random

    rng = random.Random(11)
    reports = [war_report(rng, 700).body for _ in range(6)]
    return _sentences() + [s.text for body in reports for s in split_sentences(body)]


def test_every_match_of_an_anchored_pattern_begins_with_one_of_its_start_literals():
    anchored = [(fast, prefilter.starts(fast.unicode)) for p in _all_patterns() if (fast := lexicon.folded(p)) is not None]
    anchored = [(fast, starts) for fast, starts in anchored if starts]
    assert len(anchored) > 30  # the shortcut is taken by most folded patterns
    matches = 0
    for text in _war_sentences():
        lower = text.lower()
        for fast, starts in anchored:
            for m in fast.finditer(lower):
                matches += 1
                assert lower.startswith(starts, m.start()), (fast.pattern[:60], m.group(), starts)
    assert matches > 500


def test_a_match_that_may_begin_with_a_digit_is_tried_where_a_digit_is_on_ascii_text_only():
    # "12 people were killed": on text that reads as ASCII, \d is one of ten digits, each a start literal
    # (lexicon.folded_starts_ascii); Unicode's \d matches other digits too, so other text is searched in full
    digit_led = {id(p): p for p in _all_patterns() if lexicon.folded_starts_ascii(p)}
    assert id(lexicon.KILLED_COUNT) in digit_led and id(lexicon.WOUNDED_COUNT) in digit_led
    assert "7" in lexicon.folded_starts_ascii(lexicon.KILLED_COUNT) and lexicon.folded_starts(lexicon.KILLED_COUNT) is None
    counts = ["At least 12 people were killed and 40 wounded on Tuesday.", "12 people were killed, officials said.",
              "In 2024, 1,200 soldiers were killed \u2014 the ministry said 300 were injured.", "The strike killed 3 civilians.",
              "Officials said \u0663 people were killed and \u0664 were injured in the strike."]
    matches = 0
    for text in _war_sentences() + counts:
        [info] = analyse(article(text.replace(". ", "; "))).sentences
        ascii_alike = rx_module.reads_as_ascii(info.text)
        for pattern in digit_led.values():
            want = [m.span() for m in pattern.unicode.finditer(info.text)]
            if ascii_alike:
                starts = lexicon.folded_starts_ascii(pattern)
                assert all(info.text.lower().startswith(starts, start) for start, _ in want), (pattern.pattern[:60], info.text)
                run = info._run(pattern)
                assert run[0] is None or run[2] is not None  # tried only where the literals are
            assert [m.span() for m in info.finditer(pattern)] == want, (pattern.pattern[:60], info.text)
            matches += len(want)
    assert matches > 30
    [arabic] = analyse(article(counts[-1])).sentences
    assert arabic._run(lexicon.KILLED_COUNT)[2] is None and len(list(arabic.finditer(lexicon.KILLED_COUNT))) == 1


def test_matches_asked_for_only_before_a_point_are_those_a_full_reading_finds_there():
    # strikes._modal_spans reads threats and denials up to the last trigger's reach: an anchored pattern is not tried
    # beyond it, and what it finds before it is what the whole reading finds
    tried = 0
    for text in _war_sentences():
        [info] = analyse(article(text.replace(". ", "; "))).sentences
        every = [m.span() for m in lexicon.MODALITY.unicode.finditer(info.text)]
        for before in (0, len(info.text) // 3, len(info.text) // 2, len(info.text)):
            got = [m.span() for m in info.finditer(lexicon.MODALITY, before=before) if m.start() < before]
            assert got == [span for span in every if span[0] < before], info.text
            tried += bool(every)
    assert tried > 40


def test_a_pattern_that_cannot_be_folded_is_tried_where_the_lower_cased_text_holds_a_start_literal():
    # "(?-i:[A-Z]...)" keeps a case-insensitive pattern from being folded; its matches still begin with literals of any
    # case, which the lower-cased text holds where they begin (lexicon.lower_starts)
    unfoldable = {id(p): p for p in _all_patterns() if lexicon.lower_starts(p)}
    assert id(leaders._ROLE_OBJECT) in unfoldable and id(leaders._ROLE_LEFT) in unfoldable
    assert lexicon.lower_starts(leaders._ROLE_SUBJECT) is None  # its matches may begin with any capital
    shouting = ["Gunmen KILLED the governor of Diyala province, Khalid Mahmoud, as he left a mosque.",
                "The blast Left Yemen's deputy interior minister dead, officials said.",
                "An Israeli strike Killed Hezbollah's top military commander and WOUNDED two of his aides.",
                "They condemned the Killing of Yemen's deputy interior minister in Sanaa."]
    texts = _war_sentences() + shouting
    matches = 0
    for text in texts:
        [info] = analyse(article(text.replace(". ", "; "))).sentences
        lower = info.text.lower()
        for pattern in unfoldable.values():
            starts = lexicon.lower_starts(pattern)
            want = [m.span() for m in pattern.unicode.finditer(info.text)]
            for start, _ in want:
                assert lower.startswith(starts, start), (pattern.pattern[:60], info.text)
            matches += len(want)
            if info.text.isascii():
                run = info._run(pattern)
                assert run[0] is None or run[2] is not None  # the anchored path is taken
            assert [m.span() for m in info.finditer(pattern)] == want, (pattern.pattern[:60], info.text)
            first = pattern.unicode.search(info.text)
            found = info.search(pattern)
            assert (found and found.span()) == (first and first.span()), (pattern.pattern[:60], info.text)
    assert matches > 10


def test_sentences_find_with_anchors_exactly_what_the_patterns_find():
    patterns = _all_patterns()
    docs = [analyse(article(" ".join(_war_sentences()[i : i + 40]))) for i in range(0, len(_war_sentences()), 40)]
    anchored = 0
    for doc in docs:
        for info in doc.sentences:
            for pattern in patterns:
                run = info._run(pattern)
                anchored += run[0] is not None and run[2] is not None
                want = [m.span() for m in pattern.unicode.finditer(info.text)]
                assert [m.span() for m in info.finditer(pattern)] == want, (pattern.pattern[:60], info.text)
                first = pattern.unicode.search(info.text)
                found = info.search(pattern)
                assert (found and found.span()) == (first and first.span()), (pattern.pattern[:60], info.text)
                if want:  # from inside the text, and up to a point short of its end
                    pos, end = want[0][0] + 1, len(info.text) - 3
                    assert [m.span() for m in info.finditer(pattern, pos, end)] == [m.span() for m in pattern.unicode.finditer(info.text, pos, end)]
                    hit = pattern.unicode.search(info.text, pos, end)
                    got = info.search(pattern, pos, end)
                    assert (got and got.span()) == (hit and hit.span()), (pattern.pattern[:60], info.text)
    assert anchored > 1000  # the anchored path is the one tested


@pytest.mark.parametrize(("source", "flags", "starts"), [
    (r"\bstrikes?\b", 0, ("strike",)),  # a boundary consumes nothing; "strikes" starts where "strike" does
    (r"\b(?:air|drone)\s+strikes?", 0, ("air", "drone")),
    (r"(?:the )?army", 0, ("army", "the army")),  # an optional part: with it or without
    (r"['’]ll strike", 0, ("'ll strike", "’ll strike")),  # a small class: each of its characters
    (r"ha(?:s|d|ve) struck", 0, ("had struck", "has struck", "have struck")),  # too short a head goes on with the tail
    (r"(?<!\w)struck|hit\b", 0, ("hit", "struck")),
    (r"(?:ab){2}cd", 0, None),  # a repeat's first round is "ab", too short to look for
    (r"x*strike", 0, None),  # "x" or "strike"
    (r"\b(?:a|an) \w+", 0, None),
    (r"[a-z]+ struck", 0, None),  # a wide class
    (r"strike", re.I, None),  # the folded patterns are the ones anchored
    # too short a head goes on with the white space after it, as every character \s matches
    (r"\b(?:is|are)\s+likely", 0, tuple(sorted(["are", *("is" + space for space in prefilter._white_space())]))),
])
def test_start_literal_shapes(source, flags, starts):
    assert prefilter.starts(re.compile(source, flags)) == starts


def test_a_start_literal_is_looked_for_as_its_word_without_the_space_or_punctuation_after_it():
    assert prefilter.standing_in("the ") == prefilter.standing_in("the\t") == prefilter.standing_in("the") == "the"
    assert prefilter.standing_in("said, ") == "said"
    assert prefilter.standing_in("u.s.") == "u.s"  # (a prefix still: every match that starts with "u.s." starts with it)
    # too short a word is inside too many others ("in" of "training"): it keeps what follows it
    assert prefilter.standing_in("in ") == "in "
    assert prefilter.standing_in("'s ") == "'s "
    assert prefilter.standing_in("...") == "..."
    assert prefilter.standing_in("tuesday's") == "tuesday's"
    vocabulary = prefilter.Vocabulary()
    numbers = vocabulary.add_starts(["the ", "the\n", "these"])
    assert numbers == vocabulary.add_starts(["the", "these"])  # one number for the word and its spellings with a space
    [the], [these] = vocabulary.add_starts(["the"]), vocabulary.add_starts(["these"])
    _, starts = vocabulary.scan_with_starts(" the cat saw these")
    # one occurrence where "the" and "the " were two; "these" is a literal of its own, and holds a "the"
    assert [(o >> prefilter.START_NUMBER_BITS, o & prefilter.START_NUMBER) for o in starts] == [(0, the), (12, the), (12, these)]


def test_white_space_is_every_character_that_backslash_s_matches():
    everything = "".join(map(chr, range(sys.maxunicode + 1)))
    assert prefilter._white_space() == "".join(re.findall(r"\s", everything))
    assert " " in prefilter._white_space() and "\n" in prefilter._white_space() and "\u3000" in prefilter._white_space()


def test_a_sentence_finds_an_anchored_pattern_registered_after_its_scan():
    doc = analyse(article("The zeppelin crossed the bay at dawn on Tuesday, then a blimp."))
    [info] = doc.sentences
    assert [m.group() for m in info.finditer(rx(r"zeppelins?\b", re.I))] == ["zeppelin"]
    assert [m.group() for m in info.finditer(rx(r"\bblimps?\b", re.I))] == ["blimp"]  # new start literals


def test_reading_an_article_leaves_no_garbage_for_the_collector():
    import gc
    import random

    from tocsin.detection.detector import detect_article

    reports = [article(war_report(random.Random(seed), 900).body) for seed in (3, 4)]
    assert detect_article(reports[0])  # a report read in full (and the patterns' first uses over)
    gc.collect()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        events = detect_article(reports[1])
        unreachable = gc.collect()
        left = [type(o).__name__ for o in gc.garbage[:10]]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        gc.enable()
    assert events
    # a cycle (a document and its sentences) would pile up until the collector traversed and freed it
    assert unreachable == 0, left


DATED = [
    "The drones struck yesterday.", "Shelling resumed late on the previous day.", "Sirens sounded last night.",
    "Talks resume tonight.", "The convoy was hit this morning.", "It was hit three days ago.", "Fighting flared over the weekend.",
    "Envoys met last week.", "Envoys met last month.", "A similar attack came a year ago.", "In March, the army withdrew.",
    "The strike on Sept. 9 killed five.", "On 2024-05-01 the base was hit.", "In 1982, the city was besieged.",
    "Last November the port was shelled.", "Troops crossed on Tuesday.", "Decades ago the border moved.",
    "The port was hit on 9 September 2024.",
]


def test_dates_try_every_pattern_that_can_match():
    import random

    rng = random.Random(3)
    texts = DATED + _sentences() + [s.text for _ in range(4) for s in split_sentences(war_report(rng, 700).body)]
    found = set()
    for text in texts:
        tried = {kind for kind, _ in dates._worth_trying(text, text.lower())}
        for kind, pattern in dates._PATTERNS:
            if pattern.unicode.search(text) is not None:
                found.add(kind)
                assert kind in tried, (kind, text)
    assert found == {kind for kind, _ in dates._PATTERNS}  # every pattern was put to the test


def test_a_casualty_count_is_searched_from_where_its_words_can_begin():
    # the words a count may open with are no longer than context._COUNT_LEAD, so the search can start that far
    # before the first digit
    lead = re.match(r"\\b\(\?:([a-z |]+)\)\?", lexicon.CASUALTY_COUNT.pattern)
    assert lead is not None and max(len(words) for words in lead.group(1).split("|")) <= context._COUNT_LEAD
    text = "Officials said on Monday that more than 3,000 people had been killed since the fighting began."
    first = context._DIGIT.search(text).start()
    [m] = lexicon.CASUALTY_COUNT.finditer(text, first - context._COUNT_LEAD)
    assert m.group("n") == "3,000" and text[m.start() :].startswith("more than 3,000 people")


def test_a_pattern_set_turns_away_only_sentences_none_of_its_patterns_match():
    import random

    from tocsin.detection.analysis import PatternSet

    rng = random.Random(9)
    bodies = _bodies() + [war_report(rng, 700).body for _ in range(4)]
    claims = strikes._CLAIM_PATTERNS
    refused = 0
    for body in bodies:
        for info in analyse(article(body)).sentences:
            if not info.may_match_any(claims):
                refused += 1
                assert all(p.unicode.search(info.text) is None for p in claims.patterns), info.text
    assert refused > 100  # and it does turn most away
    # a pattern without a gate may match anything: the set lets every sentence through
    ungated = PatternSet(strikes._CLAIMED, rx(r"\w+"))
    assert all(info.may_match_any(ungated) for info in analyse(article("Officials met. Nothing happened.")).sentences)


def test_every_claim_holds_a_claim_word():
    # claims() reads no article without one ("blaming" had none)
    import random

    from bench.bench_detection import typeset

    rng = random.Random(19)
    bodies = [r["article"]["body"] for path in sorted(DEVSET.glob("*.ndjson")) for r in read_ndjson(path)]
    bodies += [war_report(rng, 700).body for _ in range(6)]
    bodies += [typeset(article(body)).body for body in bodies[-3:]]
    matched = 0
    for body in bodies:
        for info in analyse(article(body)).sentences:
            if any(p.unicode.search(info.text) for p in strikes._CLAIM_PATTERNS.patterns):
                matched += 1
                assert lexicon.hints(info.lower, strikes._CLAIM_WORDS), info.text
    assert matched > 50


def test_cue_patterns_tried_where_their_matches_start_find_what_a_full_search_finds():
    import random

    rng = random.Random(17)
    bodies = [*_bodies(), *(war_report(rng, 800).body for _ in range(3))]
    compared = 0
    for body in bodies:
        lower, text = fold_body(body), " " + body
        if len(lower) != len(text):
            continue
        words = lexicon.cue_words(lower)
        for index, (_, patterns, veto) in enumerate(lexicon.CUES):
            vetoes = [(lexicon._VETO_SLOTS[index], veto)] if veto is not None else []
            for slot, pattern in [*zip(lexicon._SLOTS[index], patterns, strict=True), *vetoes]:
                points = lexicon._start_points(slot, words, True)
                if points is None:
                    continue
                for end in words[index][:4]:
                    lo, hi = max(0, end - lexicon.MATCH_REACH), end + 1 + lexicon.MATCH_REACH
                    anchored = [m.span() for m in lexicon._scan(pattern, lower, text, lo, hi, True, points)]
                    assert anchored == [m.span() for m in lexicon._scan(pattern, lower, text, lo, hi, True)], (pattern.pattern[:50], body[:60])
                    compared += bool(anchored)
    assert compared > 100  # windows with matches among them
    assert len(lexicon._anchored_slots()) >= 10  # most cue patterns run anchored
    assert lexicon._VETO_SLOTS[0] in lexicon._anchored_slots()  # and the strike cue's veto


def test_the_cue_gate_finds_a_casualty_count_wherever_there_is_one():
    # the cue gate searches a leaner pattern, which must match wherever CASUALTY_COUNT does, from any position
    told, full = lexicon._CASUALTY_COUNT_TOLD, lexicon.CASUALTY_COUNT
    crafted = ["More than 1,200 civilians were killed.", "at least 40 Palestinians", "a1 20 people", "x20 people died",
               "some 3.5 million Syrians lost their lives", "around 7 Yemenis", "over 5,00 people", "_9 soldiers were wounded",
               "officials counted 64 dead", "١٢ people were killed"]
    counts = 0
    for text in _sentences() + crafted:
        for pos in {0, len(text) // 3, len(text) // 2}:
            has = full.search(text, pos) is not None
            assert (told.search(text, pos) is not None) == has, (text, pos)
            counts += has
    assert counts > 50  # the corpora hold counts for the test to hold to


def test_a_sentence_finds_the_dates_its_text_names_with_months_ruled_out_by_its_scan():
    import random

    rng = random.Random(5)
    bodies = _bodies() + [war_report(rng, 700).body for _ in range(4)] + [
        "The talks resumed on Jan. 12 after a pause. A market reopened in May, and the mayor declared on 3 March that it had."]
    months = 0
    for body in bodies:
        doc = analyse(article(body))
        for info in doc.sentences:
            told = dates.find_dates(info.text, doc.published)
            assert info.dates == told, info.text
            months += any(d.kind in ("mdy", "dmy", "last_month_name", "in_month", "month_year") for d in told)
    assert months > 5  # sentences that name a month were read too


def test_a_mask_is_bytes_of_a_byte_number_and_its_bits():
    # any_bit reads a scan's bytes and a mask's natively: each pair of a mask is a byte's number and bits of that byte
    for body in _bodies()[:40]:
        detector.detect_article(article(body))
    masks = [p.plan.any_of for p in _all_patterns() if p.plan is not None and p.plan.any_of]
    assert masks and all(isinstance(mask, bytes) and len(mask) % 2 == 0 and all(mask[1::2]) for mask in masks)
    assert all(list(mask[::2]) == sorted(set(mask[::2])) for mask in masks)  # ascending, each byte once
    # every literal of every pattern has its bit, with room to spare (a mask numbers the bytes with one byte)
    assert len(prefilter.VOCABULARY.names(bytes([255]) * prefilter.MAX_WORDS)) < 0.8 * prefilter.MAX_WORDS * prefilter.WORD_BITS
    vocabulary = prefilter.Vocabulary()
    vocabulary.add({f"word{i}" for i in range(20)})
    found, _ = vocabulary.scan_with_starts(" word3 and word17")
    assert vocabulary.names(found) == {"word3", "word17", "word1"}  # ("word1" begins "word17")
    assert prefilter.any_bit(found, vocabulary.mask({"word17", "word5"})) and not prefilter.any_bit(found, vocabulary.mask({"word5", "word19"}))
    assert prefilter.union([vocabulary.mask({"word3"}), vocabulary.mask({"word17"})]) == vocabulary.mask({"word3", "word17"})


def test_a_reporter_is_told_as_reading_the_rest_of_the_sentence_after_the_name_would_tell():
    # people._is_reporter matches at the name's end and searches "according to" from just before the name; the
    # reading it replaced copied the rest of the sentence, stripped an appositive off it, and searched from the start
    verb = rx("^" + lexicon.REPORTING_VERB.pattern, lexicon.REPORTING_VERB.flags)
    appositive = rx("^" + people._APPOSITIVE_SPAN.pattern)

    def as_before(text: str, start: int, end: int) -> bool:
        after = text[end:]
        return verb.match(after) is not None or verb.match(appositive.sub("", after, count=1)) is not None \
            or people._ACCORDING_TO.search(text, 0, start) is not None

    texts = _sentences() + [s.text for body in (war_report(random.Random(i), 900).body for i in range(5))
                            for s in split_sentences(body)]
    texts += ["According to  \t Gen. Smith, the strike hit.", "As told by Ms Jones, it was calm.", "Jones, a farmer, said so.",
              "Smith , the governor of the region , told reporters."]
    told = 0
    for text in texts:
        [info] = analyse(article(text.replace(". ", "; "))).sentences  # (one sentence each)
        text = info.text
        for m in re.finditer(r"[A-Z][\w'’]*", text):
            got = people._is_reporter(info, m.start(), m.end())
            assert got == as_before(text, m.start(), m.end()), (text, m.group())
            told += got
    assert told > 50  # reporters were among the names tried


def test_the_titles_before_a_name_are_where_the_pattern_of_trailing_titles_finds_them():
    trailing = re.compile(r"(?:\s+(?:" + "|".join(sorted(lexicon.TITLES)) + r")\.?)+$")
    heads = [" Brig. Gen.", "Brig. Gen.", "the late  Gen", "said Dr.. ", "Gen", " Gen", "Mr Mrs. Sheik", "Sheikh\tImam.",
             "Sheikhs Gen", " Sen.Rep", "x\u00a0Maj.", "Lt.Col. Gen", "", " ", "a Col.\n"]
    heads += [s.text[:i].rstrip() for s in (split_sentences(body)[0] for body in _bodies()) for i in range(0, len(s.text), 7)]
    stripped = 0
    for head in heads:
        head = head.rstrip()  # as the callers give it (and "$" would match before a final line break)
        for text in (head, " " + head):
            m = trailing.search(text)
            assert people._titles_start(text) == (m.start() if m else len(text)), repr(text)
            stripped += m is not None
    assert stripped > 10


def test_dates_skip_the_patterns_a_sentence_cannot_match():
    # without "19" or "20" there is no year to find, and without a weekday's name no weekday (the year patterns were
    # tried anyway in the compiled build, which boxed each (kind, pattern) pair anew, so that `is` missed it)
    kinds = [kind for kind, _ in dates._worth_trying("Some 300 people fled in March.", " some 300 people fled in march.")]
    assert kinds and "year" not in kinds and "month_year" not in kinds
    assert "weekday" not in [kind for kind, _ in dates._worth_trying("Later that day 3 fled.", " later that day 3 fled.")]
    assert "weekday" in [kind for kind, _ in dates._worth_trying("On Monday 3 fled.", " on monday 3 fled.")]


def test_a_one_word_run_is_compared_with_surnames_as_worked_out_afresh(monkeypatch):
    # people._as_surname keeps each word's surname form: the same as stripping, lower-casing and baring it again
    words = {w for text in _war_sentences() for w in re.findall(r"[A-Z][\w'’-]*", text)}
    words |= {"Al-Burhan", "al-Hindi’s", "Sinwar's", "EL-SISI", "The"}
    for word in sorted(words):
        afresh = people._bare(people._strip_possessive(word).lower().replace("’", "'"))
        assert people._as_surname(word) == afresh == people._as_surname(word), word
    assert people._as_surname("al-Hindi’s") == "hindi"
    if _compiled():
        return  # (the compiled detector reads the bound as a constant: it cannot be lowered for the test)
    monkeypatch.setattr(people, "_SURNAMES_KEPT", 3)  # bounded: a full memo starts again
    people._AS_SURNAME.clear()
    for word in ("Alpha", "Beta", "Gamma", "Delta"):
        people._as_surname(word)
    assert len(people._AS_SURNAME) <= 3 and people._as_surname("Alpha") == "alpha"


def test_a_roles_seniority_is_kept_as_worked_out_afresh(monkeypatch):
    # leaders._is_senior keeps its answer by the role as told: the same as reading each of its roles again
    roles = {p.role for body in _bodies() + [war_report(random.Random(i), 900).body for i in range(4)]
             for p in _registry(body).values() if p.role}
    roles |= {"spokesman", "senior Hamas official", "official", "the spokesman and a senior commander of Hamas's armed wing",
              "former prime minister", "Prime Minister", ""}
    assert len(roles) > 20
    for role in sorted(roles):
        person = people.PersonInfo("X", role=role or None)
        afresh = any(leaders._senior_role(one) for one in leaders._TWO_ROLES.split(role))
        assert leaders._is_senior(person, {}) == afresh == leaders._is_senior(person, {}), role
    assert leaders._is_senior(people.PersonInfo("X", role="the spokesman and a senior commander of Hamas's armed wing"), {})
    assert not leaders._is_senior(people.PersonInfo("X", role="spokesman"), {})
    if _compiled():
        return
    monkeypatch.setattr(leaders, "_SENIOR_KEPT", 2)
    leaders._SENIOR.clear()
    for role in ("emir", "king", "mayor"):
        leaders._is_senior(people.PersonInfo("X", role=role), {})
    assert len(leaders._SENIOR) <= 2


def _compiled() -> bool:
    return strikes.__file__.endswith((".so", ".pyd"))


def _registry(body: str) -> dict[str, people.PersonInfo]:
    found = people.find_people(analyse(article(body)))
    found.read_all()
    return found.registry


class _Unchangeable(list):
    """A list that fails the test if anyone changes it."""

    def _refuse(self, *args, **kwargs):
        raise AssertionError("a sentence's places, shared by its triggers, were changed")

    append = extend = insert = remove = pop = clear = sort = reverse = __setitem__ = __delitem__ = __iadd__ = _refuse


def test_the_places_a_sentences_triggers_share_are_read_once_and_never_changed(monkeypatch):
    # find_strike_mentions reads a sentence's places once per attacker left out, for all its triggers: what it then
    # does with them must leave them as read
    if _compiled():
        pytest.skip("the compiled detector calls _places natively: it cannot be watched")
    calls: list[tuple[int, int]] = []
    read = strikes._places

    def places(doc, info, exclude):
        calls.append((info.sentence.index, id(exclude)))
        return _Unchangeable(read(doc, info, exclude))

    monkeypatch.setattr(strikes, "_places", places)
    mentions = 0
    for i in range(6):
        calls.clear()
        doc = analyse(article(war_report(random.Random(100 + i), 900).body))
        mentions += len(strikes.find_strike_mentions(doc))
        assert calls and len(calls) == len(set(calls))  # once per sentence and attacker
    assert mentions > 30


def test_a_name_of_plain_words_is_its_own_key_as_tokenizing_it_would_say():
    # gazetteer._key returns words of letters one space apart as they are, without a pass of its tokenizer
    gaz = gazetteer.load()
    names = list(gaz.entries)[::7] + [e.name for e in list(gaz.entries.values())[::11]]
    names += ["Harakat al-Nujaba", "U.S. Army", "  Gaza", "Gaza ", "Kryvyi  Rih", "Ma'ale Adumim", "São Paulo", "Zürich",
              "Side_Street", "F-16", "Area 51", "", " ", "İstanbul", "Mosul\u00a0Dam", "Tel Aviv"]
    plain = 0
    for name in names:
        afresh = " ".join(t.text for t in gazetteer.tokenize(name))
        assert gazetteer._key(name) == afresh, repr(name)
        plain += afresh == name
    assert plain > 1000 and len(names) - plain > 100  # both ways were taken
