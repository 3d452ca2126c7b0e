"""Noun phrases and lists around a cue: who leads a clause, which actors form a list,
who owns a noun, the parties of "between X and Y", and who a noun's agent aims at
(helpers of `signal_dyads`).

Actors are `Actor`s over a lower-cased field, sorted by offset.
"""

from __future__ import annotations

import re
from typing import Final

from monitor.stages.signal_lexicon import Hit
from monitor.stages.signal_quotes import Actor

__all__ = [
    "DIRECTIONS", "OWNS", "PREPOSITIONS", "after_agents", "aimed_after", "between", "can_lead",
    "coordinated", "in_list", "link", "noun_source", "object_of_verb", "other", "subject",
    "verb_subject",
]  # fmt: skip

PREPOSITIONS: Final = frozenset(
    {"in", "into", "against", "to", "for", "with", "on", "at", "from", "of", "toward", "towards"}
    | {"across", "near", "inside", "throughout"}  # "Israeli strikes across Gaza killed"
    | {"around", "along", "outside"}  # "launched drills around Taiwan"
    | {"through", "via"}  # "sent wheat to Afghanistan through Iran's Chabahar port"
)
SPOKESPEOPLE: Final = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "spokespeople"}
)
# "the", titles
BETWEEN: Final = re.compile(r"\s+(?:[\w-]+\s+){0,2}?between\s+(?:[\w.-]+\s+){0,2}?\Z")
DIRECTIONS: Final = frozenset({"to", "for", "against", "at", "toward", "towards", "into", "with"})
LIST_GOES_ON: Final = re.compile(r"\s*(?:,|and\b|or\b)")
AIMED_AFTER: Final = (
    re.compile(r"(?:'s)?\s+(?:[\w.'-]+\s+){0,2}?(?:on|against|at|upon)\s+(?:the\s+)?")
)
OBJECT_PRONOUNS: Final = frozenset({"us", "ourselves"})
# common verbs whose object may be a country ("will provide the Philippines with …");
# past and -ing forms are recognised by their ending
TRANSITIVE: Final = frozenset(
    {
        "provide", "provides", "give", "gives", "gave", "send", "sends", "sent", "urge",
        "urges", "tell", "tells", "told", "ask", "asks", "warn", "warns", "help", "helps",
        "accuse", "accuses", "call", "calls", "invite", "invites", "supply", "supplies",
        "offer", "offers", "assure", "assures", "join", "joins", "meet", "meets", "met",
        "visit", "visits", "let", "lets", "leave", "leaves", "left", "hit", "hits", "struck",
        "beat", "beats", "sought", "brought", "made", "took", "order", "orders", "expel",
        "expels", "summon", "summons", "receive", "receives", "grant", "grants", "allow",
        "allows", "back", "backs", "support", "supports", "arm", "arms", "train", "trains",
        "fund", "funds", "defend", "defends", "attack", "attacks", "threaten", "threatens",
        "consider", "considers", "see", "sees", "saw", "view", "views", "regard", "regards",
        "recognise", "recognises", "recognize", "recognizes", "welcome", "welcomes",
    }
)  # fmt: skip
# "and" between two list members, perhaps before a possessive ("Brazil's president and his
# Argentine counterpart")
AND_LINKS: Final = frozenset({"and", "and his", "and her", "and its", "and their"})
TITLE_WORDS: Final = frozenset(
    """foreign defence defense interior trade finance prime minister ministers president
    premier chancellor leader leaders king counterpart officials delegation envoy ambassador
    secretary state government forces troops army navy emir sultan crown prince monarch
    deputy vice chief head""".split()  # noqa: SIM905
)
DETERMINERS: Final = (
    frozenset({"the", "a", "an", "two", "three", "several", "some", "many", "more"})
)
HEADLINE_CHARS: Final = 160  # a longer first line is no headline
OWNS: Final = ("'s ", "’s ")
OWNED_WORDS: Final = 3  # words an owner may head before "and" ("China's Commerce Ministry and")
# institutions a country owns ("at the U.S. Treasury", "in the Russian embassy")
BODIES: Final = frozenset(
    """treasury department embassy ministry government officials senate congress army navy
    military forces troops president administration consulate delegation""".split()  # noqa: SIM905
)
# prepositions of place and direction, which a "the" may follow before the place
SPATIAL: Final = frozenset(
    {"in", "into", "to", "at", "near", "inside", "across", "throughout", "around", "along"}
    | {"outside", "toward", "towards"}
)
# what may stand between a preposition and the place it governs: a direction, or the owner
# of a region ("in southern Lebanon", "in Mozambique's Cabo Delgado province")
COMPASS: Final = frozenset(
    """northern southern eastern western central north south east west northeast northwest
    southeast southwest north-eastern north-western south-eastern south-western
    northeastern northwestern southeastern southwestern""".split()  # noqa: SIM905
)
OWNER_ENDINGS: Final = ("'s", "’s")
QUANTIFIERS: Final = frozenset({"two", "three", "several", "some", "many", "more", "all", "other"})
NOT_VERBS: Final = (
    frozenset({"neighbouring", "neighboring", "bordering", "during", "oil-producing"})
)
NOUN_GAP: Final = (
    re.compile(r"(?:'s|s'|'|\s|-|[a-z]+ly|strong|full|firm|military|fresh|new|latest)*\Z")
)


