"""Labelled JSONL → micro precision/recall/F1 of the country tagger, with error analysis.

`main` wires it: read records, tag each, compare gold `countries` with all tagged
countries (`against="mentions"`) or with the focus countries (`against="focus"`),
then print the micro scores, a per-country breakdown and the worst records. For
Reuters (records with `reuters_places`) the subset with a non-US gold country is
scored too. The metric functions are pure and work on sets of ISO codes.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from monitor.models import Article
from monitor.stages.countries import CountryTagger, Tagging

__all__ = [
    "Counts",
    "Scored",
    "article_of",
    "main",
    "micro",
    "per_country",
    "predicted",
    "score_file",
    "worst",
]


@dataclass(frozen=True, slots=True)
class Counts:
    """True positives, false positives and false negatives, with the derived scores."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass(frozen=True, slots=True)
class Scored:
    """One record's gold and predicted country sets."""

    id: str
    gold: frozenset[str]
    predicted: frozenset[str]

    @property
    def errors(self) -> int:
        return len(self.gold ^ self.predicted)


def micro(pairs: Iterable[Scored]) -> Counts:
    """Micro-averaged counts over all records."""
    tp = fp = fn = 0
    for pair in pairs:
        tp += len(pair.gold & pair.predicted)
        fp += len(pair.predicted - pair.gold)
        fn += len(pair.gold - pair.predicted)
    return Counts(tp, fp, fn)


def per_country(pairs: Iterable[Scored]) -> dict[str, Counts]:
    """Counts per ISO code, over all records."""
    table: dict[str, list[int]] = {}
    for pair in pairs:
        for code in pair.gold | pair.predicted:
            row = table.setdefault(code, [0, 0, 0])
            row[0] += code in pair.gold and code in pair.predicted
            row[1] += code in pair.predicted and code not in pair.gold
            row[2] += code in pair.gold and code not in pair.predicted
    return {code: Counts(*row) for code, row in table.items()}


def worst(pairs: Iterable[Scored], n: int = 10) -> list[Scored]:
    """The `n` records with most false positives plus false negatives."""
    return sorted((p for p in pairs if p.errors), key=lambda p: (-p.errors, p.id))[:n]


def article_of(record: dict[str, Any]) -> Article:
    """The article of one record; a title already heading the text is not repeated."""
    text = record.get("text") or ""
    title = record.get("title") or ""
    if title and text.lstrip().startswith(title.strip()):
        title = ""
    return Article(id=str(record["id"]), text=text, title=title)


def predicted(tagging: Tagging, against: str) -> frozenset[str]:
    """The codes compared with gold: all tagged countries, or focus ones only."""
    return frozenset(c.code for c in tagging.countries if against != "focus" or c.focus)


def _records(path: str, limit: int | None) -> Iterator[dict[str, Any]]:
    with Path(path).open("rb") as handle:
        for count, line in enumerate(handle):
            if limit is not None and count >= limit:
                return
            if line.strip():
                yield orjson.loads(line)


def score_file(path: str, against: str, limit: int | None) -> tuple[list[Scored], bool]:
    """Tag every record of a JSONL file: the scored pairs, and whether it is Reuters."""
    tagger = CountryTagger.load()
    pairs: list[Scored] = []
    reuters = False
    for record in _records(path, limit):
        reuters = reuters or "reuters_places" in record
        tagging = tagger(article_of(record))
        gold = frozenset(record.get("countries") or ())
        pairs.append(Scored(str(record["id"]), gold, predicted(tagging, against)))
    return pairs, reuters


def _report(pairs: list[Scored], reuters: bool) -> dict[str, Any]:
    table = per_country(pairs)
    top = sorted(table.items(), key=lambda kv: -(kv[1].tp + kv[1].fn))[:25]
    report: dict[str, Any] = {
        "records": len(pairs),
        "micro": micro(pairs).as_dict(),
        "per_country": {code: counts.as_dict() for code, counts in top},
        "worst": [
            {"id": p.id, "gold": sorted(p.gold), "predicted": sorted(p.predicted)}
            for p in worst(pairs)
        ],
    }
    if reuters:
        non_us = [p for p in pairs if p.gold - {"US"}]
        report["non_us"] = {"records": len(non_us), "micro": micro(non_us).as_dict()}
    return report


def _print_text(report: dict[str, Any]) -> None:
    out = sys.stdout.write
    m = report["micro"]
    out(
        f"records {report['records']}  P {m['precision']:.4f}  R {m['recall']:.4f}  "
        f"F1 {m['f1']:.4f}  (tp {m['tp']} fp {m['fp']} fn {m['fn']})\n"
    )
    if "non_us" in report:
        n = report["non_us"]["micro"]
        out(
            f"non-US records {report['non_us']['records']}  P {n['precision']:.4f}  "
            f"R {n['recall']:.4f}  F1 {n['f1']:.4f}\n"
        )
    out("\ncode     tp     fp     fn      P      R     F1\n")
    for code, c in report["per_country"].items():
        out(
            f"{code:<5}{c['tp']:>6}{c['fp']:>7}{c['fn']:>7}"
            f"{c['precision']:>7.3f}{c['recall']:>7.3f}{c['f1']:>7.3f}\n"
        )
    out("\nworst records (gold vs predicted)\n")
    for row in report["worst"]:
        out(f"{row['id']}: gold {','.join(row['gold'])} | predicted {','.join(row['predicted'])}\n")


def main(
    path: str, against: str = "mentions", limit: int | None = None, as_json: bool = False
) -> int:
    """Evaluate the tagger on one JSONL file and print the report; returns 0."""
    pairs, reuters = score_file(path, against, limit)
    report = _report(pairs, reuters)
    if as_json:
        sys.stdout.write(orjson.dumps(report, option=orjson.OPT_INDENT_2).decode() + "\n")
    else:
        _print_text(report)
    return 0
