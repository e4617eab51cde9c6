"""docker-compose.yml is valid and wires the services' real settings."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest
import yaml

from tests.helpers import ROOT
from tocsin.core.settings import Settings

COMPOSE = shutil.which("docker-compose")


@pytest.fixture(scope="module")
def config() -> dict:
    if COMPOSE is None:
        if os.environ.get("CI"):
            pytest.fail("docker-compose is not installed (make tools installs Debian's package)")
        pytest.skip("docker-compose not installed; `make tools` installs it")
    out = subprocess.run(
        [COMPOSE, "-f", str(ROOT / "docker-compose.yml"), "config"],
        capture_output=True, text=True, env={**os.environ, "TOCSIN_API_TOKEN": "test-token"}, check=False,
    )
    assert out.returncode == 0, out.stderr
    return yaml.safe_load(out.stdout)


def test_compose_config_is_valid_with_healthchecks(config):
    services = config["services"]
    assert {"kafka", "redis", "ingest", "detector", "notifier"} <= set(services)
    for name in ("kafka", "redis", "ingest", "notifier"):
        assert "healthcheck" in services[name], name
    assert "--appendonly" in services["redis"]["command"]


def test_compose_environment_names_real_settings(config):
    known = {name.upper() for name in Settings.model_fields}
    for name in ("ingest", "detector", "notifier"):
        env = config["services"][name]["environment"]
        unknown = set(env) - known
        assert not unknown, f"{name}: {unknown}"
        assert env["KAFKA_BOOTSTRAP"] == "kafka:9092"


def test_compose_needs_an_api_token():
    if COMPOSE is None:
        pytest.skip("docker-compose not installed")
    env = {k: v for k, v in os.environ.items() if k != "TOCSIN_API_TOKEN"}
    out = subprocess.run([COMPOSE, "-f", str(ROOT / "docker-compose.yml"), "config"], capture_output=True, text=True, env=env, check=False)
    assert out.returncode != 0 and "TOCSIN_API_TOKEN" in out.stderr

