"""A threat told inside a condition → the dyad of the consequence it promises.

"Russia will respond in a mirror manner if Japan confiscates any of the frozen Russian
assets": the only conflict cue, "confiscates", is Japan's act inside the condition, but
the sentence is Russia's conditional threat against Japan. When the cue's source is named
inside the condition and another country leads the consequence (its subject before the
condition, or the speaker after it: "…, Kim Yo Jong said" is not a country, "…, a senior
Iranian commander said" is), the consequence's country threatens the condition's.
"""

from __future__ import annotations

import bisect
import re
from typing import Final

from monitor.stages.signal_phrases import subject
from monitor.stages.signal_quotes import Actor

__all__ = ["promised_dyad"]

PROTASIS_END: Final = re.compile(r"[,;:]")
SPEECH: Final = frozenset(
    {"said", "says", "told", "warned", "warns", "added", "stated", "declared", "quoted"}
)
WORDS: Final = re.compile(r"[a-z]+")
SPEAKER_REACH: Final = 80  # chars after an actor searched for its speech verb


def promised_dyad(
    lowered: str,
    start: int,
    end: int,
    actors: tuple[Actor, ...],
    conditions: tuple[int, ...],
    cue_at: int,
    source: str | None,
) -> tuple[str, str] | None:
    """(consequence's country, condition's) for a threat cue at `cue_at` inside a condition
    of the sentence [start, end) (`conditions`: offsets into it), when the cue's `source` is
    named only there; else None."""
    opening = start + conditions[bisect.bisect_right(conditions, cue_at - start) - 1]
    close = PROTASIS_END.search(lowered, cue_at, end)
    close_at = close.start() if close else end
    if source is None or not any(
        a.code == source and opening <= a.start < close_at for a in actors
    ):
        return None
    lead = subject(lowered, [a for a in actors if a.start < opening])
    if lead is None:
        lead = _speaker(lowered, [a for a in actors if a.start >= close_at])
    return (lead, source) if lead is not None and lead != source else None


def _speaker(lowered: str, after: list[Actor]) -> str | None:
    """An actor after the condition that a speech verb soon follows ("…, a senior Iranian
    commander said")."""
    for actor in after:
        if not SPEECH.isdisjoint(WORDS.findall(lowered, actor.end, actor.end + SPEAKER_REACH)):
            return actor.code
    return None
