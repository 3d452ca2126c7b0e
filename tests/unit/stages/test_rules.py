"""Alert rules: which signals raise alerts, one per dyad, with the best evidence."""

from __future__ import annotations

import pytest

from monitor.models import Analysis, Article, CountryMention, Mode, Signal, SignalKind, Span
from monitor.stages.rules import DEFAULT_RULES, apply_rules, default_rules


def _signal(kind: SignalKind = SignalKind.ALLIANCE, mode: Mode = Mode.ASSERTED,
            score: float = 0.8, source: str | None = "TR", target: str | None = "AZ",
            sentence: str = "Turkey backs Azerbaijan.") -> Signal:
    return Signal(kind, "SUPPORT", "0312", mode, score, source, target, sentence,
                  Span("text", 0, len(sentence), sentence, "sentence"))


def _analysis(*signals: Signal) -> Analysis:
    countries = (CountryMention("AZ", "Azerbaijan", 1, 1.0, True),
                 CountryMention("TR", "Turkey", 1, 0.9, True))
    return Analysis(Article("a1", "text", "title"), countries, (), signals)


class TestApplyRules:
    def test_alliance_signal_raises_an_alliance_alert(self) -> None:
        (alert,) = apply_rules(_analysis(_signal()), DEFAULT_RULES)
        assert (alert.rule, alert.source, alert.target) == ("alliance", "TR", "AZ")
        assert alert.sentence == "Turkey backs Azerbaijan." and alert.countries == ("AZ", "TR")

    def test_conditional_alliance_still_alerts(self) -> None:
        assert len(apply_rules(_analysis(_signal(mode=Mode.CONDITIONAL)), DEFAULT_RULES)) == 1

    def test_negated_and_hypothetical_signals_do_not_alert(self) -> None:
        signals = (_signal(mode=Mode.NEGATED), _signal(mode=Mode.HYPOTHETICAL))
        assert apply_rules(_analysis(*signals), DEFAULT_RULES) == ()

    def test_conditional_threat_does_not_alert(self) -> None:
        sig = _signal(kind=SignalKind.THREAT, mode=Mode.CONDITIONAL)
        assert apply_rules(_analysis(sig), DEFAULT_RULES) == ()

    def test_weak_signals_are_below_the_floor(self) -> None:
        assert apply_rules(_analysis(_signal(score=0.2)), DEFAULT_RULES) == ()

    @pytest.mark.parametrize(("source", "target"), [(None, None), ("TR", None), (None, "AZ"),
                                                    ("AZ", "AZ")])
    def test_signals_without_a_dyad_of_two_countries_do_not_alert(
            self, source: str | None, target: str | None) -> None:
        assert apply_rules(_analysis(_signal(source=source, target=target)), DEFAULT_RULES) == ()

    def test_one_alert_per_dyad_with_the_best_sentence(self) -> None:
        weak, strong = _signal(score=0.6, sentence="weak"), _signal(score=0.9, sentence="strong")
        (alert,) = apply_rules(_analysis(weak, strong), DEFAULT_RULES)
        assert alert.sentence == "strong"

    def test_alert_ids_are_stable_across_runs(self) -> None:
        first = apply_rules(_analysis(_signal()), DEFAULT_RULES)
        assert first[0].id == apply_rules(_analysis(_signal()), DEFAULT_RULES)[0].id


class TestDefaultRules:
    def test_kinds_restrict_the_rules(self) -> None:
        assert [r.name for r in default_rules(0.5, ["threat"])] == ["threat"]

    def test_min_score_is_applied(self) -> None:
        assert all(r.min_score == 0.9 for r in default_rules(0.9, ["alliance", "threat"]))


class TestModesStayApart:
    def test_a_conditional_pledge_is_not_merged_into_an_asserted_one(self) -> None:
        asserted = _signal(score=0.9, sentence="Turkey backs Azerbaijan.")
        conditional = _signal(mode=Mode.CONDITIONAL, score=0.6,
                              sentence="If attacked, Turkey will support us.")
        alerts = apply_rules(_analysis(asserted, conditional), DEFAULT_RULES)
        assert {(a.mode, a.sentence) for a in alerts} == {
            (Mode.ASSERTED, "Turkey backs Azerbaijan."),
            (Mode.CONDITIONAL, "If attacked, Turkey will support us.")}
