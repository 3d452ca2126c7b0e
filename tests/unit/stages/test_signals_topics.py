"""Golden phrasings for which kind leads a sentence that names both kinds.

A cooperation verb whose object is a conflict phenomenon ("held talks on the nuclear
threat", "share intelligence to thwart attacks") is cooperation; helping armed parties,
a conflict after a contrast, and disapproval of a partnership stay threats; support or
aid received by armed groups ("Iran supports the Houthi rebels") is a threat; fighting a
conflict phenomenon ("defeat terrorism", "the attack was foiled") is cooperation, but
fighting an armed group ("combat the Kurdish rebels") is not; an agreement named as the
complement of a disapproval noun ("violations of the ceasefire") is what is disapproved. Each rule
has sentences that must lead with its kind and near misses that must not.
"""

from __future__ import annotations

import pytest

from monitor.models import Mode, Signal, SignalKind
from monitor.stages.signals import SignalDetector
from tests.unit.stages.test_signals import detect

A, T = SignalKind.ALLIANCE, SignalKind.THREAT


def leading(signals: tuple[Signal, ...]) -> SignalKind | None:
    """The kind of the best non-negated signal (the evaluation's sentence label)."""
    live = [s for s in signals if s.mode is not Mode.NEGATED]
    return max(live, key=lambda s: s.score).kind if live else None


# sentence, kind of the leading signal
LEADS = [
    # cooperation on a conflict topic: the topic is demoted, the cooperation leads
    ("The United States and Israel held talks on the Iranian nuclear threat.", A),
    ("Kenya and Somalia will share intelligence to thwart terrorist attacks.", A),
    ("Egypt and Sudan discussed the violence along their border.", A),
    ("Jordan and Iraq agreed to coordinate efforts against drug smuggling.", A),
    ("Britain will assist Kenya in clearing explosive devices left by the war.", A),
    ("Germany and France are cooperating closely on cyber attacks and espionage.", A),
    # near misses: armed parties as the object, a contrast, a clause break, disapproval
    ("Iran sent weapons to the rebels who attacked Saudi Arabia.", T),
    ("Pakistan is helping the militants fighting in Afghanistan, India said.", T),
    ("Sudan and Chad held talks but clashes resumed on the border.", T),
    ("Ministers met in Cairo; hours later rockets were fired at Israel.", T),
    ("China condemned the joint military exercises of Japan and the United States.", T),
    ("Turkey promoted violence in Syria, the Syrian government said.", T),
    ("The European Union agreed on new sanctions against Russia.", T),
    # help received by armed groups is one hostile act with them
    ("Iran supports the Houthi rebels in Yemen, Saudi Arabia said.", T),
    ("The United States sent weapons to Syrian rebels.", T),
    ("Congress approved new aid to the Contra rebels.", T),
    ("The council noted the external support received by Chadian armed groups.", T),
    # near misses: a place named after the group, a country receiving help against it
    ("Turkey sent aid to rebel-held areas of Syria.", A),
    ("The United States gave Ukraine military aid to fight the separatists.", A),
    ("France sent troops to help Mali against the jihadists.", A),
    ("Britain supports Nigeria in its war against the militants.", A),
    # thwarting, dismantling, defeating a conflict phenomenon is a counter-action
    ("Iraq and the United States will work together to defeat terrorism.", A),
    ("Morocco helped Spain thwart a terrorist attack.", A),
    ("Japan and India vowed to dismantle terrorist networks.", A),
    ("Russia and China will jointly respond to the threat posed by NATO.", A),
    # ... in the passive too
    ("Terrorism can only be defeated through cooperation, Egypt told Jordan.", A),
    ("The attack was foiled by Moroccan police, Spain said.", A),
    # near misses: fighting an armed group is fighting, not cooperation
    ("Turkey vowed to combat the Kurdish rebels in Syria.", T),
    ("The Nigerian army stepped up its fight against the militants.", T),
    ("The rebels were defeated by Syrian troops near Aleppo.", T),
    ("Pakistan will counter the terrorists operating from Afghanistan.", T),
    # a disapproval noun governs its complement: the agreement is what was violated
    ("The violation of the peace agreement by Sudan angered South Sudan.", T),
    ("Russia's breach of the arms control treaty alarmed the United States.", T),
    ("India said Pakistan's violations of the truce along the border continued.", T),
    ("The United States said Russia tested a missile in violation of the treaty.", T),
    ("Reagan imposed penalties over Japan's failure to adhere to the agreement on chips.", T),
    ("Tariffs followed Japan's failure to live up to the pact with the United States.", T),
    ("Chipmakers urged sanctions on Japan for violating the U.S.-Japan trade agreement.", T),
    # near misses: no link to a complement, or the agreement is the subject
    ("The ceasefire agreement between India and Pakistan ended years of violations.", A),
    ("Talks on the dispute between Egypt and Sudan resumed, with a deal in sight.", A),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "kind"), LEADS)
def test_the_governing_verb_leads(
    detector: SignalDetector, sentence: str, kind: SignalKind
) -> None:
    assert leading(detect(detector, sentence)) is kind


def test_a_demoted_topic_stays_as_weaker_evidence(detector: SignalDetector) -> None:
    signals = detect(detector, "Japan and Australia held talks on the missile attacks.")
    assert {s.kind for s in signals} == {A, T}
    assert leading(signals) is A
