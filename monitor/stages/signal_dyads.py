"""Cue + the country actors of its sentence → a directed (source, target) dyad.

Heuristics, by the cue's role in the lexicon (how the cue is used — passive, bare
passive, a verb form used as a noun — is read by `signal_voice`; subjects, lists,
owners and "between X and Y" by `signal_phrases`; casualties "killed in Israeli shelling" by
`signal_voice`, whose attack's owner is the source):

* verb — active voice: the subject is the nearest actor of the cue's clause that is
  not the object of a preposition ("in Syria") or of another verb ("accused Beijing
  of supplying Russia", "will provide the Philippines"), else the nearest such actor
  before the cue; the object is the first actor from the cue on. Passive voice ("Azerbaijan
  was threatened by Russia"): the agent right after "by" is the source, the actor
  before the cue the target (or the receiver between a cue ending in "to" and its agent:
  "was delivered to Ukraine by Britain"); a protest "to" which an envoy was summoned has
  the summons' dyad ("Manila summoned a Chinese diplomat to protest"); a participle
  opening the sentence ("Backed by Turkey, Azerbaijan …") targets the first actor after
  the agent and its co-agents. A bare
  passive ("Kuwait was threatened", "ten Iraqi soldiers were killed") makes its
  subject the target, with an unknown source;
* verb used as a noun ("under pressure from the United States", "protests by U.S.
  producers", "Iranian shelling") — when the phrase names who: "between X and Y"
  (with no clause subject), its owner (then the target is the next actor not after a
  preposition of place), a "from/by" agent tied to it (then the target is the
  clause's subject the phrase befalls — "Greece, responding to a warning by Turkey" —
  or an actor between the noun and its agent: "support for Ukraine from Poland"), or
  where a projectile landed ("shells … fell on Kuwait"); otherwise read as a verb;
* noun — the source sits right before the noun ("Russia's threat", "Turkish
  support"), is the clause subject, or is an agent tied to the noun ("aid from
  Turkey", "the invasion of Kuwait by Iraq", "statements made by Reagan"; then the
  clause's actor is the target: "Azerbaijan received aid from Turkey"); else the
  target is the first actor after the noun, or another actor of the clause ("gave
  Israel an ultimatum"). "Talks between X and Y" with no clause subject give X → Y;
* recv — receiving help ("Georgia received assurances from Turkey"): the giver after
  "from/by" is the source, the clause subject (the receiver) the target; a giver inside
  the cue ("any threat to Cyprus is a threat to us") helps the clause's last actor. Any
  alliance cue after a receiving verb of its clause is read so when a giver is named
  ("Lebanon's army received a shipment of armoured vehicles from the United States",
  "North Korea was promised technical help … by Russia");
* sym — symmetric relations ("joint exercises", "strategic partnership"): the first
  two distinct actors of the sentence, in order; an owner right before the cue leads
  towards a party named after it ("Ouagadougou's mutual defence commitment to Niamey": BF
  → NE).

A coordinated subject ("X and Y", "X, Y and Z"; "Japanese Prime Minister Fumio Kishida
and South Korean President …", "Brazil's president and his Argentine counterpart"; a
headline's "Uzbek, Tajik leaders") of a verb yields its first two members,
unless the verb has an object aimed at (a direct object, or after "to / for / against /
at / with …" within four words in the same clause): "The United States and Britain
warned Iran" is US → IR, "Russia and China held talks on Syria" stays RU → CN.

A verb cue opening a participle clause after a comma (", accusing Stockholm of …") shares
the subject of the clause it hangs on: the main subject or pair, or an attribution's
speaker (`signal_participles`).

A threat governed by "face" ("Finland will face retaliatory measures …, Zakharova said";
"Yerevan must stop … or face serious consequences") targets the one to face it and comes
from the sentence's speaker (`signal_faced`), else from the source the role gives.

The words another country puts on the main clause's act (", a move the government in
Taipei described as economic coercion") aim the act's subject at that country
(`described_move`); they tell no main event of their own.

A missing actor is None (unknown), never guessed from outside the sentence.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Sequence
from typing import Any, Final

from monitor.models import CountryMention
from monitor.stages.signal_faced import face_at, faced_subject, speaker
from monitor.stages.signal_lexicon import SPACES, Hit, ascii_bytes, translate_fast
from monitor.stages.signal_participles import WITH, participle_dyad
from monitor.stages.signal_phrases import (
    DIRECTIONS,
    OWNS,
    after_agents,
    aimed_after,
    between,
    coordinated,
    noun_source,
    other,
    subject,
    verb_subject,
)
from monitor.stages.signal_quotes import Actor
from monitor.stages.signal_voice import (
    attack_owner,
    bare_passive,
    by_agent,
    landed_on,
    near_agent,
    nominal,
    opens_sentence,
    passive,
    placed,
    undergoes,
)

__all__ = [
    "ActorSpan", "as_actors", "choose_dyad", "described_move", "field_spans", "spans_by_field",
]

ASSAULT: Final = "ASSAULT"
SUMMONS_REACH: Final = 90  # chars back from "to protest" searched for "summoned"
# forces a threat cue may open on ("warplanes struck"), whose owners act together
ARMED_AGENTS: Final = frozenset(
    {"warplanes", "jets", "fighter", "fighters", "bombers", "drones", "missiles", "rockets"}
    | {"forces", "troops", "soldiers", "warships", "ships", "navies", "aircraft", "helicopters"}
)
AGENT_AFTER: Final = re.compile(r"\s*(?:from|by)\s+(?:\w+\s+){0,2}?\Z")
# "the sale of (the) U.S. arms": what may stand between an aid noun's "of" and the goods' owner
OWNER_GAP: Final = re.compile(
    r" (?:[$\d.,]+ (?:million |billion |mln |bln )?(?:dollars |dlrs )?(?:worth |of )*)?(?:the )?"
)
# words after a country that show it is no modifier of goods ("delivery of Ukraine's …" is fine)
NOT_GOODS: Final = frozenset({"and", "or", "to", "by", "for", "from", "in", "on", "with", "as"})
# a relative clause or an apposition between commas after a subject ("Norway, which has given
# …, announced", "Japan, a close U.S. ally, said")
RELATIVE_OPENINGS: Final = (", which ", ", who ", ", whose ", ", a ", ", an ", ", the ")
RELATIVE_REACH: Final = 160
SPEECH: Final = frozenset({"said", "says", "say", "told", "reported", "claimed", "added", "stated"})
CLAUSE_MARKS: Final = ',;:(“"—–'  # a clause starts after these marks ...
QUOTE_MARKS: Final = '“"'  # … but not after a quotation mark opening inline words:
INLINE_BEFORE: Final = frozenset(
    {"with", "as", "of", "a", "an", "the", "to", "for", "by", "its", "their", "his", "her"}
)
# `SPACES` with each clause mark as "|" (a "|" of the text is a space like any mark)
MARKED: Final = "".join("|" if chr(i) in CLAUSE_MARKS else c for i, c in enumerate(SPACES))
MARKED_ASCII: Final = ascii_bytes(MARKED)
CLAUSE_WORDS: Final = (  # ... or after these words (whole words only)
    "that", "if", "whether", "because", "when", "while", "which", "who", "unless",
    "although", "but", "as",
)  # fmt: skip
# in a `MARKED` window after its last mark: the end of the last clause word (greedy `.*`
# backtracks from the window's end, so the rightmost one matches)
CLAUSE_WORD_SET: Final = frozenset(CLAUSE_WORDS)
# a clause subject naming two parties together ("the two governments", "both sides")
PAIR_WORDS: Final = (
    r"(?:the two|both)(?: [a-z]+)? (?:countries|governments|sides|nations|neighbou?rs|allies"
    r"|leaders|states|capitals|ministers|presidents|prime ministers)"
)
PAIR: Final = re.compile(
    rf"\s*(?:(?:where|and|after|since) )?{PAIR_WORDS} "
    r"(?:(?:also|have|had|will|would|then|jointly) )*"
)
PAIR_AGENT: Final = re.compile(rf" by {PAIR_WORDS}\b")
# a receiving verb before an alliance cue of its clause: the cue's giver is the "from/by" agent
RECEIVES: Final = re.compile(
    r"\b(?:receiv(?:e|es|ed|ing)|got|gets|secur(?:e|es|ed)|obtain(?:s|ed)?|accept(?:s|ed)?"
    r"|(?:was|were|been|be|is|are) (?:promised|offered|given|granted|pledged|awarded))\b"
)
CASUALTY_LINKS: Final = (" in ", " by ", " during ")  # "killed in (an) Israeli attack"
# a participle opening the clause of a noun cue, a few words before it (", vowing further ")
PARTICIPLE_OPENING: Final = re.compile(r", ([a-z]+ing) (?:[\w-]+ ){0,3}\Z")
RECEIVE_REACH: Final = 100  # chars before a cue searched for a receiving verb
LABELLING_VERBS: Final = (
    "calling", "describing", "denouncing", "branding", "condemning", "labelling", "labeling",
    "terming",
)  # fmt: skip
LABELLING_OPENINGS: Final = tuple(f", {verb} " for verb in LABELLING_VERBS)
# the words another country puts on the main clause's act: ", a move (that) Taipei described
# as …", ", a decision the German government condemned as …"
MOVE_OPENINGS: Final = (", a ", ", the ", ", what ", ", in ", *LABELLING_OPENINGS)
MOVE: Final = re.compile(
    r", (?:in )?(?:(?:a|the|what) (?:move|step|decision|measure|action|act|pledge|promise"
    r"|deal|warning)(?: that| which)? |what (?=[a-z]+ (?:described|called|termed|said)))"
)
# … or a speaker's participle that labels it (", the Cypriot government said, denouncing the
# move as gunboat diplomacy"; ", calling the incursion a direct threat to his country")
LABELLING: Final = re.compile(
    rf", (?:{'|'.join(LABELLING_VERBS)}) (?:it|this"
    r"|that|the (?:[\w-]+ ){0,2}?(?:move|step|decision|incursion|deployment|action|act"
    r"|attack|strikes?|measures?|sale|deal|visit|exercises?|drills?|seizure|ban|tariffs?"
    r"|sanctions|remarks|statement|plan))\b"
)
LABELLED: Final = re.compile(
    r"\b(?:said|says|called|calls|described|describes|condemned|condemns|denounced|denounces"
    r"|branded|brands|termed|decried|labell?ed|slammed|critici[sz]ed|saw|sees|views?|viewed"
    r"|considers?|considered|welcomed|welcomes|hailed|hails|praised|praises)\b"
)
# a possessive pronoun owning a noun cue, perhaps across a modifier or a quote mark ("its
# strikes", 'its "firm support"')
OWNED: Final = re.compile(r"\b(?:its|their)\s+(?:[\w-]+\s+)?[\"“']?\Z")
LAST_CLAUSE_WORD: Final = re.compile(rf"(?:.* )?(?:{'|'.join(CLAUSE_WORDS)})(?= |\Z)", re.DOTALL)


_new_actor: Final = tuple.__new__  # builds an `Actor` without its Python-level __new__
_START, _END = operator.itemgetter(0), operator.itemgetter(1)
ActorSpan = tuple[int, int, str, str]  # the fields of an `Actor`


def as_actors(spans: Sequence[ActorSpan]) -> tuple[Actor, ...]:
    """The `Actor`s of `spans` (plain tuples or actors already)."""
    return tuple([_new_actor(Actor, span) for span in spans])


def field_spans(countries: Sequence[CountryMention], field: str) -> list[ActorSpan]:
    """Every country span of `field` ("title" or "text") in text order, as plain tuples:
    cheaper to build than `Actor`s, which callers make (`as_actors`) of the few they
    analyse."""
    title, text = spans_by_field(countries)
    return text if field == "text" else title if field == "title" else []


def spans_by_field(
    countries: Sequence[CountryMention],
) -> tuple[list[ActorSpan], list[ActorSpan]]:
    """`field_spans` of the title and of the text, in one pass over the mentions.

    The mentions are read as `Any`: compiled code (mypyc) would otherwise unbox each
    offset of a typed `Span` and box it afresh for the tuple.
    """
    title: list[Any] = []
    text: list[Any] = []
    for country in countries:
        code: Any = country.code
        spans: Any = country.spans
        for span in spans:
            field = span.field
            if field == "text":
                text.append((span.start, span.end, code, span.kind))
            elif field == "title":
                title.append((span.start, span.end, code, span.kind))
    return _by_start(title), _by_start(text)


def _by_start(spans: list[ActorSpan]) -> list[ActorSpan]:
    """`spans` by start, the longer first where two start together: one sort, and the
    second only for such a tie (rare: each tagged span is a whole name)."""
    if len(spans) < 2:
        return spans
    spans.sort(key=_START)
    previous = -1
    for span in spans:
        if span[0] == previous:
            spans.sort(key=_END, reverse=True)  # two stable sorts in C: by start, the longer
            spans.sort(key=_START)  # first
            break
        previous = span[0]
    return spans


def choose_dyad(
    lowered: str, actors: Sequence[Actor], hit: Hit, sentence_start: int = 0
) -> tuple[str | None, str | None]:
    """(source, target) for `hit` among the sentence's `actors` (sorted by offset)."""
    if not actors:
        return None, None
    faced = _faced(lowered, actors, hit, sentence_start) if hit[2].kind == "threat" else None
    if faced is None:
        described = _described_move(lowered, actors, hit, sentence_start)
        if described is not None:  # "…, a move Taipei described as economic coercion"
            return described
        summoned = _summoned_to(lowered, hit, sentence_start)
        if summoned is not None:  # "Manila summoned a Chinese diplomat to protest": the summons'
            return _role_dyad(lowered, actors, summoned, sentence_start)
        return _role_dyad(lowered, actors, hit, sentence_start)
    source = speaker(lowered, actors, faced, hit)
    if source is None:  # no speaker named: the source the cue's role gives, if any
        source = _role_dyad(lowered, actors, hit, sentence_start)[0]
    return _distinct(source if source != faced.code else None, faced.code)


