"""Run the Faust worker in this process until SIGINT/SIGTERM."""

from __future__ import annotations

import faust

from monitor.config import Settings
from monitor.observability.logging import configure_logging
from monitor.streaming.app import create_app

__all__ = ["run_worker"]


def run_worker(settings: Settings) -> None:
    """Configure logging, build the app and block in Faust's worker loop."""
    configure_logging(settings.log_format, settings.log_level)
    app, _ = create_app(settings)
    worker = faust.Worker(app, loglevel=settings.log_level.upper(), quiet=True,
                          redirect_stdouts=False, override_logging=False)
    worker.execute_from_commandline()
