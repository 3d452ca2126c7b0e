"""Metric helpers of the signal evaluation, and a floor on the real labelled sets."""

from __future__ import annotations

import os
from pathlib import Path

import orjson
import pytest

from monitor.evaluation.signals import (
    Outcome,
    confusion,
    dyad_accuracy,
    evaluate,
    in_half,
    label_of,
    main,
    per_class,
    relabel_quadclass,
    render,
)
from monitor.models import Cue, Mode, Signal, SignalKind, Span

EVAL_DIR = Path(
    os.environ.get(
        "MONITOR_EVAL_DIR", Path(__file__).resolve().parents[3].parent / "shared" / "eval"
    )
)
# Measured macro-F1 (0.504, 0.614, 0.562; UN relabelled 0.626, on 2026-11-28) minus a margin.
FLOORS = {
    "un_quadclass_events/un_quadclass_en.jsonl": 0.47,
    "petrarch_gsr_events/petr2_gsr_validation_events.jsonl": 0.57,
    "petrarch_unittest_events/petr_unittest_events.jsonl": 0.53,
}
UN_RELABELLED_FLOOR = 0.60


def signal(kind: SignalKind, mode: Mode, score: float) -> Signal:
    span = Span("text", 0, 1, "x", "sentence")
    return Signal(kind, "X", "0", mode, score, None, None, "x", span, (Cue("x", "text", 0, 1),))


class TestLabelOf:
    def test_no_signal_is_neutral(self) -> None:
        assert label_of([]) == "neutral"

    def test_highest_scoring_signal_decides(self) -> None:
        signals = [
            signal(SignalKind.ALLIANCE, Mode.ASSERTED, 0.4),
            signal(SignalKind.THREAT, Mode.FUTURE, 0.7),
        ]
        assert label_of(signals) == "threat"

    def test_negated_signals_are_ignored(self) -> None:
        signals = [
            signal(SignalKind.THREAT, Mode.NEGATED, 0.9),
            signal(SignalKind.ALLIANCE, Mode.ASSERTED, 0.3),
        ]
        assert label_of(signals) == "alliance"
        assert label_of(signals[:1]) == "neutral"


class TestMetrics:
    def test_confusion_counts_gold_rows_and_predicted_columns(self) -> None:
        table = confusion([Outcome("threat", "alliance"), Outcome("threat", "threat")])
        assert table["threat"] == {"alliance": 1, "threat": 1, "neutral": 0}

    def test_per_class_precision_recall_f1(self) -> None:
        outcomes = [
            Outcome("alliance", "alliance"),
            Outcome("alliance", "neutral"),
            Outcome("threat", "alliance"),
            Outcome("neutral", "neutral"),
        ]
        scores = per_class(confusion(outcomes))
        assert scores["alliance"]["precision"] == pytest.approx(0.5)
        assert scores["alliance"]["recall"] == pytest.approx(0.5)
        assert scores["threat"]["f1"] == 0.0
        assert scores["neutral"]["f1"] == pytest.approx(2 / 3)
        assert scores["macro"]["macro_f1"] == pytest.approx((0.5 + 0 + 2 / 3) / 3)

    def test_macro_f1_ignores_labels_without_support(self) -> None:
        scores = per_class(confusion([Outcome("threat", "threat")]))
        assert scores["macro"]["macro_f1"] == 1.0

    def test_dyad_accuracy_only_counts_records_with_gold_countries(self) -> None:
        outcomes = [
            Outcome("threat", "threat", ("RU", "UA"), ("RU", "UA")),
            Outcome("threat", "threat", ("RU", None), ("UA", None)),
            Outcome("threat", "threat"),
        ]
        assert dyad_accuracy(outcomes) == {"records": 2, "source": 0.5, "target": 1.0, "both": 0.5}
        assert dyad_accuracy([Outcome("threat", "threat")]) == {"records": 0}


def write_set(folder: Path, rows: list[dict[str, str]]) -> Path:
    """An eval file of `rows` (JSON lines) in `folder`."""
    path = folder / "set.jsonl"
    path.write_bytes(b"\n".join(orjson.dumps(r) for r in rows))
    return path


