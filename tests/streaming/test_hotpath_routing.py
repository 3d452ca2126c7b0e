"""The hot path's routing, offline: which topic each outcome goes to, and what it counts."""

from __future__ import annotations

import base64
from collections.abc import Iterator

import orjson
import pytest
from aiokafka import ConsumerRecord
from prometheus_client import CollectorRegistry

from monitor import codec
from monitor.config import Settings
from monitor.observability.metrics import Metrics
from monitor.pipeline import Pipeline
from monitor.streaming.hotpath import HotPath, safe_process
from tests.conftest import SEED_ARTICLE

SETTINGS = Settings()


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.load()


@pytest.fixture
def hot_path(pipeline: Pipeline) -> Iterator[HotPath]:
    yield HotPath(SETTINGS, pipeline, Metrics(CollectorRegistry(), rules=["alliance", "threat"]))


def _record(value: bytes | None, offset: int = 7) -> ConsumerRecord[bytes, bytes]:
    return ConsumerRecord(SETTINGS.topic_raw, 1, offset, 1_700_000_000_000, 0, b"k", value,
                          None, 1, len(value or b""), [])


def _seed() -> bytes:
    title, _, body = SEED_ARTICLE.read_text(encoding="utf-8").strip().partition("\n")
    return codec.dumps({"id": "seed-000", "title": title, "text": body})


class TestRouting:
    def test_a_good_article_goes_to_enriched_and_alerts(self, hot_path: HotPath) -> None:
        rec = _record(_seed())
        outputs = hot_path._route(rec, safe_process(hot_path.pipeline, rec.value))
        topics = [topic for topic, _, _ in outputs]
        assert topics[0] == SETTINGS.topic_enriched
        assert SETTINGS.topic_alerts in topics
        assert all(key == b"seed-000" for _, _, key in outputs)

    def test_bad_input_goes_to_the_dead_letters_with_its_bytes(self, hot_path: HotPath) -> None:
        rec = _record(b"\x00garbage")
        ((topic, value, key),) = hot_path._route(rec, safe_process(hot_path.pipeline, rec.value))
        letter = orjson.loads(value)
        assert topic == SETTINGS.topic_deadletter and key == b"k"
        assert base64.b64decode(letter["original_base64"]) == b"\x00garbage"
        assert (letter["partition"], letter["offset"], letter["reason"]) == (1, 7, "not_json")

    def test_a_tombstone_is_dead_lettered_not_dropped(self, hot_path: HotPath) -> None:
        rec = _record(None)
        ((topic, _, _),) = hot_path._route(rec, safe_process(hot_path.pipeline, rec.value))
        assert topic == SETTINGS.topic_deadletter

    def test_rejections_are_counted_by_reason(self, hot_path: HotPath) -> None:
        rec = _record(b"[]")
        hot_path._route(rec, safe_process(hot_path.pipeline, rec.value))
        value = hot_path.metrics.registry.get_sample_value(
            "monitor_articles_rejected_total", {"reason": "not_an_object"})
        assert value == 1.0


class _Exploding:
    def __call__(self, *_: object) -> object:
        raise RuntimeError("engine bug")


class TestSafeProcess:
    def test_a_crashing_stage_becomes_a_processing_error(self, pipeline: Pipeline) -> None:
        broken = Pipeline(_Exploding(), pipeline.detector)  # type: ignore[arg-type]
        outcome = safe_process(broken, _seed())
        assert getattr(outcome, "reason", None) == "processing_error"
        assert "engine bug" in getattr(outcome, "detail", "")


class TestOutputLimit:
    def test_an_enriched_record_too_big_for_the_broker_dead_letters_its_input(
            self, pipeline: Pipeline) -> None:
        small = Settings(max_output_bytes=2_000)
        hot_path = HotPath(small, pipeline, Metrics(CollectorRegistry()))
        rec = _record(_seed())
        ((topic, value, _),) = hot_path._route(rec, safe_process(pipeline, rec.value))
        letter = orjson.loads(value)
        assert topic == small.topic_deadletter
        assert (letter["reason"], letter["stage"]) == ("oversize", "publish")
        assert base64.b64decode(letter["original_base64"]) == rec.value
