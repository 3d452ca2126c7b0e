"""Logs and metrics for the streaming shell.

`logging` configures structlog (and routes faust/aiokafka logs through it);
`metrics` owns the Prometheus collectors.
"""
