"""The cased automaton: which written forms match, and overlaps resolved longest-first."""

from __future__ import annotations

import pytest

from monitor.stages.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def found(gazetteer: Gazetteer, text: str) -> list[str]:
    return [hit[2] for hit in gazetteer.scan(text)]


class TestCasedForms:
    @pytest.mark.parametrize(
        "text",
        ["Saudi Arabia", "SAUDI ARABIA", "Bosnia and Herzegovina", "Bosnia And Herzegovina"],
    )
    def test_written_capitals_and_title_case_match(self, gazetteer: Gazetteer, text: str) -> None:
        assert found(gazetteer, f"News from {text} today.") == [text]

    def test_lower_case_words_never_match(self, gazetteer: Gazetteer) -> None:
        assert found(gazetteer, "fine china and a roast turkey from france") == []

    def test_exact_forms_keep_their_case(self, gazetteer: Gazetteer) -> None:
        assert found(gazetteer, "Tell us, said the US envoy.") == ["US"]

    def test_a_block_in_title_case_swallows_the_country(self, gazetteer: Gazetteer) -> None:
        assert [h[3].block for h in gazetteer.scan("Quitting Cold Turkey")] == [True]

    def test_non_ascii_letters_keep_word_edges(self, gazetteer: Gazetteer) -> None:
        assert found(gazetteer, "Omanö and Öoman, but Oman.") == ["Oman"]


class TestOverlaps:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Officials in New Delhi said.", ["New Delhi"]),
            ("She met Recep Tayyip Erdogan.", ["Recep Tayyip Erdogan"]),
            ("Papua New Guinea and Guinea.", ["Papua New Guinea", "Guinea"]),
            ("France Germany Italy", ["France", "Germany", "Italy"]),
        ],
    )
    def test_the_longest_of_overlapping_hits_stays(
        self, gazetteer: Gazetteer, text: str, expected: list[str]
    ) -> None:
        assert found(gazetteer, text) == expected
