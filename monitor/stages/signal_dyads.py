"""Cue + the country actors of its sentence → a directed (source, target) dyad.

Heuristics, by the cue's role in the lexicon:

* verb — active voice: the subject is the first actor of the cue's clause that is
  not the object of a preposition ("in Syria"), else the first such actor before the
  cue; the object is the first actor from the cue on. Passive voice ("Azerbaijan
  was threatened by Russia", "backed by Turkey"): the agent after "by" is the
  source, the actor before the cue the target;
* noun — the source sits right before the noun ("Russia's threat", "Turkish
  support"), is the clause subject, or follows "from/by" (then the clause's actor
  is the target: "Azerbaijan received aid from Turkey"); else the target is the
  first actor after the noun, or another actor of the clause ("gave Israel an
  ultimatum");
* recv — receiving help ("Georgia received assurances from Turkey"): the giver after
  "from/by" is the source, the clause subject (the receiver) the target;
* sym — symmetric relations ("joint exercises", "strategic partnership"): the first
  two distinct actors of the sentence, in order.

A coordinated subject ("X and Y", "X, Y and Z") of a verb yields its first two members.

A missing actor is None (unknown), never guessed from outside the sentence.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Sequence

from monitor.models import CountryMention
from monitor.stages.signal_lexicon import SPACES, Hit, ascii_bytes, translate_fast
from monitor.stages.signal_quotes import Actor

__all__ = ["ActorSpan", "as_actors", "choose_dyad", "field_spans"]

PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|be|get|got|gets)\s+(?:\w+ly\s+)?\Z")
BY_AFTER = re.compile(r"\s+(?:\w+\s+){0,2}?by\b")
AGENT_AFTER = re.compile(r"\s*(?:from|by)\s+(?:\w+\s+){0,2}?\Z")
PREPOSITIONS = frozenset(
    {"in", "into", "against", "to", "for", "with", "on", "at", "from", "of", "toward", "towards"}
)
OBJECT_PRONOUNS = frozenset({"us", "ourselves"})
NOUN_GAP = re.compile(r"(?:'s|s'|\s|-|[a-z]+ly|strong|full|firm|military|fresh|new|latest)*\Z")
CLAUSE_MARKS = ',;:(“"—–'  # a clause starts after these marks ...
# `SPACES` with each clause mark as "|" (a "|" of the text is a space like any mark)
MARKED = "".join("|" if chr(i) in CLAUSE_MARKS else c for i, c in enumerate(SPACES))
MARKED_ASCII = ascii_bytes(MARKED)
CLAUSE_WORDS = (  # ... or after these words (whole words only)
    "that", "if", "whether", "because", "when", "while", "which", "who", "unless",
    "although", "but", "as",
)  # fmt: skip
# in a `MARKED` window after its last mark: the end of the last clause word (greedy `.*`
# backtracks from the window's end, so the rightmost one matches)
CLAUSE_WORD_SET = frozenset(CLAUSE_WORDS)
LAST_CLAUSE_WORD = re.compile(rf"(?:.* )?(?:{'|'.join(CLAUSE_WORDS)})(?= |\Z)", re.DOTALL)


_new_actor = tuple.__new__  # builds an `Actor` without its Python-level __new__
_START, _END = operator.itemgetter(0), operator.itemgetter(1)
ActorSpan = tuple[int, int, str, str]  # the fields of an `Actor`


def as_actors(spans: Sequence[ActorSpan]) -> tuple[Actor, ...]:
    """The `Actor`s of `spans` (plain tuples or actors already)."""
    return tuple([_new_actor(Actor, span) for span in spans])


def field_spans(countries: Sequence[CountryMention], field: str) -> list[ActorSpan]:
    """Every country span of `field` in text order, as plain tuples: cheaper to build
    than `Actor`s, which callers make (`as_actors`) of the few they analyse."""
    found = [
        (span.start, span.end, country.code, span.kind)
        for country in countries
        for span in country.spans
        if span.field == field
    ]
    found.sort(key=_END, reverse=True)  # two stable sorts in C: by start, the longer first
    found.sort(key=_START)
    return found


def choose_dyad(
    lowered: str, actors: Sequence[Actor], hit: Hit, sentence_start: int = 0
) -> tuple[str | None, str | None]:
    """(source, target) for `hit` among the sentence's `actors` (sorted by offset)."""
    if not actors:
        return None, None
    role = hit[2].role
    if role == "sym":
        return _symmetric(actors)
    before = [a for a in actors if a.end <= hit[0]]
    after = [a for a in actors if a.start >= hit[0]]
    if role == "verb" and _passive(lowered, hit):
        source = _first(after, None, lambda a: BY_AFTER.match(lowered, hit[1], a.start) is not None)
        return _distinct(source, before[-1].code if before else None)
    cut = _clause_start(lowered, hit[0], sentence_start) if before else hit[0]
    clause = [a for a in before if a.start >= cut]
    if role == "noun":
        return _noun_dyad(lowered, hit, clause, after, before[-1:])
    if role == "recv":
        return _received(lowered, hit, clause, before, after)
    return _verb_dyad(lowered, clause, before, after)


def _verb_dyad(
    lowered: str, clause: list[Actor], before: list[Actor], after: list[Actor]
) -> tuple[str | None, str | None]:
    """Active verb: nearest clause subject (or "X and Y" pair), then the object."""
    pair = _coordinated(lowered, before if clause else clause)  # a list may span commas
    if pair:
        return pair
    source = _subject(lowered, clause[::-1]) or _subject(lowered, before[::-1])
    target = _other(after, source) or _other(clause[::-1], source)
    return source, target


