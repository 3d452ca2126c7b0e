"""A field's cue hits → the sentences worth analysing, each with its hits.

Ambient hits (`CueEntry.alone` is false: faint cues, weak talk/agreement words) are
dropped unless a hit that counts alone, or two distinct countries, lie within
`REACH` characters; sentence bounds are then found lazily around the remaining
hits (`sentences.sentence_bounds`; only the end of a sentence that cannot qualify);
hits inside proper names are dropped (`signal_names`: "Allied Irish Banks"), and so are
participles hyphenated into a modifier (`signal_voice`: "Iranian-backed militia");
"counter" cues are resolved ("combat terrorism" is cooperation; `signal_counters`: not
"combat the rebels", and "terrorism was defeated" too), cues governed by a verb of
the other kind are demoted (`signal_objects`: "condemned the arms sale", "held talks on
the missile threat") and help for armed groups made hostile; and a
sentence is kept when it holds a hit that counts alone or `MIN_ACTORS` distinct countries.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, Final

from monitor.stages.sentences import (
    MATCH_CHARS,
    WIDEST,
    boundary_by,
    sentence_bounds,
    sentence_end,
    single_sentence,
)
from monitor.stages.signal_bisect import left
from monitor.stages.signal_counters import (
    RELATIVES,
    counter_blocked,
    passive_counter,
    stood_against,
)
from monitor.stages.signal_dyads import ActorSpan
from monitor.stages.signal_lexicon import Hit, as_objects
from monitor.stages.signal_names import drop_name_parts
from monitor.stages.signal_objects import demote_objects
from monitor.stages.signal_quotes import has_pronoun
from monitor.stages.signal_voice import compound_modifier

__all__ = ["Groups", "quoted_pronoun", "worth_analysing"]

PRONOUN: Final = re.compile(r"\b(?:we|us|our)")
Groups = list[tuple[tuple[int, int], list[Hit]]]  # (sentence bounds, its hits) in text order
Pairs = tuple[list[int], list[int]]  # see `_pairs`
REACH: Final = 120  # chars around an ambient hit searched before finding its sentence
# verbal conflict, which a comma and a participle set apart from a counter's objects
# ("the fight against drug trafficking, accusing …"; not "genocide, ethnic cleansing")
SPEECH_ACTS: Final = frozenset({"ACCUSE", "THREATEN", "DEMAND", "REJECT", "PROTEST"})
MIN_ACTORS: Final = 2  # distinct countries that make a sentence of ambient cues worth analysing
# a counter does not govern across these (nor across a relative clause, `RELATIVES`)
SPEECH_OR_SUBORDINATE: Final = (
    " said ", " says ", " added ", " if ", " unless ", " because ", " when ", " while ",
)  # fmt: skip


def worth_analysing(text: str, lowered: str, hits: list[Hit], actors: list[ActorSpan]) -> Groups:
    """The sentences worth analysing, with their hits (counter-actions resolved).

    Country actors only decide which sentences qualify; quote pronouns are added later.
    `hits` are disjoint and in text order, as `Lexicon.scan` gives them.
    """
    pairs = _pairs(actors)
    kept: Groups = []
    for (start, end), group in _by_sentence(text, _gate(hits, pairs), pairs):
        group = drop_name_parts(text, start, end, group)
        if "-" in lowered[start:end]:  # rare: compound modifiers ("Iranian-backed militia")
            group = [h for h in group if not compound_modifier(lowered, h)]
        group = demote_objects(lowered, _resolve_counters(lowered, group))
        # a list is built and tested faster than a generator is resumed, for these few hits
        if any([h[3] for h in group]) or _several(pairs, start, end):  # noqa: C419
            kept.append(((start, end), group))
    return kept


def quoted_pronoun(lowered: str, groups: Groups) -> bool:
    """Whether a field that holds a quotation (`signal_quotes.has_quote`, which the caller
    has asked) has "we / us / our" in a sentence worth analysing."""
    return any(
        has_pronoun(lowered, start, end) and PRONOUN.search(lowered, start, end)
        for (start, end), _ in groups
    )


def _pairs(actors: list[ActorSpan]) -> Pairs:
    """Each two actors next to each other in text order that name distinct countries, as
    the starts of the first and of the second of each pair (both lists ascending).

    A span holds MIN_ACTORS (2) distinct countries exactly when it holds such a pair:
    the actors starting in it are consecutive in text order, and unless they all name
    one country, two neighbours among them differ. (Indexing the list is faster compiled
    than `itertools.pairwise`, whose pairs come unpacked from generic objects.)
    """
    firsts: list[int] = []
    seconds: list[int] = []
    for i in range(1, len(actors)):
        if actors[i - 1][2] != actors[i][2]:
            firsts.append(actors[i - 1][0])
            seconds.append(actors[i][0])
    return firsts, seconds


def _several(pairs: Pairs, start: int, end: int) -> bool:
    """Whether the actors starting in [start, end) name MIN_ACTORS distinct countries."""
    firsts, seconds = pairs
    index = left(firsts, start)  # of the pairs starting there, the first ends first
    return index < len(firsts) and seconds[index] < end


def _by_sentence(text: str, hits: list[Hit], pairs: Pairs) -> Groups:
    """Group hits (in text order) by the sentence holding them, found lazily.

    A sentence that cannot qualify (no hit in it could count alone or counter-act, and
    fewer than MIN_ACTORS countries lie between its floor and its end) costs only its
    end: its start is never searched and its hits are dropped. The floor of that check
    is raised to a proven bound of the sentence's start first (`_start_at_least`).
    """
    anchors = [h[0] for h in hits if h[3] or h[2].kind == "counter"]
    whole = single_sentence(text)
    if whole is not None:  # a headline: one sentence holding every hit
        qualifies = hits and (_several(pairs, 0, len(text)) or _anchored(anchors, 0, len(text)))
        return [(whole, hits)] if qualifies else []
    # `_several` and `_anchored` inline, on lists ending in a sentinel past every end
    past = len(text) + 1
    anchors.append(past)
    firsts, seconds = pairs[0] + [past], pairs[1] + [past]
    groups: Groups = []
    bounds = (0, 0)
    current: list[Any] | None = None
    same = as_objects(hits)  # hits grouped as they are
    for i, hit in enumerate(hits):
        if hit[0] >= bounds[1]:
            end, low = sentence_end(text, hit[0]), bounds[1]
            qualifies = seconds[left(firsts, low)] < end or anchors[left(anchors, low)] < end
            if qualifies:  # again from a proven bound of the sentence's start
                low = _start_at_least(text, pairs, low, hit[0], end)
                qualifies = seconds[left(firsts, low)] < end or anchors[left(anchors, low)] < end
            if qualifies:
                bounds = sentence_bounds(text, hit[0], floor=bounds[1], end=end)
                current = []
                groups.append((bounds, current))
            else:
                bounds, current = (hit[0], _trimmed_end(text, hit[0], end)), None
        if current is not None and bounds[0] <= hit[0] and hit[1] <= bounds[1]:
            current.append(same[i])
    return [group for group in groups if group[1]]


def _start_at_least(text: str, pairs: Pairs, floor: int, position: int, end: int) -> int:
    """A bound ≤ the start `sentence_bounds(text, position, floor=floor)` finds, raised
    past the pairs of countries that a real boundary separates from `position`.

    The check on [floor, end) lets a sentence through when a pair lies between `floor`
    (the end of the last sentence looked up) and `position`, usually in a sentence that
    was never looked up; such a sentence rarely keeps its group once its start is known.
    That start is at least max(floor, position - WIDEST), where its search begins. And
    for the first pair from there, starting at P, if the first real boundary from P ends
    at e ≤ position, the sentence starts at or after e: no boundary match holds P (a
    word's character), a space or `position` (a cue's first letter), so each scan of
    `_previous_end`, from at most P or from just after a space, meets that boundary's
    match as `sentence_end` does, and a blank line after P ends a sentence before e. A
    pair or a hit that could count alone before the raised bound is thus outside the
    sentence, and the final check (`worth_analysing`) would drop its group: skipping it
    here gives the same groups for less.
    """
    floor = max(floor, position - WIDEST)
    firsts, seconds = pairs
    index = left(firsts, floor)
    while index < len(firsts) and firsts[index] < position and seconds[index] < end:
        first = firsts[index]
        if text[first] in MATCH_CHARS:
            break
        boundary = boundary_by(text, first, position)
        if boundary is None:
            break  # the pair starts in the sentence of `position`
        floor = boundary
        index = left(firsts, floor, index)
    return floor


def _anchored(anchors: list[int], start: int, end: int) -> bool:
    """Whether a hit that may count alone starts in [start, end)."""
    index = left(anchors, start)
    return index < len(anchors) and anchors[index] < end


def _trimmed_end(text: str, position: int, end: int) -> int:
    """`end` without trailing whitespace, as `sentence_bounds` trims it (`position` is a
    cue's first, non-space character)."""
    while end > position + 1 and text[end - 1].isspace():
        end -= 1
    return end


def _gate(hits: list[Hit], pairs: Pairs) -> list[Hit]:
    """Hits worth a sentence lookup: strong ones, and weak ones near a strong hit or actors.

    A weak hit at [at, end) is kept when a strong hit starts in [at - REACH, at + REACH]
    or MIN_ACTORS countries start in [at - REACH, end + REACH). Both tests walk forward
    with the hits: the first strong hit, and the first pair, at or after at - REACH are
    the only candidates (later pairs have later seconds).
    """
    strong = [h[0] for h in hits if h[3]]
    if len(strong) == len(hits):
        return hits
    kept: list[Any] = []
    same = as_objects(hits)  # kept hits appended as they are
    # each list ends in a sentinel, so the walks need no length checks: no hit starts
    # within REACH of it or ends after it (hits are disjoint and in text order)
    past = hits[-1][1] + REACH
    firsts, seconds = pairs[0] + [past], pairs[1] + [past]
    near = pair = 0
    if not strong:  # often (only ambient hits): the pair test alone
        for i, hit in enumerate(hits):
            low = hit[0] - REACH
            while firsts[pair] < low:
                pair += 1
            if seconds[pair] < hit[1] + REACH:
                kept.append(same[i])
        return kept
    strong.append(past)
    for i, hit in enumerate(hits):
        if not hit[3]:
            at = hit[0]
            low = at - REACH
            while strong[near] < low:
                near += 1
            if strong[near] > at + REACH:
                while firsts[pair] < low:
                    pair += 1
                if seconds[pair] >= hit[1] + REACH:
                    continue
        kept.append(same[i])
    return kept


def _resolve_counters(lowered: str, hits: list[Hit]) -> list[Hit]:
    """Turn "combat terrorism"-like pairs into cooperation; drop unused counter cues.

    A threat cue within a few words after a counter-action cue of the same clause
    ("measures to prevent sexual violence") describes action *against* the conflict:
    the pair becomes one cooperation hit spanning both; lone counter cues vanish. A threat
    cue named as what an alliance cue of its clause stands against is dropped
    (`stood_against`).
    """
    if len(hits) == 1 and hits[0][2].kind != "counter":
        return hits  # the common case: nothing to resolve
    resolved: list[Hit] = []
    counter: Hit | None = None
    ally: Hit | None = None  # the last alliance cue that counts alone
    for hit in hits:
        entry = hit[2]
        if entry.kind == "counter" and resolved and passive_counter(lowered, resolved[-1], hit):
            resolved[-1] = (resolved[-1][0], hit[1], replace(entry, kind="alliance"), True)
        elif entry.kind == "counter":
            counter = hit
        elif entry.kind == "threat" and counter and _governs(lowered, counter, hit):
            start = counter[0] if counter[1] <= hit[0] else hit[0]
            resolved.append((start, hit[1], replace(counter[2], kind="alliance"), True))
            # the counter also governs a coordinated noun ("prevent violence and abuse")
            counter = (counter[0], hit[1], counter[2], counter[3])
        elif entry.kind == "threat" and ally and stood_against(lowered, ally, hit):
            continue  # what an alliance stands against: "stand with Cuba against the blockade"
        else:
            resolved.append(hit)
            if entry.kind == "threat":
                ally = None  # "against" after it is the threat's ("retaliate against Japan")
            elif entry.kind == "alliance" and hit[3]:
                ally = hit
    return resolved


def _governs(lowered: str, counter: Hit, hit: Hit) -> bool:
    """Whether `counter` governs `hit`: close before it, with no clause break (a mark, a
    relative clause: "measures against groups that threaten peace", or a new predicate:
    "imposed a ban on seafood imports and rejected …") between."""
    gap = lowered[counter[1] : hit[0]]
    return (
        not counter_blocked(lowered, counter, hit)
        and len(gap) <= 60
        and not any(mark in gap for mark in ";:().")
        and not any(word in gap for word in RELATIVES)
        and not _new_predicate(lowered, gap, hit)
    )


def _new_predicate(lowered: str, gap: str, hit: Hit) -> bool:
    """Whether the conflict cue opens a new predicate: a verb in the past after "and"
    ("… and rejected"), a participle of speech after a comma ("…, accusing"), a cue after
    a speech verb ("… and said sanctions on"), or in a subordinate clause ("to prevent
    diversion if Washington imposes trade sanctions")."""
    if any(word in gap for word in SPEECH_OR_SUBORDINATE):
        return True
    if gap.endswith(", ") and hit[2].category in SPEECH_ACTS:  # a participle clause: "the
        return lowered[hit[0] : hit[1]].endswith("ing")  # fight against …, accusing the …"
    return gap.endswith((" and ", " but ")) and lowered[hit[0] : hit[1]].endswith("ed")
