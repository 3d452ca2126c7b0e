"""Labelled event sentences (JSONL) → alliance/threat/neutral metrics for the detector.

Each record needs `id`, `text` and `label` ("alliance" | "threat" | "neutral");
optional `source_country` / `target_country` (ISO alpha-2) enable dyad accuracy.
`relabel_un=True` re-derives the gold label of UN QuadClass records from
`quadclass_original` (1 material conflict, 3 verbal conflict → threat; 2 material
cooperation, 4 verbal cooperation → alliance; 0 → neutral): the converted file's
`label` maps 3,4 → alliance and 1,2 → threat, which mislabels codes 2 and 3.
The predicted label is the kind of the highest-scoring signal whose mode is not
negated ("neutral" if none). Countries come from the country tagger when it is
importable; without it the detector still runs, with unknown actors.

`half="even"|"odd"` keeps the records whose id ends in an even / odd number (the last
run of digits in `id`): develop on one half, check on the other.

The metric helpers are small pure functions; `main` only wires them:
`monitor eval signals FILE.jsonl [--limit N] [--json] [--relabel-un] [--half even|odd]`.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import orjson

from monitor.models import Article, CountryMention, Mode, Signal
from monitor.stages.signals import SignalDetector

__all__ = [
    "LABELS",
    "Outcome",
    "confusion",
    "dyad_accuracy",
    "in_half",
    "label_of",
    "main",
    "per_class",
    "predict",
    "relabel_quadclass",
]

LABELS = ("alliance", "threat", "neutral")
UN_QUADCLASS = {0: "neutral", 1: "threat", 2: "alliance", 3: "threat", 4: "alliance"}
Tagger = Callable[[Article], Sequence[CountryMention]]


@dataclass(frozen=True, slots=True)
class Outcome:
    """One evaluated record: gold and predicted label, gold and predicted dyad."""

    gold: str
    predicted: str
    gold_dyad: tuple[str | None, str | None] = (None, None)
    dyad: tuple[str | None, str | None] = (None, None)


def top_signal(signals: Iterable[Signal]) -> Signal | None:
    """The highest-scoring signal whose mode is not negated."""
    live = [s for s in signals if s.mode is not Mode.NEGATED]
    return max(live, key=lambda s: s.score) if live else None


def label_of(signals: Iterable[Signal]) -> str:
    """The sentence label implied by a detector's signals."""
    top = top_signal(signals)
    return top.kind.value if top else "neutral"


def confusion(outcomes: Sequence[Outcome]) -> dict[str, dict[str, int]]:
    """gold → predicted → count, over LABELS."""
    table = {gold: dict.fromkeys(LABELS, 0) for gold in LABELS}
    for outcome in outcomes:
        if outcome.gold in table and outcome.predicted in table:
            table[outcome.gold][outcome.predicted] += 1
    return table


def per_class(table: dict[str, dict[str, int]]) -> dict[str, dict[str, float]]:
    """Precision, recall, F1 and support per label, plus "macro_f1" under "macro"."""
    scores: dict[str, dict[str, float]] = {}
    for label in LABELS:
        tp = table[label][label]
        predicted = sum(table[gold][label] for gold in LABELS)
        support = sum(table[label].values())
        precision = tp / predicted if predicted else 0.0
        recall = tp / support if support else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        scores[label] = {"precision": precision, "recall": recall, "f1": f1, "support": support}
    present = [label for label in LABELS if scores[label]["support"]]
    macro = sum(scores[label]["f1"] for label in present) / len(present) if present else 0.0
    scores["macro"] = {"macro_f1": macro}
    return scores


def dyad_accuracy(outcomes: Sequence[Outcome]) -> dict[str, float | int]:
    """Source/target/both accuracy over records whose gold dyad names a country."""
    rows = [o for o in outcomes if o.gold_dyad[0] or o.gold_dyad[1]]
    if not rows:
        return {"records": 0}
    src = [o for o in rows if o.gold_dyad[0]]
    tgt = [o for o in rows if o.gold_dyad[1]]
    return {
        "records": len(rows),
        "source": sum(o.dyad[0] == o.gold_dyad[0] for o in src) / len(src) if src else 0.0,
        "target": sum(o.dyad[1] == o.gold_dyad[1] for o in tgt) / len(tgt) if tgt else 0.0,
        "both": sum(o.dyad == o.gold_dyad for o in rows) / len(rows),
    }


