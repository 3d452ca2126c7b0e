"""Noun phrases and lists around a cue: who leads a clause, which actors form a list,
who owns a noun, and the parties of "between X and Y" (helpers of `signal_dyads`).

Actors are `Actor`s over a lower-cased field, sorted by offset.
"""

from __future__ import annotations

import re

from monitor.stages.signal_lexicon import Hit
from monitor.stages.signal_quotes import Actor

__all__ = [
    "DIRECTIONS", "PREPOSITIONS", "between", "can_lead", "coordinated", "in_list", "link",
    "noun_source", "subject",
]  # fmt: skip

PREPOSITIONS = frozenset(
    {"in", "into", "against", "to", "for", "with", "on", "at", "from", "of", "toward", "towards"}
)
BETWEEN = re.compile(r"\s+(?:[\w-]+\s+){0,2}?between\s+(?:[\w.-]+\s+){0,2}?\Z")  # "the", titles
DIRECTIONS = frozenset({"to", "for", "against", "at", "toward", "towards", "into", "with"})
LIST_GOES_ON = re.compile(r"\s*(?:,|and\b|or\b)")
OBJECT_PRONOUNS = frozenset({"us", "ourselves"})
NOUN_GAP = re.compile(r"(?:'s|s'|'|\s|-|[a-z]+ly|strong|full|firm|military|fresh|new|latest)*\Z")


def in_list(lowered: str, left: Actor, right: Actor) -> bool:
    """Whether `right` continues a list after `left`: "X and Y", "X, Y and …" (but
    "Backed by Turkey, Azerbaijan launched …" ends the agent at the comma)."""
    joint = link(lowered, left, right)
    if joint in ("and", "or"):
        return True
    return joint == "" and LIST_GOES_ON.match(lowered, right.end) is not None


def coordinated(lowered: str, clause: list[Actor]) -> tuple[str, str] | None:
    """The first two members when the clause ends in a coordinated subject: "X and Y",
    "X, Y and Z" (the last link must be "and")."""
    if len(clause) < 2 or link(lowered, clause[-2], clause[-1]) != "and":
        return None
    first = len(clause) - 2
    while first > 0 and link(lowered, clause[first - 1], clause[first]) == "":
        first -= 1
    members = clause[first:]
    while len(members) > 2 and not subject(lowered, members[:1]):
        members = members[1:]  # "In Syria, Iran and Russia met": Syria is no member
    pronouns = [a for a in members if a.kind == "pronoun"]  # only these may fail to lead
    if pronouns and not all(can_lead(lowered, a) for a in pronouns):
        return None
    lead = members[0].code
    for member in members:
        if member.code != lead:
            return lead, member.code  # the first two distinct members
    return None


def link(lowered: str, left: Actor, right: Actor) -> str:
    """The words joining two list members, without commas and "the": "and", "" (a comma)."""
    words = lowered[left.end : right.start].replace(",", " ").split()
    if "the" in words:
        words = [w for w in words if w != "the"]
    return " ".join(words)


def between(
    lowered: str, hit: Hit, clause: list[Actor], after: list[Actor]
) -> tuple[str, str] | None:
    """The two parties of "talks between X and Y" (a relation of both, in order), when
    the clause has no subject of its own ("Qatar brokered talks between …")."""
    if clause or len(after) < 2 or not BETWEEN.match(lowered, hit[1], after[0].start):
        return None
    first, second = after[0], after[1]
    if second.code == first.code or link(lowered, first, second) != "and":
        return None  # "talks between Brazil and its creditors": one party is no country
    return first.code, second.code


def subject(lowered: str, actors: list[Actor]) -> str | None:
    """The first of `actors` that is not governed by a preposition."""
    for actor in actors:
        words = lowered[max(0, actor.start - 12) : actor.start].split()
        if can_lead(lowered, actor) and (not words or words[-1] not in PREPOSITIONS):
            return actor.code
    return None


def can_lead(lowered: str, actor: Actor) -> bool:
    """Object pronouns ("us") never act as the subject."""
    return actor.kind != "pronoun" or lowered[actor.start : actor.end] not in OBJECT_PRONOUNS


def noun_source(lowered: str, hit: Hit, before: list[Actor]) -> str | None:
    """The actor right before a noun cue ("Russia's threats"), if adjacent."""
    if not before or hit[0] - before[-1].end > 30:
        return None
    gap = lowered[before[-1].end : hit[0]]
    return before[-1].code if NOUN_GAP.match(gap) else None
