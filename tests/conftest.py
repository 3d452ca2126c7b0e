"""Shared fixtures: paths to the repository's seeds and to the shared eval data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
SEED_ARTICLE = SEEDS / "000_b5ff8a1fd90c5886.txt"


def eval_dir() -> Path:
    """`$MONITOR_EVAL_DIR`, or ../shared/eval beside the repository."""
    return Path(os.environ.get("MONITOR_EVAL_DIR", REPO.parent / "shared" / "eval"))


@pytest.fixture
def seed_envelope() -> dict[str, str]:
    """The seed article as the ingest command turns a .txt file into an envelope."""
    title, _, body = SEED_ARTICLE.read_text(encoding="utf-8").strip().partition("\n")
    return {"title": title.strip(), "text": body.strip()}
