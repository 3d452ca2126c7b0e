"""Article + its country mentions → alliance/threat `Signal`s with evidence.

Per field: one Aho-Corasick scan of the lower-cased text finds cue phrases
(`signal_lexicon`). Ambient cues (faint ones, and weak talk/agreement words:
"talks", "met", "investment") only count in a sentence that also holds a cue that
counts alone or two distinct country actors; sentence bounds are found lazily
around the remaining hits, and only those sentences are analysed further
(`signal_gate`). For each cue: its mode (`signal_modality`), its directed dyad
from the sentence's country spans and the quote speaker's "we/us" (`signal_dyads`,
`signal_quotes`; a quotation's speaker is its cues' source, and a country it is said to be
aimed at their target: '…," the commander said of Azerbaijan'), and a score = strength ×
mode weight × actor certainty × background weight (+0.05 per further distinct cue of the
kind, at most +0.1).
"Counter" cues turn a governed conflict noun into cooperation ("combat
terrorism"). Each sentence yields at most one signal per kind, led by its best cue
and carrying every cue of that kind; a cue set back in a background clause or a condition
gives way as the lead to a main-clause cue of the kind that stands on its own ("Poland
summoned Belarus's envoy after Belarusian helicopters violated Polish airspace" is led by
the summons), and so does a cue named as what a disapproval of its kind reacts to
("condemned the Israeli attack") or one in a trailing comment clause (", citing …",
`signal_comment`; a comment's signal of the other kind gives way too), the kind's score
staying its strongest evidence's;
signals scoring under `min_score` (0.3) are dropped, as are alliances in a sentence that
names a firm (`signal_names`), threats told only in contest words in a sentence about a
match (`signal_sport`), signals told only in a hazard's generic words (`signal_hazard`:
"the storm threatens the coast") and those of one country's politics at home
(`signal_domestic`: "the opposition accused the government of …"). Of a sentence's two
signals, one led by a cue inside a condition ranks under the other, the consequence
promised ("should X come under attack, France would defend it"). Around a condition
(`signal_promise`), a threat told only inside it is the consequence's country's against the
condition's ("Russia will respond in kind if Japan confiscates the frozen assets"), and a
pledge after it helps the one country it names ("If Estonia is attacked, Finland will come
to its defence").
"""

from __future__ import annotations

import dataclasses
import operator
import re
from collections.abc import Sequence
from typing import ClassVar, Final

from monitor.models import Article, CountryMention, Cue, Mode, Signal, SignalKind, Span
from monitor.stages.records import constructor
from monitor.stages.signal_bisect import left_by_start
from monitor.stages.signal_comment import comment_start, defends_denial
from monitor.stages.signal_domestic import FORCE, is_crime, is_domestic
from monitor.stages.signal_dyads import (
    ActorSpan,
    as_actors,
    choose_dyad,
    described_move,
    spans_by_field,
)
from monitor.stages.signal_gate import Groups, quoted_pronoun, worth_analysing
from monitor.stages.signal_hazard import is_hazard
from monitor.stages.signal_lexicon import Hit, Lexicon, as_objects, lower_field
from monitor.stages.signal_market import is_market_report
from monitor.stages.signal_modality import NEGATED, condition_starts, cue_context, in_protasis
from monitor.stages.signal_names import names_company
from monitor.stages.signal_places import parties
from monitor.stages.signal_promise import helped_dyad, promised_dyad, warned_target
from monitor.stages.signal_quotes import (
    Actor,
    has_quote,
    pronoun_actors,
    quoted_addressee,
    quoted_speaker,
)
from monitor.stages.signal_sport import FIELD_WORDS, is_contest

__all__ = ["SignalDetector"]

