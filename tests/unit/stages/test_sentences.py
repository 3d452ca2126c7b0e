"""The sentence splitter: boundaries, abbreviations, quotes, decimals and offsets."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from monitor.stages.sentences import sentence_bounds, single_sentence, split_sentences


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


CASES = [
    ("Russia warned Ukraine. Kyiv replied.", ["Russia warned Ukraine.", "Kyiv replied."]),
    ("Mr. Smith met Gen. Jones in the U.S. capital. They talked.",
     ["Mr. Smith met Gen. Jones in the U.S. capital.", "They talked."]),
    ("Growth was 3.5 percent. Inflation fell.", ["Growth was 3.5 percent.", "Inflation fell."]),
    ('"We will win." Then he left.', ['"We will win."', "Then he left."]),
    ("He said: “We are sure.” Turkey agreed!", ["He said: “We are sure.”", "Turkey agreed!"]),
    ("Title line\nBody starts here. Next one?", ["Title line", "Body starts here.", "Next one?"]),
    ("George W. Bush spoke. It rained.", ["George W. Bush spoke.", "It rained."]),
    ("See e.g. the annex. Done.", ["See e.g. the annex.", "Done."]),
    ("It was 5 p.m. on Monday.", ["It was 5 p.m. on Monday."]),
    ("The U.S. Army left. Then troops came.", ["The U.S. Army left.", "Then troops came."]),
    ("No end punctuation", ["No end punctuation"]),
    ("Is it war? No, it is not!", ["Is it war?", "No, it is not!"]),
    ("He paused... then went on.", ["He paused... then went on."]),
    ("(Reuters) Talks ended. Both sides left.", ["(Reuters) Talks ended.", "Both sides left."]),
    ("Showers continued throughout the week in the Bahia zone, since early\nJanuary and in\n"
     "the south. Arrivals rose.",
     ["Showers continued throughout the week in the Bahia zone, since early\nJanuary and in\n"
      "the south.", "Arrivals rose."]),
    ("Paragraph one ends here without a stop\n\nParagraph two.",
     ["Paragraph one ends here without a stop", "Paragraph two."]),
    ("Heading\n  • Clock 19:45\nBody text.", ["Heading", "• Clock 19:45", "Body text."]),
]  # fmt: skip


class TestSplitSentences:
    @pytest.mark.parametrize(("text", "expected"), CASES)
    def test_splits_at_real_sentence_ends_only(self, text: str, expected: list[str]) -> None:
        assert sentences(text) == expected

    def test_empty_and_blank_text_have_no_sentences(self) -> None:
        assert split_sentences("") == ()
        assert split_sentences("  \n\n ") == ()

    def test_offsets_skip_surrounding_whitespace(self) -> None:
        assert split_sentences("  One.  Two.  ") == ((2, 6), (8, 12))

    @given(st.text(alphabet=st.sampled_from(list('ab .?!\n"“”U.S3')), max_size=80))
    def test_offsets_are_ordered_trimmed_and_disjoint(self, text: str) -> None:
        previous_end = 0
        for start, end in split_sentences(text):
            assert previous_end <= start < end <= len(text)
            assert not text[start].isspace() and not text[end - 1].isspace()
            previous_end = end

    @given(st.text(alphabet=st.sampled_from(list('ab A.?!\n"“”U.S3 ')), max_size=80))
    def test_local_bounds_agree_with_the_full_split_at_word_characters(self, text: str) -> None:
        previous_end = 0
        for start, end in split_sentences(text):
            assert sentence_bounds(text, start, floor=previous_end) == (start, end)
            for position in (i for i in range(start, end) if text[i].isalnum()):
                assert sentence_bounds(text, position) == (start, end)
            previous_end = end


class TestSingleSentence:
    def test_a_headline_without_boundaries_is_one_trimmed_sentence(self) -> None:
        assert single_sentence("  Iran and Iraq leaders discuss trade ") == (2, 37)

    def test_a_text_with_a_boundary_or_only_blanks_is_none(self) -> None:
        assert single_sentence("Russia warned. Kyiv replied") is None
        assert single_sentence(" \t ") is None

    @given(st.text(alphabet=st.sampled_from(list("ab A.?!\n\"“”U.S3 \t")), max_size=80))
    def test_matches_sentence_bounds_at_every_position_inside(self, text: str) -> None:
        whole = single_sentence(text)
        if whole is not None:
            for position in range(*whole):
                assert sentence_bounds(text, position) == whole
