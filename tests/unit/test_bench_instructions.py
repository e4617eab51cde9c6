"""The instruction-count benchmark (bench/instructions.py): what it measures and how it reads callgrind."""

from __future__ import annotations

import pytest

from bench import instructions


def test_the_total_is_read_from_the_summary_line_or_else_the_totals_line():
    out = "version: 1\ncreator: callgrind-3.19.0\nevents: Ir\nsummary: 123456789\n\nfl=x.c\nfn=main\n1 5\ntotals: 999\n"
    assert instructions.total_instructions(out) == 123456789
    assert instructions.total_instructions("events: Ir\nfn=main\n1 5\ntotals: 4242\n") == 4242
    with pytest.raises(ValueError, match="not a callgrind output"):
        instructions.total_instructions("events: Ir\nfn=main\n1 5\n")


def test_an_article_costs_the_difference_it_made_shared_among_the_articles():
    assert instructions.per_article(1_000_000 + 5 * 17_000_000, 1_000_000, 5) == 17_000_000
    with pytest.raises(ValueError):
        instructions.per_article(10, 5, 0)


@pytest.mark.parametrize("kind", instructions.KINDS)
def test_the_counted_process_warms_up_on_every_kind_then_reads_only_the_measured_ones(kind):
    articles = instructions._articles(kind, 3)
    marker = articles.index("MEASURE")
    warm, measured = articles[:marker], articles[marker + 1 :]
    assert len(measured) == 3 and len(warm) == 2 * (instructions._WARM_WAR + instructions._WARM_GENERAL)
    assert not {a.url for a in measured} & {a.url for a in warm}  # none of them read before
    assert all(("/war/" in str(a.url)) == ("war" in kind) for a in measured)
    typeset = [not a.body.isascii() for a in measured]
    assert all(typeset) if kind.startswith("typeset") else not any(typeset)
    # the same articles whatever is measured, so that runs of different counts differ only by the articles read
    assert [a.body for a in instructions._articles(kind, 1)[marker + 1 :]] == [a.body for a in measured[:1]]
    assert [a.body for a in instructions._articles(kind, 0)[:marker]] == [a.body for a in warm]


def test_more_articles_than_the_pool_holds_is_refused():
    with pytest.raises(ValueError, match="at most"):
        instructions._articles("war", 1000)
