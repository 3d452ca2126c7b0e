"""A sentence's cue hits → the same hits, with the objects of a governing verb demoted.

Two mirror constructions, each a verb and the cue of the other kind that names its object:

* Disapproval of a partnership — "China condemned the arms sale", "Iran rejected the
  peace plan", "Russia protested the joint exercises", "froze $400 million in military
  aid": the event is the disapproval or the sanction (ACCUSE, REJECT, PROTEST, DEMAND,
  SANCTION); the alliance noun after it (role "noun" or "sym") only names what is
  disapproved of. A demand governs the act it demands, verb or noun: "We demand that
  Rwanda withdraw its troops"; an attack its stated motive: "fired a ballistic missile
  at Ben Gurion airport in solidarity with Gaza". A disapproval noun governs its
  complement the same way: "violations of the ceasefire agreement", "breach of the
  treaty", "refusal to engage in negotiations"; an accusation also the act it charges,
  verb or noun ("accused the UAE of supplying weapons to the RSF"). Any threat governs
  the grievance it answers, an alliance noun after "over" ("countermeasures against
  Washington over its latest arms sale to Taiwan"); a warning what it warns about, in its
  "that" clause or after "against" ("Moscow warned Berlin that supplying Taurus missiles to
  Kyiv would make Germany a party to the conflict").
* Cooperation on a conflict topic — "held talks on the Iranian nuclear threat", "will
  share intelligence to thwart terrorist attacks", "will help Mali fight the jihadist
  insurgency": the event is the cooperation (a COOPERATE, CONSULT or AID verb or
  symmetric relation, stronger than the faint "promote", "strengthen", "invest"; not a
  noun such as "military equipment" or "summit"); the conflict
  phenomenon after it (ASSAULT, COERCE, THREATEN, MOBILIZE) is its topic or target.
  A release governs the detention that names whom it frees the same way: "Russia
  released a jailed American journalist", "Iran freed a tourist arrested in 2023".
  Armed parties are not demoted ("sent weapons to the rebels" stays hostile help), nor
  are threats after a clause break or a contrast ("talks began but fighting resumed").

The governed cue, close after the verb in its clause, keeps its place as evidence but
its strength is scaled by `OBJECT_WEIGHT`, so the governing verb leads the sentence.

A disapproval verb also governs the conflict it reacts to, of its own kind ("Qatar
condemned the cowardly Israeli attack", "summoned Uganda's envoy to protest against
incursions by Ugandan soldiers", "accused Tajikistan of shelling villages"; not a threat
statement, nor after a participle: "agents accused of laundering"): that cue keeps its
strength but is marked `reacted`, so the disapproval leads (`signals`).

Help for armed groups turns the other way: support or aid whose receiver follows it at
once ("Iran supports the Houthi rebels", "support received by Chadian armed groups": a
link, a determiner and one modifier at most between) becomes one hostile act with the
group (ASSAULT 180, 0.7), as the spelled-out rows read "arms for the rebels". A group
after a verb or a country ("helped Mali fight the militants") is not the receiver, nor
is a compound modifier ("aid to rebel-held areas").
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, Final

from monitor.stages.signal_lexicon import FAINT, CueEntry, Hit, as_objects

__all__ = ["OBJECT_WEIGHT", "demote_objects"]

OBJECT_WEIGHT: Final = 0.6
# chars between the verb's end and the governed cue's start: a disapproval reaches further
# ("rejected Ukraine's proposal for an unconditional 30-day ceasefire") than cooperation
REACH: Final = 70
TOPIC_REACH: Final = 40
DISAPPROVAL: Final = frozenset({"ACCUSE", "REJECT", "PROTEST", "DEMAND", "SANCTION"})
# threats that govern what follows them: a disapproval its object, any its grievance ("over
# Washington's latest arms sale"); an attack noun governs nothing ("genocide by supplying arms")
GOVERNING_THREATS: Final = DISAPPROVAL | {"THREATEN", "COERCE", "MOBILIZE"}
COOPERATION: Final = frozenset({"COOPERATE", "CONSULT", "AID"})
RELEASE: Final = "084"  # a release governs the detention it names ("freed a jailed reporter")
CONFLICT: Final = frozenset({"ASSAULT", "COERCE", "THREATEN", "MOBILIZE"})
NOUN_ROLES: Final = frozenset({"noun", "sym"})
# what a disapproval verb reacts to, when named after it ("condemned the Israeli attack")
# (not a threat statement: "must stop its provocations or face serious consequences")
REACTED_TO: Final = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION"})
# an attack's stated motive ("fired a missile at Israel in solidarity with Gaza")
MOTIVES: Final = ("in solidarity", "in solidarity with", "in support", "in support of")
MOTIVE_REACH: Final = 80
GRIEVANCE_WORDS: Final = 3  # words between "over" and the grievance ("over its latest")
# what introduces the grievance a threat answers ("sanctions on US defence firms in response
# to Washington's latest arms sale to Taiwan")
GRIEVANCE_MARKERS: Final = (" over ", " in response to ", " in retaliation for ", " in protest at ")
GRIEVANCE_PLAN: Final = re.compile(
    r"(?: over| in response to| in retaliation for) (?:[\w'-]+ ){0,2}(?:plan|bid|decision"
    r"|move|proposal|intention|offer|readiness|pledge|promise|agreement)s? to \Z"
)
LINKS: Final = frozenset({"of", "with", "to", "by"})  # to a disapproval noun's complement
# a clause break between verb and object; a dot inside one sentence is an abbreviation's
# ("violating the U.S.-Japan agreement"), sentences being cut before this runs
STOPS: Final = ",;:()"
BREAKS: Final = (" but ", " while ", " whereas ", " although ", " that ", " which ", " who ")
# armed parties: helping them is hostile ("arms for the rebels"), so they stay threats
PARTIES: Final = frozenset(
    {
        *("terrorist", "terrorists", "insurgent", "insurgents", "rebel", "rebels"),
        *("militia", "militias", "militant", "militants", "group", "groups"),
        *("jihadist", "jihadists", "extremist", "extremists", "combatant", "combatants"),
        *("gunman", "gunmen", "attacker", "attackers", "assailant", "assailants"),
        *("traffickers", "criminals"),
    }
)

HELP: Final = frozenset({"SUPPORT", "AID"})
ARMED: Final = frozenset(
    {"terrorists", "insurgents", "rebels", "militias", "militants", "groups", "jihadists"}
    | {"extremists", "separatists", "gunmen"}
)
SPONSORING: Final = 0.7  # the spelled-out rows' strength for "arms for the rebels"
# what may stand between help and its armed receiver: a link, a determiner, one modifier
HELP_GAP: Final = re.compile(
    r" (?:(?:received|given|supplied|provided|sent|delivered|extended|channell?ed) )?"
    r"(?:(?:to|for|of|by) )?(?:(?:the|a|an|its|their|his|her|these|those) )?(?:[\w'-]+ )?"
)


def demote_objects(lowered: str, hits: list[Hit]) -> list[Hit]:
    """`hits` (text order, one sentence) with the cues governed by a verb of the other
    kind weakened: alliance nouns under disapproval, conflict topics under cooperation."""
    if len(hits) < 2:
        return hits
    out: list[Hit] = []
    verb: Hit | None = None
    warning: Hit | None = None  # reaches past the gerund it governs ("against selling weapons")
    same = as_objects(hits)
    for i, hit in enumerate(hits):
        entry = hit[2]
        governor = _governor(lowered, (verb, warning), hit)
        kept: Any = same[i]  # passed on as it is, unless governed
        if governor is not None:
            hit = kept = _reacted(hit) if governor[2].kind == entry.kind else _weakened(hit)
        if out and _helps_a_party(lowered, out[-1], hit):
            helper = out[-1]  # help and its armed receiver: one hostile act
            out[-1] = (helper[0], hit[1], _sponsoring(helper[2]), True)
            continue
        if _governs(entry.kind, entry.category, entry.cameo, entry.role, entry.strength):
            verb = hit  # a governed verb still governs its own object ("refused to help")
        if _warning(lowered, hit):
            warning = hit
        out.append(kept)
    return out


def _sponsoring(entry: CueEntry) -> CueEntry:
    """Help cue `entry` read as taking part in an armed group's violence (ASSAULT 180)."""
    return replace(entry, kind="threat", category="ASSAULT", cameo="180", strength=SPONSORING)


