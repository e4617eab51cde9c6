"""Detection throughput on realistic 500-1,500-word articles, one core.

Articles are composed from sentences we wrote (strike reports, reactions,
background, everyday news filler), so the text has the shape of wire copy
without being anyone's copy. Writes figures to --out (JSON) and prints them.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import time
from pathlib import Path

from tocsin.core.models import Article
from tocsin.detection.detector import detect_article
from tocsin.detection.gazetteer import load

PAIRS = [("Russian", "Kharkiv"), ("Israeli", "Beirut"), ("Turkish", "Qamishli"), ("Iranian", "Erbil"), ("Pakistani", "Khost"),
         ("Ukrainian", "Belgorod"), ("Saudi", "Sanaa"), ("Indian", "Muzaffarabad")]
LEADS = [
    "{d} forces launched a missile strike on {p} early on Tuesday, killing {n} people, officials said.",
    "{d} warplanes carried out airstrikes near {p} on Monday night, according to local authorities.",
    "A {d} drone attack hit an energy facility in {p} on Sunday, the regional governor said.",
]
FILLER = [
    "The central bank kept interest rates unchanged on Wednesday, citing stubborn inflation in services.",
    "Officials said the ministry would publish a full report on the matter later this month.",
    "Residents described hearing several loud explosions before sirens sounded across the city.",
    "The foreign ministry summoned the ambassador and condemned the attack as a violation of sovereignty.",
    "Talks mediated by Qatar and Egypt are expected to resume next week, diplomats said.",
    "In 2022, a similar offensive displaced hundreds of thousands of people from the region.",
    "Emergency services said rescue work was continuing and that the toll could still rise.",
    "Analysts said the escalation risked drawing neighbouring states deeper into the conflict.",
    "The football league postponed weekend matches after a request from the interior ministry.",
    "Union leaders called a general strike for Thursday to protest against the pension reform.",
    "The prime minister said the government would not be intimidated and promised a firm response.",
    "Satellite images reviewed by independent analysts showed damage to several buildings.",
]


def make_article(i: int, rng: random.Random) -> Article:
    demonym, place = PAIRS[i % len(PAIRS)]
    paragraphs = [rng.choice(LEADS).format(d=demonym, p=place, n=rng.randint(2, 40))]
    words = len(paragraphs[0].split())
    target = rng.randint(500, 1500)
    while words < target:
        para = " ".join(rng.choice(FILLER) for _ in range(rng.randint(2, 4)))
        paragraphs.append(para)
        words += len(para.split())
    return Article(url=f"https://bench.example/{i}", source="bench", title=f"Bench {i}", body="\n\n".join(paragraphs),
                   published_at="2026-03-03T09:00:00Z").with_id()  # type: ignore[arg-type]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--out", default="bench/results.json")
    args = parser.parse_args()
    rng = random.Random(7)
    gaz = load()
    articles = [make_article(i, rng) for i in range(args.articles)]
    words = statistics.mean(len(a.body.split()) for a in articles)
    for a in articles[:20]:
        detect_article(a, gaz=gaz)  # warm-up
    rates = []
    for _ in range(args.rounds):
        start = time.process_time()  # CPU time of this one process: one core, less noise from neighbours
        for a in articles:
            detect_article(a, gaz=gaz)
        rates.append(len(articles) / (time.process_time() - start))
    result = {
        "benchmark": "detection library, articles per CPU-second (one core)",
        "articles": len(articles), "mean_words": round(words), "rounds": args.rounds,
        "articles_per_cpu_second_median": round(statistics.median(rates), 1),
        "articles_per_cpu_second_min": round(min(rates), 1),
        "articles_per_cpu_second_max": round(max(rates), 1),
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count(), "platform": platform.platform()},
        "at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
