"""The signal engine's shortcuts give exactly what the plain computations give."""

from __future__ import annotations

import bisect
import functools
import re
import string

from hypothesis import given
from hypothesis import strategies as st

from monitor.models import CountryMention, Span
from monitor.stages.sentences import (
    ABBREVIATIONS,
    BOUNDARY,
    MATCH_CHARS,
    OPENER_CHARS,
    OPENERS,
    _is_boundary,
    _matches,
    _search,
    boundary_by,
    sentence_bounds,
    sentence_end,
    split_sentences,
)
from monitor.stages.signal_bisect import left, left_by_start
from monitor.stages.signal_dyads import (
    CLAUSE_WORDS as DYAD_CLAUSE_WORDS,
)
from monitor.stages.signal_dyads import (
    MARKED,
    MARKED_ASCII,
    ActorSpan,
    _clause_start,
    as_actors,
    field_spans,
)
from monitor.stages.signal_gate import (
    MIN_ACTORS,
    REACH,
    _gate,
    _pairs,
    _several,
    worth_analysing,
)
from monitor.stages.signal_hazard import (
    AGENT_GAP_WORDS,
    FORCE_GAP_WORDS,
    MARKET_FORCES,
    _market_subject,
)
from monitor.stages.signal_lexicon import (
    KEY_FOLD,
    KEY_FOLD_ASCII,
    SPACES,
    SPACES_ASCII,
    CueEntry,
    Hit,
    Lexicon,
    Tail,
    _alternation,
    _longest,
    expand_phrase,
    lower_field,
    translate_fast,
)
from monitor.stages.signal_modality import CLAUSE_MARKS, CLAUSE_WORDS, CLAUSE_WORDS_ASCII
from monitor.stages.signal_names import names_company
from monitor.stages.signal_objects import demote_objects
from monitor.stages.signal_quotes import (
    PRONOUNS,
    QUOTE_PAIRS,
    Actor,
    has_pronoun,
    pronoun_actors,
    quote_spans,
)
from monitor.stages.signal_sport import _SCORE as SCORE
from monitor.stages.signal_sport import _scored

SPECIALS = "“”‘’«»—–…"
# the company pattern as first written, one alternative per kind of mark
COMPANY = re.compile(
    r"(?<=[\w.)>] )(?:Inc|Corp|Corporation|Ltd|Limited|Co|Plc|PLC|AG|NV|N\.V|BV|SA|S\.A"
    r"|GmbH|LLC|SpA|S\.p\.A|Pty|Bhd|KK|AB|ASA|Oyj)(?![\w-])"
    r"|\b(?:NV|BV|PT)\s+(?=[A-Z])|<[A-Z][^<>\n]{1,60}>"
)
COMPANY_PIECES = [
    *("Inc", "Corp", "Corporation", "Co", "Ltd", "N.V", "NV", "BV", "PT", "S.A", "SA", "S.p.A"),
    *("AB", "ASA", "KK", "Oyj", "<", ">", "KLM.AS", " ", " ", "\n", ".", ")", "-", "x", "é", "_"),
    *("Aga", "Gasunie", "bank", "Co-op", "Incas", "7"),
]

TEXT = st.text(alphabet=st.sampled_from(list('ab A.?!\n"“”U.S3 ')), max_size=80)
VOCABULARY = [
    *("Russia", "Turkey", "threatened", "talks", "met", "support", "the", "we", "us", "our"),
    *(".", ",", ";", '"', "“", "”", "\n", "if", "Russia", "talks", "Turkey", ".", " "),
]
WORDS = st.lists(st.sampled_from(VOCABULARY), max_size=40)
# cue forms that overlap ("peace talks" / "talks"), anti-cues ("heart attack"), gapped
# cues ("held … responsible") and words between them
CUE_WORDS = [
    *("peace", "talks", "joint", "military", "exercises", "support", "for", "the", "bill"),
    *("heart", "attack", "threat", "of", "rain", "held", "them", "responsible", "blocked"),
    *("aid", "delivery", "met", "agreement", "Russia", ",", ".", "é", "threatened", "to"),
    *("expelled", "two", "diplomats", "freed", "soldiers", "loan", "tanks"),
]


