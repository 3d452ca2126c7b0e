"""A real Apache Kafka for the whole session, and workers on fresh topics per test.

The broker is the project's own: Maven-resolved jars run with `java -cp` in KRaft
mode (`monitor.broker.kafka`). If it cannot start, every integration test errors —
they never skip for lack of a broker.
"""

from __future__ import annotations

import asyncio
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from monitor import codec
from monitor.broker.kafka import KafkaBroker
from monitor.broker.net import free_port
from monitor.commands.workerproc import start_worker, stop_worker, wait_healthy
from monitor.config import Settings
from monitor.streaming.topics import ensure_topics

pytestmark = pytest.mark.integration


@pytest.fixture(scope="session")
def kafka() -> Iterator[KafkaBroker]:
    """One broker for the session, on a free loopback port."""
    broker = KafkaBroker()
    broker.start()
    yield broker
    broker.stop()


@pytest.fixture
def settings(kafka: KafkaBroker, tmp_path: Path) -> Settings:
    """Fresh topics, group and web port so tests never see each other's records."""
    run = uuid.uuid4().hex[:8]
    return Settings(broker=f"kafka://{kafka.bootstrap}", app_id=f"it-{run}",
                    topic_raw=f"it.raw.{run}", topic_enriched=f"it.enriched.{run}",
                    topic_alerts=f"it.alerts.{run}", topic_deadletter=f"it.dlq.{run}",
                    topic_partitions=2, web_port=free_port(), max_article_bytes=50_000,
                    log_format="json", data_dir=str(tmp_path / "state" / "faust"))


class WorkerHandle:
    """A `monitor worker` child process and where its log goes."""

    def __init__(self, settings: Settings, log_path: Path) -> None:
        self.settings = settings
        self.log_path = log_path
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        with self.log_path.open("ab") as log:
            self.process = start_worker(self.settings, log=log)
        wait_healthy(self.settings.web_port, self.process)

    def stop(self) -> int:
        assert self.process is not None
        return stop_worker(self.process)

    def kill(self) -> None:
        assert self.process is not None
        self.process.kill()
        self.process.wait()

    def log_text(self) -> str:
        return self.log_path.read_text(errors="replace")


@pytest.fixture
def worker(settings: Settings, tmp_path: Path) -> Iterator[WorkerHandle]:
    """A running worker on the test's topics; stopped after the test."""
    asyncio.run(ensure_topics(settings))
    handle = WorkerHandle(settings, tmp_path / "worker.log")
    handle.start()
    yield handle
    if handle.process is not None and handle.process.poll() is None:
        handle.stop()


async def produce(settings: Settings, values: list[bytes], topic: str | None = None) -> None:
    """Send raw values and wait for every ack."""
    producer = AIOKafkaProducer(bootstrap_servers=settings.bootstrap_servers, acks="all",
                                max_request_size=4 << 20)
    await producer.start()
    try:
        acks = [await producer.send(topic or settings.topic_raw, v) for v in values]
        await asyncio.gather(*acks)
    finally:
        await producer.stop()


async def consume(settings: Settings, topic: str, count: int, timeout: float = 60.0,
                  unique: str | None = None) -> list[dict[str, Any]]:
    """Read `topic` from the beginning until `count` records (distinct by the `unique`
    field when given: at-least-once delivery may repeat some) or `timeout` seconds."""
    consumer = AIOKafkaConsumer(topic, bootstrap_servers=settings.bootstrap_servers,
                                auto_offset_reset="earliest", enable_auto_commit=False,
                                group_id=None)
    await consumer.start()
    out: list[dict[str, Any]] = []
    try:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while _distinct(out, unique) < count and loop.time() < deadline:
            for records in (await consumer.getmany(timeout_ms=250)).values():
                out.extend(codec.decode(r.value) for r in records)
    finally:
        await consumer.stop()
    return out


def _distinct(records: list[dict[str, Any]], field: str | None) -> int:
    return len({r.get(field) for r in records}) if field else len(records)