PROTEST: Final = "PROTEST"  # PLOVER category of demonstrations and strikes
# the "of" complement of an accusation, up to the cue ("accused Beijing of supplying …")
ALLEGED: Final = re.compile(r"\baccus(?:e|es|ed|ing)\b[^,;.]{1,60}? of (?:[\w'-]+ ){0,10}\Z")
ALLEGED_CHARS: Final = 120
MODE_WEIGHT: Final = {
    Mode.ASSERTED: 1.0,
    Mode.FUTURE: 0.9,
    Mode.CONDITIONAL: 0.75,
    Mode.HYPOTHETICAL: 0.65,
    Mode.NEGATED: 0.6,
}
FIELDS: Final = ("title", "text")
# the kinds as module constants: a member looked up on the enum class costs ≈ 10x more
ALLIANCE: Final = SignalKind.ALLIANCE
THREAT: Final = SignalKind.THREAT
KINDS: Final = (("alliance", ALLIANCE), ("threat", THREAT))
KIND: Final = dict(KINDS)
CERTAINTY: Final = (0.85, 0.95, 1.0)  # by the number of known actors (0, 1, 2)
# the least strength of a main-clause cue that leads over one set back ("summoned": 0.5)
MAIN_EVENT_STRENGTH: Final = 0.5
GAP_NEGATORS: Final = frozenset({"no", "never"})
GAP_CHARS: Final = 24  # enough for the gap's first two words
# a signal led from a comment on a denial stands only this strong ("…, accusing Kyiv of
# shelling the plant" may be an act of its own)
DEFENCE_SCORE: Final = 0.6
PROTASIS_MARGIN: Final = 0.01  # a condition's own signal ranks this far under its consequence
_START: Final = operator.itemgetter(0)
_new_signal, _new_span, _new_cue = constructor(Signal), constructor(Span), constructor(Cue)


class Scored:
    """One analysed cue: the hit, its mode, dyad and score. A plain class with slots, which
    the compiled build (mypyc) makes and reads natively: a named tuple is made by a generic
    `tuple.__new__` call (≈ 5× dearer there)."""

    __slots__ = ("hit", "main", "mode", "score", "source", "target")

    def __init__(
        self, hit: Hit, mode: Mode, source: str | None, target: str | None, score: float,
        main: bool,  # the main event: not in a subordinate background clause, condition or history
    ) -> None:
        self.hit = hit
        self.mode = mode
        self.source = source
        self.target = target
        self.score = score
        self.main = main


