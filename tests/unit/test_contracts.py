"""schemas/ is generated from the models, and real messages validate against it."""

from __future__ import annotations

from datetime import UTC, datetime

import jsonschema

from tests.helpers import ROOT, seed_article
from tocsin.core.schemas import check_schemas, load_schema
from tocsin.core.settings import Settings
from tocsin.detection.detector import detect_article
from tocsin.detector.incidents import apply_event

SCHEMAS = ROOT / "schemas"


def test_checked_in_schemas_match_the_models():
    assert check_schemas(SCHEMAS) == [], "run `tocsin schemas` and commit schemas/"


def test_detected_events_validate_against_event_schema():
    schema = load_schema(SCHEMAS, "event.schema.json")
    for event in detect_article(seed_article()):
        jsonschema.validate(event.model_dump(mode="json"), schema)


def test_alerts_validate_against_alert_schema_and_are_cloudevents():
    schema = load_schema(SCHEMAS, "alert.schema.json")
    events = [e.model_dump(mode="json") for e in detect_article(seed_article())]
    strike = next(e for e in events if e["type"] == "military_strike" and not e["is_background"])
    _, [alert] = apply_event([], strike, Settings(), datetime(2025, 9, 9, 16, tzinfo=UTC))
    jsonschema.validate(alert, schema)
    assert alert["specversion"] == "1.0" and alert["type"] == "tocsin.alert.military_strike"
    assert alert["subject"] == alert["data"]["incident_id"]


def test_article_schema_rejects_what_the_api_rejects():
    schema = load_schema(SCHEMAS, "article.schema.json")
    good = seed_article().model_dump(mode="json")
    jsonschema.validate(good, schema)
    bad = dict(good)
    del bad["url"]
    try:
        jsonschema.validate(bad, schema)
    except jsonschema.ValidationError as exc:
        assert "url" in str(exc.message)
    else:
        raise AssertionError("an article without url validated")
