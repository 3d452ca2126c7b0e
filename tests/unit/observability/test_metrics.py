"""Domain metrics: Prometheus names, bounded labels, pre-initialised series."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, generate_latest

from monitor.observability.metrics import Metrics


class TestMetrics:
    def test_reasons_are_preinitialised_to_zero(self) -> None:
        registry = CollectorRegistry()
        Metrics(registry)
        value = registry.get_sample_value("monitor_articles_rejected_total", {"reason": "not_json"})
        assert value == 0.0

    def test_rules_are_preinitialised(self) -> None:
        registry = CollectorRegistry()
        Metrics(registry, rules=["alliance"])
        assert registry.get_sample_value("monitor_alerts_total", {"rule": "alliance"}) == 0.0

    def test_stage_timings_land_in_the_histogram(self) -> None:
        registry = CollectorRegistry()
        Metrics(registry).observe_stages({"countries": 0.00004})
        count = registry.get_sample_value("monitor_stage_seconds_count", {"stage": "countries"})
        assert count == 1.0

    def test_every_metric_is_prefixed_and_unit_suffixed(self) -> None:
        registry = CollectorRegistry()
        Metrics(registry)
        names = {line.split(" ")[2] for line in generate_latest(registry).decode().splitlines()
                 if line.startswith("# TYPE")}
        assert all(n.startswith("monitor_") for n in names)
        counters = [n for n in names if "_created" not in n and n.endswith("_total")]
        assert counters  # counters carry _total