# words and marks around a tail: its first word bare, plural, possessive, cut, in a number
# (one with a unit hyphened on: "2,000-pound"), abbreviated, quoted, after a clause mark or
# a non-breaking space
TAIL_WORDS = [
    *(" ", "  ", "\n", ",", ".", "'s", "s", "-", "prime", "minister", "president", "presid"),
    *("the", "300,000", "$1.5", "tanks", "(", "’", "x", "xs", "x'", "u.s.", "u.", '"', "“", "”"),
    *(";", ")", "!", "1987", "_", "é", "\u00a0", "2.", "2,000-pound", "1.5-billion", "-x"),
]


@functools.cache
def _lexicon() -> Lexicon:
    return Lexicon.load()


def _reference_longest(hits: list[Hit]) -> list[Hit]:
    """Overlap removal without the already-ordered shortcut."""
    kept: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (h[0], h[0] - h[1])):
        if kept and hit[0] < kept[-1][1]:
            if hit[1] - hit[0] > kept[-1][1] - kept[-1][0]:
                kept[-1] = hit
            continue
        kept.append(hit)
    return kept


@functools.cache
def _rows_by_form() -> dict[str, list[CueEntry]]:
    """Every surface form → the cue rows spelling it, anti-cues first, then gapped rows,
    then the stronger, ties in file order."""
    rows: dict[str, list[CueEntry]] = {}
    for entry in _lexicon().entries:
        for form in expand_phrase(entry.phrase):
            rows.setdefault(" ".join(form.translate(SPACES).split()), []).append(entry)
    for ranked in rows.values():
        ranked.sort(key=lambda e: (e.kind != "block", not e.tail, -e.strength))
    return rows


def _reference_scan(lexicon: Lexicon, lowered: str) -> list[Hit]:
    """`Lexicon.scan` by its plain rules: each form's first row whose tail follows (or has
    none), overlaps removed, anti-cues dropped, and the cues a gapped anti-cue spans from
    its head through its tail dropped too."""
    padded = f" {lowered.translate(SPACES)} "
    hits = []
    for _, start, end in lexicon._unicode.find_matches_as_indexes(padded, True):
        for entry in _rows_by_form()[padded[start + 1 : end - 1]]:
            if entry.tail_check is None or entry.tail_check.follows(lowered, end - 2):
                hits.append((start, end - 2, entry, entry.alone))
                break
    kept = _reference_longest(hits)
    spans = []
    for start, end, entry, _ in kept:
        tail = entry.tail_check.match(lowered, end) if entry.tail_check else None
        if entry.kind == "block" and tail is not None:
            spans.append((start, tail.end()))
    return [
        h
        for h in kept
        if h[2].kind != "block" and not any(lo <= h[0] < hi for lo, hi in spans)
    ]


def _reference_worth(text: str, hits: list[Hit], actors: tuple[Actor, ...]) -> list[object]:
    """Sentences of gated hits, each looked up in full, kept when one hit counts alone
    or two countries are inside (no counter cues in these texts), objects demoted."""
    strong = [h[0] for h in hits if h[3]]
    codes = [a.code for a in actors]
    starts = [a.start for a in actors]

    def several(start: int, end: int) -> bool:
        lo, hi = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
        return len(set(codes[lo:hi])) >= MIN_ACTORS

    gated = [
        h
        for h in hits
        if h[3]
        or any(abs(p - h[0]) <= REACH for p in strong)
        or several(h[0] - REACH, h[1] + REACH)
    ]
    groups: list[tuple[tuple[int, int], list[Hit]]] = []
    bounds = (0, 0)
    for hit in gated:
        if hit[0] >= bounds[1]:
            bounds = sentence_bounds(text, hit[0], floor=bounds[1])
            groups.append((bounds, []))
        if bounds[0] <= hit[0] and hit[1] <= bounds[1]:
            groups[-1][1].append(hit)
    lowered = lower_field(text)  # objects of a governing verb are demoted as in the gate
    return [
        (b, demote_objects(lowered, g))
        for b, g in groups
        if g and (any(h[3] for h in g) or several(b[0], b[1]))
    ]


def _reference_is_boundary(text: str, punct_start: int, end: int) -> bool:
    """`_is_boundary` for terminal punctuation, the word before a dot always looked up."""
    nxt = text[end : end + 8].lstrip()[:1]
    if nxt and not (nxt.isupper() or nxt.isdigit() or nxt in OPENERS):
        return False
    if text[punct_start] != ".":
        return True
    space = text.rfind(" ", 0, punct_start)
    cut = max(space, text.rfind("\n", space + 1, punct_start))
    word = text[cut + 1 : punct_start].lstrip(OPENER_CHARS).rstrip(".")
    if len(word) == 1 and word.isalpha() and word.isupper():
        return False
    return word.lower() not in ABBREVIATIONS


