"""Gazetteer hits → typed evidence: country mentions, organisation mentions, datelines.

Context rules live here: a country name that is also a personal name is dropped
next to another capitalised name ("Michael Jordan", "Chad Johnson") or in a byline;
a demonym before "Armed Forces" or "Defense Ministry" becomes institution evidence; a
capital before a speech verb ("Ankara warned") becomes a government metonym; a
dateline ("HOUSTON, March 3 -", "BUENOS AIRES (Reuters) -") at the head of the text
is strong evidence of its country. The town rules `countries_towns` decides (a local
body, a resident, an address, a state abbreviation, a party label, a saint's church)
are applied here, and a name they place keeps that reading through the article.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from monitor.stages.countries_lexicon import (
    INSTITUTION_WORDS,
    NOT_NAME_WORDS,
    SENTENCE_END,
    SPEECH_VERBS,
    STREETS,
)
from monitor.stages.countries_towns import (
    namesake,
    party_towns,
    reads_as_town,
    saints_house,
    state_town,
)
from monitor.stages.gazetteer import Gazetteer, Hit
from monitor.stages.gazetteer_keys import Key

__all__ = ["Evidence", "EvidenceReader", "Mention"]

_PERSON = "personal-name"  # internal: a place name used as someone's name
_STATE = "state-qualifier"  # internal: a state abbreviation, which may place the name before it
# a ship class named after a place is no mention of it ("Dakar-class submarines")
_SHIP_CLASS = ("-class", "\u2013class")
_DASHES = "-\u2013"  # a cheap check before `_SHIP_CLASS`
_BYLINES = frozenset({"By ", "BY "})  # a name after them is the reporter's
_TOWN_KINDS = frozenset({"city", "name"})  # what a state abbreviation can place
_STREET_INITIALS = frozenset(s[1] for s in STREETS)  # cheap pre-check before STREETS
_SPEECH_VERBS = frozenset(SPEECH_VERBS)
# The institution words by initial: a word can only start where its initial does, so
# trying those of the first letter found answers as startswith(INSTITUTION_WORDS) would.
_INSTITUTIONS_BY_INITIAL = {
    initial: tuple(w for w in INSTITUTION_WORDS if w[0] == initial)
    for initial in {w[0] for w in INSTITUTION_WORDS}
}
_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_QUALIFIER = r"(?:,\s*([A-Z][A-Za-z. ]{1,25}?))?"  # ", Penn.", ", Ontario": state or country
_OUTLET = r"\((?:[A-Z][A-Za-z&.' ]{0,23}[A-Za-z.])\)"  # (Reuters), (AP), (WBKO)
# A wire dateline: "HOUSTON, March 3 -", "BUENOS AIRES (Reuters) -", "EDMONTON, Ky. (WBKO) --",
# "MANILA, July 8 (Reuters) -".
# [^\n]*+ is possessive: no giving back a line that has no newline.
_WIRE_DATELINE = re.compile(
    rf"^(?:[^\n]*+\n)?\s*([A-Z][A-Za-z.'\- ]{{1,40}}?){_QUALIFIER}"
    rf"(?:,\s*{_MONTHS}\s+\d{{1,2}}(?:\s*{_OUTLET})?|\s*{_OUTLET})\s*[-–—:]"
)
# A local paper's dateline in capitals, at the start or after a headline sentence:
# "CROMWELL —", "CHARLESTON, W.Va. —", "ST. PAUL --".
_CAPS_DATELINE = re.compile(
    rf"\s*([A-Z][A-Z.'\- ]{{1,40}}?){_QUALIFIER}\s*(?:[—–]\s?|--?\s)"
)
# A surname with a capital inside after its prefix: "McClain", "LaBumbard", "O'Neill".
_SURNAME = re.compile(r"(?:Mc|Mac|O'|O’|La|Le|De|Di|Du|Van)[A-Z][a-z]+$")
_HEADLINE_END = re.compile(r"[a-z0-9)'’\"”][.!?]\s+")


class Mention(NamedTuple):
    """One piece of evidence in a field, still carrying every candidate sense."""

    field: str  # "title" or "text"
    start: int  # [start, end) character offsets in the field
    end: int
    text: str  # the matched text as written
    kind: str  # name, demonym, city, region, metonym, institution, person, dateline, org
    key: Key  # the gazetteer key: candidate senses and precomputed flags


_new = tuple.__new__  # builds a Mention or Evidence without NamedTuple's Python-level __new__


class Evidence(NamedTuple):
    """Everything the gazetteer found in one article, before disambiguation."""

    countries: tuple[Mention, ...]
    organisations: tuple[Mention, ...]


class EvidenceReader:
    """Reads one article's fields with a shared gazetteer; configure once, call often."""

    def __init__(self, gazetteer: Gazetteer, first_names: frozenset[str]) -> None:
        self._gazetteer = gazetteer
        self._first_names = first_names

    def read(self, title: str, text: str) -> Evidence:
        """Evidence from an article's title and text, in reading order."""
        countries: list[Mention] = []
        orgs: list[Mention] = []
        people: set[str] = set()
        towns: dict[str, Key] = {}
        if title:
            self._read_field("title", title, (countries, orgs, people, towns))
        first_text = len(countries)
        if text:
            self._read_field("text", text, (countries, orgs, people, towns))
            dateline = self._dateline_mention(text)
            if dateline is not None:
                _place_mention(countries, first_text, dateline)
            for start, end in party_towns(text):
                key = Key.town_in(end - start, "US")
                town = _new(Mention, ("text", start, end, text[start:end], "city", key))
                _place_mention(countries, first_text, town)
                towns[town.text.lower()] = key
        if towns:
            _follow_towns(countries, towns)
        return _new(Evidence, (_drop_people(countries, people), tuple(orgs)))

    def _read_field(
        self,
        name: str,
        text: str,
        out: tuple[list[Mention], list[Mention], set[str], dict[str, Key]],
    ) -> None:
        countries, orgs, people, towns = out
        hits = self._gazetteer.scan(text)
        last, length = len(hits) - 1, len(text)
        for index, hit in enumerate(hits):
            start, end, original, key = hit
            if end < length and text[end] in _DASHES and text.startswith(_SHIP_CLASS, end):
                continue  # a ship class named after a place ("Dakar-class submarines")
            if key.plain:  # the common case: no context rule applies
                countries.append(_new(Mention, (name, start, end, original, key.kind, key)))
                continue
            mention = self._classify(name, hit, hits[index + 1] if index < last else None, text)
            if mention is None:
                continue
            kind = mention[4]
            if kind == "org":
                orgs.append(mention)
                continue
            if key.suffix and countries:
                if _council_of(countries[-1], mention, text):
                    continue  # "Lancashire County Council": the name is the evidence
                _drop_county_name(countries, mention)
            elif kind == _STATE:
                mention = _new(Mention, (name, start, end, original, key.kind, key))
                if countries:
                    _place_in_state(countries, mention, text, towns)
            countries.append(mention)
            if kind == _PERSON:
                people.add(original.lower())

    def _classify(self, field: str, hit: Hit, after: Hit | None, text: str) -> Mention | None:
        """The hit as a mention of the kind (and key) context rules give it, or None.

        `after` is the next hit in the field, if any. The first rule that applies wins.
        """
        start, end, original, key = hit
        route = key.route
        kind = key.kind
        if route.block:
            return None
        if route.org:
            kind = "org"
        elif after is not None and after[0] == end + 1 and after[3].suffix:
            return None  # "Kent County": the suffix is the evidence
        elif route.street and (
            (text[end + 1 : end + 2] in _STREET_INITIALS and text.startswith(STREETS, end))
            or (original[0] == "S" and saints_house(original, text, end))
        ):  # the initial checks are inline: most hits stop at them
            return None  # "6016 Dublin Road", "St. John's Lutheran Church": not the place
        elif route.local and reads_as_town(text, start, end):
            narrowed = namesake(key)  # a weak alias ("Dublin City Council") is no evidence
            if narrowed is key and key.weak:
                return None
            kind, key = "city", narrowed
        elif route.person and self._is_person(key, text, start, end):
            kind = _PERSON
        elif route.institution:
            following = text[end : end + 24].lstrip().lower()
            candidates = _INSTITUTIONS_BY_INITIAL.get(following[:1])  # the ones it may start
            if candidates is not None and following.startswith(candidates):
                kind = "institution"  # "Turkish Armed Forces", "Israeli officials"
        elif route.metonym:
            words = text[end : end + 24].split(None, 1)  # positional: faster than maxsplit=
            if words and words[0].lower() in _SPEECH_VERBS:
                kind = "metonym"
        elif route.state:
            kind = _STATE  # read_field looks at the place before it
        return _new(Mention, (field, start, end, original, kind, key))

    def _is_person(self, key: Key, text: str, start: int, end: int) -> bool:
        """A place name used as a name: "Michael Jordan", "Chad Johnson", "Steven Chu",
        "Vladimir Padrino"."""
        if key.person and (text[start - 3 : start] in _BYLINES or _beside_name(text, start, end)):
            return True  # "BY CHAD KLIMACK", "Michael Jordan"
        if not key.local_city:
            return False
        if _after_first_name(text, start, self._first_names):
            return True  # "Steven Chu"
        # a town that is also a given name, before a name: "Vladimir Padrino Lopez"
        return text[start:end] in self._first_names and _name_follows(text, end)

    def _dateline_mention(self, text: str) -> Mention | None:
        match = _WIRE_DATELINE.match(text[:160]) or _caps_dateline(text[:300])
        if match is None:
            return None
        place = match.group(1).strip()
        key = _qualified(_as_town(self._gazetteer.lookup(place)), self._qualifier(match.group(2)))
        if key is None:
            return None
        start = match.start(1)
        return _new(Mention, ("text", start, start + len(place), place, "dateline", key))

    def _qualifier(self, text: str | None) -> Key | None:
        """The key of a dateline's state or country ("READING, Penn.", "LONDON, Ontario").

        A state abbreviation may lack its full stop there ("EDMONTON, Ky (WBKO) --").
        """
        if not text:
            return None
        lookup, name = self._gazetteer.lookup, text.strip()
        return lookup(name) or (lookup(name + ".") if name.isalpha() else None)


