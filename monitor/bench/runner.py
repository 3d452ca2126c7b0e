"""`monitor bench`: run the chosen sections and print one JSON document.

Sections: `analysis` (pure core, no broker), `throughput` (worker vs plain aiokafka
loop, same broker, same articles) and `latency` (publish → alert at a fixed rate).
Unless `--broker` is given, a real Apache Kafka is started for the run and stopped after.
"""

from __future__ import annotations

import asyncio
import os
import platform
from dataclasses import dataclass
from typing import Any

from monitor import codec

__all__ = ["BenchOptions", "run_bench"]


@dataclass(frozen=True, slots=True)
class BenchOptions:
    """What to run and how big."""

    articles: int = 20_000
    rate: float = 200.0
    latency_articles: int = 2_000
    only: str = "all"
    broker: str | None = None
    corpus: str | None = None


def _machine() -> dict[str, Any]:
    return {"python": platform.python_version(), "cpus": os.cpu_count(),
            "machine": platform.machine()}


async def _broker_sections(opts: BenchOptions, bootstrap: str) -> dict[str, Any]:
    from monitor.bench.stream import bench_latency, bench_throughput
    from monitor.pipeline import Pipeline

    out: dict[str, Any] = {}
    if opts.only in ("all", "throughput"):
        out["throughput"] = await bench_throughput(bootstrap, opts.articles, Pipeline.load())
    if opts.only in ("all", "latency"):
        out["latency"] = await bench_latency(bootstrap, opts.latency_articles, opts.rate)
    return out


def run_bench(opts: BenchOptions) -> str:
    """Run the sections in `opts` and return the JSON report."""
    report: dict[str, Any] = {"machine": _machine()}
    if opts.only in ("all", "analysis"):
        from monitor.bench.analysis import bench_analysis

        report["analysis"] = bench_analysis(corpus=opts.corpus)
    if opts.only != "analysis":
        report.update(_with_broker(opts))
    return codec.dumps(report).decode()


def _with_broker(opts: BenchOptions) -> dict[str, Any]:
    if opts.broker:
        bootstrap = opts.broker.split("://", 1)[-1]
        return {"broker": bootstrap, **asyncio.run(_broker_sections(opts, bootstrap))}
    from monitor.broker.kafka import KAFKA_VERSION, KafkaBroker

    with KafkaBroker() as kafka:
        sections = asyncio.run(_broker_sections(opts, kafka.bootstrap))
    return {"broker": f"apache-kafka {KAFKA_VERSION} (started for this run)", **sections}
