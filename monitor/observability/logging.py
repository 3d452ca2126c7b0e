"""Configure structlog once: JSON lines in production, key=value on a terminal.

The standard-library loggers of faust, mode and aiokafka are routed through the same
`ProcessorFormatter`, so every line the worker prints has one shape. The JSON renderer
returns `str` (orjson bytes decoded), otherwise stdlib handlers print `b'...'`.
"""

from __future__ import annotations

import logging
import sys
from typing import Any, TextIO

import orjson
import structlog

__all__ = ["configure_logging", "get_logger"]

_FOREIGN_LOGGERS = ("faust", "mode", "aiokafka", "aiohttp", "kafka")


def _json_dumps(obj: Any, **_: Any) -> str:
    return orjson.dumps(obj, default=str).decode()


def _renderer(fmt: str, stream: TextIO) -> structlog.types.Processor:
    if fmt == "auto":
        fmt = "console" if stream.isatty() else "json"
    if fmt == "json":
        return structlog.processors.JSONRenderer(serializer=_json_dumps)
    return structlog.dev.ConsoleRenderer(colors=stream.isatty())


def configure_logging(fmt: str = "auto", level: str = "info", stream: TextIO | None = None) -> None:
    """Route structlog and the stdlib loggers to `stream` in format `fmt`."""
    stream = stream or sys.stderr
    shared: list[structlog.types.Processor] = [
        structlog.contextvars.merge_contextvars,
        structlog.stdlib.add_log_level,
        structlog.stdlib.add_logger_name,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
    ]
    formatter = structlog.stdlib.ProcessorFormatter(
        foreign_pre_chain=shared,
        processors=[structlog.stdlib.ProcessorFormatter.remove_processors_meta,
                    _renderer(fmt, stream)],
    )
    handler = logging.StreamHandler(stream)
    handler.setFormatter(formatter)
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    for name in _FOREIGN_LOGGERS:
        logging.getLogger(name).handlers[:] = []
        logging.getLogger(name).propagate = True
    structlog.configure(
        processors=[*shared, structlog.processors.format_exc_info,
                    structlog.stdlib.ProcessorFormatter.wrap_for_formatter],
        logger_factory=structlog.stdlib.LoggerFactory(),
        wrapper_class=structlog.stdlib.BoundLogger,
        cache_logger_on_first_use=True,
    )


def get_logger(name: str) -> structlog.stdlib.BoundLogger:
    """A structlog logger named after the module that asks."""
    return structlog.stdlib.get_logger(name)
