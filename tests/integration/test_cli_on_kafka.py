"""The command line against real brokers: ingest, alerts, and the demo quick start."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import orjson
import pytest

from monitor.commands.workerproc import settings_env
from monitor.config import Settings
from tests.conftest import REPO, SEEDS
from tests.integration.conftest import WorkerHandle, consume

pytestmark = pytest.mark.integration


def _monitor(settings: Settings, *args: str,
             timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, **settings_env(settings)}
    return subprocess.run([sys.executable, "-m", "monitor", *args], env=env, cwd=REPO,
                          capture_output=True, text=True, timeout=timeout, check=False)


class TestIngest:
    def test_ingest_sends_good_seeds_and_reports_local_rejections(
            self, settings: Settings, worker: WorkerHandle) -> None:
        done = _monitor(settings, "ingest", str(SEEDS), "--quiet")
        assert done.returncode == 0, done.stderr
        assert "sent: 5" in done.stdout and "rejected locally: 5" in done.stdout
        assert "not_json: 1" in done.stdout and "wrong_type: 1" in done.stdout
        records = asyncio.run(consume(settings, settings.topic_enriched, 5))
        assert len({r["id"] for r in records}) == 5

    def test_ingest_without_validation_lets_the_worker_dead_letter(
            self, settings: Settings, worker: WorkerHandle) -> None:
        done = _monitor(settings, "ingest", str(SEEDS / "005_malformed.jsonl"), "--no-validate",
                        "--quiet")
        assert "sent: 5" in done.stdout
        letters = asyncio.run(consume(settings, settings.topic_deadletter, 5))
        assert sorted(d["reason"] for d in letters) == [
            "empty_text", "missing_text", "not_an_object", "not_json", "wrong_type"]


class TestAlertsCommand:
    def test_alerts_prints_json_lines_of_the_seed_alert(
            self, settings: Settings, worker: WorkerHandle) -> None:
        _monitor(settings, "ingest", str(SEEDS / "000_b5ff8a1fd90c5886.txt"), "--quiet")
        asyncio.run(consume(settings, settings.topic_alerts, 1))
        done = _monitor(settings, "alerts", "--json", "--from-beginning", "--limit", "1",
                        "--timeout", "30")
        alert = orjson.loads(done.stdout.splitlines()[0])
        assert alert["rule"] in ("alliance", "threat") and alert["sentence"]


class TestDemo:
    def test_demo_starts_its_own_kafka_and_prints_the_seed_alert(self) -> None:
        env = {k: v for k, v in os.environ.items() if not k.startswith("MONITOR_")}
        done = subprocess.run([sys.executable, "-m", "monitor", "demo", "--exit-after", "25"],
                              env=env, cwd=REPO, capture_output=True, text=True, timeout=240,
                              check=False)
        assert done.returncode == 0, done.stderr[-2000:]
        assert "embedded broker: apache-kafka" in done.stdout
        assert "TR -> AZ" in done.stdout and "[DEAD LETTER not_json]" in done.stdout

    def test_sigterm_stops_the_demo_with_its_broker_and_worker(self) -> None:
        env = {k: v for k, v in os.environ.items() if not k.startswith("MONITOR_")}
        demo = subprocess.Popen([sys.executable, "-m", "monitor", "demo"], env=env, cwd=REPO,
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        watchdog = threading.Timer(240, demo.kill)  # a demo that never comes up fails the test
        watchdog.start()
        try:
            assert demo.stdout is not None
            assert any("worker up" in line for line in demo.stdout)
            children = _children(demo.pid)
            assert len(children) >= 2, children  # the broker and the worker
            demo.send_signal(signal.SIGTERM)
            assert demo.wait(timeout=120) == 0
            assert [pid for pid in children if _running(pid)] == []
        finally:
            watchdog.cancel()
            if demo.poll() is None:
                demo.kill()


def _children(pid: int) -> list[int]:
    """The processes whose parent is `pid`, from /proc."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # gone meanwhile
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def _running(pid: int) -> bool:
    """Whether `pid` exists and is not a zombie."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"
