"""Places in a sentence that are not parties to what it reports.

A country mention becomes a signal's source or target only if the country takes part.
Three kinds of place mention do not, nor does a patron named in a compound modifier or a
country naming its currency:

* a city naming an agreement or talks: "the Paris Agreement", "the Paris pact", "the
  Minsk agreements", "the Geneva talks";
* a city after a preposition of place: "talks in Istanbul", "a meeting at Camp David",
  "an agreement reached in Tehran" say where, not who — unless "at" follows a verb
  or noun of aiming ("fired two artillery shells at Seoul": Seoul is the target), or
  "in" follows the body governing from there ("the government in Taipei");
* the dateline ("LONDON, April 8 - Ghana will import oil from Iran …"), with the country
  it may name after its place ("OSAKA, Japan, April 27 -"): it says where the report was
  filed. Letting it stand in for an unnamed subject was tried: on
  6,000 Reuters-21578 articles 16 of the 17 alerts it made were wrong ("WASHINGTON -
  The World Bank approved a loan to India" is no US aid);
* a country hyphenated to a participle of patronage or place ("Iranian-backed Houthi
  rebels fired missiles at Saudi Arabia", "the Britain-based Syrian Observatory"): it
  qualifies the party that acts, whose own country may be unnamed. "US-led" stays: the
  leader of a coalition is a party to what the coalition does;
* a country naming its currency ("against the U.S. dollar", "the Australian dollar").

Actors are `Actor`-shaped tuples (start, end, code, kind) over a lower-cased field.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Final

from monitor.stages.signal_quotes import Actor

__all__ = ["parties"]

_CITY_KINDS: Final = frozenset({"city", "dateline"})
# after a city: the city names the agreement or talks
_NAMES_AFTER: Final = re.compile(
    r"[\s-]+(?:agreements?|accords?|pacts?|conventions?|protocols?|treaty|treaties"
    r"|declaration|talks|process|format|communiqu[eé])\b"
)
_PLACE_BEFORE: Final = re.compile(r"\b(?:in|at|near|outside)\s+(?:the\s+)?\Z")  # "held in Doha"
_BEFORE: Final = 12  # characters searched back for a preposition of place
# a city aimed at is a target, not a place: "fired two artillery shells at Seoul"
_AIMED_BEFORE: Final = re.compile(
    r"\b(?:fir(?:e|es|ed|ing)|aim(?:s|ed|ing)?|shot|shots|shoot(?:s|ing)?|missiles?|rockets?"
    r"|shells?|mortars?|launch(?:es|ed|ing)?|lob(?:s|bed|bing)?|hurl(?:s|ed|ing)?)"
    r"\s+(?:[\w-]+\s+){0,3}?\Z"
)
_AIM_BEFORE: Final = 60  # characters searched back from "at" for a verb or noun of aiming
# a seat of government named by the body in it: "the government in Taipei" (not "U.S.
# officials in Baghdad": officials may be visitors)
_GOVERNMENT_BEFORE: Final = re.compile(
    r"\b(?:government|authorities|leadership|regime|administration|rulers)\s+\Z"
)
# what follows a dateline's country: its date, its outlet or its dash ("…, april 27 -")
_DATELINE_GOES_ON: Final = re.compile(r"\s*(?:,\s*[a-z]{3,9}\.?\s+\d|\(|[-–—])")
_PATRON_AFTER: Final = re.compile(
    r"-(?:backed|sponsored|funded|supported|armed|trained|based|aligned|allied|installed)\b"
)


# a country naming its currency ("against the U.S. dollar", "the Australian dollar"): a
# market, not a party
_CURRENCY_AFTER: Final = " dollar"


def parties(lowered: str, actors: tuple[Actor, ...]) -> tuple[Actor, ...]:
    """`actors` without the place mentions that take no part in the sentence."""
    if _CITY_KINDS.isdisjoint([a[3] for a in actors]) and not _qualified(lowered, actors):
        return actors  # no city, no patron of a compound modifier, no currency: the common case
    filed = _filed_in(lowered, actors)
    return tuple(a for a in actors if a is not filed and _takes_part(lowered, a))


def _qualified(lowered: str, actors: tuple[Actor, ...]) -> bool:
    """Whether a hyphen (a patron's compound modifier) or " dollar" follows an actor."""
    for actor in actors:
        after = lowered[actor[1] : actor[1] + 1]
        if after == "-" or (after == " " and lowered.startswith(_CURRENCY_AFTER, actor[1])):
            return True
    return False


def _filed_in(lowered: str, actors: tuple[Actor, ...]) -> Actor | None:
    """The country a dateline names after its place ("OSAKA, Japan, April 27 -", "KYIV,
    Ukraine (AP) —"), if any."""
    for place, country in pairwise(actors):
        if place[3] == "dateline" and lowered[place[1] : country[0]] == ", ":
            return country if _DATELINE_GOES_ON.match(lowered, country[1]) else None
    return None


def _takes_part(lowered: str, actor: Actor) -> bool:
    kind = actor[3]
    if kind == "dateline" or _PATRON_AFTER.match(lowered, actor[1]):
        return False
    if lowered.startswith(_CURRENCY_AFTER, actor[1]):
        return False  # "the yen weakened past 150 to the U.S. dollar"
    return kind != "city" or not _only_a_place(lowered, actor)


def _only_a_place(lowered: str, actor: Actor) -> bool:
    start, end = actor[0], actor[1]
    if _NAMES_AFTER.match(lowered, end):
        return True
    place = _PLACE_BEFORE.search(lowered, max(0, start - _BEFORE), start)
    if place is None:
        return False
    if not place.group().startswith("at"):  # a seat of government stands for it
        return not (place.group().startswith("in") and _seat_of(lowered, place.start()))
    return not _AIMED_BEFORE.search(lowered, max(0, place.start() - _AIM_BEFORE), place.start())


def _seat_of(lowered: str, at: int) -> bool:
    """Whether a government noun comes right before "in" at `at`: "the government in Taipei"
    names the state."""
    return _GOVERNMENT_BEFORE.search(lowered, max(0, at - 20), at) is not None