def _actors(text: str) -> tuple[Actor, ...]:
    found = [
        Actor(m, m + len(name), code, "name")
        for name, code in (("Russia", "RU"), ("Turkey", "TR"))
        for m in _all(text, name)
    ]
    return tuple(sorted(found))


def _all(text: str, word: str) -> list[int]:
    at, found = text.find(word), []
    while at >= 0:
        found.append(at)
        at = text.find(word, at + 1)
    return found


class TestTranslationTables:
    def test_spaces_blanks_punctuation_whitespace_and_typographic_marks(self) -> None:
        blanked = set(string.punctuation + string.whitespace + "“”‘’«»—–…·")
        for code in range(0x2100):
            char = chr(code)
            assert char.translate(SPACES) == (" " if char in blanked else char)

    def test_clause_words_keeps_letters_and_apostrophes_and_marks_clauses(self) -> None:
        for code in range(0x2100):
            char = chr(code)
            blank = (code < 0x250 or char in SPECIALS) and not char.isalpha() and char != "'"
            expected = "|" if char in CLAUSE_MARKS else " " if blank else char
            assert char.translate(CLAUSE_WORDS) == expected

    @given(st.text(max_size=40) | st.text(alphabet=st.characters(max_codepoint=0x7F)))
    def test_fast_translation_equals_the_str_table(self, text: str) -> None:
        for table, fast in (
            (SPACES, SPACES_ASCII),
            (KEY_FOLD, KEY_FOLD_ASCII),
            (CLAUSE_WORDS, CLAUSE_WORDS_ASCII),
            (MARKED, MARKED_ASCII),
        ):
            assert translate_fast(text, table, fast) == text.translate(table)

    def test_key_fold_is_spaces_with_every_digit_read_as_zero(self) -> None:
        for code in range(0x2100):
            char = chr(code)
            expected = "0" if char in string.digits else char.translate(SPACES)
            assert char.translate(KEY_FOLD) == expected

    def test_marked_is_spaces_with_clause_marks_kept_as_bars(self) -> None:
        assert ',;:(“"—–|'.translate(MARKED) == "||||||||" + " "


class TestScanShortcuts:
    @classmethod
    def setup_class(cls) -> None:
        _lexicon()  # build the automaton once, outside the examples Hypothesis times

    @given(st.lists(st.tuples(st.integers(0, 60), st.integers(1, 8)), max_size=12))
    def test_longest_matches_the_sorted_reference(self, spans: list[tuple[int, int]]) -> None:
        entry = _lexicon().entries[0]
        hits: list[Hit] = sorted(
            {(s, s + n, entry, True) for s, n in spans}, key=lambda h: (h[1], h[0])
        )  # the automaton reports hits in end order
        assert _longest(hits) == _reference_longest(hits)

    @given(
        st.lists(st.sampled_from(TAIL_WORDS), max_size=12),
        st.lists(st.sampled_from(TAIL_WORDS), min_size=1, max_size=4),
    )
    def test_the_first_word_lookup_never_overrules_the_tail_regex(
        self, words: list[str], tail: list[str]
    ) -> None:
        text = " " + "".join(words)
        for gap in (3, 6):
            check = Tail((f" {' '.join(tail).strip() or 'x'} ", " prime minister "), gap)
            for end in range(len(text)):
                assert check.follows(text, end) is (check.pattern.match(text, end) is not None)

    @given(st.lists(st.sampled_from(["p", "pr", "prime", "rime", "s", " ", "-", "minister"])))
    def test_the_factored_alternation_matches_exactly_its_forms(self, pieces: list[str]) -> None:
        forms = ["president", "prime minister", "premier", "p", "prime", "presidents"]
        pattern = re.compile(_alternation(sorted(forms)))
        text = "".join(pieces)
        joined = re.sub(r"[\s-]+", " ", text)  # any spacing, or hyphens, between words
        expected = joined in forms and joined == joined.strip()
        assert (pattern.fullmatch(text) is not None) is expected

    @given(st.lists(st.sampled_from(CUE_WORDS), max_size=30))
    def test_scan_matches_the_plain_rules(self, words: list[str]) -> None:
        lowered = lower_field(" ".join(words))
        assert _lexicon().scan(lowered) == _reference_scan(_lexicon(), lowered)

    def test_cues_with_digits_match_whatever_the_digits(self) -> None:
        def entries(text: str) -> list[tuple[int, int, str]]:
            return [(h[0], h[1], h[2].phrase) for h in _lexicon().scan(lower_field(text))]

        sixteen = entries("they donated f-16s last year")
        assert sixteen and sixteen == entries("they donated f-35s last year")

    def test_a_cue_spelled_with_an_abbreviation_matches_news_text(self) -> None:
        # "u.s. producers" scans as "u s  producers": two spaces, which the key must hold too;
        # the anti-cue "injured u.s. producers" (trade-law injury) silences "injured"
        assert _lexicon().scan(lower_field("a bomb injured workers"))
        assert not _lexicon().scan(lower_field("imports have injured u.s. producers"))
        assert not _lexicon().scan(lower_field("imports have injured u.s producers"))

    def test_cues_with_non_ascii_letters_match_in_non_ascii_text(self) -> None:
        hits = _lexicon().scan(lower_field("a détente between the two"))
        assert [h[2].phrase for h in hits if "détente" in h[2].phrase]

    @given(WORDS, st.sampled_from(["é", "“", "ü", "’"]))
    def test_unicode_fields_get_the_hits_of_their_ascii_twin(
        self, words: list[str], extra: str
    ) -> None:
        lowered = lower_field(" ".join(w for w in words if w.isascii()))
        twin = f"{lowered} {extra}"  # the bytewise automaton, against the charwise one
        assert _lexicon().scan(twin) == _lexicon().scan(lowered)