def in_list(lowered: str, left: Actor, right: Actor) -> bool:
    """Whether `right` continues a list after `left`: "X and Y", "X, Y and …" (but
    "Backed by Turkey, Azerbaijan launched …" ends the agent at the comma)."""
    joint = link(lowered, left, right)
    if joint in ("and", "or"):
        return True
    return joint == "" and LIST_GOES_ON.match(lowered, right.end) is not None


def coordinated(lowered: str, clause: list[Actor]) -> tuple[str, str] | None:
    """The first two members when the clause ends in a coordinated subject: "X and Y",
    "X, Y and Z" (the last link must be "and"; a headline's comma will do; "X's A and Y's
    B" too), also when
    a member is a leader named by title ("Japanese Prime Minister Fumio Kishida and South
    Korean President …", "the Egyptian foreign minister and his Jordanian counterpart")."""
    if len(clause) > 2:
        clause = _one_per_phrase(lowered, clause)
    if len(clause) < 2 or not (
        _and_link(link(lowered, clause[-2], clause[-1]))
        or _headline_pair(lowered, clause)
        or _owners_pair(lowered, clause[-2], clause[-1])
    ):
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


def _and_link(joint: str) -> bool:
    """Whether two members are joined by "and", perhaps after the first one's title
    ("the Egyptian foreign minister and his Jordanian counterpart")."""
    if joint in AND_LINKS:
        return True
    words = joint.split()
    if words[:1] and words[0] in OWNER_ENDINGS:
        words = words[1:]  # "Qatar's emir and Rwandan President …"
    titles = next((i for i, word in enumerate(words) if word not in TITLE_WORDS), len(words))
    return titles > 0 and " ".join(words[titles:]) in AND_LINKS


def _owners_pair(lowered: str, left: Actor, right: Actor) -> bool:
    """Whether two owners head parallel phrases joined by "and": "China's Commerce Ministry
    and Bolivia's Hydrocarbons Ministry" (at most three words owned by the first)."""
    if not (lowered.startswith(OWNS, left.end) and lowered.startswith(OWNS, right.end)):
        return False
    words = lowered[left.end + 3 : right.start].split()
    return 1 < len(words) <= OWNED_WORDS + 1 and words[-1] == "and" and "," not in words[-2]


def _headline_pair(lowered: str, clause: list[Actor]) -> bool:
    """Whether a headline's comma joins its last two members ("Uzbek, Tajik leaders reopen
    border crossing", "Georgian PM, Turkish counterpart discuss …"): the field's short first
    line, one sentence ending on a word, with only a title between the first member and the
    comma."""
    left, right = clause[-2], clause[-1]
    end = lowered.find("\n", right.end)
    line = lowered[: end if end >= 0 else len(lowered)]  # the field's first line
    if len(line) > HEADLINE_CHARS or "\n" in line or ". " in line[right.end :]:
        return False  # ("W. GERMANY, BOLIVIA SIGN …": an abbreviation before is no sentence end)
    if not line.rstrip()[-1:].isalnum():
        return False
    gap = lowered[left.end : right.start]
    if gap.count(",") != 1:
        return False
    words = gap.replace(",", " ").split()
    return all(word in TITLE_WORDS or word in ("pm", "fm") for word in words)