def _governor(
    lowered: str, governors: tuple[Hit | None, Hit | None], hit: Hit
) -> Hit | None:
    """The last governing cue before `hit` or the last warning (when that is another cue:
    hits are disjoint, so their starts tell them apart), if it governs `hit`."""
    verb, warning = governors
    if verb is not None and _governed(lowered, verb, hit):
        return verb
    if warning is None or (verb is not None and warning[0] == verb[0]):
        return None
    return warning if _governed(lowered, warning, hit) else None


def _weakened(hit: Hit) -> Hit:
    """`hit` with its strength scaled by `OBJECT_WEIGHT`."""
    return (hit[0], hit[1], replace(hit[2], strength=hit[2].strength * OBJECT_WEIGHT), hit[3])


def _reacted(hit: Hit) -> Hit:
    """`hit` marked as what a disapproval of its own kind reacts to: it keeps its strength
    but gives way as the lead to that disapproval (`signals`)."""
    return (hit[0], hit[1], replace(hit[2], reacted=True), hit[3])


def _helps_a_party(lowered: str, help_hit: Hit, party: Hit) -> bool:
    """Whether support or aid `help_hit` goes to the armed party `party` right after it."""
    entry = help_hit[2]
    if entry.kind != "alliance" or entry.category not in HELP or party[2].kind != "threat":
        return False
    if lowered[party[0] : party[1]].rsplit(" ", 1)[-1] not in ARMED:
        return False
    if lowered[party[1] : party[1] + 1] == "-":
        return False  # a compound modifier: "aid to rebel-held areas"
    return HELP_GAP.fullmatch(lowered, help_hit[1], party[0]) is not None


