"""The country tagger's shortcuts give exactly what the plain computations give."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from monitor.stages.countries_evidence import _INSTITUTIONS_BY_INITIAL
from monitor.stages.countries_lexicon import INSTITUTION_WORDS

# Institution words, their prefixes and capitals, spaces and a few non-ASCII letters.
_PIECES = st.sampled_from(
    [*INSTITUTION_WORDS, *(w[:3] for w in INSTITUTION_WORDS), "ARMY", "Police", " ", "İ", "ß"]
)
_FOLLOWING = st.lists(_PIECES, max_size=4).map("".join) | st.text(max_size=24)


class TestInstitutionsByInitial:
    @given(_FOLLOWING)
    def test_answers_as_startswith_over_every_word(self, following: str) -> None:
        lowered = following.lstrip().lower()
        candidates = _INSTITUTIONS_BY_INITIAL.get(lowered[:1])
        fast = candidates is not None and lowered.startswith(candidates)
        assert fast == lowered.startswith(INSTITUTION_WORDS)

    def test_holds_every_word_once(self) -> None:
        held = [w for words in _INSTITUTIONS_BY_INITIAL.values() for w in words]
        assert sorted(held) == sorted(INSTITUTION_WORDS)
