"""Run `monitor worker` as a child process (demo, bench, integration tests)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request
from contextlib import suppress
from typing import IO

from monitor.config import Settings
from monitor.errors import BrokerStartError

__all__ = ["WORKER", "settings_env", "start_worker", "stop_worker", "wait_healthy"]

WORKER = ("monitor", "worker")  # the module command that runs the worker


def settings_env(settings: Settings) -> dict[str, str]:
    """The MONITOR_* variables that reproduce `settings` in a child process."""
    from dataclasses import fields

    return {f"MONITOR_{f.name.upper()}": str(getattr(settings, f.name)) for f in fields(settings)}


def start_worker(settings: Settings, log: IO[bytes] | int | None = None,
                 command: tuple[str, ...] = WORKER) -> subprocess.Popen[bytes]:
    """Launch `python -m monitor worker` (or another module's `command`) with `settings`."""
    env = {**os.environ, **settings_env(settings)}
    return subprocess.Popen([sys.executable, "-m", *command], env=env,
                            stdout=log, stderr=subprocess.STDOUT if log is not None else None,
                            stdin=subprocess.DEVNULL)


def wait_healthy(port: int, worker: subprocess.Popen[bytes], timeout: float = 120.0) -> None:
    """Block until the worker's `/healthz` answers 200 (its hot path has joined the group)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if worker.poll() is not None:
            raise BrokerStartError(f"worker exited with code {worker.returncode}")
        with suppress(OSError), urllib.request.urlopen(
                f"http://127.0.0.1:{port}/healthz", timeout=1) as reply:
            if reply.status == 200:
                return
        time.sleep(0.3)
    raise BrokerStartError("worker did not become healthy in time")


def stop_worker(worker: subprocess.Popen[bytes], grace: float = 30.0) -> int:
    """SIGTERM (Faust shuts down cleanly), SIGKILL after `grace`; returns the exit code."""
    if worker.poll() is None:
        worker.terminate()
        try:
            worker.wait(grace)
        except subprocess.TimeoutExpired:
            worker.kill()
            worker.wait()
    return worker.returncode