def described_move(lowered: str, hit: Hit, sentence_start: int) -> int:
    """Where the words another country puts on the main clause's act begin, when the cue is
    among them (", a move the government in Taipei described as economic coercion",
    ", a decision the German government condemned as …"); else -1."""
    move = _move(lowered, hit, sentence_start)
    return -1 if move is None else move.end()


def _move(lowered: str, hit: Hit, sentence_start: int) -> re.Match[str] | None:
    """The opening of the words put on the main clause's act (`MOVE`, from its comma) that
    hold the cue, if any."""
    comma = lowered.rfind(", ", sentence_start, hit[0])
    if comma < 0 or not lowered.startswith(MOVE_OPENINGS, comma):
        return None  # the common case
    return MOVE.match(lowered, comma) or LABELLING.match(lowered, comma)


def _described_move(
    lowered: str, actors: Sequence[Actor], hit: Hit, sentence_start: int
) -> tuple[str, str] | None:
    """For a cue in the words another country puts on the main clause's act ("China
    suspended tariff concessions on Taiwanese products, a move the government in Taipei
    described as economic coercion"): the main subject → the one who described it; else
    None."""
    move = _move(lowered, hit, sentence_start)
    if move is None:
        return None
    if move.re is LABELLING:  # the speaker's own participle: the speaker describes it
        describer = next((a for a in reversed(actors) if a.end <= move.start()), None)
    else:
        describer = next((a for a in actors if move.end() <= a.start < hit[0]), None)
        if describer is not None and not LABELLED.search(lowered, describer.end, hit[0]):
            describer = None
    if describer is None:
        return None
    main = subject(lowered, [a for a in actors if sentence_start <= a.start < move.start()])
    return (main, describer.code) if main is not None and main != describer.code else None


