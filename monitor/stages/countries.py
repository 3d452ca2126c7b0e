"""Article → the countries it mentions and is about, with evidence spans.

Reading order: `gazetteer_data` (packaged data → entries), `gazetteer` (entries →
automaton → whole-word hits), `countries_evidence` with `countries_lexicon` (hits →
typed mentions, context rules, datelines), then this module: disambiguation against
the article's other evidence, salience and focus.

Disambiguation: unambiguous mentions vote for their country (small towns with half a
vote); an ambiguous mention ("Georgia", "Birmingham", "Congo") takes the country
named right after it ("Paris, Texas"), else the sense with the best prior × (1 +
votes), and once pinned a name keeps that reading through the article. Weak mentions
(small towns, "Jersey") need another vote to count, and a country resting on one
mid-sized town disappears when another country is well attested (Edmonton near
Cairns). Salience weighs each mention by kind, title, lead and dateline; focus is
any country scoring at least a third of the top one, or named in the dateline.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import ClassVar

from monitor.models import Article, CountryMention, OrgMention, Span
from monitor.stages.countries_evidence import EvidenceReader, Mention
from monitor.stages.gazetteer import Gazetteer, Sense, is_weak
from monitor.stages.gazetteer_data import country_names, first_names, org_names

__all__ = ["CountryTagger", "Tagging"]

_LEAD_CHARS = 400
_LEAD_WEIGHT = 2.0
_TITLE_WEIGHT = 2.5
_WELL_ATTESTED = 2
_FOCUS_SHARE = 0.35
_KIND_WEIGHT = {
    "dateline": 3.0,
    "name": 1.0,
    "metonym": 1.0,
    "institution": 1.0,
    "person": 0.8,
    "region": 0.8,
    "city": 0.8,
    "demonym": 0.6,
}


@dataclass(frozen=True, slots=True)
class Tagging:
    """The tagger's answer for one article."""

    countries: tuple[CountryMention, ...]  # sorted by salience desc
    organisations: tuple[OrgMention, ...]


class CountryTagger:
    """Configure once (`load`), then call on each article; pure and thread-safe."""

    _shared: ClassVar[CountryTagger | None] = None

    def __init__(
        self,
        gazetteer: Gazetteer,
        *,
        names: dict[str, str],
        orgs: dict[str, str],
        first_names: frozenset[str],
    ) -> None:
        self._reader = EvidenceReader(gazetteer, first_names)
        self._names = names
        self._orgs = orgs

    @classmethod
    def load(cls) -> CountryTagger:
        """The tagger over the packaged gazetteer, built once per process."""
        if cls._shared is None:
            cls._shared = cls(
                Gazetteer.load(),
                names=country_names(),
                orgs=org_names(),
                first_names=first_names(),
            )
        return cls._shared

    def __call__(self, article: Article) -> Tagging:
        evidence = self._reader.read(article.title, article.text)
        return Tagging(
            countries=self._country_mentions(resolve(evidence.countries)),
            organisations=self._org_mentions(evidence.organisations),
        )

    def _country_mentions(self, resolved: list[tuple[str, Mention]]) -> tuple[CountryMention, ...]:
        scores: dict[str, float] = defaultdict(float)
        by_code: dict[str, list[Mention]] = defaultdict(list)
        for code, mention in resolved:
            by_code[code].append(mention)
            scores[code] += _weight(mention)
        top = max(scores.values(), default=1.0)
        total = sum(scores.values()) or 1.0
        out = [
            CountryMention(
                code=code,
                name=self._names.get(code, code),
                mentions=len(ms),
                salience=round(0.7 * scores[code] / top + 0.3 * scores[code] / total, 3),
                focus=_is_focus(scores[code], top, ms),
                spans=_spans(ms),
            )
            for code, ms in by_code.items()
        ]
        out.sort(key=lambda c: (-c.salience, c.code))
        return tuple(out)

    def _org_mentions(self, mentions: tuple[Mention, ...]) -> tuple[OrgMention, ...]:
        by_code: dict[str, list[Mention]] = defaultdict(list)
        for mention in mentions:
            by_code[mention.key.senses[0].code].append(mention)
        return tuple(
            OrgMention(code, self._orgs.get(code, code), len(ms), _spans(ms))
            for code, ms in sorted(by_code.items(), key=lambda kv: -len(kv[1]))
        )