class SignalDetector:
    """Configure once with `SignalDetector.load()`, then call per article."""

    _loaded: ClassVar[SignalDetector | None] = None

    def __init__(self, lexicon: Lexicon, *, min_score: float = 0.3) -> None:
        self._lexicon = lexicon
        self._min_score = min_score

    @classmethod
    def load(cls) -> SignalDetector:
        """The detector over the packaged lexicon (built once, then shared)."""
        if cls._loaded is None:
            cls._loaded = cls(Lexicon.load())
        return cls._loaded

    def __call__(self, article: Article, countries: Sequence[CountryMention]) -> tuple[Signal, ...]:
        """Every alliance/threat signal of `article`, in field and text order."""
        signals: list[Signal] = []
        speaker: str | None = None
        spans: tuple[list[ActorSpan], list[ActorSpan]] | None = None  # by field, when needed
        for field in FIELDS:
            text = article.field_text(field)
            lowered = lower_field(text)
            hits = self._lexicon.scan(lowered)
            title = field == FIELDS[0]
            quoted = has_quote(lowered)
            if not (hits or (title and quoted)):
                continue  # no cue, and no headline quote whose speaker could carry
            if spans is None:
                spans = spans_by_field(countries)
            actors: list[ActorSpan] = spans[0] if title else spans[1]
            groups = worth_analysing(text, lowered, hits, actors) if hits else []
            if quoted and (title or (groups and quoted_pronoun(lowered, groups))):
                within = [bounds for bounds, _ in groups]  # pronouns elsewhere go unused
                quotes = pronoun_actors(
                    lowered, as_actors(actors), speaker, carry=title, within=within
                )
                speaker = quotes.speaker  # a headline's speaker carries into the body's quotes
                if quotes.actors:
                    actors = sorted([*actors, *quotes.actors], key=_START)
            if groups:
                signals.extend(self._field(field, text, lowered, groups, actors, quoted))
        return tuple(signals)

    def _field(
        self, field: str, text: str, lowered: str, groups: Groups, actors: list[ActorSpan],
        quoted: bool,  # whether the field holds a quotation at all
    ) -> list[Signal]:
        """The signals of one field, sentence by sentence (cue-bearing sentences only)."""
        signals: list[Signal] = []
        for (start, end), sentence_hits in groups:
            low = left_by_start(actors, start)
            inside = as_actors(actors[low : left_by_start(actors, end, low)])
            inside = parties(lowered, inside)
            sentence = lowered[start:end]
            conditions = condition_starts(sentence)
            # a comment clause matters only where cues can compete
            comment = start + comment_start(sentence) if len(sentence_hits) > 1 else end
            view = SentenceView(
                lowered, start, sentence, conditions, inside, comment,
                quoted and has_quote(sentence),
            )
            found: list[Signal] = []
            market: bool | None = None  # whether the sentence is a market report, when asked
            for kind, hits in _by_kind(sentence_hits):
                signal = self._signal_of(kind, hits, view, field, text)
                if signal is None:
                    continue
                if kind is ALLIANCE and names_company(text, start, end):
                    continue  # a deal between firms, not between their countries
                if kind is THREAT and is_contest(sentence, signal.cues):
                    continue  # a match between teams ("India clash with Pakistan in …")
                if kind is ALLIANCE and is_contest(sentence, signal.cues, FIELD_WORDS):
                    continue  # a team's ("… praising the team's defence")
                if is_hazard(sentence, kind, signal.cues):
                    continue  # a storm's or a virus's threat ("Cyclone Shakti posed a threat")
                if signal.source is None or signal.target is None:
                    market = is_market_report(sentence) if market is None else market
                    if market:
                        continue  # what moves a price ("traders weighed Houthi attacks")
                found.append(signal)
            if found and comment < end and defends_denial(sentence, comment - start):
                found = [s for s in found if s.cues[0].start < comment or s.score >= DEFENCE_SCORE]
            if len(found) == 2 and conditions:
                found = _promised(found, view, self._min_score)
            if len(found) == 2:
                found = _commented(found, view, sentence_hits)
            if len(found) == 2:
                found = _backgrounded(found, view, sentence_hits, self._min_score)
            if found:
                found = _abroad(sentence, inside, found)
            signals.extend(found)
        return signals

    def _signal_of(
        self, kind: SignalKind, hits: list[Hit], view: SentenceView, field: str, text: str
    ) -> Signal | None:
        """The sentence's signal of one kind, led by its best cue (None under min_score)."""
        if len(hits) == 1:  # the common case: nothing to rank, borrow or add
            best = _score(view, hits[0])
            score = round(min(1.0, best.score), 3)
            ordered = hits
        else:
            best = _fill_dyad(_best(hits, view, self._min_score), hits, view)
            bonus = 0.05 * min(2, len({h[2].phrase for h in hits}) - 1)
            score = round(min(1.0, best.score + bonus), 3)
            # by position, not identity: compiled code (mypyc) may box a hit afresh
            lead = hits.index(best.hit)
            ordered = [hits[lead], *hits[:lead], *hits[lead + 1 :]]
        if score < self._min_score:
            return None
        start, end = view.start, view.start + len(view.sentence)
        span = _new_span(field, start, end, text[start:end], "sentence")
        cues = tuple([_new_cue(text[h[0] : h[1]], field, h[0], h[1]) for h in ordered])
        return _signal(kind, best, score, span, cues)


class SentenceView:
    """One cue-bearing sentence: the lower-cased field, its offsets, conditions, actors
    (a plain class with slots, as `Scored`)."""

    __slots__ = ("actors", "comment", "conditions", "lowered", "quoted", "sentence", "start")

    def __init__(
        self, lowered: str, start: int, sentence: str, conditions: tuple[int, ...],
        actors: tuple[Actor, ...],
        comment: int,  # where a trailing comment clause opens in the field (else the sentence end)
        quoted: bool,  # whether the sentence holds a quotation
    ) -> None:
        self.lowered = lowered
        self.start = start
        self.sentence = sentence
        self.conditions = conditions
        self.actors = actors
        self.comment = comment
        self.quoted = quoted


def _by_kind(hits: list[Hit]) -> list[tuple[SignalKind, list[Hit]]]:
    """The sentence's hits split by kind, alliance first; kinds without hits left out."""
    if len(hits) == 1:
        only = hits[0][2].kind
        return [(KIND[only], hits)] if only in KIND else []
    same = as_objects(hits)
    split = [
        (kind, [same[i] for i, h in enumerate(hits) if h[2].kind == name]) for name, kind in KINDS
    ]
    return [(kind, mine) for kind, mine in split if mine]


