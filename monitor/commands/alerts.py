"""`monitor alerts`: follow the alerts topic and print each alert readably or as JSON."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from aiokafka import AIOKafkaConsumer

from monitor import codec
from monitor.config import Settings

__all__ = ["follow", "render_alert"]


def render_alert(alert: dict[str, Any]) -> str:
    """Two or three lines a person can read at a glance."""
    head = (f"[{str(alert.get('kind', '?')).upper()} {alert.get('mode')} "
            f"{alert.get('score', 0):.2f}] {alert.get('source') or '?'} -> "
            f"{alert.get('target') or '?'}  rule={alert.get('rule')}")
    lines = [head, f"    “{alert.get('sentence', '')}”"]
    if alert.get("title"):
        lines.append(f"    — {alert['title']} ({alert.get('article_id')})")
    return "\n".join(lines)


async def follow(settings: Settings, emit: Callable[[str, dict[str, Any]], None], *,
                 topics: tuple[str, ...] | None = None, from_beginning: bool = False,
                 limit: int | None = None, timeout: float | None = None,
                 stop: Callable[[], bool] = lambda: False) -> int:
    """Call `emit(topic, record)` for each new record; returns how many were emitted."""
    consumer = AIOKafkaConsumer(
        *(topics or (settings.topic_alerts,)), bootstrap_servers=settings.bootstrap_servers,
        group_id=None, enable_auto_commit=False,
        auto_offset_reset="earliest" if from_beginning else "latest")
    await consumer.start()
    seen, deadline = 0, None if timeout is None else time.monotonic() + timeout
    try:
        while not stop() and (limit is None or seen < limit):
            if deadline is not None and time.monotonic() > deadline:
                break
            batches = await consumer.getmany(timeout_ms=200)
            for records in batches.values():
                for rec in records:
                    emit(rec.topic, codec.decode(rec.value))
                    seen += 1
    finally:
        await consumer.stop()
    return seen
