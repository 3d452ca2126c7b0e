"""Frozen `Settings` read from `MONITOR_*` environment variables.

This is the only place defaults live. Each setting is declared once, with its
environment variable, default and meaning; the README's configuration table is
generated from `SETTINGS_DOC` (and a test checks they agree).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields

__all__ = ["SETTINGS_DOC", "Settings"]


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything the worker, the CLI and the benchmarks can be told."""

    broker: str = "kafka://127.0.0.1:9092"
    app_id: str = "news-monitor"
    topic_raw: str = "news.articles.raw"
    topic_enriched: str = "news.articles.enriched"
    topic_alerts: str = "news.alerts"
    topic_deadletter: str = "news.deadletter"
    topic_partitions: int = 4
    web_host: str = "127.0.0.1"
    web_port: int = 6066
    log_format: str = "auto"
    log_level: str = "info"
    max_article_bytes: int = 1_000_000
    max_output_bytes: int = 1_000_000
    batch_max_records: int = 500
    alert_min_score: float = 0.5
    alert_kinds: str = "alliance,threat"
    producer_idempotence: bool = True
    data_dir: str = ""

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides: object) -> Settings:
        """Read `MONITOR_<FIELD>` variables (upper case); `overrides` win over both."""
        source = os.environ if env is None else env
        values: dict[str, object] = {}
        for f in fields(cls):
            raw = source.get(f"MONITOR_{f.name.upper()}")
            if raw is not None and raw != "":
                values[f.name] = _coerce(f.name, str(f.type), raw)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]  # keys are checked against fields above

    @property
    def bootstrap_servers(self) -> str:
        """The broker list without the `kafka://` scheme, as aiokafka wants it."""
        return ",".join(part.split("://", 1)[-1] for part in self.broker.split(","))

    @property
    def alert_kind_set(self) -> frozenset[str]:
        """The signal kinds that may raise an alert."""
        return frozenset(k.strip() for k in self.alert_kinds.split(",") if k.strip())


def _coerce(name: str, type_name: str, raw: str) -> object:
    """Turn an environment string into the field's type, naming the variable on error."""
    try:
        if type_name == "bool":
            return _boolean(raw)
        if type_name == "int":
            return int(raw)
        if type_name == "float":
            return float(raw)
    except ValueError as exc:
        raise ValueError(f"MONITOR_{name.upper()}={raw!r} is not a valid {type_name}") from exc
    return raw


def _boolean(raw: str) -> bool:
    lowered = raw.strip().lower()
    if lowered in ("1", "true", "yes", "on"):
        return True
    if lowered in ("0", "false", "no", "off"):
        return False
    raise ValueError(raw)


SETTINGS_DOC: dict[str, str] = {
    "broker": "Kafka bootstrap servers, `kafka://host:port[,host:port]`.",
    "app_id": "Faust app id; the hot path consumes as group `<app_id>-articles`.",
    "topic_raw": "Raw articles in (JSON envelope).",
    "topic_enriched": "Articles with countries, signals and timings out.",
    "topic_alerts": "Alerts out.",
    "topic_deadletter": "Rejected input with reason and original bytes.",
    "topic_partitions": "Partitions for topics the worker creates.",
    "web_host": "Bind address of the worker's web server (`/metrics`, `/healthz`).",
    "web_port": "Port of the worker's web server.",
    "log_format": "`json`, `console`, or `auto` (console on a terminal, JSON otherwise).",
    "log_level": "`debug`, `info`, `warning`, `error`.",
    "max_article_bytes": "Raw messages larger than this are dead-lettered as `oversize`.",
    "max_output_bytes": "An enriched record larger than this (the broker's `message.max.bytes`"
                        " is 1 MiB by default) dead-letters its input as `oversize`.",
    "batch_max_records": "Most records the worker takes from Kafka per batch.",
    "alert_min_score": "Lowest signal score that raises an alert.",
    "alert_kinds": "Comma-separated signal kinds that raise alerts.",
    "producer_idempotence": "Idempotent producer (`true`/`false`); brokers without "
                            "InitProducerId support (Tansu) need `false`.",
    "data_dir": "Directory for Faust's local state; empty means `<app_id>-data` in the "
                "working directory.",
}
