"""The one module that knows the wire format: records ↔ orjson bytes.

Raw articles arrive as JSON objects; enriched articles, alerts, dead letters and the
offline `analyze --jsonl` lines leave as JSON objects built here. Every encode and
decode on the wire goes through this module.
"""

from __future__ import annotations

import base64
from collections.abc import Mapping
from typing import Any

import orjson

from monitor.models import (
    Alert,
    Analysis,
    CountryMention,
    Cue,
    OrgMention,
    Rejection,
    RejectReason,
    Signal,
    Span,
)

__all__ = [
    "alert_to_dict",
    "analysis_to_dict",
    "countries_to_list",
    "deadletter_to_dict",
    "decode",
    "decode_object",
    "dumps",
    "enriched_to_dict",
    "signals_to_list",
]


def dumps(obj: Any) -> bytes:
    """Encode `obj` as compact JSON bytes (non-str keys allowed, numpy-free)."""
    return orjson.dumps(obj, option=orjson.OPT_NON_STR_KEYS)


def decode(raw: bytes | str) -> Any:
    """Decode JSON bytes; raises `orjson.JSONDecodeError` on malformed input."""
    return orjson.loads(raw)


def decode_object(raw: bytes) -> dict[str, Any] | Rejection:
    """Decode a raw message into a JSON object, or say why it is not one."""
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return Rejection(RejectReason.INVALID_UTF8, f"invalid UTF-8 at byte {exc.start}", "decode")
    try:
        value = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        return Rejection(RejectReason.NOT_JSON, f"not JSON: {exc}", "decode")
    if not isinstance(value, dict):
        kind = type(value).__name__
        return Rejection(RejectReason.NOT_AN_OBJECT, f"JSON {kind}, expected object", "decode")
    return value


def _span(span: Span) -> dict[str, Any]:
    return {"field": span.field, "start": span.start, "end": span.end,
            "text": span.text, "kind": span.kind}


def _cue(cue: Cue) -> dict[str, Any]:
    return {"text": cue.text, "field": cue.field, "start": cue.start, "end": cue.end}


def countries_to_list(countries: tuple[CountryMention, ...]) -> list[dict[str, Any]]:
    """Country mentions in the documented `countries` shape."""
    return [
        {"code": c.code, "name": c.name, "mentions": c.mentions,
         "salience": round(c.salience, 4), "focus": c.focus,
         "spans": [_span(s) for s in c.spans]}
        for c in countries
    ]


def _orgs_to_list(orgs: tuple[OrgMention, ...]) -> list[dict[str, Any]]:
    return [{"code": o.code, "name": o.name, "mentions": o.mentions,
             "spans": [_span(s) for s in o.spans]} for o in orgs]


def signals_to_list(signals: tuple[Signal, ...]) -> list[dict[str, Any]]:
    """Signals in the documented `signals` shape."""
    return [
        {"kind": str(s.kind), "category": s.category, "cameo": s.cameo, "mode": str(s.mode),
         "score": round(s.score, 4), "source": s.source, "target": s.target,
         "sentence": s.sentence, "span": _span(s.span), "cues": [_cue(c) for c in s.cues]}
        for s in signals
    ]


def analysis_to_dict(analysis: Analysis) -> dict[str, Any]:
    """The `monitor analyze --jsonl` line for one record."""
    return {
        "id": analysis.article.id,
        "countries": countries_to_list(analysis.countries),
        "organisations": _orgs_to_list(analysis.organisations),
        "signals": signals_to_list(analysis.signals),
    }


def enriched_to_dict(analysis: Analysis, timings: Mapping[str, float]) -> dict[str, Any]:
    """The `news.articles.enriched` record: the article, what was found, and when."""
    art = analysis.article
    return {
        "id": art.id, "url": art.url, "title": art.title, "text": art.text,
        "source": art.source, "published_at": art.published_at, "language": art.language,
        "countries": countries_to_list(analysis.countries),
        "organisations": _orgs_to_list(analysis.organisations),
        "signals": signals_to_list(analysis.signals),
        "processing": dict(timings),
    }


def alert_to_dict(alert: Alert) -> dict[str, Any]:
    """The `news.alerts` record."""
    return {
        "id": alert.id, "rule": alert.rule, "article_id": alert.article_id,
        "kind": str(alert.kind), "mode": str(alert.mode), "source": alert.source,
        "target": alert.target, "score": round(alert.score, 4), "sentence": alert.sentence,
        "countries": list(alert.countries), "title": alert.title, "url": alert.url,
        "cues": list(alert.cues),
    }


def deadletter_to_dict(
    rejection: Rejection, raw: bytes, *, topic: str, partition: int, offset: int, now: float
) -> dict[str, Any]:
    """The `news.deadletter` record: where it came from, why, and the original bytes."""
    return {
        "stage": rejection.stage, "reason": str(rejection.reason), "detail": rejection.detail,
        "topic": topic, "partition": partition, "offset": offset,
        "original_base64": base64.b64encode(raw).decode("ascii"), "timestamp": now,
    }
