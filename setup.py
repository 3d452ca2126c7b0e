"""Build hook: compile the analysis engines (country tagger, signal detector) to C with mypyc.

The metadata lives in pyproject.toml; this file only adds the compiled extensions.
The modules stay plain, typed Python (`mypy --strict` clean): mypyc turns them into
C extensions that run the same code about 1.5× faster, and Python imports the
compiled one when both are present. `MONITOR_NATIVE=0` builds a pure-Python package
(no C compiler needed); `monitor.stages.native` falls back to the sources at run time
when a compiled build is stale or `MONITOR_PURE=1` is set.
"""

import os

from setuptools import setup

# the two engines and what they call; not `__init__` nor `native` (the import guard), nor
# `records` (it retypes Python objects), nor `normalize` and `rules` (little Python work)
COMPILED = (
    "countries",
    "countries_evidence",
    "countries_lexicon",
    "countries_resolve",
    "countries_towns",
    "gazetteer",
    "gazetteer_data",
    "gazetteer_keys",
    "sentences",
    "signals",
    *(f"signal_{part}" for part in (
        "bisect", "comment", "counters", "domestic", "dyads", "faced", "gate", "hazard", "lexicon",
        "market", "modality", "names", "objects", "participles", "phrases", "places", "promise",
        "quotes", "sport", "voice",
    )),
)

extensions = []
if os.environ.get("MONITOR_NATIVE", "1") != "0":
    from mypyc.build import mypycify

    paths = [f"monitor/stages/{name}.py" for name in COMPILED]
    extensions = mypycify(paths, opt_level="3", group_name="monitor_native")

setup(ext_modules=extensions)