def _promised(found: list[Signal], view: SentenceView, min_score: float) -> list[Signal]:
    """The sentence's two signals, one led by a cue inside a condition ranked under the other,
    the consequence promised: "should Djibouti come under attack, France would defend it" is
    above all a pledge; "consequences if Beijing provides lethal aid to Moscow", a threat."""
    inside = [
        in_protasis(view.sentence, view.conditions, s.cues[0].start - view.start) for s in found
    ]
    if inside.count(True) != 1:
        return found
    condition, consequence = (found[0], found[1]) if inside[0] else (found[1], found[0])
    if condition.score < consequence.score:
        return found
    return _ranked_under(consequence, condition, not inside[0], min_score)


def _abroad(sentence: str, actors: tuple[Actor, ...], found: list[Signal]) -> list[Signal]:
    """The sentence's signals less those of one country's affairs at home: its protests and
    strikes (no second country to aim at: "farmers drove tractors towards Paris to protest
    against rising fuel costs"), its politics ("the opposition accused the government of …",
    `is_domestic`) or its police after a crime ("police arrested two men after a stabbing",
    `is_crime`)."""
    countries = len({actor.code for actor in actors})
    if countries < 2:  # a protest or a strike needs a country it is aimed at
        found = [s for s in found if s.category != PROTEST]
    if found and is_domestic(sentence, countries):
        found = [s for s in found if _abroad_or_force(s)]
    if found and is_crime(sentence, countries):
        found = [s for s in found if s.kind is ALLIANCE]
    return found


def _abroad_or_force(signal: Signal) -> bool:
    """Whether a signal of a sentence about politics at home (`is_domestic`) still stands:
    force or coercion ("police detained opposition leaders"), or a country named only as
    the target, whom an unnamed party abroad may act on ("the House would stand firmly with
    Israel as lawmakers passed …"); not "the opposition accused the government of …"."""
    return signal.category in FORCE or (signal.source is None and signal.target is not None)


def _commented(found: list[Signal], view: SentenceView, hits: list[Hit]) -> list[Signal]:
    """The sentence's two signals, less one led from a comment clause when the other is
    led from the main clause, outside any condition, by a cue that counts alone and has
    strength ≥ 0.5 ("will not supply air defence systems to Ukraine, citing concerns …" is
    no threat)."""
    inside = [s.cues[0].start >= view.comment for s in found]
    if inside.count(True) != 1:
        return found
    main = found[inside.index(False)]
    lead = _lead_hit(hits, main)
    if not lead[3] or lead[2].strength < MAIN_EVENT_STRENGTH:
        return found  # "keep nuclear weapons stationed in Belarus, …, noting that …"
    if view.conditions and in_protasis(view.sentence, view.conditions, lead[0] - view.start):
        return found  # "If Moldova came under attack, Romania would …, adding that …"
    return [main]


def _backgrounded(
    found: list[Signal], view: SentenceView, hits: list[Hit], min_score: float
) -> list[Signal]:
    """The sentence's two signals, one led from a background clause or history ranked under
    the other, led from the main clause by a cue that counts alone and has strength ≥ 0.5:
    "Israel will boost gas exports to Egypt, half a century after the two countries fought
    the 1973 war" tells of gas, not war."""
    leads = (_lead_hit(hits, found[0]), _lead_hit(hits, found[1]))
    for i in (0, 1):
        if found[i].score > found[1 - i].score:
            continue  # only a signal scored at most the other's may lead it
        lead = leads[i]
        if (
            lead[3]
            and lead[2].strength >= MAIN_EVENT_STRENGTH  # not a weak cue ("carrying weapons")
            and not _leads_main(view, leads[1 - i])
            and _leads_main(view, lead)
        ):
            return _ranked_under(found[i], found[1 - i], i == 0, min_score)
    return found


def _ranked_under(
    told: Signal, setting: Signal, told_first: bool, min_score: float
) -> list[Signal]:
    """The two signals in sentence order, `setting` scored just under `told` (dropped if that
    falls under `min_score`)."""
    score = round(told.score - PROTASIS_MARGIN, 3)
    if score < min_score:
        return [told]
    ranked = dataclasses.replace(setting, score=score)
    return [told, ranked] if told_first else [ranked, told]


def _lead_hit(hits: list[Hit], signal: Signal) -> Hit:
    """The sentence's hit that leads `signal` (its first cue)."""
    start = signal.cues[0].start
    for hit in hits:
        if hit[0] == start:
            return hit
    raise LookupError(start)  # a signal's first cue is one of its sentence's hits


