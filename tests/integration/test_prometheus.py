"""A real Prometheus (Debian package) scraping a real worker, with our alert rules loaded.

Also checks that every metric the Grafana dashboard and the alert rules query is one
the worker actually exports. `make test` / `.ci/run` install Prometheus; on CI a missing
binary fails these tests instead of skipping them.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import subprocess
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from monitor import codec
from monitor.broker.net import free_port, wait_for_port
from monitor.config import Settings
from tests.conftest import REPO, SEED_ARTICLE
from tests.integration.conftest import WorkerHandle, consume, produce
from tests.unit.test_deploy_files import metric_names

pytestmark = pytest.mark.integration

PROM_DIR = REPO / "deploy" / "prometheus"
DASHBOARD = REPO / "deploy" / "grafana" / "dashboards" / "news-monitor.json"


def _binary(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is not installed; .ci/run installs the Debian package")
        pytest.skip(f"{name} not installed (make test installs it where apt-get is allowed)")
    return path


def _seed() -> bytes:
    title, _, body = SEED_ARTICLE.read_text(encoding="utf-8").strip().partition("\n")
    return codec.dumps({"id": "seed-000", "title": title, "text": body})


def _exported(settings: Settings) -> set[str]:
    url = f"http://127.0.0.1:{settings.web_port}/metrics"
    with urllib.request.urlopen(url, timeout=5) as reply:
        lines = reply.read().decode().splitlines()
    return {line.split("{")[0].split(" ")[0] for line in lines if line and line[0] != "#"}


def _queried_metrics() -> set[str]:
    exprs = [t["expr"] for p in json.loads(DASHBOARD.read_text())["panels"]
             for t in p.get("targets", [])]
    rules = yaml.safe_load((PROM_DIR / "alerts.yml").read_text())
    exprs += [r["expr"] for g in rules["groups"] for r in g["rules"]]
    return set().union(*(metric_names(e) for e in exprs)) - {"up"}


class TestExportedMetrics:
    def test_every_metric_the_dashboard_and_alerts_query_is_exported(
            self, worker: WorkerHandle, settings: Settings) -> None:
        asyncio.run(produce(settings, [_seed(), b"not json"]))
        asyncio.run(consume(settings, settings.topic_deadletter, 1))
        assert _queried_metrics() - _exported(settings) == set()


@pytest.fixture
def prometheus(settings: Settings, tmp_path: Path) -> Iterator[str]:
    """Prometheus scraping the test's worker every second, with alerts.yml loaded."""
    binary = _binary("prometheus")
    shutil.copy(PROM_DIR / "alerts.yml", tmp_path / "alerts.yml")
    config = {"global": {"scrape_interval": "1s", "evaluation_interval": "1s"},
              "rule_files": ["alerts.yml"],
              "scrape_configs": [{"job_name": "news-monitor", "static_configs": [
                  {"targets": [f"127.0.0.1:{settings.web_port}"]}]}]}
    (tmp_path / "prometheus.yml").write_text(yaml.safe_dump(config))
    port = free_port()
    with (tmp_path / "prometheus.log").open("wb") as log:
        proc = subprocess.Popen(
            [binary, f"--config.file={tmp_path / 'prometheus.yml'}",
             f"--storage.tsdb.path={tmp_path / 'data'}", f"--web.listen-address=127.0.0.1:{port}"],
            stdout=log, stderr=subprocess.STDOUT)
    assert wait_for_port("127.0.0.1", port, 30, alive=lambda: proc.poll() is None)
    yield f"http://127.0.0.1:{port}"
    proc.terminate()
    proc.wait(20)


def _api(base: str, path: str, **params: str) -> Any:
    url = f"{base}/api/v1/{path}?{urllib.parse.urlencode(params)}"
    with urllib.request.urlopen(url, timeout=5) as reply:
        return json.loads(reply.read())["data"]


def _query_until(base: str, query: str, timeout: float = 30.0) -> float:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = _api(base, "query", query=query)["result"]
        if result:
            return float(result[0]["value"][1])
        time.sleep(0.5)
    raise AssertionError(f"{query} returned nothing within {timeout}s")


class TestPrometheus:
    def test_prometheus_scrapes_the_worker_and_sees_processed_articles(
            self, worker: WorkerHandle, settings: Settings, prometheus: str) -> None:
        asyncio.run(produce(settings, [_seed()]))
        asyncio.run(consume(settings, settings.topic_alerts, 1))
        assert _query_until(prometheus, "up{job='news-monitor'} == 1") == 1.0
        assert _query_until(prometheus, "monitor_articles_processed_total > 0") == 1.0
        assert _query_until(prometheus, "sum(monitor_alerts_total{rule='alliance'}) > 0") >= 1.0

    def test_alert_rules_load_and_evaluate(
            self, worker: WorkerHandle, settings: Settings, prometheus: str) -> None:
        _query_until(prometheus, "up{job='news-monitor'} == 1")
        groups = _api(prometheus, "rules")["groups"]
        rules = [r for g in groups for r in g["rules"]]
        assert rules and all(r["health"] == "ok" for r in rules if "health" in r)


class TestPromtool:
    def test_alert_rules_pass_their_promtool_unit_tests(self) -> None:
        done = subprocess.run([_binary("promtool"), "test", "rules", "alerts.test.yml"],
                              cwd=PROM_DIR, capture_output=True, text=True, check=False)
        assert done.returncode == 0, done.stdout + done.stderr
