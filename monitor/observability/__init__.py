"""Logs and metrics for the streaming shell: `logging` configures structlog, `metrics` owns the Prometheus collectors."""
