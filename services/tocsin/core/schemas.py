"""The JSON Schemas in schemas/, generated from the models (one source of truth)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter

from tocsin.core.models import (
    Alert,
    Article,
    EventAdapter,
    Silence,
    SilenceCreate,
    Subscription,
    SubscriptionCreate,
    SubscriptionUpdate,
)

BASE_ID = "https://tocsin.dev/schemas/"


def _schemas() -> dict[str, dict[str, Any]]:
    out = {
        "article.schema.json": Article.model_json_schema(mode="validation"),
        "event.schema.json": EventAdapter.json_schema(mode="serialization"),
        "alert.schema.json": Alert.model_json_schema(mode="serialization"),
        "subscription.schema.json": TypeAdapter(Subscription).json_schema(mode="serialization"),
        "subscription-create.schema.json": SubscriptionCreate.model_json_schema(mode="validation"),
        "subscription-update.schema.json": SubscriptionUpdate.model_json_schema(mode="validation"),
        "silence.schema.json": Silence.model_json_schema(mode="serialization"),
        "silence-create.schema.json": SilenceCreate.model_json_schema(mode="validation"),
    }
    for name, schema in out.items():
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        schema["$id"] = BASE_ID + name
    return out


def render(schema: dict[str, Any]) -> str:
    return json.dumps(schema, indent=2, sort_keys=True) + "\n"


def write_schemas(directory: str | Path) -> list[Path]:
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, schema in _schemas().items():
        path = directory / name
        path.write_text(render(schema), "utf-8")
        written.append(path)
    return written


def check_schemas(directory: str | Path) -> list[str]:
    """Names of schema files that are missing or differ from the models."""
    directory = Path(directory)
    return [name for name, schema in _schemas().items()
            if not (directory / name).exists() or (directory / name).read_text("utf-8") != render(schema)]


def load_schema(directory: str | Path, name: str) -> dict[str, Any]:
    return json.loads((Path(directory) / name).read_text("utf-8"))
