"""Article → the countries it mentions and is about, with evidence spans.

Reading order: `gazetteer_data` (packaged data → entries), `gazetteer_keys` (entries →
keys with precomputed flags and cased forms), `gazetteer` (keys → automaton →
whole-word hits), `countries_evidence` with `countries_lexicon` and `countries_towns`
(hits → typed mentions, context rules, datelines), `countries_resolve` (disambiguation
against the article's other evidence), then this module: aggregation, salience and
focus.

Weak mentions (small towns, "Jersey") need another vote to count (a small North
American town counts alone in its own local news), and a country
resting on one mid-sized town disappears when another country is well attested
(Edmonton near Cairns). Salience weighs each mention by kind, title, lead and
dateline; focus is any country scoring at least a third of the top one, or named in
the dateline. The hot path keeps mentions as tuples, tallies each country in one loop
and builds each Span and CountryMention once, by the positional constructors of
`records`.
"""

from __future__ import annotations

from collections import defaultdict
from typing import ClassVar

from monitor.models import Article, CountryMention, OrgMention, Span, Tagging
from monitor.stages.countries_evidence import EvidenceReader, Mention
from monitor.stages.countries_resolve import reads_local, resolve
from monitor.stages.gazetteer import Gazetteer
from monitor.stages.gazetteer_data import country_names, first_names, org_names
from monitor.stages.records import constructor

__all__ = ["CountryTagger", "Tagging"]

_LEAD_CHARS = 400
_LEAD_WEIGHT = 2.0
_TITLE_WEIGHT = 2.5
_WELL_ATTESTED = 2
_FOCUS_SHARE = 0.35
_DEFAULT_WEIGHT = 0.8
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
# The same weights times the title and lead factors, multiplied once here.
_TITLE_WEIGHTS = {kind: weight * _TITLE_WEIGHT for kind, weight in _KIND_WEIGHT.items()}
_LEAD_WEIGHTS = {kind: weight * _LEAD_WEIGHT for kind, weight in _KIND_WEIGHT.items()}
_TITLE_DEFAULT = _DEFAULT_WEIGHT * _TITLE_WEIGHT
_LEAD_DEFAULT = _DEFAULT_WEIGHT * _LEAD_WEIGHT


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
        mentions, organisations = self._reader.read(article.title, article.text)
        codes = resolve(mentions, article.text)
        return _new_tagging(
            self._country_mentions(mentions, codes, article.text),
            self._org_mentions(organisations),
        )

    def _country_mentions(
        self, mentions: tuple[Mention, ...], codes: list[str], text: str
    ) -> tuple[CountryMention, ...]:
        tallies = _kept(_tallies(mentions, codes), text)
        scores = [t[0] for t in tallies.values()]
        top = max(scores, default=1.0)
        total = sum(scores) or 1.0
        names = self._names
        out = [
            _country_mention(
                code,
                names.get(code, code),
                len(spans),
                round(0.7 * score / top + 0.3 * score / total, 3),
                score >= _FOCUS_SHARE * top or dateline,
                spans,
            )
            for code, (score, _, _, dateline, spans) in tallies.items()
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


# A country's mentions summed up: score, mentions more than a town, whether all are
# demonyms, whether one is the dateline, and the spans in reading order.
_Tally = tuple[float, int, bool, bool, tuple[Span, ...]]


def _tallies(mentions: tuple[Mention, ...], codes: list[str]) -> dict[str, _Tally]:
    """Each country's tally over its mentions, in order of first mention."""
    groups: dict[str, list[Mention]] = {}
    for code, mention in zip(codes, mentions, strict=True):
        if code:
            group = groups.get(code)
            if group is None:
                groups[code] = [mention]
            else:
                group.append(mention)
    return {code: _tally(group) for code, group in groups.items()}


def _tally(group: list[Mention]) -> _Tally:
    """Score (each mention weighed by kind, and by title, lead or body) and the rest."""
    score = 0.0
    towns = demonyms = 0
    dateline = False
    spans: list[Span] = []
    for field, start, end, text, kind, key in group:
        if field == "title":
            score += _TITLE_WEIGHTS.get(kind, _TITLE_DEFAULT)
        elif start < _LEAD_CHARS:
            score += _LEAD_WEIGHTS.get(kind, _LEAD_DEFAULT)
        else:
            score += _KIND_WEIGHT.get(kind, _DEFAULT_WEIGHT)
        if kind == "city" and field == "text" and key.local_city:
            towns += 1  # a town named in the text: less than a place that settles a country
        if kind == "demonym":
            demonyms += 1
        elif kind == "dateline":
            dateline = True
        spans.append(_new_span(field, start, end, text, kind))
    count = len(group)
    return score, count - towns, demonyms == count, dateline, tuple(spans)


def _kept(tallies: dict[str, _Tally], text: str) -> dict[str, _Tally]:
    """Less stray towns, and in local news less countries known only by adjectives.

    "Edmonton, just outside Cairns" in an Australian story is not Canada: a country
    resting only on mid-sized towns goes when another country is well attested. In
    local news a country resting on demonyms alone is a cuisine, a class or a pub
    ("French teacher", "Irish pub", "Spanish club"), not a place the story mentions.
    """
    well_attested = adjectives_only = False
    for _, solid, demonyms_only, _, _ in tallies.values():  # loops: cheaper than any(genexpr)
        well_attested = well_attested or solid >= _WELL_ATTESTED
        adjectives_only = adjectives_only or demonyms_only
    if well_attested:
        tallies = {code: t for code, t in tallies.items() if t[1]}
        adjectives_only = any(t[2] for t in tallies.values())
    if adjectives_only and reads_local(text):
        tallies = {code: t for code, t in tallies.items() if not t[2]}
    return tallies


_new_span, _country_mention = constructor(Span), constructor(CountryMention)
_new_tagging = constructor(Tagging)


def _span(mention: Mention) -> Span:
    """The Span of a mention: field, start, end, text and kind."""
    return _new_span(*mention[:5])


def _spans(mentions: list[Mention]) -> tuple[Span, ...]:
    return tuple(map(_span, mentions))
