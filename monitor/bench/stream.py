"""Broker benchmarks: worker throughput vs the plain loop, and publish → alert latency.

Throughput is measured from the output records' own timestamps (first to last
enriched record written), so start-up and group joins are not counted for either side.
Latency publishes at a fixed rate to a running worker and times each article from the
producer's send to the alert arriving at a consumer.
"""

from __future__ import annotations

import asyncio
import math
import shutil
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from monitor import codec
from monitor.bench.corpus import generate_articles
from monitor.bench.plainloop import run_plain_loop
from monitor.broker.net import free_port
from monitor.commands.workerproc import WORKER, start_worker, stop_worker, wait_healthy
from monitor.config import Settings
from monitor.pipeline import Pipeline
from monitor.streaming.topics import ensure_topics, partitions_of

__all__ = ["bench_latency", "bench_throughput", "percentile"]


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0..100) by nearest rank; 0.0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = math.ceil(q / 100 * len(ordered))  # the smallest value with q% at or below it
    return ordered[max(0, min(len(ordered), rank) - 1)]


def bench_settings(bootstrap: str, tag: str) -> Settings:
    """Fresh topics and group so runs never see each other's data."""
    run = f"{tag}.{uuid.uuid4().hex[:8]}"
    return Settings(broker=f"kafka://{bootstrap}", app_id=f"bench-{run}",
                    topic_raw=f"bench.raw.{run}", topic_enriched=f"bench.enriched.{run}",
                    topic_alerts=f"bench.alerts.{run}", topic_deadletter=f"bench.dlq.{run}",
                    web_port=free_port(), log_level="warning", log_format="json",
                    data_dir=str(Path(tempfile.gettempdir()) / "news-monitor-bench" / run))


@contextmanager
def _running(
    settings: Settings, command: tuple[str, ...] = WORKER
) -> Iterator[subprocess.Popen[bytes]]:
    """A worker process (or `command` module) on `settings`, stopped and its
    local state directory removed on exit."""
    process = start_worker(settings, log=subprocess.DEVNULL, command=command)
    try:
        yield process
    finally:
        stop_worker(process)
        shutil.rmtree(settings.data_dir, ignore_errors=True)


async def _preload(bootstrap: str, topic: str, count: int, **corpus: Any) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, linger_ms=20,
                                max_batch_size=1 << 20, acks="all")
    await producer.start()
    try:
        acks = [await producer.send(topic, codec.dumps(a))
                for a in generate_articles(count, **corpus)]
        await asyncio.gather(*acks)
    finally:
        await producer.stop()


async def _output_span(bootstrap: str, topic: str) -> tuple[int, float]:
    """(records, seconds between the first and last record's timestamps) of `topic`."""
    parts = await partitions_of(bootstrap, topic)
    if not parts:
        return 0, 0.0
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
    await consumer.start()
    try:
        consumer.assign(parts)
        ends = await consumer.end_offsets(parts)
        stamps: list[int] = []
        for tp in parts:
            for offset in {0, max(0, ends[tp] - 1)} if ends[tp] else ():
                consumer.seek(tp, offset)
                rec = await consumer.getone(tp)
                stamps.append(rec.timestamp)
        return sum(ends.values()), (max(stamps) - min(stamps)) / 1000.0 if stamps else 0.0
    finally:
        await consumer.stop()


async def _wait_for_records(bootstrap: str, topic: str, expected: int, timeout: float) -> int:
    deadline = time.monotonic() + timeout
    count = 0
    while time.monotonic() < deadline:
        count, _ = await _output_span(bootstrap, topic)
        if count >= expected:
            break
        await asyncio.sleep(1.0)
    return count


def _rate(count: int, seconds: float) -> float:
    return round(count / seconds, 1) if seconds > 0 else 0.0


async def _worker_throughput(bootstrap: str, count: int) -> dict[str, Any]:
    settings = bench_settings(bootstrap, "worker")
    await ensure_topics(settings)
    await _preload(bootstrap, settings.topic_raw, count)
    with _running(settings) as worker:
        wait_healthy(settings.web_port, worker)
        done = await _wait_for_records(bootstrap, settings.topic_enriched, count, 600)
        stages = _scrape_stage_means(settings.web_port)
    records, seconds = await _output_span(bootstrap, settings.topic_enriched)
    return {"processed": done, "seconds": round(seconds, 3),
            "articles_per_second": _rate(records, seconds), "stage_mean_us": stages}