def _coordinated(lowered: str, clause: list[Actor]) -> tuple[str, str] | None:
    """The first two members when the clause ends in a coordinated subject: "X and Y",
    "X, Y and Z" (the last link must be "and")."""
    if len(clause) < 2 or _link(lowered, clause[-2], clause[-1]) != "and":
        return None
    first = len(clause) - 2
    while first > 0 and _link(lowered, clause[first - 1], clause[first]) == "":
        first -= 1
    members = clause[first:]
    while len(members) > 2 and not _subject(lowered, members[:1]):
        members = members[1:]  # "In Syria, Iran and Russia met": Syria is no member
    pronouns = [a for a in members if a.kind == "pronoun"]  # only these may fail to lead
    if pronouns and not all(_can_lead(lowered, a) for a in pronouns):
        return None
    lead = members[0].code
    for member in members:
        if member.code != lead:
            return lead, member.code  # the first two distinct members
    return None


def _link(lowered: str, left: Actor, right: Actor) -> str:
    """The words joining two list members, without commas and "the": "and", "" (a comma)."""
    words = lowered[left.end : right.start].replace(",", " ").split()
    if "the" in words:
        words = [w for w in words if w != "the"]
    return " ".join(words)


def _received(
    lowered: str, hit: Hit, clause: list[Actor], before: list[Actor], after: list[Actor]
) -> tuple[str | None, str | None]:
    """Receiving help: the giver after "from/by" → the receiver (the clause subject)."""
    giver = _first(after, None, lambda a: AGENT_AFTER.search(lowered, hit[1], a.start))
    receiver = _subject(lowered, clause[::-1]) or _subject(lowered, before[::-1])
    return _distinct(giver, receiver) if giver else (None, receiver)


def _noun_dyad(
    lowered: str, hit: Hit, clause: list[Actor], after: list[Actor], previous: list[Actor]
) -> tuple[str | None, str | None]:
    """Dyad of a noun cue: adjacent owner or clause subject, else a from/by agent (whose
    target is the clause's actor, else the sentence's last actor before the noun:
    "Iran seized a tanker, drawing condemnation from the United States")."""
    source = _noun_source(lowered, hit, clause)
    if source is None:
        agent = _first(after, None, lambda a: AGENT_AFTER.search(lowered, hit[1], a.start))
        if agent is not None:
            known = clause or previous
            target = known[-1].code if known else _other(after, agent)
            return _distinct(agent, target)
        source = _subject(lowered, clause)
    target = _other(after, source)
    if target is None:
        target = _other(clause[::-1], source)
    return source, target


def _clause_start(lowered: str, position: int, sentence_start: int) -> int:
    """Where the clause holding `position` starts (punctuation or a clause word)."""
    window_start = max(sentence_start, position - 160)
    marked = translate_fast(lowered[window_start:position], MARKED, MARKED_ASCII)
    cut = marked.rfind("|") + 1
    if CLAUSE_WORD_SET.isdisjoint(marked[cut:].split()):
        return window_start + cut  # the regex only matches a clause word between spaces
    word = LAST_CLAUSE_WORD.match(marked, cut)
    return window_start + (word.end() if word else cut)


def _distinct(source: str | None, target: str | None) -> tuple[str | None, str | None]:
    """The pair, with the target dropped when it repeats the source."""
    return (source, target) if source != target else (source, None)


def _passive(lowered: str, hit: Hit) -> bool:
    """Whether the verb cue is a passive participle followed by a "by" agent."""
    reach = hit[1] + 40
    if lowered.find("by", hit[1], reach) < 0 or not BY_AFTER.match(lowered, hit[1], reach):
        return False
    head = lowered[max(0, hit[0] - 30) : hit[0]]
    return PASSIVE_BEFORE.search(head) is not None or lowered[hit[0] : hit[1]].endswith("ed")


def _subject(lowered: str, actors: list[Actor]) -> str | None:
    """The first of `actors` that is not governed by a preposition."""
    for actor in actors:
        words = lowered[max(0, actor.start - 12) : actor.start].split()
        if _can_lead(lowered, actor) and (not words or words[-1] not in PREPOSITIONS):
            return actor.code
    return None


def _can_lead(lowered: str, actor: Actor) -> bool:
    """Object pronouns ("us") never act as the subject."""
    return actor.kind != "pronoun" or lowered[actor.start : actor.end] not in OBJECT_PRONOUNS


def _noun_source(lowered: str, hit: Hit, before: list[Actor]) -> str | None:
    """The actor right before a noun cue ("Russia's threats"), if adjacent."""
    if not before or hit[0] - before[-1].end > 30:
        return None
    gap = lowered[before[-1].end : hit[0]]
    return before[-1].code if NOUN_GAP.match(gap) else None


def _symmetric(actors: Sequence[Actor]) -> tuple[str | None, str | None]:
    """The first two distinct actors of the sentence."""
    codes = list(dict.fromkeys(a.code for a in actors))
    return (codes[0] if codes else None, codes[1] if len(codes) > 1 else None)


def _other(actors: list[Actor], exclude: str | None) -> str | None:
    """The code of the first actor not equal to `exclude` (`_first` accepting all)."""
    for actor in actors:
        if actor.code != exclude:
            return actor.code
    return None


def _first(
    actors: list[Actor], exclude: str | None, accept: Callable[[Actor], object]
) -> str | None:
    """The code of the first actor not equal to `exclude` that `accept` approves."""
    for actor in actors:
        if actor.code != exclude and accept(actor):
            return actor.code
    return None
