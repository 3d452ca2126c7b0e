"""Gazetteer entries → keys: senses merged per surface, flags and cased forms precomputed.

`monitor.stages.gazetteer` builds its automaton from these. A key is one normalised
surface (punctuation and non-ASCII as spaces, lower case); its senses are the
(country, kind) readings of every entry with that surface, best prior first; its flags
and its `Route` say which checks and context rules its hits need, so the hot loop
reads them instead of deciding again. `variants` lists the cased forms the automaton
holds for a key, each with the check a hit in that form needs.
"""

from __future__ import annotations

import functools
import string
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import NamedTuple

from monitor.stages.gazetteer_data import Entry

__all__ = [
    "CHECK_EXACT",
    "CHECK_GUARD",
    "CHECK_NONE",
    "CHECK_SENSES",
    "SMALL_CITY",
    "Key",
    "Route",
    "Sense",
    "capitalised",
    "cased",
    "cased_bytes",
    "checked",
    "grouped",
    "is_weak",
    "normalise",
    "variants",
]

SMALL_CITY = 100_000
_PLAIN_KINDS = frozenset({"name", "region", "metonym", "institution", "person"})
_BIG_CITY = 1_000_000
_BLANKED = frozenset(map(ord, string.punctuation + string.whitespace))
_TABLE = bytes(32 if byte in _BLANKED else byte for byte in range(256))  # bytes.translate: C speed


CHECK_NONE, CHECK_EXACT, CHECK_SENSES, CHECK_GUARD = range(4)  # how a cased form's hit is checked


def normalise(text: str) -> str:
    """`text` with the same length: lower-case ASCII letters/digits, everything else a space."""
    return cased(text).lower()


def cased(text: str) -> str:
    """`text` with the same length: ASCII letters/digits as written, everything else a space."""
    return cased_bytes(text).decode("ascii")


def cased_bytes(text: str) -> bytes:
    """`cased(text)` as ASCII bytes, one byte per character of `text`."""
    # "replace" turns each non-ASCII character into one "?", so offsets are kept
    return text.encode("ascii", "replace").translate(_TABLE)


class Sense(NamedTuple):
    """All entries of one surface key for one (code, kind), merged."""

    code: str
    kind: str
    exact_forms: frozenset[str]  # empty: any capitalised form matches
    person: bool
    comma: bool
    suffix: bool
    weak: bool
    population: int
    prior: float
    capital: bool

    def accepts(self, original: str, text: str, start: int) -> bool:
        """Whether the original slice passes this sense's case and comma rules."""
        if self.exact_forms and original not in self.exact_forms:
            return False
        guard = self.kind == "city"
        if not (
            self.exact_forms or self.kind == "block" or capitalised(original, text, start, guard)
        ):
            return False
        if self.comma and not text[:start].rstrip().endswith(","):
            return False
        return not self.suffix or _after_name(text, start)


