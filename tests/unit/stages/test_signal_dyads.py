"""Golden dyads for how a cue is used: nominal verb cues with their "from/by" agent,
passives with and without an agent, coordinated subjects with an object, "talks
between X and Y", projectiles that fell on a country and cities that are aimed at.

Sentences are hand-written, news-like; countries are hand-tagged with their span kind.
"""

from __future__ import annotations

import re

import pytest

from monitor.models import Article, CountryMention, Mode, Signal, SignalKind, Span
from monitor.stages.signal_lexicon import CueEntry, Hit
from monitor.stages.signal_phrases import between
from monitor.stages.signal_quotes import Actor
from monitor.stages.signal_voice import bare_passive, nominal, passive
from monitor.stages.signals import SignalDetector
from tests.unit.stages.test_signals import ANY, assert_best_signal

A, T = SignalKind.ALLIANCE, SignalKind.THREAT
AS, FU = Mode.ASSERTED, Mode.FUTURE

KINDS = {
    "United States": ("US", "name"), "U.S.": ("US", "name"), "Washington": ("US", "city"),
    "Japan": ("JP", "name"), "Japanese": ("JP", "demonym"), "Italy": ("IT", "name"),
    "Kuwait": ("KW", "name"), "Iran": ("IR", "name"), "Iranian": ("IR", "demonym"),
    "Iraq": ("IQ", "name"), "Iraqi": ("IQ", "demonym"), "Russia": ("RU", "name"),
    "Russian": ("RU", "demonym"), "Ukraine": ("UA", "name"), "Poland": ("PL", "name"),
    "Turkey": ("TR", "name"), "Azerbaijan": ("AZ", "name"), "Britain": ("GB", "name"),
    "France": ("FR", "name"), "Germany": ("DE", "name"), "Greece": ("GR", "name"),
    "Israel": ("IL", "name"), "Israeli": ("IL", "demonym"), "Gaza": ("PS", "region"),
    "Pyongyang": ("KP", "city"), "Seoul": ("KR", "city"), "Geneva": ("CH", "city"),
    "South Korea": ("KR", "name"), "China": ("CN", "name"), "Syria": ("SY", "name"),
    "Egypt": ("EG", "name"), "Armenia": ("AM", "name"), "Qatar": ("QA", "name"),
    "Moscow": ("RU", "city"), "Putin": ("RU", "person"),
}  # fmt: skip
NAMES = "|".join(re.escape(n) for n in sorted(KINDS, key=len, reverse=True))
PATTERN = re.compile(rf"(?<!\w)(?:{NAMES})(?!\w)")


def tag(article: Article) -> tuple[CountryMention, ...]:
    """Every KINDS occurrence in the text, with its span kind."""
    spans: dict[str, list[Span]] = {}
    for match in PATTERN.finditer(article.text):
        code, kind = KINDS[match.group()]
        spans.setdefault(code, []).append(
            Span("text", match.start(), match.end(), match.group(), kind)
        )
    return tuple(
        CountryMention(code, code, len(found), 0.5, False, tuple(found))
        for code, found in spans.items()
    )


def detect(detector: SignalDetector, text: str) -> tuple[Signal, ...]:
    article = Article("t", text)
    return detector(article, tag(article))


