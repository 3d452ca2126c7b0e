"""Golden phrasings for cue forms the verb rows missed: nominalisations ("the killings",
"the bombardment"), ill-treatment, reprisals, sabotage, cyberattacks, military standoffs,
troop disengagement, warming relations ("rapprochement", "a thaw in ties") and
condolences; with near misses for their figurative and non-political senses ("hostile
takeovers", a defeated bill, GATT, "wound up", debt talks, a newsroom's telephone
interview, market support, attack helicopters, injury in trade law, "arrest the dollar's
fall", "fighting to regain confidence").
"""

from __future__ import annotations

import pytest

from monitor.models import Mode, SignalKind
from monitor.stages.signals import SignalDetector
from tests.unit.stages.test_signals import ANY, assert_best_signal, best_of, detect

A, T = SignalKind.ALLIANCE, SignalKind.THREAT
AS = Mode.ASSERTED

# sentence, kind, mode, source, target ("*" = not checked)
POSITIVE = [
    ("The killings of civilians in Syria by Russian jets drew condemnation.", T, AS, "RU", "SY"),
    ("Israel's bombardment of Gaza entered a third day.", T, AS, "IL", ANY),
    ("Eritrea said Ethiopia mistreated its prisoners of war.", T, AS, "ET", "ER"),
    ("Japan faces possible U.S. reprisals over import quotas.", T, AS, "US", "JP"),
    ("Russian agents sabotaged a railway line in Poland, Warsaw said.", T, AS, "RU", "PL"),
    ("Iran blamed Israel for a cyberattack on its nuclear site.", T, AS, "IR", "IL"),
    ("Indian and Chinese troops are locked in a border standoff.", T, AS, "IN", "CN"),
    ("India and China disengaged troops along the border.", A, AS, "IN", "CN"),
    ("India and China completed the disengagement of forces in Ladakh.", A, AS, "IN", "CN"),
    ("Greece and Turkey signalled a thaw in relations.", A, AS, "GR", "TR"),
    ("The rapprochement between Saudi Arabia and Iran surprised Washington.", A, AS, "SA", "IR"),
    ("Egypt sent its condolences to Turkey after the earthquake.", A, AS, "EG", "TR"),
    # the political senses the new anti-cues leave alone
    ("Japan said in a telephone conversation with France that it backed Iran.", A, AS, ANY, ANY),
    ("Egypt and Sudan opened talks on the border dispute.", A, AS, "EG", "SD"),
    ("Russian shelling injured Ukrainian farmers near the border.", T, AS, "RU", ANY),
    ("Troops from Sudan injured farmers in Chad, officials said.", T, AS, ANY, ANY),
    ("Iran said the United States planned an attack on its ships.", T, AS, ANY, ANY),
    ("Police in Turkey arrested two nationals of Syria.", T, AS, ANY, ANY),
    ("Iraq and Iran were fighting to control the border town.", T, AS, "IQ", "IR"),
    ("Syria welcomed the release of two Lebanese hostages by Israel.", A, AS, ANY, ANY),
    ("Israel seized the ship from Iran in the Red Sea.", T, AS, "IL", "IR"),
]  # fmt: skip

# sentence, kind that must not appear
NEGATIVE = [
    ("The clutch disengages when the driver in Germany brakes.", A),
    ("Flowers and condolences poured in for the singer in Britain.", A),
    ("Investors in Japan were bombarded with offers from banks.", T),
    ("The zoo in Germany was fined for mistreating animals.", T),
    ("The bank in Japan bought cyberattack insurance.", T),
    ("The post-detente embargoes hurt Soviet trade with the United States.", A),
    # bills and bids are defeated and thwarted too; passive counters govern backwards only
    ("The bill was defeated amid protests in France and Germany.", A),
    ("Shareholders in Japan voted on a plan to thwart hostile takeovers.", T),
    ("Iraq said it had foiled the promise of victory Iran made in the war.", A),
    # a trade body named after an agreement; "wound" as the past of "wind"
    ("Japan filed a complaint about India with the General Agreement on Tariffs and Trade.", A),
    ("The secret operation with Iran wound up as a swap, the United States admitted.", T),
    ("The French fund wound down its stake in a German bank.", T),
    # talks between firms or creditors, a newsroom's telephone, market support
    ("Brazil opened debt talks with creditor banks in the United States.", A),
    ("Utilities in Japan are demanding cuts in coal contract negotiations with Australia.", A),
    ("The French minister told Reuters in a telephone interview that Germany would wait.", A),
    ("A spokesman for Japan said in a telephone call from Washington that rates held.", A),
    ("Reports of fighting between Iran and Iraq lent support to crude futures.", A),
    # weapons named after their role; injury in trade law
    ("The United States ordered new attack helicopters to deter Russia.", T),
    ("Canada ruled that corn from the United States injured Canadian farmers.", T),
    # business terms agreed between firms
    ("Uruguay was reluctant to ship soybeans to Brazil at the agreed price.", A),
    # halting a fall, a pressure leak, fighting for one's standing
    ("Ministers of the United States and Japan agreed to arrest the dollar's fall.", T),
    ("A pressure leak shut a reactor in France near the border with Germany.", T),
    ("The president of France, fighting to regain public confidence, visited Germany.", T),
    ("The council, meeting on Iraq and Syria, decided to remain seized of the matter.", T),
    ("Pipes from Japan are rated for a maximum working pressure of 69 MPa in Germany.", T),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "kind", "mode", "source", "target"), POSITIVE)
def test_finds_the_form(
    detector: SignalDetector,
    sentence: str,
    kind: SignalKind,
    mode: Mode,
    source: str | None,
    target: str | None,
) -> None:
    assert_best_signal(detect(detector, sentence), kind, mode, source, target)


@pytest.mark.parametrize(("sentence", "kind"), NEGATIVE)
def test_near_miss_yields_no_signal_of_that_kind(
    detector: SignalDetector, sentence: str, kind: SignalKind
) -> None:
    assert best_of(detect(detector, sentence), kind) is None
