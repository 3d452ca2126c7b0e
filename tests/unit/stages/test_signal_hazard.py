"""Hazards that threaten are no threat between countries; a condition's own words yield to
the consequence promised; a quotation's speaker is the one acting; business news names firms."""

from __future__ import annotations

import pytest

from monitor.models import SignalKind
from monitor.stages.signal_hazard import is_hazard
from monitor.stages.signal_modality import condition_starts, in_protasis
from monitor.stages.signal_names import names_company
from monitor.stages.signal_quotes import Actor, quoted_speaker
from tests.unit.stages.test_signal_sport import cues

A, T = SignalKind.ALLIANCE, SignalKind.THREAT


class TestHazard:
    @pytest.mark.parametrize(
        ("sentence", "kind", "cue"),
        [
            ("cyclone shakti posed a severe threat to coastal areas of oman.", T, "threat"),
            ("heavy snowfall threatened rail links between austria and italy.", T, "threatened"),
            ("officials warned that the dengue outbreak is spreading in peru.", T, "warned"),
            ("ransomware remains the most acute threat to british businesses.", T, "threat"),
            ("a tropical storm near mexico is expected to strengthen.", A, "strengthen"),
        ],
    )
    def test_a_hazard_told_in_generic_words_is_no_signal(
        self, sentence: str, kind: SignalKind, cue: str
    ) -> None:
        assert is_hazard(sentence, kind, cues(sentence, cue))

    def test_a_specific_cue_keeps_the_threat(self) -> None:
        sentence = "russia warned of retaliation as floods hit kherson."
        assert not is_hazard(sentence, T, cues(sentence, "warned", "warned of retaliation"))

    def test_a_threat_without_a_hazard_stays(self) -> None:
        sentence = "iran warned israel of a crushing response."
        assert not is_hazard(sentence, T, cues(sentence, "warned"))

    def test_a_hazard_is_a_whole_word(self) -> None:
        sentence = "hungary warned slovakia in budapest on monday."
        assert not is_hazard(sentence, T, cues(sentence, "warned"))

    @pytest.mark.parametrize(
        ("sentence", "cue"),
        [
            ("higher interest rates threatened demand for memory chips.", "threatened"),
            ("weak chinese demand remained a threat to the outlook.", "threat"),
            ("sales of waffles were threatened by soaring cocoa and sugar prices.", "threatened"),
            # what is warned of
            ("the central bank governor warned that inflation could rebound next year.",
             "warned"),
            ("copper miners warned that power cuts pose a growing threat to output.", "warned"),
        ],
    )  # fmt: skip
    def test_a_market_force_as_the_subject_is_a_hazard(self, sentence: str, cue: str) -> None:
        assert is_hazard(sentence, T, cues(sentence, cue))

    @pytest.mark.parametrize(
        ("sentence", "cue"),
        [
            ("iran warned that oil prices would soar if the us attacked.", "warned"),
            ("china threatened japan as rice prices rose.", "threatened"),
        ],
    )
    def test_a_state_threatening_amid_prices_stays(self, sentence: str, cue: str) -> None:
        assert not is_hazard(sentence, T, cues(sentence, cue))

    def test_a_disasters_toll_is_generic(self) -> None:
        sentence = "officials warned that the death toll from the floods could climb."
        assert is_hazard(sentence, T, cues(sentence, "warned", "death toll"))

    def test_support_is_not_generic(self) -> None:
        sentence = "japan pledged support to flood-hit pakistan."
        assert not is_hazard(sentence, A, cues(sentence, "support"))


class TestProtasis:
    @pytest.mark.parametrize(
        ("sentence", "inside", "outside"),
        [
            ("if there is any threat against azerbaijan, turkey will support us.", "threat",
             "support"),
            ("moscow will defend belarus if it comes under attack.", "attack", "defend"),
            ("should djibouti come under attack, france would defend it.", "attack", "defend"),
            ("ecowas set a date for an intervention, should diplomacy fail to restore bazoum.",
             "fail", "intervention"),
        ],
    )  # fmt: skip
    def test_the_condition_ends_at_its_clause(
        self, sentence: str, inside: str, outside: str
    ) -> None:
        conditions = condition_starts(sentence)
        assert in_protasis(sentence, conditions, sentence.index(inside))
        assert not in_protasis(sentence, conditions, sentence.index(outside))

    @pytest.mark.parametrize(
        "sentence",
        ["israel should be punished, iran said.", "the talks, he said, should also cover trade."],
    )
    def test_the_modal_should_opens_no_condition(self, sentence: str) -> None:
        assert condition_starts(sentence) == ()


class TestQuotedSpeaker:
    @pytest.mark.parametrize(
        ("sentence", "speaker", "code"),
        [
            ('"we will impose sanctions on iran," u.s. treasury secretary janet yellen said.',
             "u.s.", "US"),
            ('"we will impose sanctions on iran," britain\'s foreign secretary said.',
             "britain", "GB"),
            ('"the puppets will pay a dear price," kim yo jong, the sister of north korean '
             "leader kim jong un, said.", "north korean", "KP"),
        ],
    )  # fmt: skip
    def test_the_speaker_after_the_quote(self, sentence: str, speaker: str, code: str) -> None:
        at = sentence.index(speaker)
        actors = (Actor(at, at + len(speaker), code, "name"),)
        assert quoted_speaker(sentence, 0, len(sentence), sentence.index("will"), actors) == code

    def test_outside_a_quotation_no_speaker(self) -> None:
        sentence = 'iran warned israel, "and we mean it," the minister said.'
        actors = (Actor(0, 4, "IR", "name"),)
        assert quoted_speaker(sentence, 0, len(sentence), sentence.index("warned"), actors) is None


class TestBusinessNews:
    @pytest.mark.parametrize(
        "sentence",
        [
            "Egypt's Elsewedy signed a partnership with Saudi Arabia's ACWA Power, the companies "
            "said.",
            "Qatar Airways agreed to buy a 25 percent stake in South Africa's Airlink.",
            '"Our alliance with Nissan is solid," the Renault boss told analysts in Paris.',
        ],
    )
    def test_business_news_names_a_firm(self, sentence: str) -> None:
        assert names_company(sentence, 0, len(sentence))

    def test_a_state_with_a_stake_in_peace_is_no_firm(self) -> None:
        sentence = "Russia has a stake in Syria's future, Lavrov told Turkey's foreign minister."
        assert not names_company(sentence, 0, len(sentence))

    def test_a_carrier_named_in_a_crash_is_no_business(self) -> None:
        sentence = (
            "Interpol will send a team to help identify victims of the Malaysia Airlines "
            "flight MH17 crash in Ukraine."
        )
        assert not names_company(sentence, 0, len(sentence))
