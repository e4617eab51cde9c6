"""The `tocsin` command.

    tocsin local              run everything locally on embedded defaults, feed seeds/, show alerts
    tocsin detect [FILE|-]    NDJSON articles in, NDJSON events out (no Kafka)
    tocsin ingest             serve the ingest API
    tocsin ingest-file FILE   publish NDJSON articles to the articles topic
    tocsin detector           run the faust detector worker
    tocsin notifier           serve the notifier (API, fan-out, delivery)
    tocsin schemas [--check]  write (or check) the JSON Schemas in schemas/
    tocsin config             print the configuration table (Markdown)
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

from tocsin.core.logs import configure_logging
from tocsin.core.settings import Settings, get_settings


def _require(settings: Settings, *names: str) -> None:
    missing = [n.upper() for n in names if not getattr(settings, n)]
    if missing:
        sys.exit(f"tocsin: set {', '.join(missing)} (or use `tocsin local`, which starts them)")


def cmd_detect(args: argparse.Namespace) -> int:
    from tocsin.detection.detect_cli import detect_stream

    return detect_stream(args.file, sys.stdout, get_settings().background_age_days)


def cmd_ingest(args: argparse.Namespace) -> int:
    import uvicorn

    from tocsin.core.kafka import ensure_topics
    from tocsin.ingest.app import create_app

    settings = get_settings()
    _require(settings, "kafka_bootstrap")
    asyncio.run(ensure_topics(settings))
    uvicorn.run(create_app(settings), host=settings.ingest_host, port=settings.ingest_port, log_config=None, access_log=False)
    return 0


def cmd_ingest_file(args: argparse.Namespace) -> int:
    from tocsin.ingest.cli import ingest_file

    settings = get_settings()
    _require(settings, "kafka_bootstrap")
    return asyncio.run(ingest_file(settings, args.file))


def cmd_detector(args: argparse.Namespace) -> int:
    from tocsin.detector.app import run_worker

    settings = get_settings()
    _require(settings, "kafka_bootstrap")
    run_worker(settings)
    return 0


def cmd_notifier(args: argparse.Namespace) -> int:
    from tocsin.notifier.main import serve

    settings = get_settings()
    _require(settings, "kafka_bootstrap", "redis_url")
    asyncio.run(serve(settings))
    return 0


def cmd_local(args: argparse.Namespace) -> int:
    from tocsin.local import run_local

    return run_local(args.seeds, args.workdir)


def cmd_schemas(args: argparse.Namespace) -> int:
    from tocsin.core.schemas import check_schemas, write_schemas

    if args.check:
        stale = check_schemas(args.dir)
        for name in stale:
            print(f"{args.dir}/{name} differs from the models; run `tocsin schemas`", file=sys.stderr)
        return 1 if stale else 0
    for path in write_schemas(args.dir):
        print(path)
    return 0


def _held_out_sets(folder: Path, chosen: list[str]) -> list[Path]:
    """The held-out sets to score: those named, else every holdout*.ndjson beside the dev set, in the order they were written."""
    if chosen:
        return [Path(p) for p in chosen]
    return sorted(folder.glob("holdout*.ndjson"), key=lambda p: int(p.stem.removeprefix("holdout") or 1))


def cmd_eval(args: argparse.Namespace) -> int:
    import json

    from tocsin.detection.evaluation import read_ndjson, render, score_devset, score_plover

    report = {"dev set": score_devset(read_ndjson(Path(args.devset)))}
    for path in _held_out_sets(Path(args.devset).parent, args.holdout):
        number = path.stem.removeprefix("holdout")
        report[f"held-out set {number}".rstrip()] = score_devset(read_ndjson(path))
    plover = Path(args.plover)
    if plover.exists():
        report["PLOVER/CAMEO gold standard"] = score_plover(json.loads(plover.read_text("utf-8")))
    else:
        print(f"note: {plover} not found; PLOVER scoring skipped", file=sys.stderr)
    print(render(report))
    if args.out:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(json.dumps(report, indent=1) + "\n", "utf-8")
        print(f"\nfigures and per-item misses written to {args.out}")
    if args.verbose:
        for section, figures in report.items():
            for name, s in figures.items():
                for key in ("misses", "false_alarms", "wrong"):
                    if isinstance(s, dict) and s.get(key):
                        print(f"{section} / {name} / {key}: {', '.join(s[key])}")
    return 0


def cmd_config(args: argparse.Namespace) -> int:
    print("| variable | default | meaning |\n|---|---|---|")
    for name, f in Settings.model_fields.items():
        default = f.default if f.default not in ("", None) else "(empty)"
        print(f"| `{name.upper()}` | `{default}` | {f.description} |")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="tocsin", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("local", help="run the whole pipeline locally")
    p.add_argument("--seeds", default="seeds", help="folder of seed articles to feed (default: seeds)")
    p.add_argument("--workdir", default=".tocsin/local", help="where logs and state go")
    p.set_defaults(func=cmd_local)
    p = sub.add_parser("detect", help="NDJSON articles -> NDJSON events")
    p.add_argument("file", nargs="?", default="-")
    p.set_defaults(func=cmd_detect)
    sub.add_parser("ingest", help="serve the ingest API").set_defaults(func=cmd_ingest)
    p = sub.add_parser("ingest-file", help="publish NDJSON articles")
    p.add_argument("file")
    p.set_defaults(func=cmd_ingest_file)
    sub.add_parser("detector", help="run the detector").set_defaults(func=cmd_detector)
    sub.add_parser("notifier", help="serve the notifier").set_defaults(func=cmd_notifier)
    p = sub.add_parser("schemas", help="write the JSON Schemas")
    p.add_argument("--dir", default="schemas")
    p.add_argument("--check", action="store_true")
    p.set_defaults(func=cmd_schemas)
    sub.add_parser("config", help="print the configuration table").set_defaults(func=cmd_config)
    p = sub.add_parser("eval", help="score detection on the dev set and the PLOVER gold standard")
    p.add_argument("--devset", default="tests/devset/devset.ndjson")
    p.add_argument("--holdout", action="append", default=[], metavar="FILE",
                   help="a held-out set to score (repeatable); default: every holdout*.ndjson beside the dev set")
    p.add_argument("--plover", default="../shared/data/plover_gsr_cameo.json")
    p.add_argument("--out", default="", help="also write the figures (JSON) here")
    p.add_argument("-v", "--verbose", action="store_true", help="list every miss, false alarm and wrong attribute")
    p.set_defaults(func=cmd_eval)
    args = parser.parse_args(argv)
    settings = get_settings()
    configure_logging(settings.log_level, settings.log_format)
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
