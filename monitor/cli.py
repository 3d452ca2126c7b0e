"""The `monitor` command line: parses options and hands over to `monitor.commands`.

    monitor worker | ingest | analyze | demo | alerts | bench | eval | broker
"""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

import click

from monitor.config import Settings

__all__ = ["main"]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="news-monitor")
def cli() -> None:
    """news-monitor: countries and alliance/threat signals in news, from Kafka to alerts."""


@cli.command()
def worker() -> None:
    """Run the stream processor (Faust worker) with settings from MONITOR_* variables."""
    from monitor.streaming.worker import run_worker

    run_worker(Settings.from_env())


@cli.command()
@click.argument("path")
@click.option("--no-validate", is_flag=True, help="Send payloads as they are (bad ones get "
              "dead-lettered by the worker instead of rejected here).")
@click.option("--quiet", is_flag=True, help="No progress bar.")
def ingest(path: str, no_validate: bool, quiet: bool) -> None:
    """Publish articles from .txt/.json/.jsonl files, folders, or stdin (-) to the raw topic."""
    from monitor.commands.ingest import publish
    from monitor.sources import iter_items

    items = list(iter_items(path))
    summary = asyncio.run(publish(Settings.from_env(), items, validate=not no_validate,
                                  progress=not quiet, total=len(items)))
    click.echo(summary.render())


@cli.command()
@click.argument("path", default="-")
@click.option("--jsonl", is_flag=True, help="Read {id,text,title?} JSON lines, write JSON lines.")
def analyze(path: str, jsonl: bool) -> None:
    """Analyse articles offline (no Kafka): countries, organisations, signals."""
    from monitor.commands.analyze import analyse_items, render_report, write_jsonl
    from monitor.pipeline import Pipeline
    from monitor.sources import items_from_bytes, iter_items

    pipeline = Pipeline.load()
    if jsonl:
        data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
        write_jsonl(analyse_items(pipeline, items_from_bytes(data, path, ".jsonl")), sys.stdout)
        return
    for item, result in analyse_items(pipeline, iter_items(path)):
        click.echo(render_report(item, result))


@cli.command()
@click.option("--seeds", default=None,
              help="Folder or file to ingest [default: ./seeds, else the packaged seeds].")
@click.option("--exit-after", type=float, default=None,
              help="Stop after this many seconds (default: run until Ctrl-C).")
@click.option("--embedded", type=click.Choice(["auto", "kafka", "tansu"]), default="auto",
              show_default=True, help="Which embedded broker to start when MONITOR_BROKER "
              "is unset: auto = Apache Kafka where Java is available, else Tansu.")
def demo(seeds: str | None, exit_after: float | None, embedded: str) -> None:
    """Embedded broker + worker + seed ingest + live alerts; Ctrl-C stops everything."""
    from monitor.commands.demo import default_seeds, run_demo

    seeds = seeds or default_seeds()
    configured = "MONITOR_BROKER" in os.environ
    run_demo(Settings.from_env(), seeds, exit_after, broker_configured=configured,
             prefer=embedded)


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON lines.")
@click.option("--from-beginning", is_flag=True, help="Start at the oldest alert.")
@click.option("--limit", type=int, default=None, help="Stop after N alerts.")
@click.option("--timeout", type=float, default=None, help="Stop after N seconds.")
def alerts(as_json: bool, from_beginning: bool, limit: int | None, timeout: float | None) -> None:
    """Follow the alerts topic and print alerts readably (or as JSON lines)."""
    from monitor import codec
    from monitor.commands.alerts import follow, render_alert

    def emit(_topic: str, record: dict[str, object]) -> None:
        click.echo(codec.dumps(record).decode() if as_json else render_alert(record))

    asyncio.run(follow(Settings.from_env(), emit, from_beginning=from_beginning, limit=limit,
                       timeout=timeout))


@cli.command()
@click.option("--articles", "-n", type=int, default=20_000, show_default=True)
@click.option("--rate", type=float, default=200.0, show_default=True,
              help="Articles/s for the latency run.")
@click.option("--latency-articles", type=int, default=2_000, show_default=True)
@click.option("--only", type=click.Choice(["all", "analysis", "throughput", "latency"]),
              default="all", show_default=True)
@click.option("--broker", default=None, help="Use this broker instead of starting Kafka.")
@click.option("--corpus", default=None, help="JSONL of real texts for the analysis section "
              "(e.g. ../shared/eval/reuters21578_unlabeled/reuters21578_articles.jsonl).")
def bench(articles: int, rate: float, latency_articles: int, only: str, broker: str | None,
          corpus: str | None) -> None:
    """Benchmark analysis cost, worker throughput vs a plain aiokafka loop, and latency (JSON)."""
    from monitor.bench.runner import BenchOptions, run_bench

    opts = BenchOptions(articles=articles, rate=rate, latency_articles=latency_articles,
                        only=only, broker=broker, corpus=corpus)
    click.echo(run_bench(opts))


@cli.group(name="eval")
def evaluate() -> None:
    """Measure the analysis against labelled data sets (see ../shared/eval)."""


@evaluate.command(name="countries")
@click.argument("path")
@click.option("--against", type=click.Choice(["mentions", "focus"]), default="mentions",
              show_default=True, help="Compare gold with all tagged countries or focus ones.")
@click.option("--limit", type=int, default=None)
@click.option("--json", "as_json", is_flag=True)
def eval_countries(path: str, against: str, limit: int | None, as_json: bool) -> None:
    """Micro P/R/F1, per-country breakdown and worst errors of the country tagger."""
    from monitor.evaluation.countries import main as run

    sys.exit(run(path, against=against, limit=limit, as_json=as_json))


@evaluate.command(name="signals")
@click.argument("path")
@click.option("--limit", type=int, default=None)
@click.option("--json", "as_json", is_flag=True)
@click.option("--relabel-un", is_flag=True, help="Score UN QuadClass against the upstream "
              "codes (2,4 cooperation; 1,3 conflict) instead of the file's `label`, which "
              "swaps material cooperation and verbal conflict.")
@click.option("--half", type=click.Choice(["even", "odd"]), default=None,
              help="Only records whose id ends in an even / odd number (develop / check).")
def eval_signals(
    path: str, limit: int | None, as_json: bool, relabel_un: bool, half: str | None
) -> None:
    """Per-class P/R/F1, macro-F1, confusion matrix and dyad accuracy of the signals."""
    from monitor.evaluation.signals import main as run

    sys.exit(run(path, limit=limit, as_json=as_json, relabel_un=relabel_un, half=half))


@cli.group()
def broker() -> None:
    """Start or stop a local Apache Kafka (KRaft) from Maven Central jars."""


@broker.command(name="start")
@click.option("--port", type=int, default=9092, show_default=True)
@click.option("--state-dir", default=".state/kafka", show_default=True)
def broker_start(port: int, state_dir: str) -> None:
    """Start a detached broker on 127.0.0.1:PORT; data and pid in --state-dir."""
    from monitor.broker.kafka import KafkaBroker

    kafka = KafkaBroker(port=port, workdir=Path(state_dir))
    click.echo(f"kafka ready at {kafka.start(detach=True)} (log: {kafka.log_path})")


@broker.command(name="stop")
@click.option("--state-dir", default=".state/kafka", show_default=True)
def broker_stop(state_dir: str) -> None:
    """Stop the broker started with `monitor broker start`."""
    from monitor.broker.kafka import stop_pid

    stopped = stop_pid(Path(state_dir) / "broker.pid")
    click.echo("kafka stopped" if stopped else "no kafka was running")


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="monitor")
