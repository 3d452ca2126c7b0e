"""Quotes in a field + country mentions → first-person pronouns as country actors.

Inside a quotation, "we / us / our" is the speaker's country. The speaker is found
after the closing quote ("…,” said Azerbaijani President Ilham Aliyev), before the
opening quote when a title follows a country ("Azerbaijani President: “…”"), or —
for a quote whose attribution is elsewhere ("The head of state noted: "…"") —
carried over from the last attributed quote of the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Actor", "QuoteScan", "pronoun_actors"]

QUOTE_PAIRS = re.compile(r"“[^“”\n]*(?:”|$)|\"[^\"\n]*(?:\"|$)|«[^«»\n]*(?:»|$)", re.MULTILINE)
PRONOUNS = re.compile(r"(?<![\w'])(?:we|us|our|ours|ourselves)\b")
SPEECH_AFTER = re.compile(
    r"\W{0,4}(?:\w+\s+){0,6}?(?:said|says|say|told|added|noted|stressed|declared|stated"
    r"|warned|insisted|explained|wrote|tweeted|according to)\b"
)
TITLES = re.compile(
    r"\W{0,2}(?:\w+\s+){0,2}?(?:president|prime minister|minister|leader|spokes(?:man|woman|person)"
    r"|official|ambassador|envoy|chancellor|king|foreign|defen[cs]e|head of state|premier"
    r"|secretary|government|ministry)\b"
)


@dataclass(frozen=True, slots=True)
class Actor:
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


def pronoun_actors(lowered: str, actors: tuple[Actor, ...], speaker: str | None) -> QuoteScan:
    """Map we/us/our inside each quote of `lowered` to that quote's speaker's country."""
    if not ('"' in lowered or "“" in lowered or "«" in lowered) or not _has_pronoun(lowered):
        return QuoteScan((), speaker)
    found: list[Actor] = []
    for quote in QUOTE_PAIRS.finditer(lowered):
        start, end = quote.span()
        speaker = _speaker(lowered, start, end, actors) or speaker
        if speaker is None or PRONOUNS.search(lowered, start, end) is None:
            continue
        for pronoun in PRONOUNS.finditer(lowered, start, end):
            found.append(Actor(pronoun.start(), pronoun.end(), speaker, "pronoun"))
    return QuoteScan(tuple(found), speaker)


def _has_pronoun(lowered: str) -> bool:
    """Cheap pre-check: does the field contain "we", "us" or "our" at all?"""
    return "we " in lowered or "us" in lowered or "our" in lowered


def _speaker(lowered: str, start: int, end: int, actors: tuple[Actor, ...]) -> str | None:
    """The country of whoever is credited with the quote at [start, end), if stated."""
    if not actors:
        return None
    if SPEECH_AFTER.match(lowered, end, end + 90):
        after = [a for a in actors if end <= a.start < end + 90]
        if after:
            return after[0].code
    head_start = max(lowered.rfind("\n", 0, start), start - 120, 0)
    for actor in sorted(
        (a for a in actors if head_start <= a.start < start), reverse=True, key=lambda a: a.start
    ):
        if actor.kind == "person" or TITLES.match(lowered, actor.end, start):
            return actor.code
    return None
