"""Golden phrasings for the alliance/threat signal detector, with hand-built countries."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.models import Article, CountryMention, Mode, Signal, SignalKind, Span
from monitor.stages.signals import SignalDetector

NAMES = {
    "North Korea": "KP", "South Korea": "KR", "United States": "US", "U.S.": "US", "US": "US",
    "Saudi Arabia": "SA", "Washington": "US", "Turkey": "TR", "Turkish": "TR",
    "Azerbaijan": "AZ", "Azerbaijani": "AZ", "Ilham Aliyev": "AZ", "Armenia": "AM",
    "Armenian": "AM", "Russia": "RU", "Russian": "RU", "Moscow": "RU", "Ukraine": "UA",
    "Ukrainian": "UA", "Kyiv": "UA", "China": "CN", "Chinese": "CN", "Beijing": "CN",
    "Taiwan": "TW", "Iraq": "IQ", "Iran": "IR", "Iranian": "IR", "Tehran": "IR", "Israel": "IL",
    "Israeli": "IL", "India": "IN", "Indian": "IN", "Pakistan": "PK", "Japan": "JP",
    "France": "FR", "French": "FR", "Germany": "DE", "German": "DE", "Poland": "PL",
    "Serbia": "RS", "Kosovo": "XK", "Greece": "GR", "Greek": "GR", "Cyprus": "CY",
    "Egypt": "EG", "Sudan": "SD", "Qatar": "QA", "Syria": "SY", "Iraqi": "IQ",
    "Baghdad": "IQ", "Hungary": "HU", "Venezuela": "VE", "Colombia": "CO", "Ethiopia": "ET",
    "Eritrea": "ER", "Australia": "AU",
}  # fmt: skip
NAME_PATTERN = re.compile(
    r"(?<!\w)(?:"
    + "|".join(re.escape(n) for n in sorted(NAMES, key=len, reverse=True))
    + r")(?!\w)"
)


def tag(article: Article) -> tuple[CountryMention, ...]:
    """Hand-built country mentions: every NAMES occurrence in title and text."""
    spans: dict[str, list[Span]] = {}
    for field in ("title", "text"):
        for match in NAME_PATTERN.finditer(article.field_text(field)):
            code = NAMES[match.group()]
            spans.setdefault(code, []).append(
                Span(field, match.start(), match.end(), match.group(), "name")
            )
    return tuple(
        CountryMention(code, code, len(found), 0.5, False, tuple(found))
        for code, found in spans.items()
    )


def detect(detector: SignalDetector, text: str, title: str = "") -> tuple[Signal, ...]:
    article = Article("t", text, title)
    return detector(article, tag(article))


A, T = SignalKind.ALLIANCE, SignalKind.THREAT
AS, CO, FU = Mode.ASSERTED, Mode.CONDITIONAL, Mode.FUTURE
NE, HY = Mode.NEGATED, Mode.HYPOTHETICAL
ANY = "*"

# sentence, kind, mode, source, target ("*" = not checked)
POSITIVE = [
    # plain alliance verbs and nouns, asserted
    ("Turkey backs Azerbaijan in its dispute with Armenia.", A, AS, "TR", "AZ"),
    ("Russia pledged military aid to Serbia.", A, AS, "RU", "RS"),
    ("Washington reaffirmed its unwavering support for Kyiv.", A, AS, "US", "UA"),
    ("Greece stands shoulder to shoulder with Cyprus.", A, AS, "GR", "CY"),
    ("Egypt hailed its strategic partnership with Saudi Arabia.", A, AS, "EG", "SA"),
    ("Qatar is a close ally of the United States.", A, AS, "QA", "US"),
    ("India and Japan agreed to expand defence cooperation.", A, AS, "IN", "JP"),
    ("The Iranian foreign minister met with his Iraqi counterpart in Baghdad.", A, AS, "IR", "IQ"),
    ("China and Russia held joint military exercises in the Pacific.", A, AS, "CN", "RU"),
    ("Turkey and Azerbaijan signed a defence pact on Tuesday.", A, AS, "TR", "AZ"),
    ("Ethiopia and Eritrea restored diplomatic ties after two decades.", A, AS, "ET", "ER"),
    ("Japan expressed solidarity with Turkey after the earthquake.", A, AS, "JP", "TR"),
    ("Pakistan praised China for its steadfast friendship.", A, AS, "PK", "CN"),
    ("Kyiv welcomed the mutual military assistance offered by Poland.", A, AS, ANY, ANY),
    ("Iran and Qatar discussed energy cooperation in Tehran.", A, AS, "IR", "QA"),
    ("Brotherly Azerbaijan and Turkey signed a strategic partnership.", A, AS, "AZ", "TR"),
    # ambient cues ("talks", "discussed") count between two countries; cues across hyphens
    ("Japan and India discussed trade on Monday.", A, AS, "JP", "IN"),
    ("Turkey and Armenia held talks in Moscow.", A, AS, "TR", "AM"),
    ("Russia's troop build-up near Ukraine alarmed Poland.", T, AS, "RU", ANY),
    ("India and Japan set up a joint commission on maritime security.", A, AS, "IN", "JP"),
    ("The Iranian president began a private visit to Qatar.", A, AS, "IR", "QA"),
    ("Iran demanded that Israel withdraw.", T, AS, "IR", "IL"),
    # passive voice and agents
    ("Azerbaijan was backed by Turkey throughout the conflict.", A, AS, "TR", "AZ"),
    ("Azerbaijan received military assistance from Turkey.", A, AS, "TR", "AZ"),
    ("Ukraine is supported by Poland in the talks.", A, AS, "PL", "UA"),
    ("Azerbaijan was threatened by Armenia.", T, AS, "AM", "AZ"),
    ("Evidence against Russia was presented by Ukraine.", T, AS, "UA", "RU"),
    ("The US claimed that it had attacked Iraq.", T, AS, "US", "IQ"),
    ("Israeli positions were attacked by militants from Syria.", T, AS, ANY, "IL"),
    # plain threat verbs and nouns, asserted
    ("Russia threatened Ukraine with a full-scale invasion.", T, AS, "RU", "UA"),
    ("China is massing troops on the border with India.", T, AS, "CN", "IN"),
    ("Iran gave Israel an ultimatum to withdraw.", T, AS, "IR", "IL"),
    ("Israel launched airstrikes on targets in Syria.", T, AS, "IL", "SY"),
    ("The United States imposed new sanctions on Iran.", T, AS, "US", "IR"),
    ("Pakistan condemned India for the cross-border raid.", T, AS, "PK", "IN"),
    ("Serbia recalled its ambassador from Kosovo.", T, AS, "RS", "XK"),
    ("Armenian forces attacked Azerbaijani positions overnight.", T, AS, "AM", "AZ"),
    ("Iran has drawn a red line over the Strait of Hormuz.", T, AS, "IR", None),
    ("Ukraine accused Russia of shelling civilian areas.", T, AS, ANY, ANY),
    ("Venezuela expelled Colombian diplomats.", T, AS, "VE", ANY),
    ("North Korea fired missiles toward Japan on Sunday.", T, AS, "KP", "JP"),
    ("North Korea fired a ballistic missile toward Japan.", T, AS, "KP", "JP"),
    ("France recalled its ambassadors from Australia.", T, AS, "FR", "AU"),
    ("Iran vows to respond to any Israeli aggression.", T, FU, "IR", "IL"),
    ("Russian troops clashed with Ukrainian forces near the border.", T, AS, "RU", "UA"),
    # counter-actions turn conflict nouns into cooperation; background clauses weigh less
    ("Turkey and Azerbaijan agreed to combat terrorism together.", A, AS, "TR", "AZ"),
    ("Turkey and Azerbaijan stepped up cooperation against terrorism.", A, AS, "TR", "AZ"),
    ("Egypt will help Sudan prevent violence at the border.", A, FU, "EG", "SD"),
    ("UN troops withdrew from Syria after rebels kidnapped peacekeepers.", A, AS, ANY, ANY),
    ("Japan expressed its condolences to Turkey after the attack.", A, AS, "JP", "TR"),
    ("Cooperation between the Turkish army and Azerbaijani forces is growing.", A, AS, "TR", "AZ"),
    # future / intent
    ("France will send weapons to Ukraine.", A, FU, "FR", "UA"),
    ("Germany to send more weapons to Ukraine", A, FU, "DE", "UA"),
    ("Japan, Cyprus to sign security agreement", A, FU, "JP", "CY"),
    ("Germany plans to deliver tanks to Poland.", A, FU, "DE", "PL"),
    ("Egypt plans to sign a security agreement with Sudan.", A, FU, "EG", "SD"),
    ("Russia vowed to retaliate against Ukraine.", T, FU, "RU", "UA"),
    ("North Korea warned that it will retaliate against South Korea.", T, FU, "KP", "KR"),
    ("The president said Turkey is ready to help Azerbaijan.", A, FU, "TR", "AZ"),
    ("The Japan premier said Japan would stand with Cyprus.", A, FU, "JP", "CY"),
    ("Turkey will be behind Azerbaijan, the minister said.", A, FU, "TR", "AZ"),
    ("Russia and China vow to deepen their no-limits partnership.", A, FU, "RU", "CN"),
    ("The minister said Turkey will never abandon Azerbaijan.", A, FU, "TR", "AZ"),
    ("Our cooperation with Turkey will continue, the Azerbaijani minister said.", A, FU, ANY, ANY),
    # conditional
    ("Turkey will support Azerbaijan if Armenia attacks.", A, CO, "TR", "AZ"),
    ("If Russia attacks Poland, Germany will defend it.", T, CO, "RU", "PL"),
    ("If there is any threat against Azerbaijan, Turkey will support us.", A, CO, "TR", ANY),
    ("Unless Iran halts enrichment, Israel could launch strikes.", T, CO, "IL", ANY),
    ("Any attack on Serbia will be met with a firm response, Russia warned.", T, CO, ANY, "RS"),
    ("Any military attack on Serbia will be met with a firm response, Russia warned.", T, CO, ANY,
     "RS"),
    # negated
    ("China will not support Russia in the war.", A, NE, "CN", "RU"),
    ("Turkey denied threatening Greece.", T, NE, "TR", "GR"),
    ("Germany does not plan to send weapons to Ukraine.", A, NE, "DE", "UA"),
    ("Japan has never threatened its neighbours.", T, NE, "JP", None),
    ("India ruled out sanctions against Iran.", T, NE, "IN", "IR"),
    ("Kosovo and Serbia failed to reach an agreement.", A, NE, "XK", "RS"),
    ("Russia said there was no threat to Serbia.", T, NE, ANY, "RS"),
    # hypothetical / question
    ("Would Russia really attack a NATO member?", T, HY, "RU", None),
    ("Will China invade Taiwan?", T, HY, "CN", "TW"),
    ("India could impose sanctions on Pakistan.", T, HY, "IN", "PK"),
    # quotes and speaker attribution
    ("“Turkey will always stand with us,” said Azerbaijani leader Aliyev.", A, FU, "TR", "AZ"),
    ("“Turkey is behind us,” Azerbaijani President Ilham Aliyev told them.", A, AS, "TR", "AZ"),
    ("Azerbaijani President: “Brotherly Turkey will support us”", A, FU, "TR", "AZ"),
    ("Armenian premier: “Russia has abandoned us and Turkey threatens us”", T, AS, "TR", "AM"),
]  # fmt: skip

NEGATIVE = [
    "There is a threat of rain on Sunday.",
    "Turkey sandwiches are popular in November.",
    "Lawmakers voiced support for the bill.",
    "Support for the bill grew among voters.",
    "He suffered a heart attack last year.",
    "The threat of snow closed schools in Ankara.",
    "The museum in Kyiv opened a new wing.",
    "Prices rose 3.5 percent in March.",
    "The central bank of Turkey kept interest rates unchanged.",
    "She released her new album on Friday.",
    "Azerbaijan's economy grew by 4 percent.",
    "The striker scored twice in the second half.",
    "Italy beat France in the final.",
    "Call customer support for details.",
    "The finance minister backed down after the vote.",
    "Tourists from Germany flocked to the beaches of Greece.",
    # ambient cues with fewer than two countries and no stronger cue
    "Officials in Turkey said the talks on trade would resume next week.",
    "A spokesman declined to comment on the agreement, citing ongoing talks.",
    "Turkey said it was raining in Armenia.",
    # market senses: "demand" as a noun, loans and funds without a political cue
    "Power demand in Turkey rose in March.",
    "The bank raised its loan loss provisions.",
    "Investors pulled money from equity funds in Germany.",
]


def best_of(signals: tuple[Signal, ...], kind: SignalKind) -> Signal | None:
    """The highest-scoring signal of `kind`, if any."""
    found = [s for s in signals if s.kind is kind]
    return max(found, key=lambda s: s.score) if found else None


def assert_best_signal(
    signals: tuple[Signal, ...], kind: SignalKind, mode: Mode | str, source: str | None,
    target: str | None, category: str = ANY,
) -> None:
    """The best signal of `kind` exists, with `mode`, the dyad and the PLOVER category
    (ANY: not checked)."""
    best = best_of(signals, kind)
    assert best is not None, f"no {kind} signal"
    assert category == ANY or best.category == category
    assert mode == ANY or best.mode is mode
    assert source == ANY or best.source == source
    assert target == ANY or best.target == target


class TestSignalDetector:
    @pytest.mark.parametrize(("sentence", "kind", "mode", "source", "target"), POSITIVE)
    def test_finds_the_expected_signal(
        self,
        detector: SignalDetector,
        sentence: str,
        kind: SignalKind,
        mode: Mode,
        source: str | None,
        target: str | None,
    ) -> None:
        assert_best_signal(detect(detector, sentence), kind, mode, source, target)

    @pytest.mark.parametrize("sentence", NEGATIVE)
    def test_yields_nothing_for_non_political_language(
        self, detector: SignalDetector, sentence: str
    ) -> None:
        assert detect(detector, sentence) == ()

    def test_conditional_threat_is_not_asserted(self, detector: SignalDetector) -> None:
        text = "If there is any threat against Azerbaijan, Turkey will support us."
        threats = [s for s in detect(detector, text) if s.kind is T]
        assert all(s.mode is CO for s in threats)

    def test_negated_support_also_negates_its_object(self, detector: SignalDetector) -> None:
        signals = detect(detector, "Hungary will not support new sanctions against Russia.")
        assert {(s.kind, s.mode) for s in signals} == {(A, NE), (T, NE)}

    def test_cues_and_span_point_at_the_evidence(self, detector: SignalDetector) -> None:
        text = "Markets fell. Russia threatened Ukraine again."
        (signal,) = detect(detector, text)
        assert text[signal.span.start : signal.span.end] == signal.sentence
        assert signal.sentence == "Russia threatened Ukraine again."
        assert signal.span.kind == "sentence"
        assert [(c.text, text[c.start : c.end]) for c in signal.cues] == [
            ("threatened", "threatened")
        ]

    def test_score_ranks_asserted_above_conditional(self, detector: SignalDetector) -> None:
        (asserted,) = detect(detector, "Russia threatened Ukraine.")
        (conditional,) = detect(detector, "If diplomacy fails, Russia will threaten Ukraine.")
        assert 0 < conditional.score < asserted.score <= 1

    def test_signals_without_countries_have_unknown_actors(self, detector: SignalDetector) -> None:
        (signal,) = detect(detector, "The rebels attacked the convoy.")
        assert (signal.kind, signal.source, signal.target) == (T, None, None)

    def test_title_is_analysed_with_title_offsets(self, detector: SignalDetector) -> None:
        signals = detect(detector, "Nothing here.", title="Russia threatens Ukraine")
        assert [(s.span.field, s.span.start, s.cues[0].field) for s in signals] == [
            ("title", 0, "title")
        ]

    def test_load_is_cached(self) -> None:
        assert SignalDetector.load() is SignalDetector.load()

    def test_empty_article_yields_nothing(self, detector: SignalDetector) -> None:
        assert detect(detector, "") == ()


SEED = Path(__file__).resolve().parents[3] / "seeds" / "000_b5ff8a1fd90c5886.txt"  # the repo copy
SEED_TITLE = (
    "Azerbaijani President: “We are completely sure that if there is any threat against "
    "Azerbaijan, brotherly Turkey will support us”"
)
SEED_QUOTE = (
    "The head of the state noted that the Turkish and Azerbaijani Armed Forces have been "
    'together at all times: "Answering one of the questions, I said so. '
    "Of course, if there is any threat to Azerbaijan, we are sure that Turkey will be behind us."
    ' Practical work has already begun."'
)


class TestSeedArticle:
    def test_title_yields_conditional_alliance_from_turkey_to_azerbaijan(
        self, detector: SignalDetector
    ) -> None:
        signals = detect(detector, SEED_TITLE, title=SEED_TITLE)
        alliances = [s for s in signals if s.kind is A and s.span.field == "title"]
        assert [(s.source, s.target, s.mode) for s in alliances] == [("TR", "AZ", CO)]
        assert alliances[0].sentence == SEED_TITLE

    def test_quoted_paragraph_maps_us_to_the_carried_speaker(
        self, detector: SignalDetector
    ) -> None:
        text = "“Cooperation has a long history,” said Azerbaijani President Ilham Aliyev.\n\n"
        signals = detect(detector, text + SEED_QUOTE)
        behind = [s for s in signals if any("behind" in c.text for c in s.cues)]
        assert [(s.kind, s.source, s.target, s.mode) for s in behind] == [(A, "TR", "AZ", CO)]

    def test_headline_speaker_carries_into_the_body(self, detector: SignalDetector) -> None:
        title = "Azerbaijani President: “Nothing has changed”"
        text = '"Turkey is always behind us," the president added.'
        signals = detect(detector, text, title=title)
        assert [(s.kind, s.source, s.target) for s in signals] == [(A, "TR", "AZ")]

    def test_full_seed_has_alliance_and_no_asserted_threat(self, detector: SignalDetector) -> None:
        title, text = SEED.read_text(encoding="utf-8").split("\n", 1)
        signals = detect(detector, text, title=title)
        assert any(
            (s.kind, s.source, s.target) == (A, "TR", "AZ") and s.mode in (CO, FU) for s in signals
        )
        assert not [s for s in signals if s.kind is T and s.mode is AS]


FUZZ_VOCABULARY = (
    'Turkey Russia will not support threatened if any “ ” " . , ? us we our attack by was '
    "the sanctions combat terrorism after said would shoulder to shoulder U.S. Mr. \n"
)
WORDS = st.sampled_from(FUZZ_VOCABULARY.split(" "))


class TestRobustness:
    @settings(max_examples=150, deadline=None)
    @given(st.lists(WORDS, max_size=40), st.lists(WORDS, max_size=8))
    def test_any_text_yields_well_formed_evidence(self, body: list[str], head: list[str]) -> None:
        article = Article("fuzz", " ".join(body), " ".join(head))
        for signal in SignalDetector.load()(article, tag(article)):
            text = article.field_text(signal.span.field)
            assert text[signal.span.start : signal.span.end] == signal.sentence
            assert 0 <= signal.score <= 1
            assert signal.source is None or signal.source != signal.target
            for cue in signal.cues:
                assert signal.span.start <= cue.start < cue.end <= signal.span.end
                assert text[cue.start : cue.end] == cue.text
