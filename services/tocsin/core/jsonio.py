"""JSON on the wire: orjson, and models to bytes and back."""

from __future__ import annotations

from typing import Any

import orjson
from pydantic import BaseModel


def dumps(value: Any) -> bytes:
    if isinstance(value, BaseModel):
        value = value.model_dump(mode="json", exclude_none=False)
    return orjson.dumps(value)


def loads(raw: bytes | str) -> Any:
    return orjson.loads(raw)
