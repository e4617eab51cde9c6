"""Detection throughput on realistic 500-1,500-word articles, one core.

Articles are composed from sentences we wrote, so the text has the shape of
wire copy without being anyone's copy. Two kinds are measured apart, and then
as a stream:

- war reports: dense reports of a strike (bench/reports.py), where nearly
  every sentence names a state, a place, a person or a toll, as the seed
  article does. The worst case: every sentence passes the cheap gates and is
  read in full.
- general: business, sport, politics, science and culture; TRICKY_SHARE of
  them also carry a sentence that trips naive detectors ("strike a deal",
  "general strike", "attacked the plan").
- stream: CONFLICT_SHARE of war reports, the rest general, as a news
  firehose delivers them.
- typeset stream: the same stream as publishers' pages set it, with curly
  quotes and apostrophes and a spaced em dash for one comma in five
  (`typeset`). Wire copy is plain ASCII; most pages are not, and text that
  is not ASCII used to miss the detector's fast paths.

Writes the figures to --out (JSON) and prints them, with the build measured:
the detector compiled by mypyc (setup.py), or plain Python. The rates are articles per
CPU-second of this one process (time.process_time), which is less affected by
busy neighbours than wall time. The machines are shared, so compare ratios
between runs, not absolute figures between machines.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import statistics
import time
from pathlib import Path

from bench.reports import war_report
from tocsin.core.models import Article
from tocsin.detection import strikes
from tocsin.detection.detector import detect_article
from tocsin.detection.gazetteer import load

CONFLICT_SHARE = 0.1
GENERAL = [
    "The central bank kept interest rates unchanged on Wednesday, citing stubborn inflation in services.",
    "Officials said the ministry would publish a full report on the matter later this month.",
    "The football league postponed weekend matches after a request from the interior ministry.",
    "Scientists said the new telescope had captured the most detailed images yet of a distant galaxy.",
    "The festival, which runs until Sunday, expects more than 200,000 visitors this year.",
    "Lawmakers debated the budget late into the night before approving it by a narrow margin.",
    "The company said quarterly revenue rose 12 percent, beating analysts' expectations.",
    "Farmers warned that the drought could cut this year's wheat harvest by a third.",
    "The minister told reporters the new rail line would open ahead of schedule in the spring.",
    "Ticket prices for the final have tripled on resale websites, fans complained.",
    "The museum will return the statues to their country of origin under an agreement signed on Friday.",
    "Doctors said the patient was in a stable condition after the operation.",
    "The airline said it would add weekly flights to three new destinations from June.",
    "Researchers found that the drug reduced symptoms in most patients taking part in the trial.",
    "Heavy rain caused flooding in several towns, and schools were closed for a second day.",
    "The court adjourned the hearing until next month to allow both sides to prepare.",
    "Retail sales fell unexpectedly in October as households cut spending on clothing.",
    "The coach said the team had learned from last season's defeats and was ready for the challenge.",
    "The city council approved plans for a new park on the site of the old factory.",
    "The singer's new album went straight to the top of the charts in several countries.",
    "Unemployment edged down to 5.1 percent in the third quarter, the statistics office said.",
    "The bridge will be closed to traffic for repairs for most of the summer.",
    "Volunteers planted more than 10,000 trees along the river banks over the weekend.",
    "The startup raised $40 million from investors to expand into Southeast Asia.",
    "Police said the road would reopen once the damaged lorry had been removed.",
    "The prize was awarded to a novel about three generations of a fishing family.",
    "Electricity prices are expected to fall next year as new solar farms come online.",
    "The university said applications from overseas students had risen for the third year running.",
    "Health officials urged older people to get their flu vaccines before the winter.",
    "The government plans to raise the minimum wage by 6 percent from January.",
    "Tourist numbers have returned to the levels seen before the pandemic, the tourism board said.",
    "The tennis champion withdrew from the tournament with a wrist injury.",
    "A new exhibition of early photographs opens at the national gallery next week.",
    "The port handled a record volume of containers in the first half of the year.",
    "Engineers are testing a new type of battery that charges in under ten minutes.",
    "The mayor promised more buses on the busiest routes after complaints from commuters.",
    "Wine producers expect a smaller but better harvest after a hot and dry summer.",
    "The film, shot entirely on location in the mountains, premiered to a standing ovation.",
    "The regulator fined the bank for failing to protect customers' personal data.",
    "Housing starts rose in September, helped by lower mortgage rates.",
    "The orchestra announced a tour of five cities to mark its centenary.",
    "The national team will play two friendly matches in March before the qualifiers.",
    "Fishermen said catches had improved since the new quotas came into force.",
    "The space agency postponed the launch because of high winds at the site.",
    "A rare bird not seen in the region for decades was spotted by amateur watchers.",
    "The software update fixes a flaw that could let apps read private messages.",
    "The parliament's committee will question the chief executive of the railway next week.",
    "Coffee prices climbed to a two-year high as frost damaged crops in Brazil.",
    "The school will teach coding to all pupils from the age of eight.",
    "The minister resigned after a row over the hospital building programme.",
    "Exports of electric cars doubled compared with the same period last year.",
    "Organisers said the marathon would go ahead despite the forecast of rain.",
    "The zoo welcomed a baby elephant, its first in more than twenty years.",
    "The city's oldest bookshop will close at the end of the month after 120 years.",
    "The judge said the contract had been signed in good faith by both parties.",
    "The telecom group said it would sell its tower business to a pension fund.",
    "A new ferry service will link the two islands from next spring.",
    "The climate summit ended with a pledge to triple renewable energy capacity.",
    "Officials expect the census results to be published early next year.",
    "The chef's restaurant was awarded a second star in the new guide.",
]
# Sentences that trip naive detectors; a few appear in some general articles.
TRICKY = [
    "Union leaders called a general strike for Thursday to protest against the pension reform.",
    "Shares in the carmaker rose 4 percent after it struck a deal to supply batteries to a Japanese rival.",
    "The striker scored twice in the second half as the home side came back to win 3-2.",
    "Opposition parties attacked the plan as unfair to pensioners and small businesses.",
    "The company said a cyber attack had disrupted its online orders for a second day.",
]
TRICKY_SHARE = 0.3


def _compose(rng: random.Random, lead: str, pool: list[str], i: int) -> Article:
    """An article of 500-1,500 words: the lead, then paragraphs of sentences from the pool.

    Sentences are drawn without replacement until the pool runs out, as an
    article does not repeat itself, then the pool is drawn again.
    """
    paragraphs = [lead] if lead else []
    words = sum(len(p.split()) for p in paragraphs)
    target = rng.randint(500, 1500)
    bag: list[str] = []
    while words < target:
        sentences = []
        for _ in range(rng.randint(2, 4)):
            if not bag:
                bag = rng.sample(pool, len(pool))
            sentences.append(bag.pop())
        para = " ".join(sentences)
        paragraphs.append(para)
        words += len(para.split())
    return Article(url=f"https://bench.example/{i}", source="bench", title=f"Bench article {i}",  # type: ignore[arg-type]
                   body="\n\n".join(paragraphs), published_at="2026-03-03T09:00:00Z").with_id()  # type: ignore[arg-type]


def conflict_article(i: int, rng: random.Random) -> Article:
    body = war_report(rng, rng.randint(500, 1500)).body
    return Article(url=f"https://bench.example/war/{i}", source="bench", title=f"War report {i}",  # type: ignore[arg-type]
                   body=body, published_at="2026-03-03T09:00:00Z").with_id()  # type: ignore[arg-type]


def general_article(i: int, rng: random.Random) -> Article:
    article = _compose(rng, "", GENERAL, i)
    if rng.random() < TRICKY_SHARE:
        body = article.body + "\n\n" + rng.choice(TRICKY)
        article = article.model_copy(update={"body": body, "id": None}).with_id()
    return article


def typeset(article: Article) -> Article:
    """The article with curly quotes and apostrophes, and a spaced em dash for one comma in five."""
    body = re.sub(r"(?<=\w)'", "\u2019", article.body)
    body = re.sub(r'"(?=\w)', "\u201c", body).replace('"', "\u201d")
    pieces = body.split(", ")
    body = "".join(piece + ("" if i == len(pieces) - 1 else " \u2014 " if i % 5 == 4 else ", ") for i, piece in enumerate(pieces))
    return article.model_copy(update={"body": body, "id": None}).with_id()


def rates(kinds: dict[str, list[Article]], rounds: int) -> dict[str, list[float]]:
    """Articles per CPU-second of each kind, one figure per round.

    The kinds take turns within every round, so a slow spell on a shared
    machine lowers all of them alike instead of one kind's every round.
    """
    gaz = load()
    for articles in kinds.values():
        for a in articles[:20]:
            detect_article(a, gaz=gaz)  # warm-up
    out: dict[str, list[float]] = {name: [] for name in kinds}
    for _ in range(rounds):
        for name, articles in kinds.items():
            start = time.process_time()  # CPU time of this one process: one core, less noise from neighbours
            for a in articles:
                detect_article(a, gaz=gaz)
            out[name].append(len(articles) / (time.process_time() - start))
    return out


def summary(articles: list[Article], rates: list[float]) -> dict:
    return {
        "articles": len(articles),
        "mean_words": round(statistics.mean(len(a.body.split()) for a in articles)),
        "articles_per_cpu_second_median": round(statistics.median(rates), 1),
        "articles_per_cpu_second_min": round(min(rates), 1),
        "articles_per_cpu_second_max": round(max(rates), 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--out", default="bench/results.json")
    args = parser.parse_args()
    rng = random.Random(7)
    conflict = [conflict_article(i, rng) for i in range(args.articles)]
    general = [general_article(i, rng) for i in range(args.articles)]
    stream = [conflict[i] if rng.random() < CONFLICT_SHARE else general[i] for i in range(args.articles)]
    share = f"{round(CONFLICT_SHARE * 100)}% war reports"
    kinds = {"war reports": conflict, "general": general, f"stream ({share})": stream,
             f"typeset stream ({share}, curly quotes, dashes)": [typeset(a) for a in stream]}
    measured = rates(kinds, args.rounds)
    result = {
        "benchmark": "detection library, articles per CPU-second (one core)",
        # `make bench` measures both builds: what the deploy image runs, and the plain Python of a dev install
        "build": "plain Python" if strikes.__file__.endswith(".py") else "compiled by mypyc",
        "target": 2000,
        **{name: summary(articles, measured[name]) for name, articles in kinds.items()},
        "rounds": args.rounds,
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count(), "platform": platform.platform()},
        "at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
