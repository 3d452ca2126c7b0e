"""Quotes in a field + country mentions → first-person pronouns as country actors.

Inside a quotation (in double quotes, or in single quotes where a field has no double
ones), "we / us / our" is the speaker's country. The speaker is found
after the closing quote ("…,” said Azerbaijani President Ilham Aliyev), before the
opening quote when a title follows a country ("Azerbaijani President: “…”"), right
after a headline quotation's colon ('"We stand with Seoul": US envoy …'), or —
for a quote whose attribution is elsewhere ("The head of state noted: "…"") —
carried over from the last attributed quote of the article.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final, NamedTuple

__all__ = [
    "Actor",
    "QuoteScan",
    "attributes",
    "has_pronoun",
    "has_quote",
    "pronoun_actors",
    "quote_spans",
    "quoted_addressee",
    "quoted_speaker",
]

QUOTE_PAIRS: Final = (
    re.compile(r"“[^“”\n]*(?:”|$)|\"[^\"\n]*(?:\"|$)|«[^«»\n]*(?:»|$)", re.MULTILINE)
)
# a quotation in single quotes, as some outlets write them ("'We will stand by Lebanon,'
# Qatari Minister … told reporters"): opened after a space or at the start, closed after
# its punctuation; an apostrophe before a letter ("Israel's") does not close it
SINGLE_QUOTES: Final = re.compile(
    r"(?:^|(?<=[\s(]))['‘](?:[^'‘’\n]|['’](?=[a-z]))*?[,.!?]['’](?=\s|$)", re.MULTILINE
)
SINGLE_CLOSES: Final = ("'", "’")  # single quote marks …
QUOTE_ENDS: Final = frozenset({" ", "\n", ""})  # … that close a quotation before these
COLON_REACH: Final = 12  # chars after a quotation's colon where its speaker is named
MAX_WALK_BACK: Final = 8  # earlier quotes searched for an attribution to carry over
PRONOUNS: Final = re.compile(r"(?:we|us|our(?:s|selves)?)\b")  # left boundary checked in code
SPEECH_AFTER: Final = re.compile(
    r"\W{0,4}(?:[\w.'’-]+,?\s+){0,12}?(?:said|says|say|told|added|noted|stressed|declared|stated"
    r"|warned|insisted|explained|wrote|tweeted|according to)\b"
)
# the verbs of an attribution clause ("…, the Russian foreign ministry said", "a senior
# Iranian commander warned"), read as whole words by `attributes`
ATTRIBUTION_VERBS: Final = frozenset(
    {"said", "says", "told", "tells", "announced", "added", "stated", "declared", "warned"}
    | {"warns", "reported", "wrote", "insisted", "quoted"}
)
# what names the one a quotation is aimed at, right before it
ADDRESSED: Final = re.compile(
    r"\b(?:(?:said|says|spoke|speaking|warned|wrote) of|(?:warning|message|signal|threat) to"
    r"|aimed at|directed at) (?:the )?\Z"
)
ADDRESS_REACH: Final = 40  # chars before a country searched for what names it the addressee
_WORDS: Final = re.compile(r"[a-z]+")
TITLES: Final = re.compile(
    r"\W{0,2}(?:\w+\s+){0,2}?(?:president|prime minister|minister|leader|spokes(?:man|woman|person)"
    r"|official|ambassador|envoy|chancellor|king|foreign|defen[cs]e|head of state|premier"
    r"|secretary|government|ministry)\b"
)


def attributes(lowered: str, start: int, end: int) -> bool:
    """Whether lowered[start:end] holds an attribution verb (`ATTRIBUTION_VERBS`)."""
    return not ATTRIBUTION_VERBS.isdisjoint(_WORDS.findall(lowered, start, end))


class Actor(NamedTuple):
    """A country-bearing expression in a field: offsets, ISO code and how it was found."""

    start: int
    end: int
    code: str
    kind: str  # the span kind ("name", "demonym", …) or "pronoun"


@dataclass(frozen=True, slots=True)
class QuoteScan:
    """The pronoun actors of one field and the speaker to carry into the next quote."""

    actors: tuple[Actor, ...]
    speaker: str | None


def pronoun_actors(
    lowered: str,
    actors: tuple[Actor, ...],
    speaker: str | None,
    *,
    carry: bool = True,
    within: Sequence[tuple[int, int]] | None = None,
) -> QuoteScan:
    """Map we/us/our inside each quote of `lowered` to that quote's speaker's country.

    Speakers are resolved lazily: only for quotes that hold a pronoun (and, when
    `carry` asks for the speaker to hand to the next field, the last quote), walking
    back to the nearest attributed quote. Given `within` (sorted, disjoint spans such
    as the sentences to analyse), pronouns outside those spans are ignored.
    """
    if not (actors or speaker) or not has_quote(lowered):
        return QuoteScan((), speaker)
    quotes = quote_spans(lowered)
    found: list[Actor] = []
    for index, (start, end) in enumerate(quotes):
        pronouns = _pronouns(lowered, start, end, within)
        who = _attributed(lowered, quotes, index, actors) or speaker if pronouns else None
        if who is not None:
            found.extend(Actor(p.start(), p.end(), who, "pronoun") for p in pronouns)
    last = _attributed(lowered, quotes, len(quotes) - 1, actors) if quotes and carry else None
    return QuoteScan(tuple(found), last or speaker)


def quote_spans(lowered: str) -> list[tuple[int, int]]:
    """The offsets of every quotation (`QUOTE_PAIRS` matches), in text order.

    With straight quotes only (most wire text), found with `str.find`: a quote runs to
    the next '"', or to its line's end when that comes first.
    """
    if "“" in lowered or "«" in lowered:
        return [match.span() for match in QUOTE_PAIRS.finditer(lowered)]
    if '"' not in lowered:
        return [match.span() for match in SINGLE_QUOTES.finditer(lowered)]
    spans: list[tuple[int, int]] = []
    at = lowered.find('"')
    while at >= 0:
        close, line = lowered.find('"', at + 1), lowered.find("\n", at + 1)
        if line < 0:
            line = len(lowered)
        end = close + 1 if 0 <= close < line else line
        spans.append((at, end))
        at = lowered.find('"', end)
    return spans


def has_quote(lowered: str) -> bool:
    """Whether the field holds a quotation mark that opens quotes (or a single quote that
    closes one: "…,' the minister said")."""
    return (
        '"' in lowered
        or "“" in lowered
        or "«" in lowered
        or _single_closed(lowered)
    )


def _single_closed(lowered: str) -> bool:
    """Whether a single quote closes a quotation after its punctuation ("…,' he said"): each
    quote mark is found by a one-character search (the fastest kind) and checked."""
    for mark in SINGLE_CLOSES:
        at = lowered.find(mark)
        while at >= 0:
            if at and lowered[at - 1] in ",.!?" and lowered[at + 1 : at + 2] in QUOTE_ENDS:
                return True
            at = lowered.find(mark, at + 1)
    return False


def has_pronoun(lowered: str, start: int, end: int) -> bool:
    """Whether [start, end) may hold "we / us / our" (a cheap substring test first)."""
    find = lowered.find
    return (
        find("we", start, end) >= 0 or find("us", start, end) >= 0 or find("our", start, end) >= 0
    )


def _pronouns(
    lowered: str, start: int, end: int, within: Sequence[tuple[int, int]] | None
) -> list[re.Match[str]]:
    """The whole-word "we / us / our…" of [start, end) (and of `within`, if given)."""
    if within is not None:
        return [
            p
            for low, high in within
            if low < end and start < high
            for p in _pronouns(lowered, max(start, low), min(end, high), None)
        ]
    if not has_pronoun(lowered, start, end):
        return []
    return [
        p
        for p in PRONOUNS.finditer(lowered, start, end)
        if p.start() == 0 or not (lowered[p.start() - 1].isalnum() or lowered[p.start() - 1] == "'")
    ]


def quoted_speaker(
    lowered: str, start: int, end: int, at: int, actors: tuple[Actor, ...]
) -> str | None:
    """The country credited with the quotation that holds offset `at` of the sentence
    lowered[start:end] ('"Tokyo's militarisation will not go unanswered," Russian Foreign
    Ministry spokeswoman Maria Zakharova said' → RU), None outside a quotation."""
    quote = _quote_around(lowered, start, end, at)
    return None if quote is None else _speaker(lowered, quote[0], quote[1], actors)


def quoted_addressee(
    lowered: str, start: int, end: int, at: int, actors: tuple[Actor, ...]
) -> str | None:
    """The country a quotation holding offset `at` of the sentence lowered[start:end] is
    said to be aimed at, after it: '"…the response will be decisive and immediate," the
    commander said of Azerbaijan', '…, in a clear warning to Islamabad'; None if none is."""
    quote = _quote_around(lowered, start, end, at)
    if quote is None:
        return None
    after = quote[1]
    for actor in actors:
        if after <= actor.start < end and ADDRESSED.search(
            lowered, max(after, actor.start - ADDRESS_REACH), actor.start
        ):
            return actor.code
    return None


def _quote_around(lowered: str, start: int, end: int, at: int) -> tuple[int, int] | None:
    """The bounds in `lowered` of the quotation of the sentence lowered[start:end] that holds
    offset `at`, or None outside a quotation."""
    for quote_start, quote_end in quote_spans(lowered[start:end]):
        if quote_start <= at - start < quote_end:
            return start + quote_start, start + quote_end
    return None


def _attributed(
    lowered: str, quotes: list[tuple[int, int]], index: int, actors: tuple[Actor, ...]
) -> str | None:
    """The speaker of quote `index`, else of the nearest earlier attributed quote."""
    for start, end in reversed(quotes[max(0, index - MAX_WALK_BACK) : index + 1]):
        who = _speaker(lowered, start, end, actors)
        if who is not None:
            return who
    return None


def _speaker(lowered: str, start: int, end: int, actors: tuple[Actor, ...]) -> str | None:
    """The country of whoever is credited with the quote at [start, end), if stated."""
    if not actors:
        return None
    if SPEECH_AFTER.match(lowered, end, end + 90):
        after = [a for a in actors if end <= a.start < end + 90]
        if after:
            return after[0].code
    if lowered.startswith(":", end):  # a headline's '"We stand with Seoul": US envoy …'
        after = [a for a in actors if end < a.start < end + COLON_REACH]
        if after:
            return after[0].code
    head_start = max(lowered.rfind("\n", 0, start), start - 120, 0)
    for actor in sorted(
        (a for a in actors if head_start <= a.start < start), reverse=True, key=lambda a: a.start
    ):
        if actor.kind == "person" or TITLES.match(lowered, actor.end, start):
            return actor.code
    return None
