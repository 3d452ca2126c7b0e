"""The worker on a real Apache Kafka: seed article → alert, bad input → dead letters."""

from __future__ import annotations

import asyncio
import base64
import urllib.request
from pathlib import Path

import orjson
import pytest

from monitor import codec
from monitor.config import Settings
from tests.conftest import SEED_ARTICLE
from tests.integration.conftest import WorkerHandle, consume, produce

pytestmark = pytest.mark.integration


def _seed_payload() -> bytes:
    title, _, body = SEED_ARTICLE.read_text(encoding="utf-8").strip().partition("\n")
    return codec.dumps({"id": "seed-000", "title": title, "text": body})


class TestSeedArticle:
    def test_seed_article_raises_a_turkey_azerbaijan_alliance_alert(
            self, worker: WorkerHandle, settings: Settings) -> None:
        asyncio.run(produce(settings, [_seed_payload()]))
        alerts = asyncio.run(consume(settings, settings.topic_alerts, 2, timeout=30))
        pledges = [a for a in alerts if a["kind"] == "alliance"
                   and (a["source"], a["target"]) == ("TR", "AZ") and a["mode"] == "conditional"]
        assert pledges, f"no conditional TR -> AZ alliance alert; got {alerts}"
        alert = pledges[0]
        assert {"TR", "AZ"} <= set(alert["countries"]) and alert["article_id"] == "seed-000"
        assert "threat" in alert["sentence"] and "Turkey will" in alert["sentence"]

    def test_seed_article_is_enriched_with_countries_and_timings(
            self, worker: WorkerHandle, settings: Settings) -> None:
        asyncio.run(produce(settings, [_seed_payload()]))
        (record,) = asyncio.run(consume(settings, settings.topic_enriched, 1))
        focus = {c["code"] for c in record["countries"] if c["focus"]}
        assert {"AZ", "TR"} <= focus
        assert record["processing"]["countries"] >= 0 and "offset" in record["processing"]
        assert not [s for s in record["signals"]
                    if s["kind"] == "threat" and s["mode"] == "asserted"]


BAD_INPUTS = [
    (b"not json at all", "not_json"),
    (b'{"text": "caf\xe9 au lait"}', "invalid_utf8"),
    (b'["a", "list"]', "not_an_object"),
    (b'{"title": "no text"}', "missing_text"),
    (b'{"text": "   "}', "empty_text"),
    (b'{"text": 12345}', "wrong_type"),
    (codec.dumps({"text": "x" * 60_000}), "oversize"),
]


class TestDeadLetters:
    def test_each_kind_of_bad_input_is_dead_lettered_with_reason_and_bytes(
            self, worker: WorkerHandle, settings: Settings) -> None:
        asyncio.run(produce(settings, [raw for raw, _ in BAD_INPUTS]))
        letters = asyncio.run(consume(settings, settings.topic_deadletter, len(BAD_INPUTS)))
        got = {base64.b64decode(d["original_base64"]): d["reason"] for d in letters}
        assert got == dict(BAD_INPUTS)
        assert all(d["topic"] == settings.topic_raw and d["offset"] >= 0 for d in letters)

    def test_worker_keeps_processing_after_bad_input(
            self, worker: WorkerHandle, settings: Settings) -> None:
        asyncio.run(produce(settings, [raw for raw, _ in BAD_INPUTS] + [_seed_payload()]))
        (record,) = asyncio.run(consume(settings, settings.topic_enriched, 1))
        assert record["id"] == "seed-000"
        assert worker.process is not None and worker.process.poll() is None

    def test_rejections_are_counted_by_reason(
            self, worker: WorkerHandle, settings: Settings) -> None:
        asyncio.run(produce(settings, [b"nope", b"{}", _seed_payload()]))
        asyncio.run(consume(settings, settings.topic_enriched, 1))
        metrics = _scrape(settings)
        assert 'monitor_articles_rejected_total{reason="not_json"} 1.0' in metrics
        assert 'monitor_articles_rejected_total{reason="missing_text"} 1.0' in metrics


def _scrape(settings: Settings) -> str:
    url = f"http://127.0.0.1:{settings.web_port}/metrics"
    with urllib.request.urlopen(url, timeout=5) as reply:
        return str(reply.read().decode())


class TestObservability:
    def test_metrics_page_has_domain_and_faust_metrics(
            self, worker: WorkerHandle, settings: Settings) -> None:
        asyncio.run(produce(settings, [_seed_payload()]))
        asyncio.run(consume(settings, settings.topic_enriched, 1))  # processed, outputs acked
        alerts = asyncio.run(consume(settings, settings.topic_alerts, 100, timeout=3))
        metrics = _scrape(settings)
        assert "monitor_articles_processed_total 1.0" in metrics
        alliance = sum(a["rule"] == "alliance" for a in alerts)
        assert alliance >= 1
        assert f'monitor_alerts_total{{rule="alliance"}} {float(alliance)}' in metrics
        assert 'monitor_country_mentions_total{country="AZ"} 1.0' in metrics
        assert "monitor_end_to_end_seconds_count 1.0" in metrics
        assert "faust_" in metrics

    def test_one_canonical_json_log_line_per_article(
            self, worker: WorkerHandle, settings: Settings) -> None:
        asyncio.run(produce(settings, [_seed_payload()]))
        asyncio.run(consume(settings, settings.topic_enriched, 1))
        worker.stop()
        lines = [orjson.loads(line) for line in worker.log_text().splitlines()
                 if line.startswith("{")]
        processed = [entry for entry in lines if entry.get("event") == "article_processed"]
        assert len(processed) == 1 and processed[0]["article_id"] == "seed-000"
        assert "alliance" in processed[0]["alerts"]

    def test_healthz_reports_ok(self, worker: WorkerHandle, settings: Settings) -> None:
        url = f"http://127.0.0.1:{settings.web_port}/healthz"
        with urllib.request.urlopen(url, timeout=5) as reply:
            assert reply.status == 200 and orjson.loads(reply.read()) == {"status": "ok"}


class TestLocalState:
    def test_worker_keeps_faust_state_in_the_configured_data_dir(
            self, worker: WorkerHandle, settings: Settings) -> None:
        assert Path(settings.data_dir).is_dir()
        assert not (Path.cwd() / f"{settings.app_id}-data").exists()
