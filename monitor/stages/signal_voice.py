"""How a verb cue is used in its sentence: passive, nominal, or plain active.

The lexicon's `verb` role covers word forms that are also nouns ("pressure",
"protests", "shelling", "support"). `signal_dyads` reads such a cue as a noun when its
sentence says so, and treats agents and passives alike for every cue:

* passive with an agent — "Azerbaijan was threatened by Armenia", "Backed by Turkey,
  …": the actor right after "by" is the source. "by" before a gerund names a means,
  not an agent ("Iran retaliated by attacking Iraq");
* bare passive — "Kuwait was threatened", "ten Iraqi soldiers were killed": the
  subject right before the verb is the target and the source is unknown;
* nominal use — after a determiner or a preposition ("under pressure from the United
  States", "amid protests", "the attacks"; "to" only before a plural: "in response
  to protests"), after a demonym or a possessive ("Iranian shelling", "Russia's
  support"), right before a "by" agent ("protests by U.S. producers"), or opening
  the sentence ("Artillery shells fired by Iran fell on Kuwait"). A first word in
  -ed is a participle or a past tense, never a noun.

A casualty told in the passive names its attacker as the owner of the attack it died in:
"four children were killed in Israeli tank shelling in Gaza" (`attack_owner`).

Landing verbs ("shells fell on Kuwait", "rockets landed in Israel") mark where a
projectile hit: the target of a nominal cue.

A participle hyphenated to the word before it is a compound modifier ("Iranian-backed
militia", "state-sponsored hackers"): it describes a party and reports no act, so the
gate drops it (`compound_modifier`).
"""

from __future__ import annotations

import re
from typing import Final

from monitor.stages.signal_lexicon import Hit
from monitor.stages.signal_quotes import Actor

__all__ = [
    "attack_owner", "bare_passive", "by_agent", "compound_modifier", "landed_on", "near_agent",
    "nominal", "opens_sentence", "passive", "placed", "undergoes",
]  # fmt: skip

PASSIVE_BEFORE: Final = (
    re.compile(r"\b(?:was|were|been|being|is|are|be|get|got|gets)\s+(?:\w+ly\s+)?\Z")
)
# a passive cue may hold its auxiliary ("was delivered to Ukraine by Britain")
AUXILIARY: Final = re.compile(r"(?:was|were|been|is|are|be) \w+ed to\b")
AUXILIARIES: Final = ("was ", "were ", "been ", "being ", "is ", "are ")
BY_AGENT: Final = re.compile(r"\s+(?:[\w.'-]+\s+){0,2}?by\s+((?:[\w.'-]+\s+){0,3}?)\Z")
BY_SOON: Final = re.compile(r"\s+(?:[\w.'-]+\s+){0,2}?by\s+(\S+)")
# after a cue ending on "to" (or before "to"/"with"), its receiver or the goods come first
# ("was handed over to Sri Lanka's navy by India", "will be supplied with another 500,000
# artillery shells by the Czech Republic")
RECEIVER_FIRST: Final = (" to ", " with ")
RECEIVER_REACH: Final = 30  # chars more for the receiver or the goods
BY_AGENT_TO: Final = re.compile(
    r"\s+(?:[\w.'-]+(?:,\d{3})*\s+){0,5}?by\s+((?:[\w.'-]+\s+){0,3}?)\Z"
)  # a number written with separators is one word ("500,000")
BY_SOON_TO: Final = re.compile(r"\s+(?:[\w.'-]+(?:,\d{3})*\s+){0,5}?by\s+(\S+)")
# before a noun, never before a finite verb ("to" and "that" may start a verb phrase)
NOMINAL_BEFORE: Final = frozenset(
    {
        "the", "a", "an", "its", "their", "his", "her", "our", "any", "no", "such", "these",
        "those", "under", "amid", "despite", "after", "against", "of", "by", "from", "with",
        "over", "for", "faces", "face", "facing", "faced", "new", "further", "renewed",
        "mounting", "growing", "increasing", "heavy", "fresh", "more", "recent",
        "continued", "repeated", "strong", "widespread", "massive",
        # verbs that take the noun as their object: "increase pressure", "stepped up attacks"
        "increase", "increases", "increased", "exert", "exerted", "exerting",
        "apply", "applied", "intensify", "intensified", "intensifying", "up", "resist",
        "resisted", "withstand", "ease", "eased", "easing",
    }
)  # fmt: skip
# before an -ing form: only words that make it a noun ("after shelling Kyiv" is verbal)
GERUND_NOMINAL_BEFORE: Final = frozenset(
    {"the", "a", "an", "its", "their", "his", "her", "heavy", "renewed", "continued",
     "fresh", "new", "recent", "repeated", "intense", "indiscriminate"}
)  # fmt: skip
AGENT_NOUNS: Final = ("or", "ors", "er", "ers", "ist", "ists")
# a "from/by" agent right after the cue (at most two words between, and after "by")
NEAR_AGENT: Final = re.compile(r"\s+(?:[\w.'-]+\s+){0,2}?(?:from|by)\s+(?:[\w.'-]+\s+){0,2}?\Z")
OPENING: Final = " \n\"'“‘(-–—"  # what may precede a sentence's first word
# "kuwait, oct 20 - "
DASHES: Final = ("-", "–", "—")
DATELINE: Final = re.compile(r"[a-z][\w .'-]{1,40}?,\s+[a-z]{3,9}\.?\s+\d{1,2}\s*[-–—]\s*\Z")
# a noun in a phrase that befalls the clause's subject: "X, under pressure from Y",
# "responding to a warning by Y", "come under repeated attack by Y"
UNDERGOES: Final = re.compile(
    r"\b(?:under|amid|despite|after|to|of|against|faces|face|facing|faced)\s+(?:[\w-]+\s+)?\Z"
)
PLACED: Final = re.compile(r"\b(?:in|at|near|outside|inside|across|over)\s+(?:the\s+)?\Z")
# the noun's passive predicate or participle: "(was presented|made|voiced) by Ukraine"
PASSIVE_AGENT: Final = re.compile(
    r"\b(?:\w+ed|made|taken|given|carried out)\s+by\s+(?:[\w.'-]+\s+){0,2}?\Z"
)
# the noun's object, then its agent: "the invasion of Kuwait by Iraq"
OBJECT_AGENT: Final = re.compile(r"\s+of\s+(?:[\w.'-]+\s+){1,5}?by\s+(?:[\w.'-]+\s+){0,2}?\Z")
WORD: Final = re.compile(r"[\w.'-]+")
# the attack a casualty died in, right after the cue: "killed in (an) Israeli (tank) shelling"
IN_ATTACK: Final = re.compile(r" (?:in|by|during) (?:an |a |the )?")
ATTACK_AFTER_OWNER: Final = re.compile(
    r"(?:'s)?(?: [a-z-]+){0,2}? (?:shelling|strikes?|airstrikes?|air strikes?|drone strikes?"
    r"|missile strikes?|attacks?|bombardment|bombing|raids?|air raids?|fire|shellfire|gunfire"
    r"|rocket fire|artillery fire|tank fire|ambush)\b"
)
ATTACK_REACH: Final = 12  # chars between a casualty cue and the attacker's name
LANDED: Final = re.compile(
    r"\s.*?\b(?:fell|landed|hit|struck|slammed|crashed|exploded)\s+(?:\w+\s+){0,3}?\Z", re.DOTALL
)