def resolve(mentions: tuple[Mention, ...]) -> list[tuple[str, Mention]]:
    """Each mention's country code, decided against the article's other evidence.

    One sense per article: once a name is pinned down ("Paris, Texas", "the Athens
    Police Department"), its other mentions follow.
    """
    open_names = {m.text.lower() for m in mentions if not m.key.code or m.key.weak}
    if not open_names:
        return _without_stray_towns([(m.key.code, m) for m in mentions])
    strong, weak = _votes(mentions)
    pinned = _pinned(mentions, open_names)
    out: list[tuple[str, Mention]] = []
    for index, mention in enumerate(mentions):
        key = mention.key
        if key.code and not key.weak:
            out.append((key.code, mention))
            continue
        code = pinned.get(mention.text.lower())
        if code is None:
            sense = _choose(mention, (strong, weak), _qualifier(mentions, index))
            code = sense.code if sense is not None else None
        if code is not None:
            out.append((code, mention))
    return _without_stray_towns(out)


def _pinned(mentions: tuple[Mention, ...], open_names: set[str]) -> dict[str, str]:
    """Open names whose country one mention settles: narrowed by context or "X, Region"."""
    pinned: dict[str, str] = {}
    for index, mention in enumerate(mentions):
        if mention.text.lower() not in open_names:
            continue
        if mention.key.code and not mention.key.weak:
            pinned.setdefault(mention.text.lower(), mention.key.code)
            continue
        qualifier = _qualifier(mentions, index)
        codes = [s.code for s in mention.key.senses if s.code in qualifier]
        if codes:
            pinned[mention.text.lower()] = codes[0]
    return pinned


def _without_stray_towns(resolved: list[tuple[str, Mention]]) -> list[tuple[str, Mention]]:
    """Drop a country whose only evidence is a town, when another country is well attested.

    "Edmonton, just outside Cairns" in an Australian story is not Canada: a lone
    mid-sized city of a country nothing else mentions is more likely a namesake.
    """
    towns_only: dict[str, bool] = {}
    solid: Counter[str] = Counter()
    for code, mention in resolved:
        town = mention.key.local_city and mention.kind == "city" and mention.field == "text"
        towns_only[code] = towns_only.get(code, True) and town
        solid[code] += not town
    if not any(n >= _WELL_ATTESTED for n in solid.values()):
        return resolved
    return [(code, m) for code, m in resolved if not towns_only[code]]


def _votes(mentions: tuple[Mention, ...]) -> tuple[Counter[str], Counter[str]]:
    """Votes of unambiguous mentions: strong ones, and weak ones (small cities)."""
    strong: Counter[str] = Counter()
    weak: Counter[str] = Counter()
    for mention in mentions:
        if mention.key.code:
            (weak if mention.key.weak else strong)[mention.key.code] += 1
    return strong, weak


def _qualifier(mentions: tuple[Mention, ...], index: int) -> set[str]:
    """Countries of a mention right after this one and a comma ("Paris, Texas")."""
    if index + 1 >= len(mentions):
        return set()
    here, after = mentions[index], mentions[index + 1]
    gap = after.start - here.end
    if after.field != here.field or not 1 <= gap <= 3:
        return set()
    return {s.code for s in after.key.senses}


def _choose(
    mention: Mention, votes: tuple[Counter[str], Counter[str]], qualifier: set[str]
) -> Sense | None:
    senses = mention.key.senses
    if mention.kind == "dateline":  # wires date-line major cities: the usual reading wins
        return senses[0]
    qualified = [s for s in senses if s.code in qualifier]
    if qualified and not mention.key.code:
        return qualified[0]
    strong, weak = votes
    own, own_vote = mention.key.code, 0.5 if mention.key.weak else 1.0
    support = {
        s.code: strong[s.code] + 0.5 * weak[s.code] - (own_vote if s.code == own else 0.0)
        for s in senses
    }
    best = max(senses, key=lambda s: s.prior * (1.0 + max(support[s.code], 0.0)))
    if is_weak(best) and support[best.code] <= 0:
        return None
    return best


def _weight(mention: Mention) -> float:
    weight = _KIND_WEIGHT.get(mention.kind, 0.8)
    if mention.field == "title":
        return weight * _TITLE_WEIGHT
    return weight * _LEAD_WEIGHT if mention.start < _LEAD_CHARS else weight


def _is_focus(score: float, top: float, mentions: list[Mention]) -> bool:
    if any(m.kind == "dateline" for m in mentions):
        return True
    return score >= _FOCUS_SHARE * top


def _spans(mentions: list[Mention]) -> tuple[Span, ...]:
    return tuple(Span(m.field, m.start, m.end, m.text, m.kind) for m in mentions)