@dataclass(frozen=True, slots=True)
class Key:
    """Everything the matcher needs about one surface key, precomputed at load.

    A slotted dataclass rather than a NamedTuple: Python 3.11 specialises reads of
    slots, while a NamedTuple field goes through a generic descriptor lookup, and the
    hot path reads several flags of every hit's key.
    """

    length: int
    senses: tuple[Sense, ...]  # best prior first
    exact: frozenset[str] | None  # all senses case-exact: the accepted forms
    checked: bool  # mixed case rules or comma/suffix context: check sense by sense
    block: bool  # a phrase that swallows country words ("cold turkey")
    org: bool  # a multinational body
    code: str  # the one country of every sense, or "" when ambiguous
    weak: bool  # every sense needs corroboration
    person: bool  # some sense is also a personal name ("Georgia", "Jordan")
    local_city: bool  # every sense is a city below a million, not a capital
    kind: str  # the kind of the best sense
    suffix: bool  # "County", "Parish": evidence only after a name
    plain: bool  # no context rule applies: the hit is evidence as it stands
    settled: bool  # one country and strong enough alone: no disambiguation needed
    route: Route  # the context rules that apply to a hit of this key

    @classmethod
    def of(cls, length: int, senses: tuple[Sense, ...]) -> Key:
        """The key of `senses`, with every flag the matcher reads precomputed."""
        first = senses[0]
        single = len(senses) == 1
        exact = [bool(s.exact_forms) for s in senses]
        block = any(s.kind == "block" for s in senses)
        org = any(s.kind == "org" for s in senses)
        person = any(s.person for s in senses)
        local_city = all(_local_city(s) for s in senses)
        code = first.code if single or len({s.code for s in senses}) == 1 else ""
        weak = all(is_weak(s) for s in senses)
        town = not code and any(s.kind == "city" for s in senses)  # "Norfolk": county or city
        state = first.kind == "region" and bool(code) and all(exact)  # "Minn.", "Ga."
        route = _route(
            first, block=block, org=org, person=person or local_city, town=town, state=state
        )
        return cls(
            length=length,
            senses=senses,
            exact=_union(senses) if all(exact) else None,
            checked=len(set(exact)) > 1 or any(s.comma or s.suffix for s in senses),
            block=block,
            org=org,
            code=code,
            weak=weak,
            person=person,
            local_city=local_city,
            kind=first.kind,
            suffix=all(s.suffix for s in senses),
            plain=not (block or org or person or local_city or first.suffix or town or state)
            and first.kind in _PLAIN_KINDS,
            settled=bool(code) and not weak,
            route=route,
        )


    @classmethod
    def town_in(cls, length: int, code: str) -> Key:
        """A settled key for a town of `code` the gazetteer lacks ("Belgrade, Minn.")."""
        sense = Sense(code, "city", frozenset(), False, False, False, False, 0, 1.0, False)
        key = cls.of(length, (sense,))
        return replace(key, weak=False, settled=True)


@dataclass(frozen=True, slots=True)
class Route:
    """Which context rules a key's hits go through, precomputed at load.

    Flags in slots rather than bits of an int: Python 3.11 specialises reading a slot,
    while `route & BIT` is a generic call, and the hot loop tests several per hit.
    """

    block: bool  # a phrase that swallows country words: the hit is dropped
    org: bool  # a multinational body: organisation evidence
    street: bool  # a street ("Dublin Road") or a saint's house may borrow the name
    local: bool  # a local body or a resident may make it the namesake town
    person: bool  # a neighbouring name may make it a personal name
    institution: bool  # a demonym before "Armed Forces" is institution evidence
    metonym: bool  # a capital before a speech verb is its government
    state: bool  # a state abbreviation, which may place the name before it


_shared_route = functools.cache(Route)  # one Route per combination of flags, not per key


def _route(
    first: Sense, *, block: bool, org: bool, person: bool, town: bool, state: bool
) -> Route:
    """The Route of a key whose best sense is `first`.

    `town`: the key is ambiguous and one of its senses is a city, so a local body after
    it ("Norfolk High School", "the Lebanon school board") picks that town. A block or
    an organisation goes through no other rule.
    """
    city = first.kind == "city"
    ruled = not (block or org)
    return _shared_route(
        block,
        org and not block,
        ruled and city,
        ruled and (town or (city and first.weak)),
        ruled and person,
        ruled and first.kind == "demonym",
        ruled and city and first.capital,
        state,
    )


def _union(senses: tuple[Sense, ...]) -> frozenset[str]:
    return (
        senses[0].exact_forms
        if len(senses) == 1
        else frozenset().union(*(s.exact_forms for s in senses))
    )


def is_weak(sense: Sense) -> bool:
    """Whether a sense alone is too weak to count: flagged, or a small non-capital city."""
    if sense.weak:
        return True
    return sense.kind == "city" and sense.population < SMALL_CITY and not sense.capital


def _local_city(sense: Sense) -> bool:
    return sense.kind == "city" and not sense.capital and sense.population < _BIG_CITY


