"""The project's exceptions: one root, retriable as data.

Bad *input* is never an exception here: stages return a `Rejection` and the shell
dead-letters it. These errors are for the environment failing us::

    MonitorError                 root of everything news-monitor raises
    ├── ConfigError              a MONITOR_* setting is invalid      (retriable=False)
    └── BrokerError              the Kafka broker is unusable        (retriable=True)
        └── BrokerStartError     the project's own broker did not start (retriable=False)
"""

from __future__ import annotations

__all__ = ["BrokerError", "BrokerStartError", "ConfigError", "MonitorError"]


class MonitorError(Exception):
    """Root of every error news-monitor raises on purpose."""

    retriable: bool = False


class ConfigError(MonitorError):
    """A setting cannot be used as given."""


class BrokerError(MonitorError):
    """The broker cannot be reached or refused a request."""

    retriable = True


class BrokerStartError(BrokerError):
    """The broker the project starts itself (embedded or for tests) failed to start."""

    retriable = False
