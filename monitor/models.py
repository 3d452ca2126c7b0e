"""The frozen records that flow between stages: raw article → analysis → alert.

Every stage takes and returns these, never dicts; `monitor.codec` alone turns them
into wire bytes. Offsets in a `Span` are character offsets into the *normalised*
field (`title` or `text`) of the `Article` they came from, so an analyst can slice
the enriched record and see the exact evidence.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

__all__ = [
    "Alert",
    "Analysis",
    "Article",
    "CountryMention",
    "Cue",
    "Mode",
    "OrgMention",
    "RejectReason",
    "Rejection",
    "Signal",
    "SignalKind",
    "Span",
    "Tagging",
]


class RejectReason(StrEnum):
    """The closed set of reasons an input is sent to the dead-letter topic."""

    NOT_JSON = "not_json"
    INVALID_UTF8 = "invalid_utf8"
    NOT_AN_OBJECT = "not_an_object"
    MISSING_TEXT = "missing_text"
    EMPTY_TEXT = "empty_text"
    WRONG_TYPE = "wrong_type"
    OVERSIZE = "oversize"
    PROCESSING_ERROR = "processing_error"


@dataclass(frozen=True, slots=True)
class Rejection:
    """Why one input could not be processed; the shell routes it to the dead letters."""

    reason: RejectReason
    detail: str
    stage: str


@dataclass(frozen=True, slots=True)
class Article:
    """A normalised article: the unit every analysis stage reads."""

    id: str
    text: str
    title: str = ""
    url: str | None = None
    source: str | None = None
    published_at: str | None = None
    language: str | None = None

    def field_text(self, name: str) -> str:
        """The text of field `name` ("title" or "text") that spans point into."""
        return self.title if name == "title" else self.text


@dataclass(frozen=True, slots=True)
class Span:
    """One piece of evidence: `field` is "title" or "text"; [start, end) are char offsets."""

    field: str
    start: int
    end: int
    text: str = ""
    kind: str = ""  # e.g. "name", "demonym", "city", "person", "metonym", "sentence", "cue"


@dataclass(frozen=True, slots=True)
class CountryMention:
    """A country an article mentions, aggregated over all its mentions."""

    code: str  # ISO 3166-1 alpha-2 (XK for Kosovo)
    name: str
    mentions: int
    salience: float  # 0..1, how central the country is to the article
    focus: bool  # the article is about this country
    spans: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class OrgMention:
    """A multinational body (NATO, EU, UN, …): reported apart from countries."""

    code: str
    name: str
    mentions: int
    spans: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Tagging:
    """The country tagger's answer for one article."""

    countries: tuple[CountryMention, ...]  # sorted by salience desc
    organisations: tuple[OrgMention, ...]


class SignalKind(StrEnum):
    """Alliance for cooperation categories, threat for conflict ones."""

    ALLIANCE = "alliance"
    THREAT = "threat"


class Mode(StrEnum):
    """How the sentence asserts the event."""

    ASSERTED = "asserted"
    CONDITIONAL = "conditional"
    FUTURE = "future"
    NEGATED = "negated"
    HYPOTHETICAL = "hypothetical"


@dataclass(frozen=True, slots=True)
class Cue:
    """A cue phrase that triggered a signal, with its offsets in `field`."""

    text: str
    field: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Signal:
    """Alliance or threat language between countries, with its evidence."""

    kind: SignalKind
    category: str  # PLOVER category, e.g. SUPPORT, THREATEN
    cameo: str  # nearest CAMEO code, e.g. "0312", "138"
    mode: Mode
    score: float  # 0..1
    source: str | None  # ISO alpha-2 of the actor, or None when unknown
    target: str | None  # ISO alpha-2 of the one supported or threatened
    sentence: str
    span: Span  # where `sentence` sits in its field
    cues: tuple[Cue, ...] = ()


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything the pure core found in one article."""

    article: Article
    countries: tuple[CountryMention, ...] = ()
    organisations: tuple[OrgMention, ...] = ()
    signals: tuple[Signal, ...] = ()


@dataclass(frozen=True, slots=True)
class Alert:
    """A rule matched an analysed article: what subscribers receive."""

    id: str
    rule: str
    article_id: str
    kind: SignalKind
    mode: Mode
    source: str | None
    target: str | None
    score: float
    sentence: str
    countries: tuple[str, ...]
    title: str = ""
    url: str | None = None
    cues: tuple[str, ...] = field(default_factory=tuple)
