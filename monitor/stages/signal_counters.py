"""Two limits of the counter-action rule ("combat terrorism" is cooperation), and its
kin for alliances: what an alliance stands against is no threat of its own.

`signal_gate` turns a conflict cue governed by a counter-action cue into one cooperation
hit. Two constructions refine it:

* Fighting an armed group is fighting, not cooperation: "Turkey vowed to combat the
  Kurdish rebels", "the army stepped up its fight against the militants". A fighting
  counter (`FIGHTING`: combat, counter, fight, suppress, eradicate, eliminate, defeat,
  crush, neutralise) whose direct object is an armed group (`signal_objects.ARMED`;
  a determiner and one modifier at most between, not "the movement of terrorists")
  does not govern it, and the group's threat cue stays. Protecting from, preventing,
  prosecuting or monitoring armed groups stays cooperation ("bring the terrorists to
  justice").
* The passive puts the conflict first: "terrorism can only be defeated by cooperation",
  "the attack was foiled". A fighting or preventing counter (`PASSIVE_HEADS`; not the
  judicial ones: "pirates were prosecuted") in a past participle after a form of "be"
  (modals and adverbs allowed) right after the conflict cue governs it as the active
  verb governs its object (not an armed group: "the rebels were crushed"). The passive
  rows ("was defeated") govern only backwards: "the bill was defeated amid protests".
"""

from __future__ import annotations

import re
from typing import Final

from monitor.stages.signal_lexicon import Hit
from monitor.stages.signal_objects import ARMED

__all__ = ["RELATIVES", "counter_blocked", "passive_counter", "stood_against"]

FIGHTING: Final = (
    "combat", "counter", "fight", "suppress", "eradicat", "eliminat", "defeat", "crush",
    "neutrali",
)  # fmt: skip
# counters read in the passive: fighting and preventing, not the judicial or legal ones
# ("pirates were prosecuted", "the law was abolished" name no act against the conflict)
PASSIVE_HEADS: Final = (
    *FIGHTING, "prevent", "thwart", "foil", "dismantl", "tackl", "curb", "deter", "halt",
    "stop",
)  # fmt: skip
# a relative clause between a cue and the one it would govern ends its reach
RELATIVES: Final = (" that ", " which ", " who ", " whose ")
# the farthest an alliance cue may stand before the threat it is against
ALLY_REACH: Final = 90
DEFENDING: Final = ("defend", "protect", "shield", "guard", "safeguard", "secure")
BE: Final = ("be ", "been ", "being ", "is ", "are ", "was ", "were ")
# between a fighting verb and its object: "against", a determiner, one modifier at most
DIRECT_OBJECT: Final = re.compile(
    r" (?:against )?(?:(?:the|a|an|its|their|all|these|those) )?(?:[\w'-]+ )?"
)
# from a conflict cue to the end of its passive counter: modals and adverbs, a form of
# "be", the participle
PASSIVE: Final = re.compile(
    r" (?:(?:can|could|must|should|will|would|may|might|cannot|has|have|had|only|also"
    r"|effectively|successfully|not|never|further|be|been|being) )*"
    r"(?:be|been|being|is|are|was|were) ([a-z]+ed)"
)


def counter_blocked(lowered: str, counter: Hit, hit: Hit) -> bool:
    """Whether `counter` cannot govern the conflict cue `hit` after it: a fighting verb
    with an armed group as its direct object, or a passive row (it governs backwards)."""
    if lowered.startswith(BE, counter[0]):
        return True
    if not (_armed(lowered, hit) and lowered.startswith(FIGHTING, counter[0])):
        return False
    return DIRECT_OBJECT.fullmatch(lowered, counter[1], hit[0]) is not None


def passive_counter(lowered: str, threat: Hit, counter: Hit) -> bool:
    """Whether `counter` is a passive participle governing the conflict cue `threat`
    before it ("terrorism can only be defeated")."""
    if threat[2].kind != "threat":
        return False
    found = PASSIVE.fullmatch(lowered, threat[1], counter[1])
    if found is None or not found.group(1).startswith(PASSIVE_HEADS):
        return False
    return not (_armed(lowered, threat) and found.group(1).startswith(FIGHTING))


def stood_against(lowered: str, ally: Hit, threat: Hit) -> bool:
    """Whether `threat` names what the alliance cue `ally` before it in its clause stands
    against: "against" a few words before it ("will stand with the Cuban people and their
    government against this unjust blockade", "help guard against airspace violations"),
    or "from" after a defending verb ("defend government networks from cyberattacks")."""
    gap = lowered[ally[1] : threat[0]]
    if len(gap) > ALLY_REACH or any(mark in gap for mark in ";:()."):
        return False
    if any(word in gap for word in RELATIVES):
        return False
    words = gap.split()
    last = words[-4:]
    if "against" in last:
        opening = "against"
    elif "from" in last and lowered.startswith(DEFENDING, ally[0]):
        opening = "from"
    else:
        return False
    # nothing between the preposition and the threat ends its phrase ("… against drug
    # trafficking, accusing …") or opens another ("… against Japan for violating …")
    phrase = gap[gap.rfind(f" {opening} ") :]
    return "," not in phrase and " for " not in phrase


def _armed(lowered: str, hit: Hit) -> bool:
    """Whether threat `hit` names an armed group ("rebels", "armed groups")."""
    return lowered[hit[0] : hit[1]].rsplit(" ", 1)[-1] in ARMED
