"""The brokers `monitor demo` can start: both serve a real produce/consume round trip."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from monitor.broker.embedded import start_embedded
from monitor.broker.net import free_port, wait_for_port

pytestmark = pytest.mark.integration


async def _round_trip(bootstrap: str) -> bytes:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap)
    await producer.start()
    try:
        await producer.send_and_wait("roundtrip", b"hello")
    finally:
        await producer.stop()
    consumer = AIOKafkaConsumer("roundtrip", bootstrap_servers=bootstrap,
                                auto_offset_reset="earliest")
    await consumer.start()
    try:
        return bytes((await asyncio.wait_for(consumer.getone(), 30)).value)
    finally:
        await consumer.stop()


class TestEmbeddedBrokers:
    @pytest.mark.parametrize("kind", ["kafka", "tansu"])
    def test_each_embedded_broker_round_trips_a_message(self, kind: str) -> None:
        broker = start_embedded(kind)
        try:
            assert broker.name == {"kafka": "apache-kafka", "tansu": "tansu"}[kind]
            assert asyncio.run(_round_trip(broker.bootstrap)) == b"hello"
        finally:
            broker.stop()


class TestBrokerCommands:
    def test_broker_start_runs_kafka_in_the_background_until_stop(self, tmp_path: Path) -> None:
        port = free_port()
        state = str(tmp_path / "kafka")
        started = _monitor("broker", "start", "--port", str(port), "--state-dir", state)
        try:
            assert started.returncode == 0, started.stderr
            assert asyncio.run(_round_trip(f"127.0.0.1:{port}")) == b"hello"
        finally:
            stopped = _monitor("broker", "stop", "--state-dir", state)
        assert "kafka stopped" in stopped.stdout
        assert not wait_for_port("127.0.0.1", port, timeout=1.0)

    def test_broker_stop_without_a_broker_says_so(self, tmp_path: Path) -> None:
        assert "no kafka was running" in _monitor(
            "broker", "stop", "--state-dir", str(tmp_path)).stdout


def _monitor(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "monitor", *args], capture_output=True,
                          text=True, timeout=180, check=False)