class TestSentenceShortcuts:
    @given(TEXT)
    def test_sentence_end_is_where_sentence_bounds_ends(self, text: str) -> None:
        for start, end in split_sentences(text):
            raw_end = sentence_end(text, start)
            assert sentence_bounds(text, start, end=raw_end) == sentence_bounds(text, start)
            assert text[start:raw_end].rstrip() == text[start:end]

    @given(
        st.text(alphabet=st.sampled_from(list('a A.?!…\n\t"”’\')]3\xa0')), max_size=60),
        st.data(),
    )
    def test_the_mark_search_finds_what_the_pattern_search_finds(
        self, text: str, data: st.DataObject
    ) -> None:
        position = data.draw(st.integers(0, len(text)))
        stop = data.draw(st.integers(position, len(text) + 1))
        expected = BOUNDARY.search(text, position, stop)
        assert _search(text, position, stop) == (expected and expected.span())
        spans = [m.span() for m in BOUNDARY.finditer(text, position, stop)]
        assert _matches(text, position, stop) == spans
        spans = [m.span() for m in BOUNDARY.finditer(text, position)]
        ends = [end for start, end in spans if _is_boundary(text, start, end)]
        assert sentence_end(text, position) == (ends[0] if ends else len(text))

    @given(
        st.lists(
            st.sampled_from([*sorted(ABBREVIATIONS), "Gen", "ETC", "W", "é", "talks", "Data"])
            | st.text(alphabet=st.sampled_from(list("aZé.(“'")), max_size=6),
            max_size=6,
        ),
        st.sampled_from([". ", ". The", ".. A", '." "', ".\n3", "! B", ". b"]),
    )
    def test_the_word_before_a_dot_is_looked_up_only_when_it_may_matter(
        self, words: list[str], ending: str
    ) -> None:
        text = " ".join(words) + ending
        for match in BOUNDARY.finditer(text):
            if text[match.start()] != "\n":
                expected = _reference_is_boundary(text, *match.span())
                assert _is_boundary(text, *match.span()) == expected


MARKET_WORDS = [
    "prices", "rates", "the dollar", "threat", "threatens", "threatened", "threatening",
    "threats", "by", "a", "remained", "demand", "oil", "corporates", "“", "-", ",", "x",
]  # fmt: skip


