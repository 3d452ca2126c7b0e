"""The compiled (mypyc) analysis engines give exactly what their Python sources give.

`setup.py` compiles the country tagger and the signal detector; Python then imports the
extensions. Compiled code may differ from the interpreter (it unboxes tuples, so
identity tests on them fail, and it checks types at run time), so the analysis of a
varied corpus is compared between this process and one that runs the sources
(`MONITOR_PURE=1`). On CI the compiled build must be in use.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from monitor.stages import native

ANALYSE = """
import sys
from monitor import codec
from monitor.bench.corpus import generate_articles
from monitor.models import Analysis, Article
from monitor.stages import native
from monitor.stages.countries import CountryTagger
from monitor.stages.normalize import normalize
from monitor.stages.signals import SignalDetector

tagger, detector = CountryTagger.load(), SignalDetector.load()
texts = [line for line in sys.stdin.read().split("\\n\\x1e\\n") if line]
articles = [Article(f"t{i}", text) for i, text in enumerate(texts)]
articles += [normalize(p) for p in generate_articles(150, seed=11)]
sys.stdout.write(native.build() + "\\n")
for article in articles:
    tagging = tagger(article)
    signals = detector(article, tagging.countries)
    analysis = Analysis(article, tagging.countries, tagging.organisations, signals)
    sys.stdout.write(codec.dumps(codec.analysis_to_dict(analysis)).decode() + "\\n")
"""
ROOT = Path(__file__).resolve().parents[3]


def _texts() -> str:
    """Seed articles and every hand-written golden sentence file we keep."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*"))]
    wire = ROOT / "tests" / "data" / "wire_2020s_signals.jsonl"
    texts += [json.loads(line)["text"] for line in wire.read_text(encoding="utf-8").splitlines()]
    return "\n\x1e\n".join(texts)


def _run(pure: bool) -> list[str]:
    env = {**os.environ, "MONITOR_PURE": "1" if pure else "0"}
    done = subprocess.run(
        [sys.executable, "-c", ANALYSE], input=_texts(), env=env, text=True,
        capture_output=True, check=True, timeout=300,
    )
    return done.stdout.splitlines()


def test_compiled_engine_matches_its_sources() -> None:
    if native.build() != "mypyc":
        if os.environ.get("CI"):
            pytest.fail("CI must test the compiled engines: `make native` did not build them")
        pytest.skip("the engines are not compiled here (no C compiler, or stale)")
    compiled, pure = _run(pure=False), _run(pure=True)
    assert (compiled[0], pure[0]) == ("mypyc", "python")
    assert len(compiled) > 200
    assert sum('"signals":[{' in line for line in compiled) > 50  # signals were compared
    assert compiled[1:] == pure[1:]


def _package(tmp_path: Path, *, installed: bool) -> Path:
    here = tmp_path / "src" / "monitor" / "stages"
    here.mkdir(parents=True)
    if not installed:
        (tmp_path / "src" / "pyproject.toml").write_text("[project]\n")
    (here / "signals.py").write_text("")
    (here / "signals.cpython-311-x86_64-linux-gnu.so").write_bytes(b"")
    (here / "sentences.py").write_text("")
    return here


def _age(path: Path, seconds: float) -> None:
    when = time.time() - seconds
    os.utime(path, (when, when))


def test_a_source_edited_after_the_build_makes_it_stale(tmp_path: Path) -> None:
    here = _package(tmp_path, installed=False)
    extensions = native.compiled(str(here))
    assert set(extensions) == {"signals"}  # sentences.py has no extension beside it
    _age(here / "signals.py", 60)
    assert not native.stale(extensions, str(here))
    _age(here / "signals.cpython-311-x86_64-linux-gnu.so", 120)
    assert native.stale(extensions, str(here))


def test_an_installed_package_is_never_stale(tmp_path: Path) -> None:
    here = _package(tmp_path, installed=True)
    _age(here / "signals.cpython-311-x86_64-linux-gnu.so", 120)
    assert not native.stale(native.compiled(str(here)), str(here))
