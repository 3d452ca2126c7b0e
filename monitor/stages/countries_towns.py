"""Text around a place name → whether it names a North American town, or no place.

The context rules `countries_evidence` applies to city names: a town body after the
name ("the Athens Police Department"), a resident named by it ("a Lebanon woman"), a
street address before it ("2517 Memphis St., Alexandria"), a state abbreviation after
it ("Belgrade, Minn."), a legislator's party label before it ("R-Elbow Lake"), and a
saint's church or school that only borrows the name ("St. John's Lutheran Church").
Each is a pure function of the text and offsets, checked only for the keys whose
routes call for it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from monitor.stages.countries_lexicon import LOCAL_BODIES, RESIDENTS, SAINTS_HOUSES
from monitor.stages.gazetteer_keys import Key

__all__ = ["namesake", "party_towns", "reads_as_town", "saints_house", "state_town"]

_BIG_CITY = 1_000_000
_POSSESSIVES = ("'s", "’s")
_SAINTS = ("St. ", "St ", "Saint ")
# The three characters before a name that end the article "a" or "an".
_ARTICLE_TAILS = frozenset({" a ", " A ", "\na ", "\nA ", "an ", "An ", "AN ", "a ", "A "})
# A street address right before a town: "2517 Memphis St., Alexandria", "12 N. Main Street, ".
_STREET_ADDRESS = re.compile(
    r"\b\d+ (?:[NSEW]\. )?(?:[A-Z][a-z]+ ){1,2}"
    r"(?:St|Ave|Rd|Dr|Blvd|Ln|Street|Avenue|Road|Drive|Lane|Court|Way|Place)\.?, $"
)
# A legislator's party label and home town: "R-Elbow Lake", "D-Oakland".
_PARTIES = "RD"
_PARTY_TOWN = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?")


def reads_as_town(text: str, start: int, end: int) -> bool:
    """Whether the context makes an ambiguous name the local town.

    A town body after it ("the Athens Police Department"), a resident named by it ("a
    Lebanon woman") or a street address before it ("2517 Memphis St., Alexandria").
    """
    if _local_body_after(text, end):
        return True
    before = text[start - 3 : start] if start > 2 else text[:start]
    if before in _ARTICLE_TAILS:
        return _resident_after(text, start, end)
    if before[1:] != ", ":
        return False
    return _STREET_ADDRESS.search(text, max(0, start - 48), start) is not None


def _local_body_after(text: str, end: int) -> bool:
    """Whether a town council, police or school follows ("the Athens Police Department")."""
    following = text[end : end + 22]
    if following[:2] in _POSSESSIVES:  # "Athens's school board"
        following = following[2:]
    return following.lstrip().lower().startswith(LOCAL_BODIES)


def _resident_after(text: str, start: int, end: int) -> bool:
    """Whether a person noun follows the name after an article: "a Lebanon woman"."""
    if text[start - 3 : start - 1].lower() == "an" and text[start - 4 : start - 3].isalpha():
        return False  # "Iran Paris", not "an Paris"
    words = text[end : end + 16].split(None, 1)
    return bool(words) and words[0].lower().rstrip(",.;:") in RESIDENTS


def namesake(key: Key) -> Key:
    """The key narrowed to its towns: a local body's town is the smaller namesake.

    Towns are cities that are not capitals and, outside the US, under a million ("the
    Alexandria City Public Schools" is not Egypt's Alexandria, "the Los Angeles Police
    Department" is no Chilean town); narrowed to one country, the reading is settled and
    pins the name for the whole article.
    """
    towns = tuple(s for s in key.senses if s.kind == "city" and not s.capital)
    towns = tuple(s for s in towns if s.population < _BIG_CITY or s.code == "US")
    if not towns or len(towns) == len(key.senses):
        return key
    narrowed = Key.of(key.length, towns)
    return replace(narrowed, settled=True, weak=False) if narrowed.code else narrowed


def state_town(key: Key, state: Key) -> Key | None:
    """The key of a town in `state`'s country, when none of `key`'s senses is there.

    "Belgrade, Minn.", "Cairo, Ill.", "Jordan, Minn.": a place written with a state's
    abbreviation after it is a town there, even one the gazetteer does not carry. Only
    abbreviations qualify: a full name after a comma may be the next item of a list
    ("London, New York and Tokyo").
    """
    code = state.code
    if (
        state.kind != "region"
        or state.exact is None
        or not code
        or any(s.code == code for s in key.senses)
    ):
        return None
    return Key.town_in(key.length, code)


def party_towns(text: str) -> list[tuple[int, int]]:
    """Spans of US towns named by a party label: "Westrom, R-Elbow Lake", "(D-Oakland)".

    American papers write a state legislator's party and home town that way; the town
    is in the US even when the gazetteer lacks it or knows a bigger namesake (R-London).
    """
    spans: list[tuple[int, int]] = []
    find = text.find  # one character at a time: memchr speed, where "R-" scans slowly
    at = find("-")
    while at >= 0:
        if (
            at > 1
            and text[at - 1] in _PARTIES
            and (text[at - 2] == "(" or text[at - 3 : at - 1] == ", ")
            and (match := _PARTY_TOWN.match(text, at + 1)) is not None
        ):
            spans.append(match.span())
        at = find("-", at + 1)
    return spans


def saints_house(original: str, text: str, end: int) -> bool:
    """Whether a saint's possessive names a church, school or hospital after it.

    "St. Michael's Catholic School", "St. John's Union Cemetery", "St. Paul's Hospital".
    """
    if not original.startswith(_SAINTS):
        return False
    following = text[end : end + 24]
    if following[:2] in _POSSESSIVES:
        following = following[2:]
    elif original[-2:] not in _POSSESSIVES:
        return False
    words = following.split(None, 1)
    return bool(words) and words[0].lower() in SAINTS_HOUSES
