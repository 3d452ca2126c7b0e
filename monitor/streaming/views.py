"""Web views on the worker's port: `/healthz` for probes and `/api/stats` for humans.

`/metrics` is added by Faust's Prometheus sensor setup in `app`.
"""

from __future__ import annotations

from typing import Any

import faust
from faust.web import Request, Response, View

from monitor.streaming.hotpath import HotPath

__all__ = ["register_views"]


def _counter_value(hot_path: HotPath, name: str) -> float:
    value = hot_path.metrics.registry.get_sample_value(name)
    return float(value or 0.0)


def register_views(app: faust.App, hot_path: HotPath) -> None:
    """Attach the health and stats pages to `app`."""

    @app.page("/healthz")
    async def healthz(self: View, request: Request) -> Response:
        running = hot_path.ready and not hot_path.should_stop
        body: dict[str, Any] = {"status": "ok" if running else "starting"}
        return self.json(body, status=200 if running else 503)

    @app.page("/api/stats")
    async def stats(self: View, request: Request) -> Response:
        names = ("consumed", "processed")
        body = {n: _counter_value(hot_path, f"monitor_articles_{n}_total") for n in names}
        return self.json(body)
