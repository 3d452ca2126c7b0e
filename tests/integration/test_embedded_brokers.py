"""The brokers `monitor demo` can start: both serve a real produce/consume round trip."""

from __future__ import annotations

import asyncio

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from monitor.broker.embedded import start_embedded

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