def by_agent(lowered: str, hit: Hit, actor: Actor) -> bool:
    """Whether `actor` is the "by" agent of the cue: "attacked by (the) Russian forces"."""
    pattern = BY_AGENT_TO if _receiver_first(lowered, hit) else BY_AGENT
    found = pattern.fullmatch(lowered, hit[1], actor.start)
    return found is not None and not any(w.endswith("ing") for w in found.group(1).split())


def _receiver_first(lowered: str, hit: Hit) -> bool:
    """Whether a receiver or the goods come between the cue and its "by" agent: the cue
    ends on "to", or "to"/"with" follows it ("was supplied with 500,000 shells by …")."""
    return lowered.endswith(" to", hit[0], hit[1]) or lowered.startswith(RECEIVER_FIRST, hit[1])


def passive(lowered: str, hit: Hit) -> bool:
    """Whether the verb cue is a passive participle followed by a "by" agent."""
    reach = hit[1] + 40
    if lowered.find("by", hit[1], reach + RECEIVER_REACH) < 0:
        return False
    receiver_first = _receiver_first(lowered, hit)
    if receiver_first:
        reach += RECEIVER_REACH
    soon = (BY_SOON_TO if receiver_first else BY_SOON).match(lowered, hit[1], reach)
    if soon is None or soon.group(1).endswith("ing"):
        return False  # "retaliated by attacking Iraq": a means, not an agent
    head = lowered[max(0, hit[0] - 30) : hit[0]]
    if PASSIVE_BEFORE.search(head) is not None or lowered[hit[0] : hit[1]].endswith("ed"):
        return True
    if lowered.startswith(AUXILIARIES, hit[0]):
        return True  # a cue opening on its auxiliary ("were struck by Israeli warplanes")
    return AUXILIARY.match(lowered, hit[0]) is not None  # … before "-ed to"


def bare_passive(lowered: str, hit: Hit) -> bool:
    """Whether the cue is a participle after a form of "be" ("Kuwait was threatened")."""
    if not lowered[hit[0] : hit[1]].endswith("ed") or lowered.startswith(" to ", hit[1]):
        return False  # "Ireland is opposed to the limits" is a stance, not a passive
    return PASSIVE_BEFORE.search(lowered, max(0, hit[0] - 30), hit[0]) is not None


