"""Turning request bodies and NDJSON lines into valid articles, or clear errors.

Shared by the HTTP API and the CLI so that both accept and refuse the same
things with the same words.
"""

from __future__ import annotations

from dataclasses import dataclass

import orjson
from pydantic import ValidationError

from tocsin.core.models import Article


@dataclass(frozen=True, slots=True)
class Problem:
    """What is wrong with one record: where (index or line) and why."""

    where: str
    reason: str

    def as_dict(self) -> dict[str, str]:
        return {"where": self.where, "reason": self.reason}


class BadInput(Exception):
    def __init__(self, status: int, problems: list[Problem]):
        super().__init__("; ".join(f"{p.where}: {p.reason}" for p in problems))
        self.status = status
        self.problems = problems


def _describe(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors(include_url=False):
        loc = ".".join(str(x) for x in err["loc"]) or "article"
        msg = err["msg"]
        if err["type"] == "missing":
            msg = "is required"
        parts.append(f"{loc} {msg}")
    return "; ".join(parts)


def article_from_obj(obj: object, where: str) -> Article | Problem:
    if not isinstance(obj, dict):
        return Problem(where, f"expected a JSON object, got {type(obj).__name__}")
    try:
        return Article.model_validate(obj).with_id()
    except ValidationError as exc:
        return Problem(where, _describe(exc))


def decode_utf8(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadInput(400, [Problem("body", f"not valid UTF-8 (byte {exc.start}: {raw[exc.start:exc.start + 1]!r})")]) from None


def parse_request(raw: bytes, content_type: str, max_batch: int) -> list[Article]:
    """A JSON object, a JSON array or NDJSON -> articles; any bad record -> BadInput (nothing accepted)."""
    text = decode_utf8(raw)
    if not text.strip():
        raise BadInput(400, [Problem("body", "is empty")])
    if "ndjson" in content_type or "jsonlines" in content_type or "x-jsonl" in content_type:
        return _all_or_nothing(parse_ndjson(text), max_batch)
    try:
        value = orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        raise BadInput(400, [Problem("body", f"invalid JSON: {exc}")]) from None
    if isinstance(value, list):
        if not value:
            raise BadInput(400, [Problem("body", "is an empty array")])
        return _all_or_nothing([(f"[{i}]", article_from_obj(o, f"[{i}]")) for i, o in enumerate(value)], max_batch)
    result = article_from_obj(value, "body")
    if isinstance(result, Problem):
        raise BadInput(422, [result])
    return [result]


def parse_ndjson(text: str) -> list[tuple[str, Article | Problem]]:
    """Each non-blank line -> an article or the problem with it, named by line number."""
    out: list[tuple[str, Article | Problem]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"line {number}"
        try:
            obj = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            out.append((where, Problem(where, f"invalid JSON: {exc}")))
            continue
        out.append((where, article_from_obj(obj, where)))
    return out


def _all_or_nothing(results: list[tuple[str, Article | Problem]], max_batch: int) -> list[Article]:
    if len(results) > max_batch:
        raise BadInput(413, [Problem("body", f"{len(results)} articles in one batch; the limit is {max_batch}")])
    if not results:
        raise BadInput(400, [Problem("body", "holds no articles")])
    problems = [r for _, r in results if isinstance(r, Problem)]
    if problems:
        raise BadInput(422, problems)
    return [r for _, r in results if isinstance(r, Article)]


def read_source_text(path: str) -> str:
    """UTF-8 text of a file, or of stdin for "-"; raises BadInput with the reason (unreadable, not UTF-8)."""
    import sys

    try:
        raw = sys.stdin.buffer.read() if path == "-" else open(path, "rb").read()  # noqa: SIM115
    except OSError as exc:
        raise BadInput(2, [Problem("file", exc.strerror or str(exc))]) from None
    return decode_utf8(raw)
