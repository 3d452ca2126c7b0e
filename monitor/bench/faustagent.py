"""The road not taken, kept measurable: the same pipeline as an idiomatic Faust agent.

`python -m monitor.bench.faustagent` runs a Faust worker whose agent iterates the raw
topic event by event, runs `Pipeline.process` and sends the enriched record and alerts
with `topic.send`. `monitor bench` times it like the hot path so that the choice of an
aiokafka hot path stays a decision backed by numbers on this machine.
"""

from __future__ import annotations

import time
from typing import Any

import faust

from monitor import codec
from monitor.config import Settings
from monitor.models import Rejection
from monitor.observability.logging import configure_logging
from monitor.pipeline import Pipeline
from monitor.streaming.app import local_state_options

__all__ = ["build_agent_app"]


def build_agent_app(settings: Settings, pipeline: Pipeline) -> faust.App:
    """A Faust app with one agent doing the worker's job the Faust way."""
    app = faust.App(settings.app_id, broker=settings.broker, web_port=settings.web_port,
                    web_host=settings.web_host, store="memory://", autodiscover=False,
                    topic_partitions=settings.topic_partitions, broker_rebalance_timeout=10.0,
                    stream_buffer_maxsize=4096, **local_state_options(settings))
    raw = app.topic(settings.topic_raw, value_serializer="raw")
    enriched = app.topic(settings.topic_enriched, value_serializer="raw")
    alerts = app.topic(settings.topic_alerts, value_serializer="raw")

    @app.agent(raw)
    async def analyse(stream: Any) -> None:
        async for value in stream:
            outcome = pipeline.process(value)
            if isinstance(outcome, Rejection):
                continue
            await enriched.send(value=codec.dumps(codec.enriched_to_dict(outcome.analysis, {})))
            for alert in outcome.alerts:
                await alerts.send(value=codec.dumps(codec.alert_to_dict(alert)))

    return app


def main() -> None:
    """Run the agent app with settings from MONITOR_* variables until terminated."""
    settings = Settings.from_env()
    configure_logging(settings.log_format, settings.log_level)
    app = build_agent_app(settings, Pipeline.load(clock=time.perf_counter))
    worker = faust.Worker(app, loglevel=settings.log_level.upper(), quiet=True,
                          redirect_stdouts=False, override_logging=False)
    worker.execute_from_commandline()


if __name__ == "__main__":
    main()
