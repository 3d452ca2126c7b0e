"""One `Metrics` object: every domain collector, built against an injected registry.

Labels come only from closed sets: stage names, rejection reasons, rule names, signal
kinds and modes, and ISO alpha-2 country codes. Label values that are known up front
are pre-initialised so that dashboards show zeros, not gaps.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from prometheus_client import CollectorRegistry, Counter, Histogram

from monitor.models import Mode, RejectReason, SignalKind

__all__ = ["LATENCY_BUCKETS", "Metrics"]

STAGE_BUCKETS = (0.00001, 0.000025, 0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025,
                 0.005, 0.01, 0.025, 0.05, 0.1)
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 10.0, 30.0)
STAGE_NAMES = ("normalize", "countries", "signals", "rules", "produce")


class Metrics:
    """The domain metrics of the worker (Faust's own sensor metrics live beside them)."""

    def __init__(self, registry: CollectorRegistry, rules: Iterable[str] = ()) -> None:
        self.registry = registry
        self.consumed = Counter("monitor_articles_consumed", "Raw messages consumed.",
                                registry=registry)
        self.processed = Counter("monitor_articles_processed",
                                 "Articles analysed and written to the enriched topic.",
                                 registry=registry)
        self.rejected = Counter("monitor_articles_rejected",
                                "Raw messages dead-lettered, by reason.", ["reason"],
                                registry=registry)
        self.country_mentions = Counter("monitor_country_mentions",
                                        "Articles mentioning each country.", ["country"],
                                        registry=registry)
        self.signals = Counter("monitor_signals", "Signals detected, by kind and mode.",
                               ["kind", "mode"], registry=registry)
        self.alerts = Counter("monitor_alerts", "Alerts emitted, by rule.", ["rule"],
                              registry=registry)
        self.stage_seconds = Histogram("monitor_stage_seconds",
                                       "Seconds per article in each stage; `produce` is per "
                                       "batch (sends and broker acks).",
                                       ["stage"], buckets=STAGE_BUCKETS, registry=registry)
        self.end_to_end = Histogram("monitor_end_to_end_seconds",
                                    "Raw message timestamp to enriched/alert produced.",
                                    buckets=LATENCY_BUCKETS, registry=registry)
        self.batch_size = Histogram("monitor_batch_size", "Records per processed batch.",
                                    buckets=(1, 5, 10, 25, 50, 100, 250, 500, 1000),
                                    registry=registry)
        self._preinitialise(rules)

    def _preinitialise(self, rules: Iterable[str]) -> None:
        for reason in RejectReason:
            self.rejected.labels(reason=str(reason))
        for kind in SignalKind:
            for mode in Mode:
                self.signals.labels(kind=str(kind), mode=str(mode))
        for rule in rules:
            self.alerts.labels(rule=rule)
        for stage in STAGE_NAMES:
            self.stage_seconds.labels(stage=stage)

    def observe_stages(self, stage_seconds: Mapping[str, float]) -> None:
        """Record one article's per-stage timings."""
        for stage, seconds in stage_seconds.items():
            self.stage_seconds.labels(stage=stage).observe(seconds)