class TestHazardShortcuts:
    @given(st.lists(st.sampled_from(MARKET_WORDS), max_size=14))
    def test_the_market_subject_search_equals_one_regex(self, words: list[str]) -> None:
        forces = "|".join(MARKET_FORCES)
        reference = re.compile(
            rf"\b(?:{forces})(?: [\w-]+){{0,{FORCE_GAP_WORDS}}}"
            r" (?:threat|threatens|threatened|threatening)\b"
            rf"|\bthreatened by(?: [\w-]+){{0,{AGENT_GAP_WORDS}}} (?:{forces})\b"
        )
        sentence = " ".join(words)
        assert _market_subject(sentence) is (reference.search(sentence) is not None)


class TestSportShortcuts:
    @given(st.text(alphabet=st.sampled_from(list("12 -a٣")), max_size=30))
    def test_a_score_is_searched_where_a_hyphen_stands_between_digits(self, text: str) -> None:
        assert _scored(text) is (SCORE.search(text) is not None)


class TestBinarySearch:
    @given(st.lists(st.integers(0, 60), max_size=12), st.integers(-5, 65), st.integers(0, 14))
    def test_left_is_bisect_left(self, values: list[int], x: int, lo: int) -> None:
        values.sort()
        lo = min(lo, len(values))
        spans = [(v, v + 3, "AB", "name") for v in values]
        assert left(values, x, lo) == bisect.bisect_left(values, x, lo)
        assert left_by_start(spans, x, lo) == bisect.bisect_left(spans, x, lo, key=lambda s: s[0])


class TestGateShortcuts:
    @given(
        st.lists(
            st.sampled_from(["Russia", "talks", "U.S.", "Mr.", "J.", "3.5", "é", "?!", '."']),
            max_size=12,
        ),
        st.lists(st.sampled_from([" ", " ", "\n", "\n\n", ". ", '" ', ") ", "… "]), max_size=12),
        st.data(),
    )
    def test_a_boundary_after_a_pair_start_bounds_the_sentence_start(
        self, words: list[str], gaps: list[str], data: st.DataObject
    ) -> None:
        text = "".join(w + g for w, g in zip(words, [*gaps, *[" "] * len(words)], strict=False))
        letters = [i for i, c in enumerate(text) if c.isalnum()]
        if len(letters) < 2:
            return
        position = data.draw(st.sampled_from(letters[1:]))  # a cue's first letter
        first = data.draw(st.integers(0, position - 1))  # a pair's start
        floor = data.draw(st.integers(0, first))
        boundary = sentence_end(text, first)
        bounded = boundary_by(text, first, position)
        assert bounded == (boundary if boundary <= position else None)
        if text[first] not in MATCH_CHARS and boundary <= position:
            assert sentence_bounds(text, position, floor=floor)[0] >= boundary

    @given(
        st.lists(st.tuples(st.integers(0, 30), st.integers(1, 25), st.booleans()), max_size=14),
        st.lists(st.tuples(st.integers(0, 60), st.sampled_from("AB")), max_size=10),
    )
    def test_gate_keeps_hits_near_a_strong_hit_or_two_countries(
        self, steps: list[tuple[int, int, bool]], marks: list[tuple[int, str]]
    ) -> None:
        entry = CueEntry("talks", "alliance", "CONSULT", "040", 0.3, "noun")
        hits: list[Hit] = []
        at = 0
        for gap, length, alone in steps:  # disjoint hits in text order, REACH-scale gaps
            hits.append((at + gap * 10, at + gap * 10 + length, entry, alone))
            at = hits[-1][1]
        actors: list[ActorSpan] = []
        at = 0
        for gap, code in marks:
            at += gap * 10
            actors.append((at, at + 6, code, "name"))
        strong = [h[0] for h in hits if h[3]]
        starts, codes = [a[0] for a in actors], [a[2] for a in actors]

        def several(start: int, end: int) -> bool:
            lo, hi = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
            return len(set(codes[lo:hi])) >= MIN_ACTORS

        expected = [
            h
            for h in hits
            if h[3]
            or any(abs(p - h[0]) <= REACH for p in strong)
            or several(h[0] - REACH, h[1] + REACH)
        ]
        assert (_gate(hits, _pairs(actors)) if hits else []) == expected

    @given(WORDS)
    def test_worth_analysing_agrees_with_looking_up_every_sentence(self, words: list[str]) -> None:
        text = " ".join(words)
        lowered = lower_field(text)
        hits = _lexicon().scan(lowered)
        actors = _actors(text)
        expected = _reference_worth(text, hits, actors)
        assert worth_analysing(text, lowered, hits, list(actors)) == expected

    @given(
        st.lists(st.tuples(st.integers(0, 40), st.sampled_from("ABC")), max_size=12),
        st.integers(-5, 45),
        st.integers(0, 50),
    )
    def test_neighbour_pairs_tell_two_countries_apart(
        self, found: list[tuple[int, str]], start: int, width: int
    ) -> None:
        actors = [Actor(at, at + 3, code, "name") for at, code in sorted(found)]
        codes = {a.code for a in actors if start <= a.start < start + width}
        assert _several(_pairs(actors), start, start + width) == (len(codes) >= MIN_ACTORS)


