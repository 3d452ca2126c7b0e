"""A field's cue hits → the sentences worth analysing, each with its hits.

Ambient hits (`CueEntry.alone` is false: faint cues, weak talk/agreement words) are
dropped unless a hit that counts alone, or two distinct countries, lie within
`REACH` characters; sentence bounds are then found lazily around the remaining
hits (`sentences.sentence_bounds`); "counter" cues are resolved ("combat terrorism"
is cooperation); and a sentence is kept when it holds a hit that counts alone or
`MIN_ACTORS` distinct countries.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from monitor.stages.sentences import sentence_bounds
from monitor.stages.signal_lexicon import Hit
from monitor.stages.signal_quotes import Actor

__all__ = ["Groups", "quoted_pronoun", "worth_analysing"]

PRONOUN = re.compile(r"\b(?:we|us|our)")
Groups = list[tuple[tuple[int, int], list[Hit]]]  # (sentence bounds, its hits) in text order
REACH = 120  # chars around an ambient hit searched before finding its sentence
MIN_ACTORS = 2  # distinct countries that make a sentence of ambient cues worth analysing


def worth_analysing(text: str, lowered: str, hits: list[Hit], actors: tuple[Actor, ...]) -> Groups:
    """The sentences worth analysing, with their hits (counter-actions resolved).

    Country actors only decide which sentences qualify; quote pronouns are added later.
    """
    starts = [a.start for a in actors]
    kept: Groups = []
    for (start, end), group in _by_sentence(text, _gate(hits, actors, starts)):
        group = _resolve_counters(lowered, group)
        inside = actors[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]
        if _worth(group, inside):
            kept.append(((start, end), group))
    return kept


def quoted_pronoun(lowered: str, groups: Groups) -> bool:
    """Whether a quoted field has "we / us / our" in a sentence worth analysing."""
    if not ('"' in lowered or "“" in lowered or "«" in lowered):
        return False
    return any(PRONOUN.search(lowered, start, end) for (start, end), _ in groups)


def _by_sentence(text: str, hits: list[Hit]) -> Groups:
    """Group hits (in text order) by the sentence holding them, found lazily."""
    groups: Groups = []
    bounds = (0, 0)
    for hit in hits:
        if hit[0] >= bounds[1]:
            bounds = sentence_bounds(text, hit[0], floor=bounds[1])
            groups.append((bounds, []))
        if bounds[0] <= hit[0] and hit[1] <= bounds[1]:
            groups[-1][1].append(hit)
    return [group for group in groups if group[1]]


def _gate(hits: list[Hit], actors: tuple[Actor, ...], starts: list[int]) -> list[Hit]:
    """Hits worth a sentence lookup: strong ones, and weak ones near a strong hit or actors."""
    strong = [h[0] for h in hits if h[3]]
    if len(strong) == len(hits):
        return hits
    return [
        h
        for h in hits
        if h[3]
        or _near(strong, h[0], 0, len(strong))
        or _several(actors, starts, h[0] - REACH, h[1] + REACH)
    ]


def _near(positions: list[int], at: int, lo: int, hi: int) -> bool:
    """Whether a position of the sorted list lies within REACH of `at`."""
    index = bisect.bisect_left(positions, at - REACH, lo, hi)
    return index < hi and positions[index] <= at + REACH


def _several(actors: tuple[Actor, ...], starts: list[int], start: int, end: int) -> bool:
    """Whether the actors starting in [start, end) name MIN_ACTORS distinct countries."""
    lo, hi = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
    return hi - lo >= MIN_ACTORS and len({a.code for a in actors[lo:hi]}) >= MIN_ACTORS


def _worth(hits: list[Hit], actors: tuple[Actor, ...]) -> bool:
    """A sentence is analysed when it holds a strong cue or two distinct country actors."""
    if any(h[3] for h in hits):
        return True
    return len({a.code for a in actors}) >= MIN_ACTORS


def _resolve_counters(lowered: str, hits: list[Hit]) -> list[Hit]:
    """Turn "combat terrorism"-like pairs into cooperation; drop unused counter cues.

    A threat cue within a few words after a counter-action cue of the same clause
    ("measures to prevent sexual violence") describes action *against* the conflict:
    the pair becomes one cooperation hit spanning both; lone counter cues vanish.
    """
    resolved: list[Hit] = []
    counter: Hit | None = None
    for hit in hits:
        entry = hit[2]
        if entry.kind == "counter":
            counter = hit
        elif entry.kind == "threat" and counter and _governs(lowered, counter, hit):
            start = counter[0] if counter[1] <= hit[0] else hit[0]
            resolved.append((start, hit[1], replace(counter[2], kind="alliance"), True))
            # the counter also governs a coordinated noun ("prevent violence and abuse")
            counter = (counter[0], hit[1], counter[2], counter[3])
        else:
            resolved.append(hit)
    return resolved


def _governs(lowered: str, counter: Hit, hit: Hit) -> bool:
    """Whether `counter` governs `hit`: close before it, with no clause break between."""
    gap = lowered[counter[1] : hit[0]]
    return len(gap) <= 60 and not any(mark in gap for mark in ";:().")
