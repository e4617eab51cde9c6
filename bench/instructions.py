"""Instructions per article, counted by callgrind: the detector's cost without the machine's noise.

Seconds on a shared machine move with the neighbours (a fifth between rounds
of one run is common here, and machines differ by nearly two to one), so a
change of a few per cent cannot be seen in `make bench`. Instructions can:
callgrind counts what the process executes, whatever else the machine does.

Each kind is measured as the difference of two runs of one warmed-up
process, one that then reads N articles and one that reads none, divided by
N: start-up, imports, the gazetteer's load and the warm-up cancel out. The
warm-up reads war reports and general articles, plain and typeset, so that
no automaton or pattern is built inside the measurement, and what it leaves
is collected and frozen (see `measure`). Runs are made with
PYTHONHASHSEED=0 and with address randomisation off (`setarch -R`): with
it on, two runs of one build of a war report differed by 3.4%, without it
by 0.002%. General news still moves by a few per cent with the allocator's
state, which frees more or less at a time, and a kind's few measured
articles may be the first to need some one-time work (an automaton rebuilt
for a pattern first used among them): compare builds on war reports first.

    python -m bench.instructions --out bench/instructions.json

needs valgrind and setarch (util-linux) on PATH; `make bench-instructions`
runs it on the compiled build. A full run takes some minutes: callgrind runs
Python about fifty times slower.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.bench_detection import CONFLICT_SHARE, conflict_article, general_article, typeset
from tocsin.detection import strikes
from tocsin.detection.detector import detect_article
from tocsin.detection.gazetteer import load

KINDS = ("war", "general", "typeset war", "typeset general")
# articles measured per kind by default: a war report costs some forty times a general article
DEFAULT_COUNTS = {"war": 5, "general": 40, "typeset war": 5, "typeset general": 40}
_WARM_WAR, _WARM_GENERAL = 30, 80  # the first articles of each kind warm up; the measured ones follow them
_WAR, _GENERAL = 60, 200  # articles made of each kind (the same ones whatever is measured)


def _articles(kind: str, count: int) -> list:
    """The warm-up articles, plain and typeset, then "MEASURE", then `count` articles of the kind."""
    rng = random.Random(7)
    war = [conflict_article(i, rng) for i in range(_WAR)]
    general = [general_article(i, rng) for i in range(_GENERAL)]
    warm = war[:_WARM_WAR] + general[:_WARM_GENERAL]
    pool = {"war": war[_WARM_WAR:], "general": general[_WARM_GENERAL:]}[kind.removeprefix("typeset ")]
    if count > len(pool):
        raise ValueError(f"at most {len(pool)} {kind} articles can be measured")
    measured = [typeset(a) for a in pool[:count]] if kind.startswith("typeset") else pool[:count]
    return [*warm, *(typeset(a) for a in warm), "MEASURE", *measured]


def measure(kind: str, count: int) -> None:
    """Warm up, then read `count` articles of the kind (the process callgrind counts).

    Before the measured articles, everything alive is collected and frozen (gc.freeze): a full collection traverses
    every object of the gazetteer and the warm-up, some tens of millions of instructions, and whether one falls among
    a handful of measured articles depends on the allocations before them (it moved a war report's count by a tenth
    between two harnesses). What is counted is then the reading and its young objects' collection."""
    gaz = load()
    for article in _articles(kind, count):
        if article == "MEASURE":
            gc.collect()
            gc.freeze()
        else:
            detect_article(article, gaz=gaz)


def total_instructions(callgrind_out: str) -> int:
    """The total of a callgrind output file (its "summary:" line, or "totals:" when there is none)."""
    found = re.search(r"^summary:\s+(\d+)", callgrind_out, re.M) or re.search(r"^totals:\s+(\d+)", callgrind_out, re.M)
    if found is None:
        raise ValueError("no summary or totals line: not a callgrind output")
    return int(found.group(1))


def per_article(with_articles: int, without: int, count: int) -> float:
    """Instructions per article: the difference the articles made, shared among them."""
    if count <= 0:
        raise ValueError("count must be positive")
    return (with_articles - without) / count


def _count(kind: str, articles: int) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        command = ["setarch", platform.machine(), "-R", "valgrind", "--tool=callgrind", f"--callgrind-out-file={out}",
                   sys.executable, "-m", "bench.instructions", "--measure", kind, "--articles", str(articles)]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       env={**os.environ, "PYTHONHASHSEED": "0"})
        return total_instructions(out.read_text())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--out", default="bench/instructions.json")
    parser.add_argument("--kinds", nargs="*", default=list(KINDS), choices=KINDS)
    parser.add_argument("--measure", choices=KINDS, help=argparse.SUPPRESS)  # the counted process
    parser.add_argument("--articles", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        measure(args.measure, args.articles)
        return
    missing = [tool for tool in ("valgrind", "setarch") if shutil.which(tool) is None]
    if missing:
        sys.exit(f"bench.instructions needs {' and '.join(missing)} on PATH (Debian: valgrind, util-linux)")
    figures = {}
    for kind in args.kinds:
        count = DEFAULT_COUNTS[kind]
        figures[kind] = round(per_article(_count(kind, count), _count(kind, 0), count))
        print(f"{kind}: {figures[kind] / 1e6:.3f} M instructions per article", flush=True)
    share = CONFLICT_SHARE
    for prefix in ("", "typeset "):
        if f"{prefix}war" in figures and f"{prefix}general" in figures:
            figures[f"{prefix}stream (computed)"] = round(share * figures[f"{prefix}war"] + (1 - share) * figures[f"{prefix}general"])
    result = {
        "benchmark": "detection library, instructions per article (callgrind)",
        "build": "plain Python" if strikes.__file__.endswith(".py") else "compiled by mypyc",
        "instructions_per_article": figures,
        "articles_measured": {kind: DEFAULT_COUNTS[kind] for kind in args.kinds},
        "machine": {"python": platform.python_version(), "platform": platform.platform()},
        "at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