def _governs(kind: str, category: str, cameo: str, role: str, strength: float) -> bool:
    """Whether a cue is a verb whose object is demoted (disapproval, cooperation or a
    release), or an attack whose motive is named after it."""
    if kind == "threat":  # a disapproval's object, an attack's motive, a threat's grievance
        return category in GOVERNING_THREATS or (category == "ASSAULT" and role == "verb")
    if kind != "alliance" or role == "noun" or strength <= FAINT:
        return False
    return category in COOPERATION or cameo == RELEASE


def _governed(lowered: str, verb: Hit, hit: Hit) -> bool:
    """Whether `hit` is an object of the other kind close after `verb` in its clause, or
    the conflict a disapproval reacts to."""
    entry = hit[2]
    if verb[2].kind == "threat":
        if entry.kind != "alliance":
            if not _reaction_to(lowered, verb, hit):
                return False
        elif _grievance(lowered, verb, hit):
            pass  # "countermeasures against Washington over its latest arms sale to Taiwan"
        elif _warned_against(lowered, verb, hit):
            pass  # "warned Berlin that supplying Taurus missiles would make it a party"
        elif verb[2].category in DISAPPROVAL:
            if not _disapproved(lowered, verb, hit):
                return False
        elif verb[2].category != "ASSAULT" or verb[2].role != "verb":
            return False
        elif not lowered.endswith(MOTIVES, 0, hit[1]):
            return False  # an attack: only its motive
    elif not _conflict_topic(lowered, hit):
        return False
    gap = lowered[verb[1] : hit[0]]
    if len(gap) > _reach(verb[2]) or any(mark in gap for mark in STOPS):
        return False
    # a relative clause or a new predicate ends the reach, except a threat's over the
    # alliance noun it governs
    threat_over_alliance = verb[2].kind == "threat" and entry.kind == "alliance"
    return threat_over_alliance or not any(word in gap for word in BREAKS)