def _leads_main(view: SentenceView, hit: Hit) -> bool:
    """Whether a cue tells the sentence's main event (as `_score` reads it)."""
    start = view.start
    context = cue_context(view.sentence, hit[0] - start, hit[1] - start, view.conditions)
    return _tells_main(view, hit, context.main)


def _tells_main(view: SentenceView, hit: Hit, in_main_clause: bool) -> bool:
    """Whether a cue of the main clause (`cue_context`) tells the main event: not a reaction's
    object ("condemned the Israeli attack": the condemnation), nor in a trailing comment, nor
    in the words another country puts on the act (", a move Taipei called coercion"), nor
    what an accusation alleges ("accuses Egypt of … sending weapons to Somalia")."""
    return (
        in_main_clause
        and not hit[2].reacted
        and hit[0] < view.comment
        and described_move(view.lowered, hit, view.start) < 0
        and not _alleged(view.lowered, hit[0], view.start)
    )


def _best(hits: list[Hit], view: SentenceView, min_score: float) -> Scored:
    """The best-ranked cue, analysing cues by falling strength until none can win; then,
    if it is set back (`_main_event`), the main clause's cue that stands on its own."""
    best: Scored | None = None
    done: list[Scored] = []  # the cues analysed, for `_main_event` not to analyse them again
    for hit in sorted(hits, key=lambda h: -h[2].strength):
        if best is not None and best.mode is not NEGATED and hit[2].strength <= best.score:
            break  # weights are ≤ 1: this and every weaker cue score at most their strength
        scored = _score(view, hit)
        done.append(scored)
        if best is None or _rank(scored) > _rank(best):
            best = scored
    assert best is not None  # hits is never empty
    return best if best.main else _main_event(best, hits, view, min_score, done)


def _main_event(
    best: Scored, hits: list[Hit], view: SentenceView, min_score: float, done: list[Scored]
) -> Scored:
    """The best-scoring cue of the main clause that counts alone and stands as a signal,
    with the score of `best`, set back in a background clause, a condition or history, or
    reacted to ("Poland summoned Belarus's envoy after Belarusian helicopters violated
    Polish airspace" is the summons); else `best`. `done`: the cues already analysed."""
    lead: Scored | None = None
    # a comment's cue gives way even to a denied main event ("ruled out sending military
    # aid to Israel, citing its rules on arms transfers")
    commented = best.hit[0] >= view.comment
    for hit in hits:
        if not hit[3] or hit[2].strength < MAIN_EVENT_STRENGTH or hit == best.hit:
            continue  # an ambient or a weak cue ("tensions rose after … attacked")
        if hit[0] > best.hit[0] and not _past_condition(view, best.hit, hit):
            continue  # after `best`, maybe in the same background clause ("…, which left")
        # hits are disjoint: a start names one (compiled code may box a hit afresh)
        scored = next((s for s in done if s.hit[0] == hit[0]), None) or _score(view, hit)
        if not scored.main or scored.score < min_score:
            continue  # set back too, or too weak
        if _rank(scored)[0] < _rank(best)[0] and not commented:
            continue  # negated where `best` is not (unless `best` is a comment's)
        if lead is None or _rank(scored) > _rank(lead):
            lead = scored
    if lead is None:
        return best
    # the lead tells the main event; the kind's score stays its strongest evidence's
    return Scored(lead.hit, lead.mode, lead.source, lead.target, best.score, lead.main)


def _past_condition(view: SentenceView, within: Hit, hit: Hit) -> bool:
    """Whether `within` lies in a condition that ends before `hit`: "Mexico could answer
    with tariffs if Washington goes ahead with its threatened duties, Sheinbaum warned"."""
    start, sentence, conditions = view.start, view.sentence, view.conditions
    return in_protasis(sentence, conditions, within[0] - start) and not in_protasis(
        sentence, conditions, hit[0] - start
    )


