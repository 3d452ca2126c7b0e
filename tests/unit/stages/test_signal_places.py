"""Place mentions that take no part in what a sentence reports are no signal actors:
a city naming an agreement or talks, a city after a preposition of place, the
dateline, and a patron named in a compound modifier ("Iranian-backed")."""

from __future__ import annotations

from monitor.models import Article, CountryMention, Mode, SignalKind, Span
from monitor.stages.signals import SignalDetector
from tests.unit.stages.test_signals import assert_best_signal, best_of

A, T = SignalKind.ALLIANCE, SignalKind.THREAT
AS = Mode.ASSERTED


def _mentions(text: str, *found: tuple[str, str, str]) -> tuple[CountryMention, ...]:
    """Mentions of (code, surface, kind), each at the first occurrence of its surface."""
    spans: dict[str, list[Span]] = {}
    for code, surface, kind in found:
        start = text.index(surface)
        spans.setdefault(code, []).append(Span("text", start, start + len(surface), surface,
                                               kind))
    return tuple(CountryMention(code, code, len(s), 0.5, False, tuple(s))
                 for code, s in spans.items())


def _signals(detector: SignalDetector, text: str, *found: tuple[str, str, str]) -> tuple:
    return detector(Article("t", text), _mentions(text, *found))


class TestPlacesThatAreNoParty:
    def test_a_city_naming_an_agreement(self, detector: SignalDetector) -> None:
        text = "Germany backed the Paris pact with Japan on Monday."
        signals = _signals(detector, text, ("DE", "Germany", "name"),
                           ("FR", "Paris", "city"), ("JP", "Japan", "name"))
        assert_best_signal(signals, A, AS, "DE", "JP")

    def test_a_country_naming_an_agreement_stays_a_party(
        self, detector: SignalDetector
    ) -> None:
        text = "Germany backed the France accord with Japan on Monday."
        signals = _signals(detector, text, ("DE", "Germany", "name"),
                           ("FR", "France", "name"), ("JP", "Japan", "name"))
        assert_best_signal(signals, A, AS, "DE", "FR")

    def test_a_city_after_a_preposition_of_place(self, detector: SignalDetector) -> None:
        text = "Ghana signed an oil agreement in Tehran with Nigeria on Monday."
        signals = _signals(detector, text, ("GH", "Ghana", "name"),
                           ("IR", "Tehran", "city"), ("NG", "Nigeria", "name"))
        assert_best_signal(signals, A, AS, "GH", "NG")

    def test_a_capital_as_actor_stays_a_party(self, detector: SignalDetector) -> None:
        text = "Ghana signed an oil agreement with Tehran on Monday."
        signals = _signals(detector, text, ("GH", "Ghana", "name"), ("IR", "Tehran", "city"))
        assert_best_signal(signals, A, AS, "GH", "IR")

    def test_the_dateline_is_no_party(
        self, detector: SignalDetector
    ) -> None:
        text = "LONDON, April 8 - Ghana will import oil from Nigeria under an agreement."
        signals = _signals(detector, text, ("GB", "LONDON", "dateline"),
                           ("GH", "Ghana", "name"), ("NG", "Nigeria", "name"))
        best = best_of(signals, A)
        assert best is not None and {best.source, best.target} <= {"GH", "NG", None}

    def test_the_dateline_does_not_stand_in_for_an_unnamed_subject(
        self, detector: SignalDetector
    ) -> None:
        text = "WASHINGTON, April 8 - The World Bank approved a loan to help India."
        signals = _signals(detector, text, ("US", "WASHINGTON", "dateline"),
                           ("IN", "India", "name"))
        assert_best_signal(signals, A, AS, None, "IN")

    def test_a_patron_in_a_compound_modifier_is_no_party(
        self, detector: SignalDetector
    ) -> None:
        text = "Iranian-backed Houthi rebels fired missiles at Saudi Arabia."
        found = (("IR", "Iranian", "demonym"), ("SA", "Saudi Arabia", "name"))
        assert_best_signal(_signals(detector, text, *found), T, AS, None, "SA")
        text = "The Britain-based observatory said Turkish forces shelled Syria."
        found = (("GB", "Britain", "name"), ("TR", "Turkish", "demonym"), ("SY", "Syria", "name"))
        assert_best_signal(_signals(detector, text, *found), T, AS, "TR", "SY")

    def test_the_leader_of_a_coalition_stays_a_party(self, detector: SignalDetector) -> None:
        text = "The Saudi-led coalition bombed Yemen's capital."
        found = (("SA", "Saudi", "demonym"), ("YE", "Yemen", "name"))
        assert_best_signal(_signals(detector, text, *found), T, AS, "SA", "YE")