def nominal(lowered: str, hit: Hit, sentence_start: int, before: list[Actor]) -> bool:
    """Whether a verb-role cue is used as a noun (see the module docstring)."""
    first = lowered[hit[0] : hit[1]].split(" ", 1)[0]
    if first.endswith("ed"):
        return False  # a participle or a past tense ("fired rockets"; not "rockets fired")
    if opens_sentence(lowered, sentence_start, hit[0]):
        return True  # "Support for Ukraine from Poland …"
    if before and _modifies(lowered, before[-1], hit[0]) and not first.endswith(AGENT_NOUNS):
        return True  # "Iranian shelling" (but "Soviet negotiators" name people, not an act)
    words = lowered[max(sentence_start, hit[0] - 24) : hit[0]].split()
    if not words or not WORD.fullmatch(words[-1]):
        return False  # punctuation right before the cue
    word = words[-1]
    if word == "to" and first.endswith("s") and not first.endswith("ss"):
        return True  # "in response to protests" (an infinitive takes the bare verb)
    if word in (GERUND_NOMINAL_BEFORE if first.endswith("ing") else NOMINAL_BEFORE):
        return True
    agent = BY_SOON.match(lowered, hit[1], hit[1] + 40)  # "protests by U.S. producers"
    return agent is not None and agent.start(1) - hit[1] <= 4 and not agent.group(1).endswith("ing")


def _modifies(lowered: str, actor: Actor, position: int) -> bool:
    """A demonym or possessive right before the cue: "Iranian (tank) shelling", "Iraq's"."""
    gap = lowered[actor.end : position]
    if actor.kind == "demonym":
        return len(gap.split()) <= 1 and "," not in gap
    return gap.startswith(("'s ", "' ")) and len(gap.split()) <= 2


def opens_sentence(lowered: str, sentence_start: int, position: int) -> bool:
    """Whether only quotes, dashes or a dateline ("KUWAIT, Oct 20 - ") come before
    `position` in its sentence."""
    head = lowered[sentence_start:position].lstrip(OPENING)
    if not head:
        return True
    # a dateline ends in a dash (the common case: no dash, no regex)
    return head.rstrip().endswith(DASHES) and DATELINE.fullmatch(head) is not None


def undergoes(lowered: str, hit: Hit, sentence_start: int | None = None) -> bool:
    """Whether the cue heads a phrase that befalls the clause's subject (`UNDERGOES`);
    given `sentence_start`, a phrase that opens the sentence ("Under pressure from …")."""
    found = UNDERGOES.search(lowered, max(0, hit[0] - 30), hit[0])
    if found is None or sentence_start is None:
        return found is not None
    return opens_sentence(lowered, sentence_start, found.start())


def placed(lowered: str, actor: Actor) -> bool:
    """Whether `actor` follows a preposition of place ("talks in New York")."""
    return PLACED.search(lowered, max(0, actor.start - 12), actor.start) is not None


def near_agent(lowered: str, hit: Hit, actor: Actor) -> bool:
    """Whether `actor` is a "from/by" agent right after the cue ("pressure from the
    United States", "support for Ukraine from Poland"; not "backing for a novel
    proposal by the Philippines"), after the noun's object ("the invasion of Kuwait by
    Iraq"), or of its passive predicate or participle ("evidence against Russia was
    presented by Ukraine", "statements made by Reagan")."""
    if actor.start - hit[1] > 90:
        return False
    if NEAR_AGENT.fullmatch(lowered, hit[1], actor.start):
        return True
    if OBJECT_AGENT.fullmatch(lowered, hit[1], actor.start):
        return True
    return PASSIVE_AGENT.search(lowered, hit[1], actor.start) is not None


def landed_on(lowered: str, hit: Hit, after: list[Actor]) -> str | None:
    """The actor a projectile fell on ("shells … fell on Kuwait"), if the sentence says."""
    for actor in after:
        if actor.start - hit[1] < 160 and LANDED.match(lowered, hit[1], actor.start):
            return actor.code
    return None


def compound_modifier(lowered: str, hit: Hit) -> bool:
    """Whether a one-word participle cue is hyphenated to the word before it."""
    start = hit[0]
    return (
        start > 0
        and lowered[start - 1] == "-"
        and lowered[start - 2 : start - 1] not in ("", " ", "\n", "-")  # "U.S.-backed" too
        and lowered.endswith("ed", start, hit[1])
        and " " not in lowered[start : hit[1]]
    )


def attack_owner(lowered: str, hit: Hit, after: list[Actor]) -> Actor | None:
    """The owner of the attack a casualty cue says it happened in, right after the cue:
    "were killed in Israeli tank shelling", "wounded in a Russian drone strike"; else None."""
    for actor in after:
        if actor.start - hit[1] > ATTACK_REACH:
            return None
        if IN_ATTACK.fullmatch(lowered, hit[1], actor.start) and ATTACK_AFTER_OWNER.match(
            lowered, actor.end
        ):
            return actor
    return None