def _one_per_phrase(lowered: str, clause: list[Actor]) -> list[Actor]:
    """The clause's actors, one per noun phrase: an actor repeating the country of the
    one before it a few words on ("Japanese Prime Minister Fumio Kishida") joins it into
    one actor spanning both, which "and" links to the next member."""
    kept = clause[:1]
    for actor in clause[1:]:
        previous = kept[-1]
        gap = lowered[previous.end : actor.start]
        words = gap.split()
        same = actor.code == previous.code and len(words) <= 3
        if same and "," not in gap and "and" not in words and "or" not in words:
            kept[-1] = Actor(previous.start, actor.end, previous.code, previous.kind)
        else:
            kept.append(actor)
    return kept


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
    """The first of `actors` that is not governed by a preposition, perhaps through a
    quantifier, a direction or an owner ("the assets of several Belarusian officials", "in
    southern Lebanon", "in Mozambique's Cabo Delgado province"; but "the speaker of the
    Iranian parliament" may lead)."""
    for actor in actors:
        words = lowered[max(0, actor.start - 30) : actor.start].split()
        if len(words) > 1 and words[-1] in QUANTIFIERS:
            words.pop()
        while len(words) > 1 and (
            words[-1] in COMPASS
            or words[-1].endswith(OWNER_ENDINGS)
            or (words[-1] == "the" and words[-2] in SPATIAL and not _owns_body(lowered, actor))
        ):
            words.pop()  # "in southern Lebanon", "in Mozambique's Cabo Delgado province", "to
            # the Solomon Islands" (not "the speaker of the Iranian parliament")
        if can_lead(lowered, actor) and (not words or _ungoverned(words)):
            return actor.code
    return None


def _ungoverned(words: list[str]) -> bool:
    """Whether the words before an actor leave it free to lead: no preposition right before
    it, except the "for" of a spokesperson ("a spokesman for Beijing's Taiwan Affairs Office
    warned")."""
    return words[-1] not in PREPOSITIONS or (
        words[-1] == "for" and len(words) > 1 and words[-2] in SPOKESPEOPLE
    )


def _owns_body(lowered: str, actor: Actor) -> bool:
    """Whether an institution follows the actor ("at the U.S. Treasury"): an owner there,
    not a place."""
    following = lowered[actor.end : actor.end + 16].split(None, 1)
    return bool(following) and following[0].strip(",.") in BODIES


def object_of_verb(lowered: str, actor: Actor) -> bool:
    """Whether a verb governs `actor` right before it, perhaps after a determiner or a
    count ("accused Beijing", "supplying Russia", "will provide the Philippines", "expelled
    a British diplomat", "orders French ambassador out"): it is then no subject."""
    words = lowered[max(0, actor.start - 24) : actor.start].split()
    if words and (words[-1] in DETERMINERS or words[-1].replace(",", "").isdigit()):
        words.pop()  # "expelled a British diplomat", "ordered 12 French embassy staff"
    if not words:
        return False
    word = words[-1]
    if word in TRANSITIVE:
        return True
    return len(word) > 4 and word.endswith(("ed", "ing")) and word not in NOT_VERBS


def can_lead(lowered: str, actor: Actor) -> bool:
    """Object pronouns ("us") never act as the subject."""
    return actor.kind != "pronoun" or lowered[actor.start : actor.end] not in OBJECT_PRONOUNS


def noun_source(lowered: str, hit: Hit, before: list[Actor]) -> str | None:
    """The actor right before a noun cue ("Russia's threats"), if adjacent."""
    if not before or hit[0] - before[-1].end > 30:
        return None
    gap = lowered[before[-1].end : hit[0]]
    return before[-1].code if NOUN_GAP.match(gap) else None


def aimed_after(lowered: str, agent: Actor, after: list[Actor]) -> str | None:
    """An actor right after the agent's phrase, after "on / against / at": "pressure
    from the U.K. on Japan", "attacks by Iran on Kuwaiti tankers"."""
    for actor in after:
        if actor.start > agent.end and AIMED_AFTER.fullmatch(lowered, agent.end, actor.start):
            return actor.code if actor.code != agent.code else None
    return None


def after_agents(lowered: str, agent: Actor, after: list[Actor]) -> str | None:
    """The first actor after `agent` and its co-agents ("backed by Britain and West
    Germany"), unless it repeats the agent: the subject of "Backed by Turkey, Azerbaijan …"."""
    rest = [a for a in after if a.start > agent.start]
    lead = agent
    while rest and in_list(lowered, lead, rest[0]):
        lead, rest = rest[0], rest[1:]
    return other(rest[:1], agent.code)


def other(actors: list[Actor], exclude: str | None) -> str | None:
    """The code of the first actor not equal to `exclude` (`_first` accepting all)."""
    for actor in actors:
        if actor.code != exclude:
            return actor.code
    return None


def verb_subject(lowered: str, nearest_first: list[Actor]) -> str | None:
    """The nearest actor that may lead the verb and is no other verb's object
    ("Washington accused Beijing of supplying Russia and threatened …": Washington)."""
    free = [a for a in nearest_first if not object_of_verb(lowered, a)]
    return subject(lowered, free) or subject(lowered, nearest_first)