async def _faust_agent_throughput(bootstrap: str, count: int) -> dict[str, Any]:
    settings = bench_settings(bootstrap, "faust")
    await ensure_topics(settings)
    await _preload(bootstrap, settings.topic_raw, count)
    with _running(settings, ("monitor.bench.faustagent",)):
        done = await _wait_for_records(bootstrap, settings.topic_enriched, count, 900)
    records, seconds = await _output_span(bootstrap, settings.topic_enriched)
    return {"processed": done, "seconds": round(seconds, 3),
            "articles_per_second": _rate(records, seconds)}


async def _plain_throughput(bootstrap: str, count: int, pipeline: Pipeline) -> dict[str, Any]:
    settings = bench_settings(bootstrap, "plain")
    await ensure_topics(settings)
    await _preload(bootstrap, settings.topic_raw, count)
    await run_plain_loop(bootstrap, settings.topic_raw,
                         (settings.topic_enriched, settings.topic_alerts),
                         settings.app_id, pipeline, count)
    records, seconds = await _output_span(bootstrap, settings.topic_enriched)
    return {"processed": records, "seconds": round(seconds, 3),
            "articles_per_second": _rate(records, seconds)}


def _scrape_stage_means(port: int) -> dict[str, float]:
    import urllib.request

    from prometheus_client.parser import text_string_to_metric_families

    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) as reply:
        text = reply.read().decode()
    sums: dict[str, float] = {}
    counts: dict[str, float] = {}
    for family in text_string_to_metric_families(text):
        if family.name != "monitor_stage_seconds":
            continue
        for sample in family.samples:
            stage = sample.labels.get("stage", "")
            if sample.name.endswith("_sum"):
                sums[stage] = sample.value
            elif sample.name.endswith("_count"):
                counts[stage] = sample.value
    return {s: round(sums[s] / counts[s] * 1e6, 1) for s in sums if counts.get(s)}


async def bench_throughput(bootstrap: str, count: int, pipeline: Pipeline) -> dict[str, Any]:
    """The worker and the plain loop on the same broker and the same articles."""
    worker = await _worker_throughput(bootstrap, count)
    plain = await _plain_throughput(bootstrap, count, pipeline)
    agent = await _faust_agent_throughput(bootstrap, count)
    base = plain["articles_per_second"]
    return {"articles": count, "worker": worker, "plain_aiokafka_loop": plain,
            "faust_agent": agent,
            "ratio_worker_to_plain": round(worker["articles_per_second"] / base, 3) if base else 0,
            "ratio_faust_agent_to_plain":
                round(agent["articles_per_second"] / base, 3) if base else 0}


async def bench_latency(bootstrap: str, count: int, rate: float) -> dict[str, Any]:
    """Publish `count` alert-raising articles at `rate`/s; percentiles of publish → alert."""
    settings = bench_settings(bootstrap, "latency")
    with _running(settings) as worker:
        wait_healthy(settings.web_port, worker)
        latencies = await _measure_latency(settings, count, rate)
    ms = [v * 1000 for v in latencies]
    return {"articles": count, "rate_per_second": rate, "alerts_received": len(ms),
            "p50_ms": round(percentile(ms, 50), 2), "p95_ms": round(percentile(ms, 95), 2),
            "p99_ms": round(percentile(ms, 99), 2), "max_ms": round(max(ms, default=0.0), 2)}


async def _measure_latency(settings: Settings, count: int, rate: float) -> list[float]:
    bootstrap = settings.bootstrap_servers
    sent: dict[str, float] = {}
    arrived: dict[str, float] = {}
    consumer = AIOKafkaConsumer(settings.topic_alerts, bootstrap_servers=bootstrap,
                                auto_offset_reset="earliest", enable_auto_commit=False)
    await consumer.start()
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, linger_ms=0, acks=1)
    await producer.start()

    async def collect() -> None:
        while len(arrived) < count:
            for records in (await consumer.getmany(timeout_ms=100)).values():
                for rec in records:
                    arrived.setdefault(codec.decode(rec.value)["article_id"], time.perf_counter())

    collector = asyncio.create_task(collect())
    try:
        start = time.perf_counter()
        for i, article in enumerate(generate_articles(count, seed=11, lead="alliance")):
            await asyncio.sleep(max(0.0, start + i / rate - time.perf_counter()))
            sent[article["id"]] = time.perf_counter()
            await producer.send(settings.topic_raw, codec.dumps(article))
        await asyncio.wait_for(collector, timeout=60)
    except TimeoutError:
        collector.cancel()
    finally:
        await producer.stop()
        await consumer.stop()
    return [arrived[k] - sent[k] for k in arrived if k in sent]

