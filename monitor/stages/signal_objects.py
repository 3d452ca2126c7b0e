"""A sentence's cue hits → the same hits, with the objects of a governing verb demoted.

Two mirror constructions, each a verb and the cue of the other kind that names its object:

* Disapproval of a partnership — "China condemned the arms sale", "Iran rejected the
  peace plan", "Russia protested the joint exercises": the event is the disapproval
  (ACCUSE, REJECT, PROTEST, DEMAND); the alliance noun after it (role "noun" or "sym")
  only names what is disapproved of.
* Cooperation on a conflict topic — "held talks on the Iranian nuclear threat", "will
  share intelligence to thwart terrorist attacks", "will help Mali fight the jihadist
  insurgency": the event is the cooperation (a COOPERATE, CONSULT or AID verb or
  symmetric relation, stronger than the faint "promote", "strengthen", "invest"; not a
  noun such as "military equipment" or "summit"); the conflict
  phenomenon after it (ASSAULT, COERCE, THREATEN, MOBILIZE) is its topic or target.
  Armed parties are not demoted ("sent weapons to the rebels" stays hostile help), nor
  are threats after a clause break or a contrast ("talks began but fighting resumed").

The governed cue, close after the verb in its clause, keeps its place as evidence but
its strength is scaled by `OBJECT_WEIGHT`, so the governing verb leads the sentence.
"""

from __future__ import annotations

from dataclasses import replace

from monitor.stages.signal_lexicon import FAINT, Hit

__all__ = ["OBJECT_WEIGHT", "demote_objects"]

OBJECT_WEIGHT = 0.6
REACH = 40  # chars between the verb's end and the noun's start
DISAPPROVAL = frozenset({"ACCUSE", "REJECT", "PROTEST", "DEMAND"})
COOPERATION = frozenset({"COOPERATE", "CONSULT", "AID"})
CONFLICT = frozenset({"ASSAULT", "COERCE", "THREATEN", "MOBILIZE"})
NOUN_ROLES = frozenset({"noun", "sym"})
STOPS = ",;:()."
BREAKS = (" but ", " while ", " whereas ", " although ", " that ", " which ", " who ")
# armed parties: helping them is hostile ("arms for the rebels"), so they stay threats
PARTIES = frozenset(
    {
        *("terrorist", "terrorists", "insurgent", "insurgents", "rebel", "rebels"),
        *("militia", "militias", "militant", "militants", "group", "groups"),
        *("jihadist", "jihadists", "extremist", "extremists", "combatant", "combatants"),
        *("gunman", "gunmen", "attacker", "attackers", "assailant", "assailants"),
        *("traffickers", "criminals"),
    }
)


def demote_objects(lowered: str, hits: list[Hit]) -> list[Hit]:
    """`hits` (text order, one sentence) with the cues governed by a verb of the other
    kind weakened: alliance nouns under disapproval, conflict topics under cooperation."""
    if len(hits) < 2:
        return hits
    out: list[Hit] = []
    verb: Hit | None = None
    for hit in hits:
        entry = hit[2]
        if verb is not None and _governed(lowered, verb, hit):
            hit = (hit[0], hit[1], replace(entry, strength=entry.strength * OBJECT_WEIGHT), hit[3])
        if _governs(entry.kind, entry.category, entry.role, entry.strength):
            verb = hit  # a governed verb still governs its own object ("refused to help")
        out.append(hit)
    return out


def _governs(kind: str, category: str, role: str, strength: float) -> bool:
    """Whether a cue is a verb whose object is demoted (disapproval or cooperation)."""
    if kind == "threat":
        return category in DISAPPROVAL and role == "verb"
    return kind == "alliance" and category in COOPERATION and role != "noun" and strength > FAINT


def _governed(lowered: str, verb: Hit, hit: Hit) -> bool:
    """Whether `hit` is an object of the other kind close after `verb` in its clause."""
    entry = hit[2]
    if verb[2].kind == "threat":
        if entry.kind != "alliance" or entry.role not in NOUN_ROLES:
            return False
    elif not _conflict_topic(lowered, hit):
        return False
    gap = lowered[verb[1] : hit[0]]
    if len(gap) > REACH or any(mark in gap for mark in STOPS):
        return False
    return verb[2].kind == "threat" or not any(word in gap for word in BREAKS)


def _conflict_topic(lowered: str, hit: Hit) -> bool:
    """Whether threat `hit` names a conflict phenomenon, not an armed party."""
    entry = hit[2]
    if entry.kind != "threat" or entry.category not in CONFLICT:
        return False
    return lowered[hit[0] : hit[1]].rsplit(" ", 1)[-1] not in PARTIES