# sentence, kind, mode, source, target ("*" = not checked)
GOLDEN = [
    # a verb cue used as a noun: the "from/by" agent is the source, the clause's actor
    # (or the one the phrase hangs on) the target
    ("Japan agreed to open its markets under pressure from the United States.", T, AS, "US", "JP"),
    ("Under pressure from the United States, Japan agreed to cut its exports.", T, AS, "US", "JP"),
    ("South Korea has been under pressure from Washington to revalue the won.", T, AS, "US", "KR"),
    ("Italy's response to protests by U.S. producers was not encouraging.", T, AS, "US", "IT"),
    ("Italy faces protests by U.S. producers over its subsidies.", T, AS, "US", "IT"),
    ("Support for Ukraine from Poland remains strong.", A, AS, "PL", "UA"),
    ("The talks stalled amid pressure from the United States on Japan.", T, AS, "US", "JP"),
    ("Analysts expect increased pressure from Britain on Japan.", T, AS, "GB", "JP"),
    ("Ten Iraqi soldiers were killed in Iranian shelling.", T, AS, "IR", "IQ"),
    ("Greece, responding to a warning by Turkey, said it would drill.", T, AS, "TR", "GR"),
    ("Kuwait, whose ships came under repeated attack by Iran, asked for help.", T, AS, "IR", "KW"),
    ("Japan cut rates despite protests by Iran and Iraq.", T, AS, "IR", "JP"),  # co-agents
    # a noun's agent must be tied to it: right after it, after its object, or after a
    # participle; a "by" further on belongs to another noun
    ("The invasion of Kuwait by Iraq was condemned.", T, AS, "IQ", "KW"),
    ("Moscow rejected hostile statements about Russia made by the United States.", T, AS,
     "RU", "US"),
    ("Britain voiced concern over alleged abuses by Israel.", T, AS, "GB", "IL"),
    # a projectile that fell on a country: that country is the target
    ("Artillery shells fired by Iran fell on Kuwait on Tuesday.", T, AS, "IR", "KW"),
    ("Rockets fired from Gaza landed in Israel overnight.", T, AS, "PS", "IL"),
    # passive: the "by" agent; a participle opening the sentence targets the subject after
    ("Azerbaijan was attacked by Armenia on Sunday.", T, AS, "AM", "AZ"),
    ("Backed by Turkey, Azerbaijan rejected the proposal.", A, AS, "TR", "AZ"),
    ("Russia was accused by Ukraine of shelling civilian areas.", T, AS, "UA", "RU"),
    ("Backed by Britain and France, Ukraine rejected the plan.", A, AS, "GB", "UA"),
    ("The proposal, strongly backed by Britain and Germany, was approved.", A, AS, "GB", None),
    ("They are supported by Germany and France and, to a lesser extent, Poland.", A, AS,
     "DE", None),
    # a bare passive: the subject suffers the act, the source is unknown
    ("Kuwait was threatened on Tuesday.", T, AS, None, "KW"),
    ("Ten Russian soldiers were killed near the border.", T, AS, None, "RU"),
    # "by" before a gerund names a means, not an agent
    ("Iran retaliated by attacking Iraq.", T, AS, "IR", "IQ"),
    # a coordinated subject with an object aimed at: the object is the target
    ("The United States and Britain warned Iran against closing the strait.", T, AS, "US", "IR"),
    ("France and Germany pledged military aid to Ukraine.", A, AS, "FR", "UA"),
    # ... but a topic, a place or another clause is no object: the members stay the dyad
    ("Russia and China held talks on Syria.", A, AS, "RU", "CN"),
    ("Russia and China agree that the dispute with Japan must end.", A, AS, "RU", "CN"),
    # talks between two countries, with no subject of their own
    ("Talks between Iran and Iraq resumed in Geneva on Monday.", A, AS, "IR", "IQ"),
    ("Qatar brokered talks between the United States and Iran.", A, AS, "QA", ANY),
    ("Talks between President Putin and Iran's leaders went on.", A, AS, "RU", "IR"),
    # a city after "at" is a target when something was aimed at it
    ("Pyongyang on Thursday fired two artillery shells at Seoul.", T, AS, "KP", "KR"),
    # a country right after a verb is its object, not the next verb's subject
    ("Japan will provide Israel with radars under a new security assistance plan.", A, AS,
     "JP", "IL"),
    ("Washington accused Moscow of arming Syria and threatened new sanctions on Russia.", T,
     AS, "US", "RU"),
    ("Iran told Iraq it would retaliate.", T, FU, "IR", "IQ"),
    ("Russia expelled a Japanese diplomat it accused of spying.", T, AS, "RU", "JP"),
    ("Neighbouring Poland said it would send troops to help Ukraine.", A, FU, "PL", "UA"),
    # unchanged constructions: the accuser, possessives, aid to X, sanctions against X
    ("Ukraine accused Russia of shelling civilian areas.", T, AS, ANY, ANY),
    ("Russia accused Ukraine of provocations.", T, AS, "RU", "UA"),
    ("Iraq's threat to Kuwait was condemned.", T, AS, "IQ", "KW"),
    ("Japan pledged aid to Turkey.", A, AS, "JP", "TR"),
    ("The United States imposed sanctions against Iran.", T, AS, "US", "IR"),
    ("France said it would defend Greece.", A, FU, "FR", "GR"),
    ("Egypt condemned the Israeli raid on Syria.", T, AS, "EG", "IL"),
]  # fmt: skip


