"""Alert rules: turn an `Analysis` into the `Alert`s subscribers receive.

A rule is data (`AlertRule`): which signal kinds and modes it accepts, the lowest
score, and whether both country actors (a dyad) are required. For each rule an article raises at
most one alert per (source, target, mode), carrying the best-scoring evidence sentence:
a conditional pledge stays apart from an asserted one.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from monitor.models import Alert, Analysis, Mode, Signal, SignalKind

__all__ = ["DEFAULT_RULES", "AlertRule", "apply_rules", "default_rules"]


@dataclass(frozen=True, slots=True)
class AlertRule:
    """Which signals raise an alert under the name `name`."""

    name: str
    kinds: frozenset[SignalKind]
    modes: frozenset[Mode]
    min_score: float = 0.5
    require_dyad: bool = True  # both source and target known, and different

    def accepts(self, signal: Signal) -> bool:
        """True when `signal` is strong and definite enough for this rule."""
        if signal.kind not in self.kinds or signal.mode not in self.modes:
            return False
        if self.require_dyad and not _is_dyad(signal):
            return False
        return signal.score >= self.min_score


def _is_dyad(signal: Signal) -> bool:
    return None not in (signal.source, signal.target) and signal.source != signal.target


_ACTIVE = frozenset({Mode.ASSERTED, Mode.FUTURE, Mode.CONDITIONAL})

DEFAULT_RULES: tuple[AlertRule, ...] = (
    AlertRule("alliance", frozenset({SignalKind.ALLIANCE}), _ACTIVE),
    AlertRule("threat", frozenset({SignalKind.THREAT}), frozenset({Mode.ASSERTED, Mode.FUTURE})),
)


def default_rules(min_score: float, kinds: Iterable[str]) -> tuple[AlertRule, ...]:
    """The default rules restricted to `kinds`, with `min_score` as the floor."""
    wanted = set(kinds)
    return tuple(
        AlertRule(r.name, r.kinds, r.modes, min_score, r.require_dyad)
        for r in DEFAULT_RULES
        if {str(k) for k in r.kinds} & wanted
    )


def _alert_id(article_id: str, rule: str, signal: Signal) -> str:
    key = f"{article_id}|{rule}|{signal.source}|{signal.target}|{signal.mode}"
    return hashlib.sha256(key.encode()).hexdigest()[:16]


def _best_per_dyad(signals: Iterable[Signal]) -> list[Signal]:
    best: dict[tuple[str | None, str | None, str], Signal] = {}
    for sig in signals:
        key = (sig.source, sig.target, str(sig.mode))
        if key not in best or sig.score > best[key].score:
            best[key] = sig
    return sorted(best.values(), key=lambda s: -s.score)


def apply_rules(analysis: Analysis, rules: Sequence[AlertRule]) -> tuple[Alert, ...]:
    """Every alert the rules raise for one analysed article."""
    art = analysis.article
    countries = tuple(c.code for c in analysis.countries)
    alerts = []
    for rule in rules:
        for sig in _best_per_dyad(s for s in analysis.signals if rule.accepts(s)):
            alerts.append(
                Alert(
                    id=_alert_id(art.id, rule.name, sig),
                    rule=rule.name,
                    article_id=art.id,
                    kind=sig.kind,
                    mode=sig.mode,
                    source=sig.source,
                    target=sig.target,
                    score=sig.score,
                    sentence=sig.sentence,
                    countries=countries,
                    title=art.title,
                    url=art.url,
                    cues=tuple(c.text for c in sig.cues),
                )
            )
    return tuple(alerts)
