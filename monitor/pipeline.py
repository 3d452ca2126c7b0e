"""The one composition of the pure stages: raw bytes → `Processed` or `Rejection`.

    decode (codec) → normalize → countries → signals → rules

The streaming worker, the CLI's offline `analyze`, the tests and the benchmarks all
call `Pipeline`, so the flow exists once. Stage timings are measured with the clock
the caller injects; nothing here logs, counts or talks to Kafka.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from monitor.codec import decode_object
from monitor.models import Alert, Analysis, Article, Rejection, RejectReason
from monitor.stages.countries import CountryTagger
from monitor.stages.normalize import normalize
from monitor.stages.rules import DEFAULT_RULES, AlertRule, apply_rules
from monitor.stages.signals import SignalDetector

__all__ = ["Outcome", "Pipeline", "Processed", "decode_raw", "parse_article"]


@dataclass(frozen=True, slots=True)
class Processed:
    """An article that went through every stage."""

    analysis: Analysis
    alerts: tuple[Alert, ...]
    stage_seconds: Mapping[str, float] = field(default_factory=dict)


Outcome = Processed | Rejection


def decode_raw(raw: bytes, max_bytes: int) -> dict[str, Any] | Rejection:
    """The checks before any stage: the size limit, then a JSON object."""
    if len(raw) > max_bytes:
        return Rejection(RejectReason.OVERSIZE, f"{len(raw)} bytes, limit {max_bytes}", "decode")
    return decode_object(raw)


def parse_article(raw: bytes, max_bytes: int) -> Article | Rejection:
    """Everything the worker checks before analysis (what `monitor ingest` validates)."""
    payload = decode_raw(raw, max_bytes)
    return payload if isinstance(payload, Rejection) else normalize(payload)


def _no_clock() -> float:
    return 0.0


@dataclass(frozen=True, slots=True)
class Pipeline:
    """The loaded engines and rules; call `process` per message, `analyse` per article."""

    tagger: CountryTagger
    detector: SignalDetector
    rules: Sequence[AlertRule] = DEFAULT_RULES
    max_bytes: int = 1_000_000
    clock: Callable[[], float] = _no_clock

    @classmethod
    def load(cls, **options: Any) -> Pipeline:
        """Load the gazetteer and the cue lexicons once (about a second).

        The engines live as long as the process, so they move to the collector's
        permanent generation: full collections then skip the gazetteer's few hundred
        thousand objects (the worker, the bench loops and `analyze` all gain).
        """
        pipeline = cls(CountryTagger.load(), SignalDetector.load(), **options)
        gc.freeze()
        return pipeline

    def analyse(self, article: Article) -> Analysis:
        """Countries and signals of one normalised article."""
        tagging = self.tagger(article)
        signals = self.detector(article, tagging.countries)
        return Analysis(article, tagging.countries, tagging.organisations, signals)

    def process(self, raw: bytes) -> Outcome:
        """Decode, validate, analyse and apply the alert rules to one raw message."""
        payload = decode_raw(raw, self.max_bytes)
        if isinstance(payload, Rejection):
            return payload
        return self.process_payload(payload)

    def process_payload(self, payload: Mapping[str, Any]) -> Outcome:
        """The stages after decoding, timed one by one."""
        clock = self.clock
        t0 = clock()
        article = normalize(payload)
        if isinstance(article, Rejection):
            return article
        t1 = clock()
        tagging = self.tagger(article)
        t2 = clock()
        signals = self.detector(article, tagging.countries)
        t3 = clock()
        analysis = Analysis(article, tagging.countries, tagging.organisations, signals)
        alerts = apply_rules(analysis, self.rules)
        t4 = clock()
        timings = {"normalize": t1 - t0, "countries": t2 - t1, "signals": t3 - t2,
                   "rules": t4 - t3}
        return Processed(analysis, alerts, timings)
