"""Logging: one JSON line per event, stdlib loggers through the same formatter."""

from __future__ import annotations

import io
import logging

import orjson

from monitor.observability.logging import configure_logging, get_logger


class TestLogging:
    def test_structlog_events_are_json_lines(self) -> None:
        out = io.StringIO()
        configure_logging("json", "info", stream=out)
        get_logger("t").info("article_processed", article_id="a1", alerts=["alliance"])
        record = orjson.loads(out.getvalue().strip())
        assert record["event"] == "article_processed" and record["article_id"] == "a1"
        assert record["level"] == "info" and "timestamp" in record

    def test_faust_stdlib_logs_use_the_same_renderer(self) -> None:
        out = io.StringIO()
        configure_logging("json", "info", stream=out)
        logging.getLogger("aiokafka.consumer").warning("heartbeat failed for %s", "g1")
        record = orjson.loads(out.getvalue().strip())
        assert record["event"] == "heartbeat failed for g1"
        assert record["logger"] == "aiokafka.consumer"

    def test_console_format_is_key_value(self) -> None:
        out = io.StringIO()
        configure_logging("console", "info", stream=out)
        get_logger("t").info("alert_raised", rule="alliance")
        assert "alert_raised" in out.getvalue() and "rule=alliance" in out.getvalue()
