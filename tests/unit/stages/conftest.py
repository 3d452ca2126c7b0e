"""Fixtures the stage tests share."""

from __future__ import annotations

import pytest

from monitor.stages.signals import SignalDetector


@pytest.fixture(scope="module")
def detector() -> SignalDetector:
    """The packaged signal detector (loaded once per process)."""
    return SignalDetector.load()
