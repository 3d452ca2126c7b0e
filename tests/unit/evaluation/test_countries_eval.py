"""Country-tagging evaluation: metric functions on hand-made cases, and F1 floors on real data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from monitor.evaluation.countries import (
    Counts,
    Scored,
    article_of,
    main,
    micro,
    per_country,
    score_file,
    worst,
)

REPO = Path(__file__).resolve().parents[3]
EVAL_DIR = Path(os.environ.get("MONITOR_EVAL_DIR", REPO.parent / "shared" / "eval"))


def scored(id_: str, gold: set[str], predicted: set[str]) -> Scored:
    return Scored(id_, frozenset(gold), frozenset(predicted))


class TestCounts:
    def test_scores_from_counts(self) -> None:
        counts = Counts(tp=6, fp=2, fn=4)
        assert (counts.precision, counts.recall) == (0.75, 0.6)
        assert counts.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)

    def test_empty_counts_score_zero(self) -> None:
        assert (Counts().precision, Counts().recall, Counts().f1) == (0.0, 0.0, 0.0)

    def test_as_dict_rounds_scores(self) -> None:
        assert Counts(1, 2, 0).as_dict()["precision"] == 0.3333


class TestMicro:
    def test_sums_over_records(self) -> None:
        pairs = [scored("a", {"US"}, {"US", "GB"}), scored("b", {"FR", "DE"}, {"FR"})]
        assert micro(pairs) == Counts(tp=2, fp=1, fn=1)

    def test_no_records_gives_zero_counts(self) -> None:
        assert micro([]) == Counts()


class TestPerCountry:
    def test_counts_each_code(self) -> None:
        pairs = [scored("a", {"US"}, {"US", "GB"}), scored("b", {"GB"}, set())]
        table = per_country(pairs)
        assert table == {"US": Counts(1, 0, 0), "GB": Counts(0, 1, 1)}


class TestWorst:
    def test_orders_by_errors_and_skips_perfect_records(self) -> None:
        pairs = [
            scored("ok", {"US"}, {"US"}),
            scored("one", {"US"}, set()),
            scored("three", {"FR"}, {"DE", "IT"}),
        ]
        assert [p.id for p in worst(pairs)] == ["three", "one"]


class TestArticleOf:
    def test_title_already_heading_the_text_is_not_repeated(self) -> None:
        article = article_of(
            {"id": 1, "text": "OIL PRICES RISE\nLONDON - ...", "title": "OIL PRICES RISE"}
        )
        assert (article.id, article.title) == ("1", "")

    def test_separate_title_is_kept(self) -> None:
        article = article_of({"id": "x", "text": "Body.", "title": "Head"})
        assert article.title == "Head"


class TestMain:
    def test_prints_scores_for_a_small_file(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        path = tmp_path / "tiny.jsonl"
        path.write_text(
            '{"id": "1", "text": "Turkey and Azerbaijan signed a deal.", '
            '"countries": ["TR", "AZ"]}\n'
            '{"id": "2", "text": "Rain fell in Ohio.", "countries": ["US", "CA"]}\n',
            encoding="utf-8",
        )
        assert main(str(path)) == 0
        out = capsys.readouterr().out
        assert "P 1.0000  R 0.7500" in out
        assert "2: gold CA,US | predicted US" in out


FLOORS = [
    # data set, file, compare against, reached micro-F1 minus a small margin
    ("geoparsing_news_countries", "lgl.jsonl", "mentions", 0.895),  # 0.904
    ("geoparsing_news_countries", "tr_news.jsonl", "mentions", 0.90),  # 0.908
    ("geoparsing_news_countries", "geowebnews.jsonl", "mentions", 0.915),  # 0.925
    ("geoparsing_news_countries", "geovirus.jsonl", "mentions", 0.94),  # 0.953
    ("reuters21578_places", "reuters21578_places.jsonl", "focus", 0.92),  # 0.932
]


@pytest.mark.eval
class TestRealEvaluationSets:
    @pytest.mark.parametrize(("folder", "name", "against", "floor"), FLOORS)
    def test_micro_f1_stays_above_floor(
        self, folder: str, name: str, against: str, floor: float
    ) -> None:
        path = EVAL_DIR / folder / name
        if not path.exists():
            pytest.skip(f"{path} not present")
        pairs, _ = score_file(str(path), against, None)
        assert micro(pairs).f1 >= floor

    def test_reuters_non_us_stays_above_floor(self) -> None:
        path = EVAL_DIR / "reuters21578_places" / "reuters21578_places.jsonl"
        if not path.exists():
            pytest.skip(f"{path} not present")
        pairs, _ = score_file(str(path), "focus", None)
        assert micro(p for p in pairs if p.gold - {"US"}).f1 >= 0.875  # 0.885
