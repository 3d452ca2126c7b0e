"""A cue inside a lower-cased sentence → its `Mode` (negated, conditional, …).

Rules, in priority order:

* negated — a negator ("not", "n't", "never", "without", "failed", "unable", "refused",
  "refrained", "avoided") among the few words before the cue in its clause, "no" right
  before it, before an intent noun ("no plans to") or opening the "no … of …" phrase it
  ends ("no new round of talks", "no request for aid"), a denial verb ("denied", "ruled
  out", "rejected claims that") in its clause, however far before the cue, or "no sign /
  evidence that" before a verb cue; a noun cue is negated by a denied intent anywhere
  before it in its clause ("ruled out sending troops as part of any security guarantees",
  "has no plans to join naval operations") or by its clause going on to call it off ("a
  planned meeting … did not take place"); a negator before a short interjection reaches
  the verb after it ("would not, under any circumstances, send troops"); a negated
  "hesitate" or "forget" ("will not hesitate to defend", "will never forget the help") or
  "rule out" ("declined to rule out") is not negation;
* conditional — the cue sits inside or after an "if / unless / in case" clause, or
  before one with a modal in its own clause ("Turkey will help if attacked"), or is
  quantified by "any", perhaps with one modifier between ("any attack on our troops will be
  met with…", "any nuclear attack by North Korea");
* hypothetical — a question, or "would / could / might / may / (un)likely" before the
  cue (but "said X would …" is reported future);
* future — "will", "shall", "plans to", "intends to", "is set to", … before the cue,
  "will" right after a noun cue ("cooperation will continue"), or a headline's short
  subject and "to" (and its verb) right before it ("Germany to send more Patriot systems
  to Ukraine", "Japan, Philippines to sign defence pact");
* asserted — everything else.

`cue_context` also discounts cues in background clauses ("after …", "had been …"), and
more a cue dated by a year right before it ("the 1994 genocide", "the 2015 nuclear
deal"): a past event named as a reference, asserted whatever negates the verb governing it
("Iraq never recovered from the 2003 invasion"), or by an anniversary. A cue set in a
clause opened by a subordinator (perhaps after a span of time: "weeks after …"), by
"despite" or "as", or an absolute phrase (", with Islamabad vowing to retaliate") tells no
main event; "despite", "as" and "with" keep its weight whole, for what they name still
stands.
"""

from __future__ import annotations

import bisect
import re
from itertools import pairwise
from typing import Final, NamedTuple

from monitor.models import Mode
from monitor.stages.signal_lexicon import ascii_bytes, translate_fast

__all__ = [
    "BACKGROUND_WEIGHT", "NEGATED", "PROTASIS_END", "Context", "condition_starts", "cue_context",
    "in_protasis", "opening_condition", "sentence_mode",
]  # fmt: skip