class TestActorShortcuts:
    @given(
        st.lists(
            st.tuples(st.integers(0, 30), st.integers(1, 6), st.sampled_from("AB")), max_size=10
        )
    )
    def test_field_spans_sort_by_start_then_longer_first(
        self, spans: list[tuple[int, int, str]]
    ) -> None:
        countries = tuple(
            CountryMention(
                code,
                code,
                1,
                0.5,
                False,
                tuple(
                    Span(field, at, at + n, "x", "name")
                    for at, n, c in spans
                    for field in ("text", "title")
                    if c == code
                ),
            )
            for code in "AB"
        )
        found = [
            (span.start, span.end, c.code, span.kind)
            for c in countries
            for span in c.spans
            if span.field == "text"
        ]
        expected = sorted(found, key=lambda a: (a[0], -a[1]))  # stable, as the actors were sorted
        assert field_spans(countries, "text") == expected
        assert list(as_actors(field_spans(countries, "text"))) == expected

    @given(
        st.lists(
            st.sampled_from([*DYAD_CLAUSE_WORDS, "whole", "iff", "x", ",", ";", "(", " ", "\n"]),
            max_size=30,
        ).map(" ".join),
        st.integers(0, 200),
    )
    def test_clause_start_is_the_end_of_the_last_mark_or_clause_word(
        self, lowered: str, back: int
    ) -> None:
        position, sentence_start = len(lowered), max(0, len(lowered) - back)
        window_start = max(sentence_start, position - 160)
        marked = lowered[window_start:position].translate(MARKED)
        cut = marked.rfind("|") + 1
        words = f" {marked.replace('|', ' ')} "
        for word in DYAD_CLAUSE_WORDS:  # the plain computation: each word's last occurrence
            at = words.rfind(f" {word} ", cut)
            if at >= 0:
                cut = max(cut, at + len(word))
        assert _clause_start(lowered, position, sentence_start) == window_start + cut


class TestCompanyShortcut:
    @given(st.lists(st.sampled_from(COMPANY_PIECES), max_size=14), st.data())
    def test_names_company_is_the_plain_pattern_searched(
        self, pieces: list[str], data: st.DataObject
    ) -> None:
        text = "".join(pieces)
        start = data.draw(st.integers(0, len(text)))
        end = data.draw(st.integers(start, len(text)))
        assert names_company(text, start, end) == (COMPANY.search(text, start, end) is not None)


class TestQuoteShortcuts:
    @given(st.text(alphabet=st.sampled_from(list('ab "\n“”«»')), max_size=40))
    def test_quote_spans_are_the_regex_matches(self, text: str) -> None:
        assert quote_spans(text) == [m.span() for m in QUOTE_PAIRS.finditer(text)]

    @given(st.text(alphabet=st.sampled_from(list("weusorx ")), max_size=30))
    def test_has_pronoun_never_misses_a_pronoun(self, text: str) -> None:
        if PRONOUNS.search(text):
            assert has_pronoun(text, 0, len(text))

    @given(WORDS, st.integers(0, 120), st.integers(0, 120))
    def test_pronouns_within_spans_are_the_full_scan_restricted(
        self, words: list[str], low: int, width: int
    ) -> None:
        lowered = lower_field(" ".join(words))
        while low < len(lowered) and not lowered[low].isspace():
            low += 1  # spans start and end at whitespace, as sentences do
        high = min(len(lowered), low + width)
        while high < len(lowered) and not lowered[high].isspace():
            high += 1
        actors = (Actor(0, 0, "TR", "name"),)
        full = pronoun_actors(lowered, actors, "RU", carry=False).actors
        part = pronoun_actors(lowered, actors, "RU", carry=False, within=[(low, high)]).actors
        assert part == tuple(a for a in full if low <= a.start and a.end <= high)
