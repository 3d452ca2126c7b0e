"""Fixtures the stage tests share."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from monitor.models import Article, Signal
from monitor.stages.countries import CountryTagger
from monitor.stages.signals import SignalDetector


@pytest.fixture(scope="module")
def detector() -> SignalDetector:
    """The packaged signal detector (loaded once per process)."""
    return SignalDetector.load()


@pytest.fixture(scope="module")
def analyse(detector: SignalDetector) -> Callable[[str], tuple[Signal, ...]]:
    """Tagger and detector over one sentence, as the pipeline runs them."""
    tagger = CountryTagger.load()

    def run(text: str) -> tuple[Signal, ...]:
        article = Article("t", text)
        return detector(article, tagger(article).countries)

    return run