class TestDyads:
    @pytest.mark.parametrize(("sentence", "kind", "mode", "source", "target"), GOLDEN)
    def test_dyad(
        self,
        detector: SignalDetector,
        sentence: str,
        kind: SignalKind,
        mode: Mode,
        source: str | None,
        target: str | None,
    ) -> None:
        assert_best_signal(detect(detector, sentence), kind, mode, source, target)

    def test_a_city_where_leaders_met_is_no_party(self, detector: SignalDetector) -> None:
        signals = detect(detector, "Turkey and Azerbaijan held talks at Geneva on Friday.")
        assert_best_signal(signals, A, AS, "TR", "AZ")


def _hit(text: str, cue: str) -> Hit:
    """The hit of a verb cue `cue` in `text` (the functions under test read its offsets)."""
    start = text.lower().index(cue)
    return (start, start + len(cue), CueEntry(cue, "threat", "THREATEN", "130", 0.8, "verb"), True)


class TestVoice:
    @pytest.mark.parametrize(
        ("text", "cue", "expected"),
        [
            ("Japan agreed under pressure from the US.", "pressure", True),
            ("Italy faces protests by U.S. producers.", "protests", True),
            ("Support for Ukraine remains strong.", "support", True),
            ("The heavy shelling went on.", "shelling", True),
            ("Japan protests the tariffs.", "protests", False),
            ("Russia supports Serbia.", "supports", False),
            ("Ukraine accused Russia of shelling Kyiv.", "shelling", False),
            ("Iran agreed to support Syria.", "support", False),
            ("Turkey backed Azerbaijan.", "backed", False),
        ],
    )
    def test_nominal(self, text: str, cue: str, expected: bool) -> None:
        assert nominal(text.lower(), _hit(text, cue), 0, []) is expected

    def test_passive_needs_an_agent_not_a_means(self) -> None:
        by_agent = "azerbaijan was attacked by armenia."
        by_means = "iran retaliated by attacking iraq."
        assert passive(by_agent, _hit(by_agent, "attacked"))
        assert not passive(by_means, _hit(by_means, "retaliated"))

    def test_bare_passive(self) -> None:
        text = "kuwait was threatened."
        assert bare_passive(text, _hit(text, "threatened"))
        active = "iraq threatened kuwait."
        assert not bare_passive(active, _hit(active, "threatened"))


class TestBetween:
    @staticmethod
    def _actors(text: str, *found: tuple[str, str]) -> list[Actor]:
        return [Actor(text.index(s), text.index(s) + len(s), code, "name") for s, code in found]

    def test_two_countries_joined_by_and(self) -> None:
        text = "talks between iran and iraq resumed."
        after = self._actors(text, ("iran", "IR"), ("iraq", "IQ"))
        assert between(text, _hit(text, "talks"), [], after) == ("IR", "IQ")

    def test_a_party_that_is_no_country_leaves_no_pair(self) -> None:
        text = "talks between brazil and its creditors worried the united states."
        after = self._actors(text, ("brazil", "BR"), ("united states", "US"))
        assert between(text, _hit(text, "talks"), [], after) is None
