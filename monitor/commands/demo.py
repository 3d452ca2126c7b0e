"""`monitor demo`: broker, worker, seed ingest and live alerts in one command.

Uses `MONITOR_BROKER` when it is set; otherwise starts the embedded broker (real
Apache Kafka where Java is available, Tansu from PyPI otherwise) and says which. The
worker runs as a child process exactly as `monitor worker` would; Ctrl-C, SIGTERM (`kill`,
`docker stop`) or `--exit-after` stops the worker and the broker and removes the broker's data.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from importlib import resources
from pathlib import Path
from types import FrameType
from typing import Any

import click

from monitor.broker.embedded import EmbeddedBroker, start_embedded
from monitor.broker.net import free_port
from monitor.commands.alerts import follow, render_alert
from monitor.commands.ingest import publish
from monitor.commands.workerproc import start_worker, stop_worker, wait_healthy
from monitor.config import Settings
from monitor.sources import iter_items

__all__ = ["default_seeds", "run_demo"]


def default_seeds() -> str:
    """./seeds when run from a checkout, else the copy shipped in the package."""
    if Path("seeds").is_dir():
        return "seeds"
    return str(resources.files("monitor.resources") / "seeds")


def _emit(topic: str, record: dict[str, Any], settings: Settings) -> None:
    if topic == settings.topic_alerts:
        click.secho(render_alert(record), fg="yellow")
    else:
        click.secho(f"[DEAD LETTER {record.get('reason')}] {record.get('detail')}", fg="red")


async def _live(settings: Settings, seeds: str, exit_after: float | None) -> None:
    summary = await publish(settings, list(iter_items(seeds)), validate=False, progress=False)
    click.echo(f"ingested {summary.sent} seed payloads from {seeds}; waiting for alerts…")
    await follow(settings, lambda t, r: _emit(t, r, settings), from_beginning=True,
                 topics=(settings.topic_alerts, settings.topic_deadletter), timeout=exit_after)


def run_demo(settings: Settings, seeds: str, exit_after: float | None,
             broker_configured: bool, prefer: str = "auto") -> None:
    """Run everything until Ctrl-C, SIGTERM or `exit_after` seconds; always clean up."""
    with _sigterm_as_interrupt():
        try:
            _run(settings, seeds, exit_after, broker_configured, prefer)
        except KeyboardInterrupt:
            click.echo("stopping…")


def _run(settings: Settings, seeds: str, exit_after: float | None,
         broker_configured: bool, prefer: str) -> None:
    """Broker, worker and live alerts; the worker and the broker stop however this ends."""
    embedded: EmbeddedBroker | None = None
    scratch = Path(tempfile.mkdtemp(prefix="news-monitor-demo-"))
    try:
        if not broker_configured:
            embedded = start_embedded(prefer)
            click.echo(f"embedded broker: {embedded.name} at {embedded.bootstrap} "
                       f"({embedded.reason})")
            settings = replace(settings, broker=f"kafka://{embedded.bootstrap}",
                               web_port=free_port(), app_id=f"news-monitor-demo-{os.getpid()}",
                               producer_idempotence=embedded.name != "tansu")
        settings = replace(settings, log_format="json", data_dir=settings.data_dir or str(scratch))
        log_path = Path(tempfile.gettempdir()) / f"news-monitor-demo-{os.getpid()}.log"
        with log_path.open("wb") as log:
            worker = start_worker(settings, log=log)
        try:
            wait_healthy(settings.web_port, worker)
            click.echo(f"worker up; metrics at http://127.0.0.1:{settings.web_port}/metrics; "
                       f"worker log (JSON lines) in {log_path}")
            asyncio.run(_live(settings, seeds, exit_after))
        finally:
            stop_worker(worker)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
        if embedded is not None:
            embedded.stop()


@contextmanager
def _sigterm_as_interrupt() -> Iterator[None]:
    """SIGTERM stops the demo as Ctrl-C does, so that its broker and worker are stopped too
    (by default SIGTERM ends Python at once, leaving both running)."""

    def interrupt(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