def _caps_dateline(head: str) -> re.Match[str] | None:
    """A dateline in capitals at the start of `head` or after its first line or sentence."""
    match = _CAPS_DATELINE.match(head)
    if match is not None:
        return match
    line = head.find("\n")
    sentence = _HEADLINE_END.search(head, 0, 202)
    for start in (line + 1 if line >= 0 else -1, sentence.end() if sentence else -1):
        if start > 0 and head[start : start + 2].isupper():
            match = _CAPS_DATELINE.match(head, start)
            if match is not None:
                return match
    return None


def _qualified(place: Key | None, qualifier: Key | None) -> Key | None:
    """The dateline's place narrowed by its qualifier; the qualifier alone if unknown."""
    place = place if _is_place(place) else None
    qualifier = qualifier if _is_place(qualifier) else None
    if place is None or qualifier is None:
        return place or qualifier
    codes = {s.code for s in qualifier.senses}
    narrowed = tuple(s for s in place.senses if s.code in codes)
    return Key.of(place.length, narrowed) if narrowed else qualifier


def _as_town(key: Key | None) -> Key | None:
    """A dateline names a city, never a country: "LEBANON —" is Lebanon, Pennsylvania."""
    if key is None or key.senses[0].kind != "name":
        return key
    towns = tuple(s for s in key.senses if s.kind == "city")
    return Key.of(key.length, towns) if towns else key


