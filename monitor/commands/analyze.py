"""`monitor analyze`: run the pipeline offline, no Kafka, as JSON lines or a report.

`--jsonl` reads records with at least `id` and `text` (optional `title`) and writes one
line per record: `{"id", "countries", "organisations", "signals"}` (schemas in the
README). Records that fail validation are written as `{"id", "error", "reason"}` so
that every input line has exactly one output line.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from monitor import codec
from monitor.models import Analysis, Rejection
from monitor.pipeline import Pipeline
from monitor.sources import Item
from monitor.stages.normalize import normalize

__all__ = ["analyse_items", "render_report", "write_jsonl"]


def analyse_items(pipeline: Pipeline, items: Iterable[Item]) -> Iterator[tuple[Item, Any]]:
    """Each item with its `Analysis` or `Rejection` (never raises on bad input)."""
    for item in items:
        payload = codec.decode_object(item.raw)
        if isinstance(payload, Rejection):
            yield item, payload
            continue
        article = normalize(payload)
        yield item, article if isinstance(article, Rejection) else pipeline.analyse(article)


def write_jsonl(results: Iterable[tuple[Item, Any]], out: TextIO) -> int:
    """One JSON line per input; returns how many inputs were rejected."""
    rejected = 0
    for item, result in results:
        if isinstance(result, Rejection):
            rejected += 1
            line = {"id": _id_of(item), "error": result.detail, "reason": str(result.reason)}
        else:
            line = codec.analysis_to_dict(result)
        out.write(codec.dumps(line).decode() + "\n")
    return rejected


def _id_of(item: Item) -> Any:
    payload = codec.decode_object(item.raw)
    return payload.get("id") if isinstance(payload, dict) else None


def render_report(item: Item, result: Analysis | Rejection) -> str:
    """A readable account of one article: countries, organisations, signals."""
    if isinstance(result, Rejection):
        return f"== {item.origin}\n   rejected: {result.reason} ({result.detail})\n"
    art = result.article
    lines = [f"== {item.origin}  id={art.id}", f"   {art.title[:100]}"]
    for c in result.countries:
        star = "*" if c.focus else " "
        lines.append(f" {star} {c.code} {c.name:<28} mentions={c.mentions:<3} "
                     f"salience={c.salience:.2f}")
    if result.organisations:
        lines.append("   organisations: " + ", ".join(o.code for o in result.organisations))
    for s in result.signals:
        lines.append(f"   [{s.kind} {s.category}/{s.cameo} {s.mode} {s.score:.2f}] "
                     f"{s.source or '?'} -> {s.target or '?'}: {s.sentence[:160]}")
    return "\n".join(lines) + "\n"