def _forms(entries: list[Entry]) -> frozenset[str]:
    """Exact forms as written and in capitals (Reuters titles and datelines)."""
    return frozenset(f for e in entries for f in (e.surface, e.surface.upper()))


def _merge(entries: list[Entry]) -> Sense:
    first = entries[0]
    if len(entries) == 1:
        return Sense(
            first.code,
            first.kind,
            _forms(entries) if first.exact else frozenset(),
            first.person,
            first.comma,
            first.suffix,
            first.weak,
            first.population,
            first.prior,
            first.capital,
        )
    exact = all(e.exact for e in entries)
    return Sense(
        code=first.code,
        kind=first.kind,
        exact_forms=_forms(entries) if exact else frozenset(),
        person=any(e.person for e in entries),
        comma=all(e.comma for e in entries),
        suffix=all(e.suffix for e in entries),
        weak=all(e.weak for e in entries),
        population=max(e.population for e in entries),
        prior=max(e.prior for e in entries),
        capital=any(e.capital for e in entries),
    )


def grouped(entries: Iterable[Entry]) -> dict[str, tuple[tuple[Sense, ...], set[str]]]:
    """Normalised key → (its senses, the cased forms of its surfaces)."""
    listed = list(entries)
    written = cased("\x00".join(e.surface for e in listed)).split("\x00")
    by_key: dict[str, dict[tuple[str, str], list[Entry]]] = {}
    forms: dict[str, set[str]] = {}
    for form, entry in zip(written, listed, strict=True):
        if form.strip():
            key = form.lower()
            by_key.setdefault(key, {}).setdefault((entry.code, entry.kind), []).append(entry)
            forms.setdefault(key, set()).add(form)
    return {key: (_senses(groups), forms[key]) for key, groups in by_key.items()}


def variants(key: Key, forms: set[str]) -> dict[str, int]:
    """The cased forms the automaton holds for one key, each with its check mode."""
    if key.exact is not None:  # a form without spaces matches only as written: no check
        return {f: CHECK_EXACT if " " in f else CHECK_NONE for f in {cased(f) for f in key.exact}}
    forms_cased: set[str] = set()
    for form in forms:  # lower-case words never count: every form starts with a capital
        forms_cased.update((form, form.upper(), form.title()) if form[0].isupper() else ())
        if form[0].islower():
            forms_cased.update((form[0].upper() + form[1:], form.upper(), form.title()))
    if key.checked:
        exact = {cased(f) for s in key.senses for f in s.exact_forms}
        return dict.fromkeys(forms_cased | exact, CHECK_SENSES)
    guard = key.local_city
    return {
        v: CHECK_GUARD if guard and len(v) <= 5 and v.isupper() else CHECK_NONE for v in forms_cased
    }


def _senses(groups: dict[tuple[str, str], list[Entry]]) -> tuple[Sense, ...]:
    if len(groups) == 1:
        return (_merge(next(iter(groups.values()))),)
    return tuple(sorted((_merge(es) for es in groups.values()), key=lambda s: -s.prior))


def capitalised(original: str, text: str, start: int, guard: bool) -> bool:
    """Capitalised; with `guard`, not a short all-caps acronym in mixed-case text ("SAMA")."""
    if not original[0].isupper():
        return False
    if not guard or len(original) > 5 or not original.isupper():
        return True
    return not any(c.islower() for c in text[max(0, start - 12) : start + len(original) + 12])


def checked(key: Key, original: str, text: str, start: int) -> Key | None:
    senses = tuple(s for s in key.senses if s.accepts(original, text, start))
    if not senses:
        return None
    return key if len(senses) == len(key.senses) else Key.of(key.length, senses)


def _after_name(text: str, start: int) -> bool:
    words = text[max(0, start - 30) : start].split()
    return bool(words) and words[-1][:1].isupper() and words[-1] not in ("The", "THE", "A")