def _reaction_to(lowered: str, verb: Hit, hit: Hit) -> bool:
    """Whether conflict cue `hit` can be what disapproval verb `verb` reacts to (close
    after it in its clause, `_governed` checks): "Qatar condemned the cowardly Israeli
    attack", "summoned Uganda's envoy to protest against incursions by Ugandan soldiers",
    "accused Iranian border guards of opening fire"."""
    if verb[2].category not in DISAPPROVAL or verb[2].role != "verb":
        return False
    if lowered.startswith(" of ", verb[1]):
        return False  # a participle after its noun: "agents accused of laundering …"
    return hit[2].category in REACTED_TO


def _disapproved(lowered: str, verb: Hit, hit: Hit) -> bool:
    """Whether alliance cue `hit` can be what disapproval `verb` is aimed at: a noun, an
    act demanded or charged; a disapproval noun reaches only its complement."""
    entry = hit[2]
    demanded = verb[2].category == "DEMAND"  # "demand that Rwanda withdraw its troops"
    if entry.role not in NOUN_ROLES and not demanded and not _charged(lowered, verb, hit):
        return False
    return verb[2].role == "verb" or _complement(lowered, verb)  # a noun: its complement


def _grievance(lowered: str, verb: Hit, hit: Hit) -> bool:
    """Whether alliance noun `hit` is what threat `verb` answers, named after "over" (or "in
    response to", …) and at most three words ("sanctions on five American contractors over
    Washington's latest arms sale to Taiwan"), or an alliance verb as what a plan or a move
    there is to do ("Moscow warns Finland over plan to host NATO troops")."""
    gap = lowered[verb[1] : hit[0]]
    if hit[2].role not in NOUN_ROLES:  # a verb only as what a plan is to do
        return gap.endswith(" to ") and GRIEVANCE_PLAN.search(gap) is not None
    for marker in GRIEVANCE_MARKERS:
        at = gap.rfind(marker)
        if at >= 0:
            return len(gap[at + len(marker) :].split()) <= GRIEVANCE_WORDS
    return False


def _warned_against(lowered: str, verb: Hit, hit: Hit) -> bool:
    """Whether alliance cue `hit` names the act warning `verb` warns about, in its "that"
    clause or after "against": a noun or a gerund ("Moscow warned Berlin that supplying
    Taurus missiles to Kyiv would make Germany a party to the conflict"), not a finite
    pledge ("warned that it would defend Belarus")."""
    if not _warning(lowered, verb):
        return False
    first_word = lowered[hit[0] : hit[1]].split(" ", 1)[0]
    if hit[2].role not in NOUN_ROLES and not first_word.endswith("ing"):
        return False
    gap = lowered[verb[1] : hit[0]]
    return " that " in f"{gap} " or " against " in f"{gap} "


def _warning(lowered: str, hit: Hit) -> bool:
    """Whether `hit` is a warning verb ("warned", "warns")."""
    return hit[2].kind == "threat" and hit[2].role == "verb" and lowered.startswith("warn", hit[0])


def _reach(verb: CueEntry) -> int:
    """Chars a governing cue reaches forward: a disapproval further than cooperation, an
    attack furthest (to the motive closing its clause)."""
    if verb.kind != "threat":
        return TOPIC_REACH
    return REACH if verb.category in DISAPPROVAL else MOTIVE_REACH


def _charged(lowered: str, verb: Hit, hit: Hit) -> bool:
    """Whether alliance verb `hit` is the act an accusation charges ("accused the UAE of
    supplying weapons", "accuses Rwanda of backing the rebels")."""
    return verb[2].category == "ACCUSE" and lowered.endswith(" of ", 0, hit[0])


def _complement(lowered: str, noun: Hit) -> bool:
    """Whether disapproval noun `noun` holds, or is followed by, a link to its complement:
    "violations of the ceasefire", "failure to abide by the pact", "refusal to talk"."""
    words = lowered[noun[0] : noun[1] + 6].split()
    cue_words = len(lowered[noun[0] : noun[1]].split())
    return not LINKS.isdisjoint(words[: cue_words + 1])


def _conflict_topic(lowered: str, hit: Hit) -> bool:
    """Whether threat `hit` names a conflict phenomenon, not an armed party."""
    entry = hit[2]
    if entry.kind != "threat" or entry.category not in CONFLICT:
        return False
    return lowered[hit[0] : hit[1]].rsplit(" ", 1)[-1] not in PARTIES