def _summoned_to(lowered: str, hit: Hit, sentence_start: int) -> Hit | None:
    """For a protest cue in "summoned <someone> to protest", the summons as a hit of the same
    entry, whose dyad the protest shares (its object is the summoned envoy, not the one who
    protests); else None."""
    if hit[2].category != "PROTEST" or not lowered.endswith(" to ", 0, hit[0]):
        return None
    at = lowered.rfind("summon", max(sentence_start, hit[0] - SUMMONS_REACH), hit[0])
    if at < 0 or any(mark in lowered[at : hit[0]] for mark in ",;:"):
        return None
    end = lowered.find(" ", at)
    return (at, end, hit[2], hit[3])


def _role_dyad(
    lowered: str, actors: Sequence[Actor], hit: Hit, sentence_start: int
) -> tuple[str | None, str | None]:
    """(source, target) by the cue's role (the module docstring's heuristics)."""
    role = hit[2].role
    before = [a for a in actors if a.end <= hit[0]]
    after = [a for a in actors if a.start >= hit[0]]
    given = _given(lowered, hit, before, after, sentence_start) if role != "recv" else None
    if given is not None:  # "Lebanon's army received a shipment of … from the United States"
        return given
    if role == "sym":
        possessor = _possessor(lowered, hit, before)  # "Ouagadougou's mutual defence
        partner = other(after, possessor) if possessor is not None else None  # commitment
        if partner is not None:  # to Niamey": its relation with the party named after it
            return possessor, partner
        return _symmetric(actors)
    if hit[2].category == ASSAULT and lowered.startswith(CASUALTY_LINKS, hit[1]):
        owner = attack_owner(lowered, hit, after)
        if owner is not None:  # "were killed in Israeli tank shelling in Gaza"
            return _casualty_dyad(lowered, hit, owner, before, after, sentence_start)
    if role == "verb" and passive(lowered, hit):
        if PAIR_AGENT.match(lowered, hit[1]):  # "a letter of intent signed by the two governments"
            return _symmetric(actors)
        opens = opens_sentence(lowered, sentence_start, hit[0])
        return _passive_dyad(lowered, hit, before, after, after if opens else [])
    cut = _clause_start(lowered, hit[0], sentence_start) if before else hit[0]
    clause = [a for a in before if a.start >= cut] or _relative_head(lowered, before, cut)
    if not clause and PAIR.match(lowered, cut, hit[0]):  # "…, where the two governments signed"
        return _symmetric(actors)
    if role == "verb" and nominal(lowered, hit, sentence_start, before):
        known = clause or _apposed(lowered, before, hit[0])
        anchored = _anchored(lowered, hit, known, after, sentence_start)
        if anchored is not None:
            return anchored
    if role == "noun":
        return _noun_dyad(lowered, hit, clause, after, before, sentence_start)
    if role == "recv":
        received = _received(lowered, hit, clause, before, after)
        if received[0] is None and received[1] is not None and hit[2].kind == "threat":
            return _threatened_by_speaker(lowered, actors, hit, received[1])
        return received
    if bare_passive(lowered, hit) and clause and _close(lowered, clause[-1], hit[0]):
        return None, clause[-1].code  # "Kuwait was threatened": the subject suffers it
    # ", accusing Stockholm of …": the clause before acts; "with Berlin pledging": Berlin
    if role == "verb" and (not clause or _with_before(lowered, clause[-1], hit[0])):
        participle = participle_dyad(lowered, actors, hit, sentence_start)
        if participle is not None:
            return participle
        source = (
            None if clause else _participle_source(lowered, hit, before, after, sentence_start)
        )
        if source is not None:  # "…, simulating a blockade of the island's ports"
            return source, other(after, source)
    return _verb_dyad(lowered, hit, clause, before, after)


