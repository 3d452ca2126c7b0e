"""The Faust application: lifecycle, web server, sensors and the hot path service.

`create_app` wires one `Settings`, one `Pipeline` and one `Metrics` object into a
`faust.App`. Faust owns what it is good at here: the worker lifecycle and signal
handling, the web server (`/metrics` with Faust's sensor metrics and ours,
`/healthz`, `/api/stats`). The per-message work runs in `HotPath` (batched aiokafka),
measured against a plain aiokafka loop in `monitor bench`.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import faust
from faust.sensors.prometheus import setup_prometheus_sensors
from prometheus_client import CollectorRegistry

from monitor.config import Settings
from monitor.observability.metrics import Metrics
from monitor.pipeline import Pipeline
from monitor.stages.rules import default_rules
from monitor.streaming.hotpath import HotPath
from monitor.streaming.topics import ensure_topics
from monitor.streaming.views import register_views

__all__ = ["create_app", "local_state_options"]


def local_state_options(settings: Settings) -> dict[str, Any]:
    """Faust's `datadir` option for `settings.data_dir`, created with its parents
    (Faust itself does not create them); empty for Faust's default."""
    if not settings.data_dir:
        return {}
    Path(settings.data_dir).mkdir(parents=True, exist_ok=True)
    return {"datadir": settings.data_dir}


def _faust_settings(settings: Settings) -> dict[str, Any]:
    return local_state_options(settings) | {
        "broker": settings.broker,
        "web_host": settings.web_host,
        "web_port": settings.web_port,
        "web_enabled": True,
        "topic_partitions": settings.topic_partitions,
        "topic_replication_factor": 1,
        "store": "memory://",
        "autodiscover": False,
        "broker_rebalance_timeout": 10.0,
    }


def load_pipeline(settings: Settings) -> Pipeline:
    """The pipeline with the rules and limits `settings` ask for."""
    rules = default_rules(settings.alert_min_score, settings.alert_kind_set)
    return Pipeline.load(rules=rules, max_bytes=settings.max_article_bytes,
                         clock=time.perf_counter)


def create_app(settings: Settings, pipeline: Pipeline | None = None,
               registry: CollectorRegistry | None = None) -> tuple[faust.App, HotPath]:
    """A ready-to-run Faust app with the hot path started once the app is up."""
    registry = registry or CollectorRegistry()
    pipeline = pipeline or load_pipeline(settings)
    metrics = Metrics(registry, rules=[r.name for r in pipeline.rules])
    app = faust.App(settings.app_id, **_faust_settings(settings))
    setup_prometheus_sensors(app, registry=registry, name_prefix="faust")
    hot_path = HotPath(settings, pipeline, metrics, loop=app.loop, beacon=app.beacon)
    register_views(app, hot_path)

    @app.task  # type: ignore[untyped-decorator]  # faust's decorators are untyped
    async def start_hot_path() -> None:
        await ensure_topics(settings)
        await app.add_runtime_dependency(hot_path)

    return app, hot_path