def _score(view: SentenceView, hit: Hit) -> Scored:
    """Mode, dyad and score of one cue."""
    start = view.start
    entry = hit[2]
    mode, background, main = cue_context(
        view.sentence, hit[0] - start, hit[1] - start, view.conditions, noun=entry.role == "noun"
    )
    if entry.tail and mode is not NEGATED and _gap_negated(view.lowered, hit[1]):
        mode = NEGATED  # "had received no request for assistance"
    main = _tells_main(view, hit, main)
    source, target = choose_dyad(view.lowered, view.actors, hit, start)
    if view.conditions and source and entry.kind == "alliance":  # "If Estonia is attacked,
        # Finland will come to its defence": Finland helps Estonia
        source, target = helped_dyad(
            view.lowered, view.sentence, start, view.actors, hit[0], source, target
        )
    elif view.conditions and entry.kind == "threat" and in_protasis(
        view.sentence, view.conditions, hit[0] - start
    ):  # "Russia will respond in kind if Japan confiscates …": Russia threatens Japan
        end = start + len(view.sentence)
        promised = promised_dyad(
            view.lowered, start, end, view.actors, view.conditions, hit[0], source
        )
        source, target = promised or (source, target)
    if (source is None or target is None) and view.quoted:
        source, target = _quoted_dyad(view, hit, source, target)
    if target is None and view.conditions and entry.kind == "threat":
        end = start + len(view.sentence)  # "If Iran tries …, the United States will respond"
        target = warned_target(
            view.lowered, start, end, view.actors, view.conditions, hit[0], source
        )
    certainty = CERTAINTY[(source is not None) + (target is not None)]
    score = entry.strength * MODE_WEIGHT[mode] * certainty * background
    return Scored(hit, mode, source, target, score, main)


def _alleged(lowered: str, at: int, sentence_start: int) -> bool:
    """Whether the cue at `at` tells what an accusation alleges ("Ethiopia accuses Egypt of
    trying to destabilise the region by sending weapons to Somalia"): the accusation is
    the event."""
    if lowered.find("accus", max(sentence_start, at - ALLEGED_CHARS), at) < 0:
        return False  # the common case
    return ALLEGED.search(lowered, max(sentence_start, at - ALLEGED_CHARS), at) is not None


def _gap_negated(lowered: str, head_end: int) -> bool:
    """Whether the gap after a gapped cue's head opens with "no" or "never" in its first
    words, negating what the tail names ("received no request for assistance")."""
    return not GAP_NEGATORS.isdisjoint(lowered[head_end : head_end + GAP_CHARS].split()[:2])


def _signal(
    kind: SignalKind, best: Scored, score: float, span: Span, cues: tuple[Cue, ...]
) -> Signal:
    """The signal led by `best`."""
    entry = best.hit[2]
    return _new_signal(
        kind,
        entry.category,
        entry.cameo,
        best.mode,
        score,
        best.source,
        best.target,
        span.text,
        span,
        cues,
    )


def _fill_dyad(best: Scored, hits: list[Hit], view: SentenceView) -> Scored:
    """Borrow a missing source/target from the sentence's other cues of the same kind."""
    source, target = best.source, best.target
    for hit in hits:
        if source and target:
            break
        if hit != best.hit:
            other_source, other_target = choose_dyad(view.lowered, view.actors, hit, view.start)
            source = source or other_source
            target = target or (other_target if other_target != source else None)
    if source == target:
        source, target = best.source, best.target  # borrowing must not make a self-loop
    if (source, target) == (best.source, best.target):
        return best
    return Scored(best.hit, best.mode, source, target, best.score, best.main)


def _quoted_dyad(
    view: SentenceView, hit: Hit, source: str | None, target: str | None
) -> tuple[str | None, str | None]:
    """A missing side of a cue inside a quotation: the speaker's country as the source ("'…
    will not go unanswered,' Russian Foreign Ministry spokeswoman … said"), and the country
    the quotation is said to be aimed at as the target ('…," the commander said of
    Azerbaijan'), which also replaces a target that is the speaker's own country."""
    end = view.start + len(view.sentence)
    speaker = (
        quoted_speaker(view.lowered, view.start, end, hit[0], view.actors)
        if source is None
        else None
    )
    if target is None or (speaker is not None and speaker == target):
        aimed = quoted_addressee(view.lowered, view.start, end, hit[0], view.actors)
        if aimed is not None and aimed != (source or speaker):
            return source or speaker, aimed
    if speaker is not None and speaker != target:
        source = speaker
    return source, target


def _rank(scored: Scored) -> tuple[bool, float]:
    """Non-negated cues lead; then the higher score."""
    return (scored.mode is not NEGATED, scored.score)