def _threatened_by_speaker(
    lowered: str, actors: Sequence[Actor], hit: Hit, target: str
) -> tuple[str | None, str]:
    """A threat its subject suffers, no giver named ("the puppets in Seoul will pay a dear
    price", "Israel will be punished"): made by the sentence's speaker, if one is named
    ("North Korea said South Korea would pay a heavy price")."""
    suffers = next(a for a in actors if a.code == target)
    source = speaker(lowered, actors, suffers, hit)
    return (source if source != target else None), target


def _faced(lowered: str, actors: Sequence[Actor], hit: Hit, sentence_start: int) -> Actor | None:
    """Who is to face a threat ("Finland will face retaliatory measures …"): its target,
    threatened by the sentence's speaker; None when no "face" governs the cue."""
    at = face_at(lowered, hit, sentence_start)
    if at is None:
        return None
    before = [a for a in actors if a.end <= at]
    cut = _clause_start(lowered, at, sentence_start) if before else at
    return faced_subject(lowered, at, [a for a in before if a.start >= cut])


def _anchored(
    lowered: str, hit: Hit, clause: list[Actor], after: list[Actor], sentence_start: int
) -> tuple[str | None, str | None] | None:
    """The dyad of a verb cue used as a noun, when the noun phrase says who: "between X
    and Y", its owner ("Iranian shelling", "Russia's support"), a "from/by" agent right
    after it ("under pressure from the United States"), or where it landed ("shells …
    fell on Kuwait"); None leaves the cue to the verb heuristics."""
    pair = between(lowered, hit, clause, after)
    if pair:
        return pair
    landed = landed_on(lowered, hit, after)
    owner = noun_source(lowered, hit, clause)
    if owner is not None:
        pair = coordinated(lowered, clause)  # "U.S. and Japanese pressure"
        if pair and not _armed_agents(lowered, hit):
            return pair
        if pair:  # forces of both: "Russian and Syrian warplanes struck Turkish positions"
            owner, after = pair[0], [a for a in after if a.code not in pair]
        # not "talks in New York"; but an attack's place is what it hits ("Israeli
        # warplanes struck military sites across Iran")
        attack = hit[2].category == ASSAULT
        aimed = [a for a in after if attack or not placed(lowered, a)]
        return owner, landed or other(aimed, owner) or other(clause[::-1], owner)
    agent = next((a for a in after if near_agent(lowered, hit, a)), None)
    if agent is None:
        return (None, landed) if landed else None
    known = clause[-1].code if clause and undergoes(lowered, hit) else None
    inside = [a for a in after if a.start < agent.start]  # "support for Ukraine from Poland"
    target = landed or known or other(inside, agent.code) or aimed_after(lowered, agent, after)
    if target is None and undergoes(lowered, hit, sentence_start):
        target = after_agents(lowered, agent, after)  # "Under pressure from X, Y agreed"
    return _distinct(agent.code, target)


