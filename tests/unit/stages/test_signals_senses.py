"""Golden phrasings for word senses: cue words in accident, illness, business, legal and
forecast senses yield nothing; the hostile or cooperative sense next to them still does.

Also the constructions added with those anti-cues: weapons named with their armed-group
receiver, launching a counted salvo, returning fire, flouting an agreement, ridding a
place of a conflict phenomenon, ending impunity, and "no" before an adjective and noun.
"""

from __future__ import annotations

import pytest

from monitor.models import Mode, SignalKind
from monitor.stages.signals import SignalDetector
from tests.unit.stages.test_signals import ANY, assert_best_signal, best_of, detect

A, T = SignalKind.ALLIANCE, SignalKind.THREAT
AS, FU, NE = Mode.ASSERTED, Mode.FUTURE, Mode.NEGATED

# sentence, kind, mode, source, target ("*" = not checked)
POSITIVE = [
    # a weapon after a number or modifier; firing back
    ("Russia launched 12 missiles at Ukraine overnight.", T, AS, "RU", "UA"),
    ("North Korea launched two more drones toward South Korea.", T, AS, "KP", "KR"),
    ("Israeli troops returned fire across the border with Lebanon.", T, AS, "IL", ANY),
    # arresting people stays coercion
    ("Russia arrested two Ukrainian diplomats in Moscow.", T, AS, "RU", "UA"),
    # defying an agreement
    ("Serbia flouted the agreement with Kosovo.", T, AS, "RS", "XK"),
    # help named by its noun and its armed-group receiver is sponsoring violence
    ("Arms for the rebels in Syria came from Turkey.", T, AS, ANY, ANY),
    ("Weapons supplied to the militias in Sudan came from Chad.", T, AS, ANY, ANY),
    # policy work against a conflict phenomenon is cooperation
    ("Kenya and Somalia vowed to rid the region of terrorism.", A, FU, ANY, ANY),
    ("Colombia and Ecuador agreed to end impunity for border crimes.", A, AS, "CO", ANY),
    # "no" binds a noun after a planning or scale adjective
    ("Russia said there was no planned attack on Ukraine.", T, NE, "RU", "UA"),
    ("Iran reported no significant violence on the border with Iraq.", T, NE, ANY, ANY),
    # the hostile sense survives next to an accident word
    ("A plane was shot down over Ukraine, and 40 people died in the crash.", T, AS, ANY, ANY),
    ("Rebels killed ten soldiers from Mali in an attack near the border.", T, AS, ANY, ANY),
]  # fmt: skip

# sentence, kind that must not appear
NEGATIVE = [
    # accidents, illness and death as a record
    ("Two French tourists were killed in a car crash in Spain.", T),
    ("Five people died in a fire at a market in Kenya.", T),
    ("The former president of Brazil died of natural causes in Portugal.", T),
    ("Officials in India issued a death certificate for the Nepali climber.", T),
    # warnings that are forecasts, labels or business news
    ("Shares fell in Japan after Toyota issued a profit warning about China.", T),
    ("An early warning system for floods was installed in Bangladesh.", T),
    ("Doctors in France saw warning signs of a flu season like Spain's.", T),
    # lulls in fighting, carrying out plans, legal institutions
    ("There was a lull in the fighting between Sudan and South Sudan.", T),
    ("The execution of the budget in Italy was delayed by two months.", T),
    ("Kenya and Somalia vowed to rid the region of terrorism.", T),
    ("Colombia and Ecuador agreed to end impunity for border crimes.", T),
    ("The International Criminal Court in the Netherlands opened a new building.", T),
    # newsroom and business requests
    ("The embassy of Japan in China did not answer a request for comment.", A),
    ("Argentina's loan request to banks in the United States was large.", A),
    # business senses: partnerships, pressure, casualty insurance, tonnage, currencies
    ("Red Lion Inns Limited Partnership of the United States filed an offering.", A),
    ("Price pressures in Germany eased as exports to France rose.", T),
    ("Property-casualty premiums in Canada and Mexico rose 25 pct.", T),
    ("The tanker of 460,000 dead weight tons sailed from Greece to Japan.", T),
    ("Mortgage-backed bonds from the United States rallied in Japan.", A),
    ("The yen's appreciation against the dollar hurt exports from Japan to Canada.", A),
    ("Sales to Germany contributed to the rise in profits in Sweden.", A),
    ("Steel makers in Japan and Korea face trading partners in Europe.", A),
    ("The Bank of England gave the market assistance as sterling fell against France's franc.", A),
    # halting a fall is no arrest
    ("Japan and Germany acted to arrest the slide of the dollar against France's franc.", T),
]  # fmt: skip


class TestWordSenses:
    @pytest.mark.parametrize(("sentence", "kind", "mode", "source", "target"), POSITIVE)
    def test_finds_the_construction(
        self,
        detector: SignalDetector,
        sentence: str,
        kind: SignalKind,
        mode: Mode,
        source: str | None,
        target: str | None,
    ) -> None:
        assert_best_signal(detect(detector, sentence), kind, mode, source, target)

    @pytest.mark.parametrize(("sentence", "kind"), NEGATIVE)
    def test_other_sense_yields_no_signal_of_that_kind(
        self, detector: SignalDetector, sentence: str, kind: SignalKind
    ) -> None:
        assert best_of(detect(detector, sentence), kind) is None

    def test_arms_for_rebels_is_no_alliance(self, detector: SignalDetector) -> None:
        signals = detect(detector, "Arms for the rebels in Syria came from Turkey.")
        assert {s.kind for s in signals} == {T}

    def test_a_space_launch_stays_silent(self, detector: SignalDetector) -> None:
        signals = detect(detector, "Japan launched a rocket carrying two satellites for India.")
        assert best_of(signals, T) is None
