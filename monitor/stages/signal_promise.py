"""A pledge or a threat around a condition → the dyad of the consequence it promises.

* A threat told inside a condition: "Russia will respond in a mirror manner if Japan
  confiscates any of the frozen Russian assets". The only conflict cue, "confiscates", is
  Japan's act inside the condition, but the sentence is Russia's conditional threat against
  Japan. When the cue's source is named inside the condition and another country leads the
  consequence (its subject before the condition, or the speaker after it: "…, Kim Yo Jong
  said" is not a country, "…, a senior Iranian commander said" is), the consequence's
  country threatens the condition's (`promised_dyad`).
* A pledge after a condition opening the sentence that alone names a country helps that
  country (`helped_dyad`): turned when it stands as the source ("Should Armenia come under
  attack, Moscow will honour its obligations under the collective security treaty"), also
  when the consequence's subject is the target though the condition's country is named
  again after it ("If Philippine vessels come under armed attack, the United States will
  invoke its mutual defence treaty with Manila"); filled in when the target is unknown
  ("If Estonia is attacked, Finland will come to its defence"); never the aggressor the
  condition names ("If the Zionist regime launches an all-out war, the Islamic Republic
  will stand with Lebanon": no source then, for the quote's speaker to fill).
* A threat promised on a condition whose target is unknown targets the one country the
  condition names ("If Iran tries to close the Strait of Hormuz, the United States will
  respond with overwhelming force"; "…, we will respond with full force if Armenian
  forces provoke us again") (`warned_target`).
"""

from __future__ import annotations

import bisect
import re
from typing import Final

from monitor.stages.signal_modality import PROTASIS_END, opening_condition
from monitor.stages.signal_phrases import subject
from monitor.stages.signal_quotes import Actor, attributes

__all__ = ["helped_dyad", "promised_dyad", "warned_target"]

SPEAKER_REACH: Final = 80  # chars after an actor searched for its speech verb
# a country acting the aggression a condition names ("if the Zionist regime launches …")
AGGRESSION: Final = re.compile(
    r"(?:'s)?\s+(?:[a-z]+\s+)?(?:launch|launches|launched|attack|attacks|invade|invades|"
    r"strike|strikes|uses|use|fires|dares|dare|continues|continue)\b"
)


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
        if attributes(lowered, actor.end, actor.end + SPEAKER_REACH):
            return actor.code
    return None


def helped_dyad(
    lowered: str,
    sentence: str,
    start: int,
    actors: tuple[Actor, ...],
    cue_at: int,
    source: str,
    target: str | None,
) -> tuple[str | None, str | None]:
    """The dyad of a pledge cue at `cue_at` in `sentence` (of `lowered`, from `start`), read
    against a condition opening the sentence (see the module docstring)."""
    bounds = opening_condition(sentence)
    if bounds is None or cue_at - start < bounds[1]:
        return source, target
    first, close = bounds[0] + start, bounds[1] + start
    if any(a.start < first for a in actors):
        return source, target  # a country named before the condition
    inside = [a for a in actors if a.start < close]
    named = {a.code for a in inside}
    after = {a.code for a in actors if a.start >= close}
    aggressors = {a.code for a in inside if AGGRESSION.match(lowered, a.end)}
    if target is None:  # "… will come to its defence": the one country of the condition
        helped = named.pop() if len(named) == 1 and after <= {source} else None
        return source, helped if helped != source and helped not in aggressors else None
    if source in named and target in after and target not in named:
        lead = subject(lowered, [a for a in actors if a.start >= close])
        if source not in after or lead == target:  # "…, the United States will invoke its
            # mutual defence treaty with Manila": the consequence's subject helps
            return (None, target) if source in aggressors else (target, source)
    return source, target


def warned_target(
    lowered: str,
    start: int,
    end: int,
    actors: tuple[Actor, ...],
    conditions: tuple[int, ...],
    cue_at: int,
    source: str | None,
) -> str | None:
    """The one country other than `source` named in the conditions of the sentence [start,
    end) (`conditions`: offsets into it) that do not hold the cue at `cue_at`; else None."""
    named: set[str] = set()
    for opening in conditions:
        first = start + opening
        close = PROTASIS_END.search(lowered, first, end)
        close_at = close.start() if close else end
        if first <= cue_at < close_at:
            continue  # the cue's own condition (`promised_dyad`)
        named.update(a.code for a in actors if first <= a.start < close_at)
    if source is not None:
        named.discard(source)
    return named.pop() if len(named) == 1 else None