def _with_before(lowered: str, actor: Actor, at: int) -> bool:
    """Whether `actor` right before the cue at `at` follows "with" ("with Berlin pledging")."""
    return actor.end == at - 1 and lowered.endswith(WITH, 0, actor.start)


def _given(
    lowered: str, hit: Hit, before: list[Actor], after: list[Actor], sentence_start: int
) -> tuple[str | None, str | None] | None:
    """The dyad of an alliance cue after a receiving verb of its clause, read as `recv`
    ("Egypt … received a $35 billion investment commitment from the United Arab Emirates"),
    when a giver is named; else None."""
    if hit[2].kind != "alliance" or not before or not after:
        return None
    last = after[-1].start  # a giver is named after "from" or "by"
    if lowered.find(" from ", hit[1], last) < 0 and lowered.find(" by ", hit[1], last) < 0:
        return None  # the common case
    if RECEIVES.search(lowered, max(sentence_start, hit[0] - RECEIVE_REACH), hit[0]) is None:
        return None
    cut = _clause_start(lowered, hit[0], sentence_start)
    if RECEIVES.search(lowered, cut, hit[0]) is None:
        return None
    clause = [a for a in before if a.start >= cut] or _relative_head(lowered, before, cut)
    received = _received(lowered, hit, clause, before, after)
    return received if received[0] is not None else None


