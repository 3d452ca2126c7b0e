"""A match between national teams is no clash between their countries."""

from __future__ import annotations

import pytest

from monitor.models import Cue
from monitor.stages.signal_sport import FIELD_WORDS, is_contest
from monitor.stages.signals import SignalDetector
from tests.unit.stages.test_signals import A, best_of, detect


def cues(sentence: str, *texts: str) -> list[Cue]:
    """The cues `texts` where they stand in `sentence`."""
    return [Cue(t, "text", sentence.index(t), sentence.index(t) + len(t)) for t in texts]


class TestContest:
    @pytest.mark.parametrize(
        "sentence",
        [
            "india clash with pakistan in a high-voltage asia cup match in dubai.",
            "south korea beat japan 2-1 in yongin.",
            "brazil crushed argentina in the world cup qualifier.",
        ],
    )
    def test_a_match_told_in_contest_words_is_a_contest(self, sentence: str) -> None:
        cue = next(w for w in ("clash", "beat", "crushed") if w in sentence)
        assert is_contest(sentence, cues(sentence, cue))

    def test_a_clash_without_a_match_stays(self) -> None:
        sentence = "troops from india and pakistan clashed on the border."
        assert not is_contest(sentence, cues(sentence, "clashed"))

    def test_another_cue_keeps_the_threat(self) -> None:
        sentence = "fans clashed with police after the match and officers fired tear gas."
        assert not is_contest(sentence, cues(sentence, "clashed", "fired tear gas"))

    def test_a_year_range_is_no_score(self) -> None:
        sentence = "the clashes of 2014-2015 in the donbas."
        assert not is_contest(sentence, cues(sentence, "clashes"))

    def test_a_sport_word_must_stand_alone(self) -> None:
        sentence = "rebels attacked a cupboard factory and a rematch venue."
        assert not is_contest(sentence, cues(sentence, "attacked"))

    def test_a_bowler_threatening_the_top_order_is_a_contest(self) -> None:
        sentence = "afridi threatened to run through india's top order with two wickets."
        assert is_contest(sentence, cues(sentence, "threatened"))


class TestTeamSupport:
    """A match report's praise, defence and hosts are a team's, not a country's."""

    @pytest.mark.parametrize(
        ("sentence", "cue"),
        [
            ("italy beat spain 2-0 in a rugby test, with the italian coach praising his "
             "side's defence.", "praising"),
            ("portugal lost 1-3 to germany in the volleyball final as the hosts' blockers "
             "dominated.", "hosts"),
        ],
    )  # fmt: skip
    def test_a_teams_support_is_a_contest(self, sentence: str, cue: str) -> None:
        assert is_contest(sentence, cues(sentence, cue), FIELD_WORDS)

    def test_no_alliance_from_a_match_report(self, detector: SignalDetector) -> None:
        sentence = (
            "Italy beat Spain 2-0 in a rugby test in Rome, with the Italian coach praising "
            "his side's defence."
        )
        assert best_of(detect(detector, sentence), A) is None

    def test_support_between_states_at_a_match_stays(self, detector: SignalDetector) -> None:
        sentence = (
            "Greece will always support Cyprus's bid to host the championship, the Greek prime "
            "minister said after the final in Nicosia."
        )
        assert best_of(detect(detector, sentence), A) is not None
