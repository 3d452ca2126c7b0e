"""A sentence's cue hits → the same hits, with a disapproved partnership demoted.

"China condemned the arms sale", "Iran rejected the peace plan", "Russia protested the
joint exercises": the event is the disapproval (ACCUSE, REJECT, PROTEST, DEMAND); the
alliance noun after it only names what is disapproved of. Such a noun (role "noun" or
"sym"), close after the verb in its clause, keeps its place as evidence but its strength
is scaled by `OBJECT_WEIGHT`, so the disapproving verb leads the sentence.
"""

from __future__ import annotations

from dataclasses import replace

from monitor.stages.signal_lexicon import Hit

__all__ = ["OBJECT_WEIGHT", "demote_objects"]

OBJECT_WEIGHT = 0.6
REACH = 40  # chars between the verb's end and the noun's start
DISAPPROVAL = frozenset({"ACCUSE", "REJECT", "PROTEST", "DEMAND"})
NOUN_ROLES = frozenset({"noun", "sym"})
STOPS = ",;:()."


def demote_objects(lowered: str, hits: list[Hit]) -> list[Hit]:
    """`hits` (text order, one sentence) with alliance nouns governed by disapproval weakened."""
    if len(hits) < 2 or not any(h[2].category in DISAPPROVAL for h in hits):
        return hits
    out: list[Hit] = []
    verb: Hit | None = None
    for hit in hits:
        entry = hit[2]
        if entry.kind == "threat" and entry.category in DISAPPROVAL and entry.role == "verb":
            verb = hit
        elif verb is not None and _governed(lowered, verb, hit):
            hit = (hit[0], hit[1], replace(entry, strength=entry.strength * OBJECT_WEIGHT), hit[3])
        out.append(hit)
    return out


def _governed(lowered: str, verb: Hit, hit: Hit) -> bool:
    """Whether alliance noun `hit` is close after `verb` in the same clause."""
    if hit[2].kind != "alliance" or hit[2].role not in NOUN_ROLES:
        return False
    gap = lowered[verb[1] : hit[0]]
    return len(gap) <= REACH and not any(mark in gap for mark in STOPS)