def _is_place(key: Key | None) -> bool:
    return key is not None and key.senses[0].kind in ("name", "region", "city")


def _place_in_state(
    mentions: list[Mention], state: Mention, text: str, towns: dict[str, Key]
) -> None:
    """The place right before ", <state>" as a town there, if none of its senses is.

    The town's name is recorded in `towns`, so its other mentions follow.
    """
    before = mentions[-1]
    if before.field != state.field or before.end + 2 != state.start or text[before.end] != ",":
        return
    if before.kind not in _TOWN_KINDS:
        return
    town = state_town(before.key, state.key)
    if town is not None:
        mentions[-1] = before._replace(kind="city", key=town)
        towns[before.text.lower()] = town


def _follow_towns(mentions: list[Mention], towns: dict[str, Key]) -> None:
    """Every mention of a name placed by its state reads as that town ("Belgrade")."""
    for index, mention in enumerate(mentions):
        town = towns.get(mention.text.lower())
        if town is not None and mention.kind != "dateline":
            mentions[index] = mention._replace(kind="city", key=town)


def _drop_people(mentions: list[Mention], people: set[str]) -> tuple[Mention, ...]:
    """Without the names used as a person's name, there or anywhere else in the article."""
    if not people:
        return tuple(mentions)
    return tuple(m for m in mentions if m.text.lower() not in people)


