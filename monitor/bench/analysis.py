"""Cost of the pure core per 3 KB article, engine load time and resident memory.

No broker: this times `normalize`, the country tagger, the signal detector and the
alert rules over generated articles, after a warm-up. Each stage runs `PASSES` times
over the same articles, the stages taking turns pass by pass (so a slow spell of a
shared machine slows one pass of each stage, not every pass of one); the fastest pass
is the figure (what the code costs when nothing else on the machine interferes, as
`timeit` reports it) and the median pass is reported beside it.
"""

from __future__ import annotations

import statistics
import time
from typing import Any

from monitor.bench.corpus import articles_from_file, generate_articles
from monitor.models import Analysis, Article
from monitor.stages.native import build
from monitor.stages.normalize import normalize
from monitor.stages.rules import DEFAULT_RULES, apply_rules

__all__ = ["bench_analysis", "rss_mb"]

PASSES = 7  # timed passes per stage over the same articles


def rss_mb() -> float:
    """Current resident set size of this process in MB (Linux /proc)."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _timed_load() -> tuple[Any, Any, dict[str, float]]:
    from monitor.stages.countries import CountryTagger
    from monitor.stages.signals import SignalDetector

    before = rss_mb()
    t0 = time.perf_counter()
    tagger = CountryTagger.load()
    t1 = time.perf_counter()
    after_tagger = rss_mb()
    detector = SignalDetector.load()
    t2 = time.perf_counter()
    return tagger, detector, {
        "countries_load_seconds": round(t1 - t0, 4),
        "signals_load_seconds": round(t2 - t1, 4),
        "countries_rss_mb": round(after_tagger - before, 1),
        "signals_rss_mb": round(rss_mb() - after_tagger, 1),
        "process_rss_mb": round(rss_mb(), 1),
    }


def _per_article_us(stages: dict[str, tuple[Any, list[Any]]]) -> dict[str, tuple[float, float]]:
    """Stage → (fastest, median) µs per item over `PASSES` passes, the stages taking
    turns, after a warm-up; `stages` maps each name to its function and inputs."""
    for fn, inputs in stages.values():
        for item in inputs[:50]:
            fn(item)  # warm-up
    passes: dict[str, list[float]] = {name: [] for name in stages}
    for _ in range(PASSES):
        for name, (fn, inputs) in stages.items():
            t0 = time.perf_counter()
            for item in inputs:
                fn(item)
            passes[name].append((time.perf_counter() - t0) / len(inputs) * 1e6)
    return {
        name: (round(min(times), 1), round(statistics.median(times), 1))
        for name, times in passes.items()
    }


def bench_analysis(count: int = 2000, corpus: str | None = None) -> dict[str, Any]:
    """µs per article for each stage, plus load time and memory of the engines; articles
    are generated, or built from the real texts of the JSONL file `corpus`."""
    tagger, detector, load = _timed_load()
    source = articles_from_file(corpus, count) if corpus else generate_articles(count)
    payloads = list(source)
    articles: list[Article] = [a for a in map(normalize, payloads) if isinstance(a, Article)]
    taggings = [tagger(a) for a in articles]
    pairs = list(zip(articles, taggings, strict=True))
    analyses = [Analysis(a, t.countries, t.organisations, detector(a, t.countries))
                for a, t in pairs]
    timings = _per_article_us({
        "normalize": (normalize, payloads),
        "countries": (tagger, articles),
        "signals": (lambda p: detector(p[0], p[1].countries), pairs),
        "rules": (lambda a: apply_rules(a, DEFAULT_RULES), analyses),
    })
    mean_chars = sum(len(a.text) + len(a.title) for a in articles) / len(articles)
    return {"corpus": corpus or "generated", "articles": len(articles), "engines_build": build(),
            "mean_article_chars": round(mean_chars), "passes": PASSES,
            **{f"{stage}_us": best for stage, (best, _) in timings.items()},
            "median_us": {stage: median for stage, (_, median) in timings.items()},
            **load}