def _casualty_dyad(
    lowered: str, hit: Hit, owner: Actor, before: list[Actor], after: list[Actor],
    sentence_start: int,
) -> tuple[str | None, str | None]:
    """The attack's owner → the casualties' country (an actor of the cue's clause before it:
    "ten Iraqi soldiers were killed in an Iranian attack"), else the place after the attack
    ("… in Israeli tank shelling in the east of the Gaza Strip")."""
    cut = _clause_start(lowered, hit[0], sentence_start) if before else hit[0]
    clause = [a for a in before if a.start >= cut and a.code != owner.code]
    if clause:
        return owner.code, clause[-1].code
    return owner.code, next((a.code for a in after if a.code != owner.code), None)


def _possessor(lowered: str, hit: Hit, before: list[Actor]) -> str | None:
    """The country owning a noun cue with "'s" right before it ("Ouagadougou's mutual
    defence commitment"), if any."""
    if not before or not lowered.startswith(OWNS, before[-1].end):
        return None
    return noun_source(lowered, hit, before)


def _relative_head(lowered: str, before: list[Actor], cut: int) -> list[Actor]:
    """The actor a relative clause or an apposition set off by commas follows, when the
    cue's clause starts right after it: "Norway, which has given more than $1 billion to
    Kyiv, announced a further package of military aid", "Japan, a close U.S. ally, said it
    would send troops" (Norway, Japan are the subjects)."""
    for actor in reversed(before):
        between_commas = lowered[actor.end : cut]
        if len(between_commas) > RELATIVE_REACH:
            break
        if between_commas.startswith(RELATIVE_OPENINGS) and between_commas.rstrip().endswith(","):
            return [actor]
    return []


def _apposed(lowered: str, before: list[Actor], position: int) -> list[Actor]:
    """The last actor before `position` when only punctuation, no clause word, parts
    them: "the Japanese government, under pressure from …" (not "…, but to meet …")."""
    if not before or not CLAUSE_WORD_SET.isdisjoint(lowered[before[-1].end : position].split()):
        return []
    return before[-1:]


