"""A cue that opens a participle clause after a comma → the dyad of the clause it hangs on.

A past verb after ", and" shares the main subject the same way ("Macron and Lula launched an
investment programme …, and pledged to deepen their partnership"); the actor of an absolute
phrase acts ("…, with Berlin pledging 40 million euros to fund …").

"Turkey held up Sweden's accession to NATO, accusing Stockholm of harbouring militants":
the participle has no subject of its own; it shares that of the clause before it. When
that clause is an attribution ("…, the Russian foreign ministry said, accusing him of …")
the speaker acts; otherwise the sentence's main subject, or the pair of a coordinated one
("China and Pakistan signed an agreement …, pledging joint film productions"). Its target
is the first actor after it, else the other member of the pair, else the first other
actor of the sentence, which the main clause acts on ("Xi Jinping received Brazilian
President Lula …, pledging to deepen cooperation").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from monitor.stages.signal_lexicon import Hit
from monitor.stages.signal_phrases import coordinated, subject
from monitor.stages.signal_quotes import Actor, attributes

__all__ = ["participle_dyad"]

QUOTES: Final = "\"“”"
WITH: Final = (" with ", " with the ")  # before the actor of an absolute phrase


def participle_dyad(
    lowered: str, actors: Sequence[Actor], hit: Hit, sentence_start: int
) -> tuple[str | None, str | None] | None:
    """The dyad of a cue opening a participle clause (", accusing …"), or None when the
    cue does not (a finite verb, no comma right before it, a quotation before it that no
    attribution closes)."""
    at = hit[0]
    word_end = _word_end(lowered, hit)
    absolute = _absolute_subject(lowered, actors, at, word_end)
    if absolute is not None:  # "…, with Berlin pledging 40 million euros"
        before = [a for a in actors if a.end <= at]
        after = [a.code for a in actors if a.start >= at and a.code != absolute]
        return absolute, after[0] if after else _other(before, absolute)
    if lowered.endswith(", and ", 0, at) and lowered.endswith("ed", at, word_end):
        opening_at = at - 6  # "…, and pledged to deepen their partnership": the main subject
    elif lowered[at - 2 : at] == ", " and lowered.endswith("ing", at, word_end):
        opening_at = at - 2
    else:
        return None
    head = lowered[sentence_start:opening_at]
    before = [a for a in actors if a.end <= at]
    pair = None
    attribution = _attribution(lowered, head.rfind(",") + sentence_start + 1, at)
    if attribution:  # "…, the Russian foreign ministry said, accusing …" (after a quote too)
        source = subject(lowered, [a for a in before if a.start >= attribution])
    elif any(mark in head for mark in QUOTES):
        return None  # a quotation's clauses: its speaker is read elsewhere
    else:
        opening = [a for a in before if a.end <= _first_mark(head, sentence_start)]
        pair = coordinated(lowered, opening)
        source = pair[0] if pair else subject(lowered, before)
    if source is None:
        return None  # an unnamed speaker ("…, General al-Atta warned, accusing Chad …")
    after = [a.code for a in actors if a.start >= at and a.code != source]
    target = after[0] if after else pair[1] if pair else _other(before, source)
    return source, target


def _absolute_subject(
    lowered: str, actors: Sequence[Actor], at: int, word_end: int
) -> str | None:
    """The actor of an absolute phrase the cue's -ing form opens: "with Berlin pledging"."""
    if not lowered.endswith("ing", at, word_end):
        return None
    actor = next((a for a in reversed(actors) if a.end <= at), None)
    if actor is None or lowered[actor.end : at] != " ":
        return None
    return actor.code if lowered.endswith(WITH, 0, actor.start) else None


def _word_end(lowered: str, hit: Hit) -> int:
    """The end of the cue's first word."""
    space = lowered.find(" ", hit[0], hit[1])
    return hit[1] if space < 0 else space


def _first_mark(head: str, sentence_start: int) -> int:
    """The offset of the sentence's first comma (its end if none)."""
    comma = head.find(",")
    return sentence_start + (len(head) if comma < 0 else comma)


def _attribution(lowered: str, start: int, end: int) -> int:
    """`start` when the clause [start, end) right before the participle is an attribution
    ("the Russian foreign ministry said"), else 0."""
    return start if attributes(lowered, start, end) else 0


def _other(actors: list[Actor], code: str) -> str | None:
    """The code of the first of `actors` that is not `code`."""
    return next((a.code for a in actors if a.code != code), None)