class TestMain:
    def test_prints_a_report_and_returns_zero(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        rows = [
            {"id": "1", "text": "Russia threatened Ukraine.", "label": "threat"},
            {"id": "2", "text": "Prices rose in March.", "label": "neutral"},
            {"id": "3", "text": "Turkey pledged support to Azerbaijan.", "label": "alliance"},
        ]
        path = write_set(tmp_path, rows)
        assert main(str(path)) == 0
        assert "macro-F1 1.000" in capsys.readouterr().out
        assert main(str(path), limit=1, as_json=True) == 0
        assert orjson.loads(capsys.readouterr().out)["records"] == 1

    def test_render_lists_every_label(self, tmp_path: Path) -> None:
        path = tmp_path / "one.jsonl"
        path.write_bytes(orjson.dumps({"id": "1", "text": "Calm day.", "label": "neutral"}))
        text = render(evaluate(str(path)))
        assert all(label in text for label in ("alliance", "threat", "neutral"))


@pytest.mark.eval
@pytest.mark.parametrize(("name", "floor"), sorted(FLOORS.items()))
def test_real_set_reaches_measured_macro_f1(name: str, floor: float) -> None:
    path = EVAL_DIR / name
    if not path.exists():
        pytest.skip(f"{path} not present")
    report = evaluate(str(path))
    scores = report["scores"]
    assert isinstance(scores, dict)
    assert scores["macro"]["macro_f1"] >= floor


@pytest.mark.eval
def test_un_quadclass_relabelled_reaches_measured_macro_f1() -> None:
    path = EVAL_DIR / "un_quadclass_events/un_quadclass_en.jsonl"
    if not path.exists():
        pytest.skip(f"{path} not present")
    scores = evaluate(str(path), relabel_un=True)["scores"]
    assert isinstance(scores, dict)
    assert scores["macro"]["macro_f1"] >= UN_RELABELLED_FLOOR


class TestRelabelUn:
    def test_codes_two_and_three_swap_kind(self) -> None:
        rows: list[dict[str, object]] = [
            {"label": "threat", "quadclass_original": 2},
            {"label": "alliance", "quadclass_original": 3},
        ]
        assert [relabel_quadclass(r)["label"] for r in rows] == ["alliance", "threat"]

    def test_records_without_a_code_are_unchanged(self) -> None:
        row: dict[str, object] = {"label": "threat"}
        assert relabel_quadclass(row) is row

    def test_main_scores_against_the_relabelled_gold(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        row: dict[str, object] = {"id": "1", "text": "Russia threatened Ukraine."}
        row.update(label="alliance", quadclass_original=3)
        path = tmp_path / "un.jsonl"
        path.write_bytes(orjson.dumps(row))
        assert main(str(path), relabel_un=True) == 0
        assert "macro-F1 1.000" in capsys.readouterr().out
        assert main(str(path)) == 0
        assert "macro-F1 0.000" in capsys.readouterr().out


class TestHalves:
    @pytest.mark.parametrize(
        ("record_id", "half"),
        [("unquad-12", "even"), ("unquad-7", "odd"), ("petr2gsr-AFP0808_3", "odd"),
         ("petrunit-DEMO-00", "even"), ("AGENTS-18-2", "even"), ("no-number", "even")],
    )  # fmt: skip
    def test_half_is_the_parity_of_the_last_number_in_the_id(
        self, record_id: str, half: str
    ) -> None:
        record: dict[str, object] = {"id": record_id}
        assert in_half(record, half)
        assert not in_half(record, "odd" if half == "even" else "even")

    def test_main_scores_only_the_chosen_half(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        rows = [
            {"id": "r-1", "text": "Russia threatened Ukraine.", "label": "threat"},
            {"id": "r-2", "text": "Prices rose in March.", "label": "neutral"},
            {"id": "r-4", "text": "Turkey pledged support to Azerbaijan.", "label": "alliance"},
        ]
        path = write_set(tmp_path, rows)
        assert main(str(path), half="even") == 0
        assert "2 records (even ids)" in capsys.readouterr().out


WIRE_SET = Path(__file__).resolve().parents[2] / "data" / "wire_2020s_signals.jsonl"


def test_project_wire_sentences_keep_their_labels_and_dyads() -> None:
    """The project's own 2020s wire sentences (tests/data/README.md): measured macro-F1
    0.979 and both-actor dyad accuracy 0.853 on 2026-11-28, minus a margin."""
    report = evaluate(str(WIRE_SET))
    scores, dyads = report["scores"], report["dyads"]
    assert isinstance(scores, dict) and isinstance(dyads, dict)
    assert scores["macro"]["macro_f1"] >= 0.93
    assert dyads["records"] == 68
    assert dyads["both"] >= 0.80