def _passive_dyad(
    lowered: str, hit: Hit, before: list[Actor], after: list[Actor], opening: list[Actor]
) -> tuple[str | None, str | None]:
    """Passive with a "by" agent: the agent → the subject before the verb, else (a
    participle opening the sentence, when `opening` holds the actors after it) the
    first actor after the agent and its co-agents."""
    agent = next((a for a in after if by_agent(lowered, hit, a)), None)
    source = agent.code if agent else None
    if agent is not None and lowered.endswith(" to", hit[0], hit[1]):
        # the receiver between the cue and its agent: "was delivered to Ukraine by Britain"
        receiver = next((a for a in after if a.start < agent.start), None)
        if receiver is not None:
            return _distinct(source, receiver.code)
    if before:
        return _distinct(source, before[-1].code)
    if agent is None or not opening:
        return source, None
    return source, after_agents(lowered, agent, opening)


def _close(lowered: str, actor: Actor, position: int) -> bool:
    """Whether `actor` heads the phrase right before `position` ("Ten Iraqi soldiers were")."""
    words = lowered[actor.end : position].split()
    if len(words) > 3 or not CLAUSE_WORD_SET.isdisjoint(words) or not SPEECH.isdisjoint(words):
        return False
    return subject(lowered, [actor]) is not None  # "a threat to Kuwait was condemned": no


def _verb_dyad(
    lowered: str, hit: Hit, clause: list[Actor], before: list[Actor], after: list[Actor]
) -> tuple[str | None, str | None]:
    """Active verb: nearest clause subject (or "X and Y" pair), then the object."""
    end = hit[1]
    pair = coordinated(lowered, before if clause else clause)  # a list may span commas
    if pair:
        aim = _first(after, None, lambda a: a.code not in pair and _aimed_at(lowered, end, a))
        if aim is None and _armed_agents(lowered, hit):
            return pair[0], None  # "American and British warplanes struck Houthi radar sites"
        return (pair[0], aim) if aim else pair  # "X and Y attacked Z": co-agents, not a dyad
    source = verb_subject(lowered, clause[::-1]) or verb_subject(lowered, before[::-1])
    target = other(after, source) or other(clause[::-1], source)
    return source, target


def _armed_agents(lowered: str, hit: Hit) -> bool:
    """Whether a threat cue opens on the forces it is done by, so that a country pair before
    it names their owners, acting together ("American and British warplanes struck")."""
    if hit[2].kind != "threat":
        return False
    head = lowered[hit[0] : hit[1]].split(None, 1)[0]
    return head in ARMED_AGENTS


def _aimed_at(lowered: str, end: int, actor: Actor) -> bool:
    """Whether `actor`, in the clause of the verb ending at `end`, is its direct object or
    follows a preposition of direction ("warned Iran", "aid to Ukraine"), not one of topic
    or place ("talks on Syria", "in Syria")."""
    gap = lowered[end : actor.start]
    words = gap.split()
    if len(words) > 4 or not CLAUSE_WORD_SET.isdisjoint(words) or _marked(gap):
        return False  # "agree that disputes in the South China Sea …"
    return not words or words[-1] in DIRECTIONS or words[-1] in ("the", "a", "an")


def _marked(gap: str) -> bool:
    """Whether `gap` holds a clause mark."""
    return any(mark in gap for mark in CLAUSE_MARKS)


def _received(
    lowered: str, hit: Hit, clause: list[Actor], before: list[Actor], after: list[Actor]
) -> tuple[str | None, str | None]:
    """Receiving help: the giver after "from/by" → the receiver (the clause subject). A
    giver inside the cue ("any threat to Cyprus is a threat to us") helps the clause's
    last actor, even one after a preposition."""
    inside = [a for a in after if a.end <= hit[1]]
    if inside:
        receiver = clause[-1].code if clause else None
        return _distinct(inside[0].code, receiver)
    giver = _first(after, None, lambda a: AGENT_AFTER.search(lowered, hit[1], a.start))
    receiver = subject(lowered, clause[::-1]) or subject(lowered, before[::-1])
    return _distinct(giver, receiver) if giver else (None, receiver)