def predict(record: dict[str, object], detector: SignalDetector, tagger: Tagger) -> Outcome:
    """Run tagger and detector on one record and compare with its gold fields."""
    article = Article(str(record.get("id", "")), str(record.get("text") or ""))
    signals = detector(article, tagger(article))
    top = top_signal(signals)
    gold_dyad = (_code(record.get("source_country")), _code(record.get("target_country")))
    dyad = (top.source, top.target) if top else (None, None)
    return Outcome(str(record.get("label", "neutral")), label_of(signals), gold_dyad, dyad)


def _code(value: object) -> str | None:
    """An ISO code from a record field, or None."""
    return value if isinstance(value, str) and value else None


def load_tagger() -> Tagger:
    """The country tagger when it is importable, else one that finds no countries."""
    try:
        from monitor.stages.countries import CountryTagger
    except ImportError:
        return lambda article: ()
    tagger = CountryTagger.load()
    return lambda article: tagger(article).countries


def relabel_quadclass(record: dict[str, object]) -> dict[str, object]:
    """The record with its label re-derived from `quadclass_original` (unchanged if absent)."""
    code = record.get("quadclass_original")
    if not isinstance(code, int) or code not in UN_QUADCLASS:
        return record
    return {**record, "label": UN_QUADCLASS[code]}


ID_NUMBER = re.compile(r"(\d+)\D*\Z")


def in_half(record: dict[str, object], half: str) -> bool:
    """Whether the record's id ends in a number of parity `half` ("even" or "odd");
    records whose id holds no number belong to the even half."""
    found = ID_NUMBER.search(str(record.get("id", "")))
    odd = found is not None and int(found.group(1)) % 2 == 1
    return odd == (half == "odd")


def read_records(path: str, limit: int | None) -> list[dict[str, object]]:
    """The first `limit` JSON objects of a JSONL file (all when limit is None)."""
    with Path(path).open("rb") as handle:
        lines = (line for line in handle if line.strip())
        return [orjson.loads(line) for line in itertools.islice(lines, limit)]


def evaluate(
    path: str, limit: int | None = None, *, relabel_un: bool = False, half: str | None = None
) -> dict[str, object]:
    """Every metric for one JSONL file (or one half of it), as a JSON-ready dict."""
    detector, tagger = SignalDetector.load(), load_tagger()
    records = read_records(path, limit)
    if half:
        records = [r for r in records if in_half(r, half)]
    if relabel_un:
        records = [relabel_quadclass(r) for r in records]
    outcomes = [predict(r, detector, tagger) for r in records]
    table = confusion(outcomes)
    return {
        "file": path,
        "relabel_un": relabel_un,
        "half": half,
        "records": len(outcomes),
        "scores": per_class(table),
        "confusion": table,
        "dyads": dyad_accuracy(outcomes),
    }


def render(report: dict[str, object]) -> str:
    """A readable text report."""
    scores = report["scores"]
    table = report["confusion"]
    assert isinstance(scores, dict) and isinstance(table, dict)
    relabel = " (UN QuadClass relabelled from quadclass_original)" * bool(report.get("relabel_un"))
    half = f" ({report['half']} ids)" if report.get("half") else ""
    lines = [f"{report['file']}: {report['records']} records{half}{relabel}"]
    lines.append("label      P      R      F1     n")
    for label in LABELS:
        s = scores[label]
        lines.append(
            f"{label:<9} {s['precision']:.3f}  {s['recall']:.3f}  {s['f1']:.3f}  {s['support']:.0f}"
        )
    lines.append(f"macro-F1 {scores['macro']['macro_f1']:.3f}")
    lines.append("confusion (rows gold, columns predicted): " + " ".join(LABELS))
    lines.extend(f"  {g:<9} " + " ".join(f"{table[g][p]:>6}" for p in LABELS) for g in LABELS)
    lines.append(f"dyads: {report['dyads']}")
    return "\n".join(lines)


def main(
    path: str,
    limit: int | None = None,
    as_json: bool = False,
    *,
    relabel_un: bool = False,
    half: str | None = None,
) -> int:
    """Evaluate the detector on `path` and print the report; returns 0.

    `relabel_un` scores UN QuadClass records against labels re-derived from their
    original QuadClass codes (see the module docstring); other records are unchanged.
    `half` ("even" / "odd") keeps one half of the records by id parity.
    """
    report = evaluate(path, limit, relabel_un=relabel_un, half=half)
    print(orjson.dumps(report).decode() if as_json else render(report))
    return 0