def _place_mention(mentions: list[Mention], first_text: int, mention: Mention) -> None:
    """Replace the text mention starting where `mention` does, or insert it in reading order."""
    index = first_text
    while index < len(mentions) and mentions[index].start < mention.start:
        index += 1
    if index < len(mentions) and mentions[index].start == mention.start:
        mentions[index] = mention
    else:
        mentions.insert(index, mention)


def _council_of(before: Mention, suffix: Mention, text: str) -> bool:
    """Whether "<name> County Council" is the council of a county abroad.

    British and Irish counties are run by a county council ("Lancashire County
    Council", "Mayo County Council"); a name with no US reading before it stays the
    evidence, instead of the suffix reading as a US county.
    """
    return (
        _right_before(before, suffix)
        and text.startswith(" Council", suffix.end)
        and all(s.code != "US" for s in before.key.senses)
    )


def _drop_county_name(mentions: list[Mention], suffix: Mention) -> None:
    """"Guernsey County": the name right before a county suffix names the county."""
    if _right_before(mentions[-1], suffix):
        mentions.pop()


def _right_before(before: Mention, after: Mention) -> bool:
    """Whether `before` ends one character (a space) before `after` starts, in its field."""
    return before.field == after.field and before.end + 1 == after.start


def _beside_name(text: str, start: int, end: int) -> bool:
    """Whether a capitalised word that is not a place continuation touches the span."""
    if _name_follows(text, end):
        return True
    before = text[max(0, start - 30) : start]
    words = before.split()
    return bool(words) and before.endswith(" ") and words[-1].isalpha() and _is_name_word(words[-1])


def _name_follows(text: str, end: int) -> bool:
    """Whether a capitalised name word follows the span ("Israel Katz"), not a headline's
    verb ("Israel Strikes Iran", "Israel Threatens To …")."""
    after = text[end : end + 40].split(maxsplit=2)
    if not after or text[end : end + 1] != " " or not _is_name_word(after[0]):
        return False
    return not _headline_verb(after)


def _headline_verb(words: list[str]) -> bool:
    """Whether `words` open with a verb in a Title Case headline: a word ending in "s" or
    "ed" followed by another capitalised word or by "to" ("Threatens to Expand"). Common
    headline verbs in their base form ("Jordan Coordinate Positions") are no name words
    at all (`NOT_NAME_WORDS`)."""
    word = words[0].rstrip(",.;:")
    if len(word) < 4 or word.endswith(("ss", "us", "is")) or not word.endswith(("s", "ed")):
        return False
    if len(words) > 2 and words[1] == "to":
        return words[2][:1].isupper()
    return len(words) > 1 and words[1][:1].isupper()


def _after_first_name(text: str, start: int, first_names: frozenset[str]) -> bool:
    """A given name, or a capitalised name mid-sentence, right before the span."""
    if text[start - 1 : start] != " " or not text[start - 2 : start - 1].isalpha():
        return False  # the cheap common case: punctuation or nothing before
    before = text[max(0, start - 30) : start]
    words = before.split()
    if not words or not before.endswith(" ") or not words[-1].isalpha():
        return False
    if words[-1] in first_names:
        return True
    prefix = before[: before.rstrip().rfind(words[-1])].rstrip()
    return bool(prefix) and prefix[-1] not in SENTENCE_END and _is_name_word(words[-1])


def _is_name_word(word: str) -> bool:
    clean = word.strip(",.;:'\"()")
    return (
        len(clean) > 1
        and clean[0].isupper()
        and (clean[1:].islower() or _SURNAME.match(clean) is not None)
        and clean not in NOT_NAME_WORDS
    )
