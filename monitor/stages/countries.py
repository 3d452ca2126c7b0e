"""Article → the countries it mentions and is about, with evidence spans.

Reading order: `gazetteer_data` (packaged data → entries), `gazetteer_keys` (entries →
keys with precomputed flags and cased forms), `gazetteer` (keys → automaton →
whole-word mentions), `countries_evidence` with `countries_lexicon` (mentions → typed
mentions, context rules, datelines), `countries_resolve` (disambiguation against the
article's other evidence), then this module: aggregation, salience and focus.

Weak mentions (small towns, "Jersey") need another vote to count, and a country
resting on one mid-sized town disappears when another country is well attested
(Edmonton near Cairns). Salience weighs each mention by kind, title, lead and
dateline; focus is any country scoring at least a third of the top one, or named in
the dateline. The hot path keeps mentions as tuples and builds each Span once.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, fields
from typing import ClassVar

from monitor.models import Article, CountryMention, OrgMention, Span
from monitor.stages.countries_evidence import EvidenceReader, Mention
from monitor.stages.countries_resolve import reads_local, resolve
from monitor.stages.gazetteer import Gazetteer
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
            countries=self._country_mentions(
                resolve(evidence.countries, article.text), article.text
            ),
            organisations=self._org_mentions(evidence.organisations),
        )

    def _country_mentions(
        self, resolved: list[tuple[str, Mention]], text: str
    ) -> tuple[CountryMention, ...]:
        groups = _grouped(resolved)
        if any(map(_adjectives_only, groups.values())) and reads_local(text):
            groups = {code: group for code, group in groups.items() if not _adjectives_only(group)}
        scores = {code: _score(group) for code, group in groups.items()}
        top = max(scores.values(), default=1.0)
        total = sum(scores.values()) or 1.0
        out = [
            CountryMention(
                code=code,
                name=self._names.get(code, code),
                mentions=len(group),
                salience=round(0.7 * scores[code] / top + 0.3 * scores[code] / total, 3),
                focus=scores[code] >= _FOCUS_SHARE * top or _has_dateline(group),
                spans=tuple(map(_span, group)),
            )
            for code, group in groups.items()
        ]
        out.sort(key=lambda c: (-c.salience, c.code))
        return tuple(out)

    def _org_mentions(self, mentions: tuple[Mention, ...]) -> tuple[OrgMention, ...]:
        if not mentions:
            return ()
        by_code: dict[str, list[Mention]] = defaultdict(list)
        for mention in mentions:
            by_code[mention.key.senses[0].code].append(mention)
        return tuple(
            OrgMention(code, self._orgs.get(code, code), len(ms), _spans(ms))
            for code, ms in sorted(by_code.items(), key=lambda kv: -len(kv[1]))
        )


def _grouped(resolved: list[tuple[str, Mention]]) -> dict[str, list[Mention]]:
    """Mentions by country, in reading order, less stray towns.

    "Edmonton, just outside Cairns" in an Australian story is not Canada: a country
    resting only on mid-sized towns goes when another country is well attested.
    """
    groups: dict[str, list[Mention]] = {}
    for code, mention in resolved:
        group = groups.get(code)
        if group is None:
            groups[code] = [mention]
        else:
            group.append(mention)
    solid = {code: _solid(group) for code, group in groups.items()}
    if any(n >= _WELL_ATTESTED for n in solid.values()):
        return {code: group for code, group in groups.items() if solid[code]}
    return groups


def _solid(group: list[Mention]) -> int:
    """How many mentions, up to two, are more than a town named in the text."""
    count = 0
    for field, _, _, _, kind, key in group:
        if not (key.local_city and kind == "city" and field == "text"):
            count += 1
            if count == _WELL_ATTESTED:
                break
    return count


def _score(group: list[Mention]) -> float:
    """Each mention weighed by kind, and by title, lead or body."""
    score = 0.0
    for field, start, _, _, kind, _ in group:
        weight = _KIND_WEIGHT.get(kind, 0.8)
        if field == "title":
            score += weight * _TITLE_WEIGHT
        else:
            score += weight * _LEAD_WEIGHT if start < _LEAD_CHARS else weight
    return score


# Span is a frozen dataclass whose __init__ goes through object.__setattr__ per field;
# writing its slots directly builds the same value at half the cost (a test checks it).
_SPAN_SLOTS = tuple(getattr(Span, f.name).__set__ for f in fields(Span))
_new_object = object.__new__


def _span(mention: Mention) -> Span:
    """The Span of a mention: field, start, end, text and kind, in Span's field order."""
    span: Span = _new_object(Span)
    set_field, set_start, set_end, set_text, set_kind = _SPAN_SLOTS
    set_field(span, mention[0])
    set_start(span, mention[1])
    set_end(span, mention[2])
    set_text(span, mention[3])
    set_kind(span, mention[4])
    return span


def _spans(mentions: list[Mention]) -> tuple[Span, ...]:
    return tuple(map(_span, mentions))


def _adjectives_only(group: list[Mention]) -> bool:
    """Whether a country rests on demonyms alone.

    In local news such a country is a cuisine, a class or a pub ("French teacher",
    "Irish pub", "Spanish club"), not a place the story mentions.
    """
    return all(m.kind == "demonym" for m in group)


def _has_dateline(group: list[Mention]) -> bool:
    return any(m.kind == "dateline" for m in group)
