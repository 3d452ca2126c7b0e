"""Benchmark helpers whose arithmetic the printed numbers rely on."""

from __future__ import annotations

from monitor.bench.analysis import PASSES, bench_analysis
from monitor.bench.corpus import generate_articles
from monitor.bench.stream import percentile


class TestPercentile:
    def test_nearest_rank_on_a_known_list(self) -> None:
        values = [float(v) for v in range(1, 101)]
        assert (percentile(values, 50), percentile(values, 95), percentile(values, 99)) == (
            50.0, 95.0, 99.0)

    def test_no_values_give_zero(self) -> None:
        assert percentile([], 99) == 0.0


class TestCorpus:
    def test_articles_are_about_3kb_and_deterministic(self) -> None:
        first = list(generate_articles(20))
        assert first == list(generate_articles(20))
        assert all(2900 <= len(a["text"]) <= 3000 for a in first)

    def test_alliance_lead_puts_a_pledge_in_every_article(self) -> None:
        leads = [a["text"].split(" - ", 1)[1][:60] for a in generate_articles(10, lead="alliance")]
        assert all(any(w in lead for w in ("pledged", "support", "partnership")) for lead in leads)


class TestAnalysisPasses:
    def test_each_stage_reports_its_fastest_and_its_median_pass(self) -> None:
        report = bench_analysis(count=20)
        assert report["passes"] == PASSES and report["articles"] == 20
        for stage in ("normalize", "countries", "signals", "rules"):
            assert 0 < report[f"{stage}_us"] <= report["median_us"][stage]
