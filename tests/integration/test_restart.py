"""Stopping and restarting the worker mid-stream loses no article."""

from __future__ import annotations

import asyncio

import pytest
from aiokafka import AIOKafkaProducer

from monitor import codec
from monitor.bench.corpus import generate_articles
from monitor.config import Settings
from tests.integration.conftest import WorkerHandle, consume

pytestmark = pytest.mark.integration

TOTAL = 1_000
RATE = 250.0  # articles/s: the stream lasts 4 s, so the stop lands in the middle of it


async def _stream(settings: Settings) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=settings.bootstrap_servers, acks="all")
    await producer.start()
    try:
        acks = []
        for i, article in enumerate(generate_articles(TOTAL, size=1500)):
            acks.append(await producer.send(settings.topic_raw, codec.dumps(article)))
            if i % 25 == 0:
                await asyncio.sleep(25 / RATE)
        await asyncio.gather(*acks)
    finally:
        await producer.stop()


async def _stop_mid_stream(worker: WorkerHandle, settings: Settings, how: str) -> None:
    streaming = asyncio.create_task(_stream(settings))
    await consume(settings, settings.topic_enriched, 100, timeout=60)
    if how == "sigterm":
        assert await asyncio.to_thread(worker.stop) == 0
    else:
        await asyncio.to_thread(worker.kill)
    assert not streaming.done(), "the stream ended before the worker was stopped"
    await asyncio.to_thread(worker.start)
    await streaming


class TestRestart:
    @pytest.mark.parametrize("how", ["sigterm", "sigkill"])
    def test_every_article_is_processed_across_a_restart(
            self, worker: WorkerHandle, settings: Settings, how: str) -> None:
        asyncio.run(_stop_mid_stream(worker, settings, how))
        records = asyncio.run(consume(settings, settings.topic_enriched, TOTAL, timeout=180,
                                      unique="id"))
        assert {r["id"] for r in records} == {f"bench-{i}" for i in range(TOTAL)}
