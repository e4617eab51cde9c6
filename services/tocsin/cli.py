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
    args = parser.parse_args(argv)
    settings = get_settings()
    configure_logging(settings.log_level, settings.log_format)
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