def _noun_dyad(
    lowered: str,
    hit: Hit,
    clause: list[Actor],
    after: list[Actor],
    before: list[Actor],
    sentence_start: int,
) -> tuple[str | None, str | None]:
    """Dyad of a noun cue: adjacent owner or clause subject, else a from/by agent (whose
    target is the clause's actor, else the sentence's last actor before the noun:
    "Iran seized a tanker, drawing condemnation from the United States"); a noun owned by
    a pronoun ("its strikes", "their support") with no subject in its clause is the
    nearest subject's before it ("Israel denied targeting civilians but said its strikes on Lebanese
    villages would continue")."""
    previous = before[-1:]
    pair = between(lowered, hit, clause, after)
    if pair:
        return pair
    source = noun_source(lowered, hit, clause)
    owner = _goods_owner(lowered, hit, after)
    if owner is not None:  # the goods' owner gives, unless the noun has its own owner
        giver = source or owner.code  # ("an Israeli shipment of U.S. arms")
        return _distinct(giver, other([a for a in after if a is not owner], giver))
    if source is None:
        agent = _first(after, None, lambda a: near_agent(lowered, hit, a))
        if agent is not None:
            known = clause or previous
            target = known[-1].code if known else other(after, agent)
            return _distinct(landed_on(lowered, hit, after) or target, agent)[::-1]
        source = subject(lowered, clause)
        if source is None and not clause and OWNED.search(lowered, max(0, hit[0] - 24), hit[0]):
            source = verb_subject(lowered, before[::-1])  # the nearest that may lead
        if source is None and not clause:  # "…, Katz said, vowing further strikes on Iran"
            source = _participle_source(lowered, hit, before, after, sentence_start)
    target = landed_on(lowered, hit, after) or other(after, source)
    if target is None:
        target = other(clause[::-1], source)
    return source, target


def _participle_source(
    lowered: str, hit: Hit, before: list[Actor], after: list[Actor], sentence_start: int
) -> str | None:
    """The source of a noun cue that a participle opening its clause governs ("…, Israeli
    Defence Minister Israel Katz said, vowing further strikes on Iranian forces"): the
    participle's, read as `participle_dyad` reads a cue opening such a clause."""
    opening = PARTICIPLE_OPENING.search(lowered, max(0, hit[0] - 40), hit[0])
    if opening is None:
        return None
    word = opening.start(1)
    participle = (word, opening.end(1), hit[2], hit[3])
    dyad = participle_dyad(lowered, [*before, *after], participle, sentence_start)
    return dyad[0] if dyad else None


def _goods_owner(lowered: str, hit: Hit, after: list[Actor]) -> Actor | None:
    """The giver named as the owner of the goods an aid noun moves: "the sale of U.S.
    arms to Iran", "a shipment of Russian grain to Egypt" (a modifier right after "of")."""
    if hit[2].category != "AID" or not lowered.endswith(" of", hit[0], hit[1]) or not after:
        return None
    first = after[0]
    if not OWNER_GAP.fullmatch(lowered, hit[1], first.start):
        return None
    following = lowered[first.end : first.end + 20].split()
    return first if following and following[0].isalpha() and following[0] not in NOT_GOODS else None


def _clause_start(lowered: str, position: int, sentence_start: int) -> int:
    """Where the clause holding `position` starts (punctuation or a clause word)."""
    window_start = max(sentence_start, position - 160)
    marked = translate_fast(lowered[window_start:position], MARKED, MARKED_ASCII)
    cut = marked.rfind("|") + 1
    while cut and lowered[window_start + cut - 1] in QUOTE_MARKS and _scare_quote(
        lowered, window_start + cut - 1
    ):  # "will respond with \"resolute countermeasures\"": the quote is inline
        cut = marked.rfind("|", 0, cut - 1) + 1
    if CLAUSE_WORD_SET.isdisjoint(marked[cut:].split()):
        return window_start + cut  # the regex only matches a clause word between spaces
    word = LAST_CLAUSE_WORD.match(marked, cut)
    return window_start + (word.end() if word else cut)


def _scare_quote(lowered: str, at: int) -> bool:
    """Whether the quotation mark at `at` opens inline words after a preposition or a
    determiner ("respond with \"resolute countermeasures\"", "called it a \"provocation\"")."""
    words = lowered[max(0, at - 12) : at].split()
    return lowered[at - 1 : at] == " " and bool(words) and words[-1] in INLINE_BEFORE


def _distinct(source: str | None, target: str | None) -> tuple[str | None, str | None]:
    """The pair, with the target dropped when it repeats the source."""
    return (source, target) if source != target else (source, None)


def _symmetric(actors: Sequence[Actor]) -> tuple[str | None, str | None]:
    """The first two distinct actors of the sentence."""
    codes = list(dict.fromkeys(a.code for a in actors))
    return (codes[0] if codes else None, codes[1] if len(codes) > 1 else None)


def _first(
    actors: list[Actor], exclude: str | None, accept: Callable[[Actor], object]
) -> str | None:
    """The code of the first actor not equal to `exclude` that `accept` approves."""
    for actor in actors:
        if actor.code != exclude and accept(actor):
            return actor.code
    return None