# the modes as module constants: a member looked up on the enum class costs ≈ 10x more
ASSERTED: Final = Mode.ASSERTED
NEGATED: Final = Mode.NEGATED
CONDITIONAL: Final = Mode.CONDITIONAL
HYPOTHETICAL: Final = Mode.HYPOTHETICAL
FUTURE: Final = Mode.FUTURE
CONDITION: Final = re.compile(r"\b(?:if|unless|in case|in the event|provided that|should there)\b")
# an inverted condition opening the sentence or a clause ("Should Djibouti come under attack,
# France would defend it"; "…, should diplomacy fail"; "protect Minsk "like Russian territory"
# should NATO ever attack"), not the modal ("Israel should be …")
INVERTED: Final = re.compile(
    r"(?:^\W*|, |[\"”] )should (?!(?:not|be|have|also|still|now|help|do|make|take|give|pay"
    r"|get|go|work|act|seek|try|consider|continue|remain|stop|start|step)\b)"
)
PROTASIS_END: Final = re.compile(r"[,;:]")
# a comma inside a list of one- or two-word items ("if Philippine vessels, aircraft or troops")
LIST_COMMA: Final = re.compile(r", [\w-]+(?: [\w-]+)? (?:or|and) ")
OPENING_QUOTES: Final = "\"'“‘"  # may stand before a condition opening a sentence
# "declined to rule out" keeps the cue possible, like a negated "rule out"
DECLINED: Final = frozenset({"decline", "declines", "declined", "declining"})
NEGATORS: Final = frozenset(
    {"not", "never", "without", "cannot", "neither", "nor", "nothing", "fail", "fails", "failed"}
    | {"unable", "unwilling"}  # "was unable to support", "unwilling to prosecute"
    | {"refuse", "refuses", "refused", "refusing"}  # "refuse to drop their opposition"
    | {"refrain", "refrains", "refrained", "refraining"}  # "refrained from any provocation"
    | {"avoid", "avoids", "avoided", "avoiding", "avert", "averts", "averted", "averting"}
)
DENIALS: Final = frozenset(
    {"deny", "denies", "denied", "denying", "dismiss", "dismissed", "dismisses", "dismissing"}
    | {"refute", "refutes", "refuted", "refuting"}
    | {"retract", "retracts", "retracted", "retracting"}  # "retracted a report that Tokyo had …"
)
# words that end a "no … of …" noun phrase, or turn it around ("no shortage of threats")
NOT_IN_NO_PHRASE: Final = frozenset(
    {"is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "said"}
    | {"says", "that", "which", "who", "to", "and", "but", "because", "shortage", "lack", "end"}
    | {"doubt", "confirmation", "details", "detail"}  # "no confirmation of the raids"
    | {"substitute", "alternative", "need", "match"}  # "no substitute for support for growth"
)
NO_PHRASE_LINKS: Final = frozenset({"of", "for"})  # "no new round of talks", "no request for aid"
NO_ADJ: Final = frozenset(
    {"military", "further", "direct", "financial", "new", "such", "real", "serious", "more"}
    # planning and scale: "no planned attack", "no significant violence", "no formal deal"
    | {"planned", "imminent", "immediate", "armed", "foreign", "formal", "major"}
    | {"significant", "large-scale", "concrete", "official"}
)
# scope over a whole clause: "refused to back a new package of military aid"
SCOPED_NEGATORS: Final = frozenset({"not", "never", "without"} | {"refuse", "refuses", "refused"})
# "rejected claims that …", "rejects reports that …", "rejects a report that …": what the claim
# says is denied
DISMISSING: Final = frozenset({"reject", "rejects", "rejected", "rejecting"})
REPORTED: Final = frozenset(
    {"claims", "reports", "suggestions", "allegations", "accusations", "speculation"}
    | {"rumours", "rumors", "assertions"}
)
REPORT: Final = frozenset({"report", "claim", "suggestion", "allegation", "story"})  # after "a"
SPEECH: Final = frozenset(
    {"said", "says", "told", "added", "stated", "announced", "declared", "insisted", "noted"}
    | {"assured", "promised", "pledged", "vowed"}  # "had assured them that Washington would"
)
RULE_OUT: Final = frozenset({"rule", "rules", "ruled", "ruling"})
# a negated resolve: "will not hesitate to defend", "will never forget the help"
HESITATE: Final = frozenset({"hesitate", "hesitates", "forget", "forgets"})
MODALS_HYPOTHETICAL: Final = frozenset(
    {"would", "could", "might", "may", "wouldn't", "couldn't"}
    | {"likely", "unlikely", "possibly"}  # "is unlikely to send troops"
)
# any word that a negation rule of `_negated` looks for
NEGATION_WORDS: Final = NEGATORS | DENIALS | DISMISSING | {"no", "out"}
NO_INTENT: Final = (
    frozenset({"plan", "plans", "intention", "intentions", "intent", "desire", "wish"})
)
# an event said after its noun never to have happened
CALLED_OFF: Final = re.compile(
    r"\b(?:did not|didn't|never|failed to) take place\b|\b(?:was|were|has been|have been|had "
    r"been) (?:cancell?ed|called off)\b"
)
CALLED_OFF_REACH: Final = 80  # chars after a noun cue read for it
RULED_OUT_REACH: Final = 50  # … and after any cue for "ruled out"
NO_EVIDENCE: Final = frozenset({"sign", "signs", "evidence", "indication", "indications", "proof"})
PASSIVE_AUX: Final = frozenset({"been", "was", "were"})
FUTURE_WORDS: Final = frozenset({"will", "shall", "won't", "'ll"})
# "<head> to" marks intent or a scheduled event: "plans to", "is set to", "vowed to", …
FUTURE_HEADS: Final = frozenset(
    """plan plans planned intend intends intended set going about expected due ready prepared
    poised vow vows vowed pledge pledges pledged promise promises promised aim aims aimed seek
    seeks threaten threatens threatened is are""".split()  # noqa: SIM905 - reads as a list
)
# a headline's "<subject> to <verb>" is its future ("US to impose tariffs on Chinese steel"):
# "to" within the first HEADLINE_SUBJECT words of the cue's clause
HEADLINE_SUBJECT: Final = 3
BACKGROUND: Final = frozenset({"after", "since", "following", "had", "during", "amid", "before"})
BACKGROUND_WEIGHT: Final = 0.75
# the background words that open a subordinate clause: a cue after them is not the main
# event (a past perfect, "said it had signed a pact", may well be)
SUBORDINATORS: Final = BACKGROUND - {"had"}
# what is told as standing at the same time ("despite Beijing's ban on Japanese seafood",
# ", as Cairo struggles with a crunch worsened by Houthi attacks"; not "as part of"): not
# the main event, but no earlier one either, so its weight stays whole
CONCESSIVE: Final = frozenset({"despite", "as"})
EVEN_SUBORDINATORS: Final = frozenset({"as", "though", "while"})  # "even as", mid-clause
# … and the background words further back, where they open the cue's clause after a span
# of time ("barely weeks after the two ministers initialled a peace agreement", "more than
# half a century after the two countries fought the 1973 war"); not "since then"
CLAUSE_OPENERS: Final = SUBORDINATORS | CONCESSIVE
# an absolute phrase ("…, with Islamabad vowing to retaliate") tells what stands beside the
# main event, like "as": its -ing form within the first words after "with" and its subject
ABSOLUTE_WORDS: Final = 5
STANDING: Final = CONCESSIVE | {"with"}
TIME_SPAN: Final = frozenset(
    """a an the more than less about some nearly almost barely just only shortly soon long
    half few several two three four five six seven eight nine ten dozen hours days weeks
    months years decades century centuries day week month year decade even""".split()  # noqa: SIM905
)
ADVERBIAL: Final = frozenset({"then", "that", "this"})  # "since then", "after that": no clause
AS_PHRASES: Final = frozenset(
    """part well a an of for to with such expected usual many much long soon far""".split()  # noqa: SIM905
)  # ", as part of", ", as well as", ", as a sign of": no clause
HISTORY_WEIGHT: Final = 0.3  # a cue dated by a year right before it: "the 2008 war" (a
# reference, no event of the day: alone it stays under `min_score` unless its strength is 1)
DATED: Final = re.compile(r"(?<![\w.,])(?:19|20)\d\ds?\s+\Z")  # "1994 ", "1990s "
# … or a year right after it, "in 2016", in a clause that tells what came before the main
# event ("reopening embassies that were closed when the two rivals cut ties in 2016",
# "after Russia's full-scale invasion in 2022"): history too. Not in a main clause, where
# "Russia annexed Crimea in 2014" may be all the sentence says.
DATED_AFTER: Final = re.compile(r"(?: [\w'-]+){0,3}? in (?:19|20)\d\d\b")
RESUMING: Final = frozenset({"while", "whereas", "as"})  # open a clause of their own …
RESUMED_SUBJECT: Final = 3  # … when the cue follows within a short subject
YEAR_BEFORE: Final = re.compile(r"\b(?:in|since|until) (?:19|20)\d\d\Z")  # "…in 2015, when"
PAST_OPENERS: Final = frozenset({"after", "since", "following", "during", "before", "when"})
# … or named by an anniversary ("the first anniversary of the invasion", "the 80th
# anniversary of the end of the war")
ANNIVERSARY: Final = re.compile(
    r"\banniversar(?:y|ies) of (?:the |its |their )?(?:[\w'-]+ ){0,3}\Z"
)
ANNIVERSARY_CHARS: Final = 60
# an exercise named by its year is this year's edition, not history ("the Zapad-2025 joint
# strategic exercises", "the Golden Dragon 2025 joint military exercise")
EXERCISE: Final = re.compile(r"\b(?:exercises?|drills?|manoeuvres|maneuvers|war ?games)\b")
CLAUSE_MARKS: Final = ",;:()—–"
# Everything but letters and apostrophes becomes a space (what `str.split` leaves are
# words), and each clause mark a "|" that `_clause_before` cuts at. A str table: a
# translate lookup by index, cheaper than a dict; later code points stay unchanged.
_SPECIALS: Final = "“”‘’«»—–…"
CLAUSE_WORDS: Final = "".join(
    "|"
    if c in CLAUSE_MARKS
    else " "
    if (i < 0x250 or c in _SPECIALS) and not c.isalpha() and c != "'"
    else c
    for i, c in enumerate(map(chr, range(ord(max(_SPECIALS)) + 1)))
)
CLAUSE_WORDS_ASCII: Final = ascii_bytes(CLAUSE_WORDS)
WINDOW: Final = 7
CLAUSE_CHARS: Final = 80  # how far back `_clause_before` reads a cue's clause
OPENING_CHARS: Final = 160  # … and `_clause_opening` its opening
INTERJECTION_WORDS: Final = 8  # the longest interjection read between a negator and its verb
CONSEQUENCE_MODALS: Final = FUTURE_WORDS | MODALS_HYPOTHETICAL
# a modifier between "any" and the cue it quantifies ("any nuclear attack")
ANY_MODIFIERS: Final = NO_ADJ | {"nuclear", "hostile", "possible", "future", "renewed", "fresh"}
# a cue inside the condition itself ("would retaliate if Cambodian troops opened fire") is
# weighed under the consequence the speaker promises
CONDITION_WORDS: Final = frozenset({"if", "unless"})
ANY_REACH: Final = 4  # words before a cue searched for its "any"
DEMONYM_ENDINGS: Final = ("an", "ese", "ish", "i")  # "any Chinese incursion", "any Iranian …"
RELATIVES: Final = frozenset({"that", "which", "who"})
CONDITION_WEIGHT: Final = 0.85
FAR: Final = 200  # chars before a cue searched for a denial verb of its clause


def condition_starts(sentence: str) -> tuple[int, ...]:
    """Offsets of the condition markers ("if", "unless", …) of a lower-cased sentence."""
    if not (
        "if" in sentence
        or "unless" in sentence
        or "in case" in sentence
        or "event" in sentence
        or "provided" in sentence
        or "should" in sentence
    ):
        return ()
    starts = [m.start() for m in CONDITION.finditer(sentence)]
    if "should" in sentence:
        starts = sorted([*starts, *(m.start() for m in INVERTED.finditer(sentence))])
    return tuple(starts)


def in_protasis(sentence: str, conditions: tuple[int, ...], start: int) -> bool:
    """Whether offset `start` lies inside a condition clause itself ("if it comes under
    attack"), not in the consequence the speaker promises: no clause mark between the
    nearest condition marker before it and `start`."""
    opening = bisect.bisect_right(conditions, start) - 1
    if opening < 0:
        return False
    end = PROTASIS_END.search(sentence, conditions[opening] + 1, start)
    while end is not None and LIST_COMMA.match(sentence, end.start()):
        end = PROTASIS_END.search(sentence, end.end(), start)  # "if vessels, aircraft or troops"
    return end is None


def opening_condition(sentence: str) -> tuple[int, int] | None:
    """The bounds of a condition opening the lower-cased sentence and closed by a clause
    mark ("Should Armenia come under attack, …", '"If Estonia were attacked, …'), or None;
    None too when a modal inside shows its consequence may run on unmarked ("if there is
    anything to offer Nakasone would take it with him, …")."""
    first = 1 if sentence[:1] in OPENING_QUOTES else 0
    opening = CONDITION.match(sentence, first) or INVERTED.match(sentence)
    if opening is None:
        return None
    end = PROTASIS_END.search(sentence, opening.end())
    if end is None or not CONSEQUENCE_MODALS.isdisjoint(sentence[: end.start()].split()):
        return None
    return opening.start(), end.start()


def sentence_mode(
    sentence: str, start: int, end: int, conditions: tuple[int, ...] | None = None
) -> Mode:
    """The mode of the cue at [start, end) of the lower-cased `sentence`."""
    return cue_context(sentence, start, end, conditions).mode


class Context(NamedTuple):
    """How a cue is told: its mode, the weight of its clause (< 1 in a background clause,
    a condition or history), and whether it tells the main event (not set back in a
    subordinate background clause, a condition or history)."""

    mode: Mode
    weight: float
    main: bool


_new: Final = tuple.__new__  # builds a NamedTuple without its Python-level __new__


def cue_context(
    sentence: str,
    start: int,
    end: int,
    conditions: tuple[int, ...] | None = None,
    *,
    noun: bool = False,
) -> Context:
    """The `Context` (mode, background weight, main clause or not) of the cue at [start, end)
    of the lower-cased sentence.

    The weight is < 1 when the cue sits in a background clause ("after rebels
    kidnapped…", "who had been arrested"): such events set the scene for the main one.
    A `noun` cue is also negated by a negated verb earlier in its clause ("will not
    support a new package of sanctions"). A cue dated by a year right before it is a
    past event named as a reference: asserted, and discounted more ("the 2003 invasion").
    """
    if _dated(sentence, start) and EXERCISE.search(sentence, start, end + 30) is None:
        return _new(Context, (ASSERTED, HISTORY_WEIGHT, False))
    if _remembered(sentence, start):
        return _new(Context, (ASSERTED, HISTORY_WEIGHT, False))
    clause, whole = _clause_before(sentence, start)
    opening = clause  # as read: `clause` may be cut below to a negation's scope
    if _dated_after(sentence, end, clause) or _dated_when(sentence, start, opening, whole):
        return _new(Context, (ASSERTED, HISTORY_WEIGHT, False))
    if "out" in clause:
        clause = _unruled(clause)  # "could not rule out physical action": not negated
    if not HESITATE.isdisjoint(clause):
        clause = _unhesitating(clause)  # "will not hesitate to come to Lithuania's defence"
    before = clause[-WINDOW:]
    weight, main = 1.0, True
    if not BACKGROUND.isdisjoint(before):
        weight, main = BACKGROUND_WEIGHT, SUBORDINATORS.isdisjoint(before)
    elif "despite" in before or (sentence.find("even ", 0, start) >= 0 and _even_as(before)):
        main = False  # what stands beside the main event ("even as Russia intensified …")
    else:
        words = opening if whole else _clause_opening(sentence, start)
        opener = _subordinator(words) or _absolute(words, sentence, start, end)
        if opener:
            weight, main = 1.0 if opener in STANDING else BACKGROUND_WEIGHT, False
    if noun and (
        not SCOPED_NEGATORS.isdisjoint(clause)
        or _scoped_intent(clause)
        or _called_off(sentence, end)
    ):
        return _new(Context, (NEGATED, weight, main))
    if (
        (not DENIALS.isdisjoint(clause) and _denied(clause, _first_word(sentence, start, end)))
        or _far_negation(sentence, start, end)
        or (not noun and _unfounded(clause))
    ):  # "denied on Friday that Russia had any plans to attack"
        return _new(Context, (NEGATED, weight, main))
    if conditions is None:
        conditions = condition_starts(sentence)
    mode = _mode(sentence, start, end, conditions, before)
    if mode is CONDITIONAL and not CONDITION_WORDS.isdisjoint(clause):
        weight *= CONDITION_WEIGHT  # inside the condition: "if Cambodian troops opened fire"
        main = False
    if mode is HYPOTHETICAL and "would" in before and not SPEECH.isdisjoint(clause):
        mode = FUTURE  # reported speech: "said Tokyo would stand with Manila"
    return _new(Context, (mode, weight, main))


def _even_as(words: list[str]) -> bool:
    """Whether `words` hold "even as" or "even though"."""
    return any(a == "even" and b in EVEN_SUBORDINATORS for a, b in pairwise(words))


def _subordinator(opening: list[str]) -> str:
    """The subordinator opening a clause, perhaps after a span of time ("barely weeks
    after …", "as Cairo struggles with …"), or ""."""
    for i, word in enumerate(opening[:WINDOW]):
        if word in CLAUSE_OPENERS:
            following = opening[i + 1] if i + 1 < len(opening) else "then"
            ok = following not in ADVERBIAL and (word != "as" or following not in AS_PHRASES)
            return word if ok else ""
        if word not in TIME_SPAN and not word.isdigit():
            return ""
    return ""


def _absolute(opening: list[str], sentence: str, start: int, end: int) -> str:
    """"with" when it opens an absolute phrase whose -ing form is the cue or comes soon
    after its subject (", with Islamabad vowing to retaliate"), else ""."""
    if not opening or opening[0] != "with":
        return ""  # the common case
    if any(word.endswith("ing") for word in opening[2:ABSOLUTE_WORDS]):
        return "with"
    cue_first = _first_word(sentence, start, end)
    return "with" if len(opening) < ABSOLUTE_WORDS and cue_first.endswith("ing") else ""


def _clause_opening(sentence: str, start: int) -> list[str]:
    """The first words of a clause opening more than `CLAUSE_CHARS` before the cue at
    `start` (after a clause mark at most `OPENING_CHARS` before it, or the sentence start),
    or none if it opens further back."""
    window = translate_fast(
        sentence[max(0, start - OPENING_CHARS) : start], CLAUSE_WORDS, CLAUSE_WORDS_ASCII
    )
    cut = window.rfind("|")
    if cut < 0 and start > OPENING_CHARS:
        return []
    return window[cut + 1 : cut + 60].split()


def _scoped_intent(clause: list[str]) -> bool:
    """Whether the clause denies an intent over all it goes on to name: "ruled out sending
    troops to Ukraine as part of any security guarantees", "has no plans to dispatch vessels
    to join U.S.-led naval operations", "no intention of being drawn into a confrontation"."""
    if _no_then(clause, NO_INTENT):
        return True
    return "out" in clause and clause[clause.index("out") - 1] in RULE_OUT


def _unfounded(clause: list[str]) -> bool:
    """Whether the clause says there is no sign of the act it goes on to name: "there was no
    sign that North Korea had fired on South Korean fishing boats" (for a verb cue: a noun may
    name an event it takes for given, "no evidence that the Government has arrested the
    perpetrators of the attacks")."""
    return _no_then(clause, NO_EVIDENCE)


def _no_then(clause: list[str], nouns: frozenset[str]) -> bool:
    """Whether the clause's first "no" has one of `nouns` within the two words after it
    ("no plans", "no clear sign")."""
    if "no" not in clause:
        return False  # the common case
    at = clause.index("no")
    return not nouns.isdisjoint(clause[at + 1 : at + 3])


def _denied(clause: list[str], cue_word: str = "ed") -> bool:
    """Whether a denial verb of the clause still governs its end: no "but" ("while", "as"),
    or "and" before a past or speech verb (or closing the clause), after it opens another
    predicate ("denied it intended to threaten shipping and warned the U.S.", "denied
    targeting civilians but said its strikes would continue"; not "denied attacking and
    shelling"). `cue_word` is the cue's first word; without it an "and" closing the clause
    counts as opening a predicate."""
    if DENIALS.isdisjoint(clause):
        return False
    last = max(i for i, word in enumerate(clause) if word in DENIALS)
    return not _resumed(clause[last + 1 :], cue_word)


def _resumed(words: list[str], cue_word: str) -> bool:
    """Whether `words` (after a denial, before the cue whose first word is `cue_word`) open
    another predicate: see `_denied`."""
    for i, word in enumerate(words):
        if word == "but":
            return True
        if word in RESUMING and len(words) - i <= RESUMED_SUBJECT:
            # "denies backing rebels as Congo threatens retaliation": a short subject, then
            # the cue (not "denied as baseless reports that it intended to threaten")
            following = words[i + 1] if i + 1 < len(words) else cue_word
            if following not in AS_PHRASES:
                return True
        if word == "and":
            following = words[i + 1] if i + 1 < len(words) else cue_word
            if following.endswith("ed") or following in SPEECH:
                return True
    return False


def _far_negation(sentence: str, start: int, end: int) -> bool:
    """A denial further back in the clause, or "ruled out" after the cue."""
    if "den" not in sentence and "ruled out" not in sentence:
        return False  # the common case
    if _denied_far(sentence, start):
        return True
    return "ruled out" in sentence and _ruled_out_after(sentence, end)


def _denied_far(sentence: str, start: int) -> bool:
    """A denial verb further back in the cue's clause than `_clause_before` reads ("denied
    reports that Kyiv had agreed to cede territory to Russia in exchange for a ceasefire")."""
    window = sentence[max(0, start - FAR) : max(0, start - 70)]
    if "deni" not in window and "deny" not in window:
        return False  # the common case
    words = translate_fast(sentence[max(0, start - FAR) : start], CLAUSE_WORDS, CLAUSE_WORDS_ASCII)
    return _denied(words[words.rfind("|") + 1 :].split()[1:])


def _no_of(words: list[str]) -> bool:
    """Whether the last "no" of `words` opens a noun phrase "no … of …" that runs to their end
    (no verb, clause word or other negation after it: "no new round of gaza", not "no
    shortage of")."""
    last = len(words) - 1 - words[::-1].index("no")
    after = words[last + 1 :]
    if "of" not in after and after[:1] != ["request"] and after[:1] != ["requests"]:
        return False  # "no … for …" only as "no request for …" ("no consequence for the killing")
    return NOT_IN_NO_PHRASE.isdisjoint(after)


def _no_subject(words: list[str]) -> bool:
    """Whether the last "no" of `words` opens the subject of their passive: no "that"
    after it ("no such proposal had been", not "no one said that it had been")."""
    last = len(words) - 1 - words[::-1].index("no")
    return "that" not in words[last:]


def _called_off(sentence: str, end: int) -> bool:
    """Whether the noun cue's clause goes on to say it never happened: "a planned bilateral
    meeting between Chinese and Japanese officials did not take place", "the talks were
    called off"."""
    if "place" not in sentence and "off" not in sentence and "cancel" not in sentence:
        return False  # the common case
    return CALLED_OFF.search(_clause_after(sentence, end, CALLED_OFF_REACH)) is not None


def _ruled_out_after(sentence: str, end: int) -> bool:
    """Whether the cue's clause goes on to rule it out ("hostile fire had been ruled out")."""
    words = _clause_after(sentence, end, RULED_OUT_REACH).split()
    return "ruled" in words and "not" not in words and "never" not in words


def _clause_after(sentence: str, end: int, reach: int) -> str:
    """The text after offset `end`, up to `reach` chars and the next clause mark."""
    tail = sentence[end : end + reach]
    for mark in CLAUSE_MARKS:
        tail = tail.split(mark, 1)[0]
    return tail


def _dated_after(sentence: str, end: int, clause: list[str]) -> bool:
    """Whether a year follows the cue within three words ("cut ties in 2016") in a clause
    opened by a word of what came before ("when", "after", "since": `PAST_OPENERS`)."""
    if " in 19" not in sentence and " in 20" not in sentence:
        return False  # the common case
    if PAST_OPENERS.isdisjoint(clause[-WINDOW:]):
        return False
    return DATED_AFTER.match(sentence, end) is not None


def _dated_when(sentence: str, start: int, opening: list[str], whole: bool) -> bool:
    """Whether the cue's clause opens on "when" right after a year ("ending a closure that
    began in 2015, when Caracas expelled thousands of Colombians"): what happened then."""
    if not (whole and opening and opening[0] == "when"):
        return False  # the common case
    mark = sentence.rfind(",", max(0, start - CLAUSE_CHARS), start)
    return mark > 0 and YEAR_BEFORE.search(sentence, max(0, mark - 12), mark) is not None


def _remembered(sentence: str, start: int) -> bool:
    """Whether the cue names what an anniversary remembers ("coinciding with the first
    anniversary of the invasion of Ukraine")."""
    window = sentence[max(0, start - ANNIVERSARY_CHARS) : start]
    return "anniversar" in window and ANNIVERSARY.search(window) is not None


def _dated(sentence: str, start: int) -> bool:
    """Whether a year ends right before the cue ("the 1994 genocide", "the 1990s wars")."""
    last = sentence[start - 2 : start - 1]
    if not (last.isdigit() or last == "s"):
        return False  # the common case
    return DATED.search(sentence[max(0, start - 8) : start]) is not None


def _mode(
    sentence: str, start: int, end: int, conditions: tuple[int, ...], before: list[str]
) -> Mode:
    """The mode rules of the module docstring, in priority order."""
    # each rule's cheap precondition is tested here, saving the common case the calls
    if not NEGATION_WORDS.isdisjoint(before) and _negated(
        _own_predicate(before, sentence, start), _first_word(sentence, start, end)
    ):
        return NEGATED  # (with no negation word before the cue, neither call is made)
    if (conditions and _conditional(conditions, start, before)) or _any_of(before):
        return CONDITIONAL
    if "?" in sentence and sentence.rstrip().endswith("?"):
        return HYPOTHETICAL
    if not MODALS_HYPOTHETICAL.isdisjoint(before):
        return HYPOTHETICAL
    own = before + sentence[start:end].split()
    if not FUTURE_WORDS.isdisjoint(own) or ("to" in own and _intent(own)):
        return FUTURE
    if "to" in before[1:HEADLINE_SUBJECT] and _headline_future(before, sentence):
        return FUTURE  # "Germany to send more Patriot systems to Ukraine"
    return FUTURE if _future_after(sentence, end) else ASSERTED


def _any_of(before: list[str]) -> bool:
    """Whether "any" quantifies the cue, right before it, before one modifier or a country's
    adjective ("any attack", "any nuclear attack", "any Chinese incursion"), or as the
    antecedent of the relative clause holding it ("any Russian drone that violates our
    airspace"); not "answer any provocation with overwhelming force"."""
    if "any" not in before[-ANY_REACH:]:
        return False  # the common case
    between = before[len(before) - before[::-1].index("any") :]
    if len(between) == 1:
        return between[0] in ANY_MODIFIERS or between[0].endswith(DEMONYM_ENDINGS)
    # "any Russian drone that violates our airspace", "any country that attacks us"
    return not between or (between[-1] in RELATIVES and "," not in between)


def _future_after(sentence: str, end: int) -> bool:
    """A future auxiliary among the three words right after the cue ("… will continue")."""
    tail = sentence[end : end + 30]
    if "ll" not in tail and "won't" not in tail:
        return False  # every future word holds one of these
    for mark in ",;:":
        cut = tail.find(mark)
        if cut >= 0:
            tail = tail[:cut]
    return not FUTURE_WORDS.isdisjoint(tail.split()[:3])


def _headline_future(before: list[str], sentence: str) -> bool:
    """Whether the cue follows a headline's "<subject> to" (perhaps and its verb): a
    subject of one or two words opens the clause, and the sentence ends on a word, with
    no punctuation ("Japan, Philippines to sign defence pact")."""
    at = before.index("to", 1, HEADLINE_SUBJECT)
    return len(before) <= at + 2 and sentence.rstrip()[-1:].isalnum()


def _intent(words: list[str]) -> bool:
    """Whether the words hold "<intent head> to" ("plans to", "is set to")."""
    if "to" not in words:
        return False
    return any(
        word == "to" and words[index - 1] in FUTURE_HEADS
        for index, word in enumerate(words)
        if index
    )


def _clause_before(sentence: str, start: int) -> tuple[list[str], bool]:
    """The words of the cue's clause before `start` (≤ 80 chars, cut at a clause mark), and
    whether they reach back to the clause's opening."""
    window = translate_fast(
        sentence[max(0, start - CLAUSE_CHARS) : start], CLAUSE_WORDS, CLAUSE_WORDS_ASCII
    )
    cut = window.rfind("|")
    words = window[cut + 1 :].split()
    whole = cut >= 0 or start <= CLAUSE_CHARS
    if cut > 0 and _interjected(window, cut):
        words.insert(0, "not")
    if "'" not in window:
        return words, whole
    return [_normal(w) if "'" in w else w for w in words], whole


def _interjected(window: str, cut: int) -> bool:
    """Whether the clause ending at `cut` is a short interjection right after a negator, whose
    predicate the clause after it resumes: "would not, under any circumstances he could
    foresee, send ground troops"."""
    before, _, interjection = window[:cut].rpartition("|")
    return (
        before.rsplit(None, 1)[-1:] in (["not"], ["never"])
        and len(interjection.split()) <= INTERJECTION_WORDS
    )


def _normal(word: str) -> str:
    """Fold contractions: "didn't" → "not", "we'll" → "will"; drop stray quotes."""
    if word.endswith("n't"):
        return "not"
    return "will" if word.endswith("'ll") else word.strip("'")


def _negated(before: list[str], cue_word: str) -> bool:
    """A negator close before the cue (whose first word is `cue_word`), or a denial verb
    ("denied", "ruled out") in its clause."""
    if NEGATION_WORDS.isdisjoint(before):
        return False  # every rule below needs one of these words (the common case)
    if not NEGATORS.isdisjoint(before[-5:]) or _denied(before, cue_word):
        return True
    if before and (before[-1] == "no" or (before[-2:-1] == ["no"] and before[-1] in NO_ADJ)):
        return True  # "no threat", "no military support": "no" only binds a close noun
    if "no" in before[-5:] and not NO_INTENT.isdisjoint(before[-4:]):
        return True  # "has no plans to attack", "no intention of supporting"
    if "no" in before[-6:] and not NO_PHRASE_LINKS.isdisjoint(before[-4:]) and _no_of(before[-6:]):
        return True  # "no new round of gaza talks", "no sign of a ceasefire", "no request for"
    if before[-1] in PASSIVE_AUX and "no" in before[-6:] and _no_subject(before[-6:]):
        return True  # the subject is none: "no (new) arms contracts had been signed"
    if "out" in before and before[before.index("out") - 1] in RULE_OUT:
        return True
    return any(
        w in DISMISSING and (n in REPORTED or (n in ("a", "the") and m in REPORT))
        for w, n, m in zip(before, [*before[1:], ""], [*before[2:], "", ""], strict=True)
    )


def _first_word(sentence: str, start: int, end: int) -> str:
    """The cue's first word."""
    space = sentence.find(" ", start, end)
    return sentence[start : end if space < 0 else space]


def _own_predicate(before: list[str], sentence: str, start: int) -> list[str]:
    """`before`, or nothing when the cue is a verb in the past right after "and" / "but":
    it opens a new predicate that a negator before the joint does not reach ("advised its
    citizens to avoid travelling to Japan and halted seafood imports")."""
    if not before or before[-1] not in ("and", "but"):
        return before
    word = sentence[start : start + 24].split(None, 1)
    return [] if word and word[0].endswith("ed") else before


def _unruled(before: list[str]) -> list[str]:
    """`before` without a negated "rule out" ("would not rule out", "cannot rule out",
    "refused to rule out", "declined to rule out"): two negations that leave the cue
    possible."""
    for i in range(len(before) - 2):
        if before[i] not in NEGATORS and before[i] not in DECLINED:
            continue
        verb = i + 2 if before[i + 1] == "to" else i + 1  # "refused to rule out"
        if before[verb] in RULE_OUT and before[verb + 1 : verb + 2] == ["out"]:
            return before[:i] + before[verb + 2 :]
    return before


def _unhesitating(before: list[str]) -> list[str]:
    """`before` without a negated "hesitate" or "forget" ("will not hesitate to", "will never
    forget the help of"): a resolve, not a negation."""
    for i in range(len(before) - 1):
        if before[i] in NEGATORS and before[i + 1] in HESITATE:
            return before[:i] + before[i + 2 :]
    return before


def _conditional(conditions: tuple[int, ...], start: int, before: list[str]) -> bool:
    """Whether the cue is inside, or after, a condition clause, or a modal consequence of one."""
    if not conditions:
        return False
    if conditions[0] <= start:
        return True  # inside the condition, or in the consequence that follows it
    return not CONSEQUENCE_MODALS.isdisjoint(before)
