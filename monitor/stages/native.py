"""Which build of the analysis engines runs: the mypyc-compiled one or the Python sources.

`setup.py` compiles the engines' modules (countries, signals) into one group of C
extensions, built beside their sources (in place for an editable install). Python's import system
prefers an extension to the source beside it, which is only right while the two
match. So, in a source checkout, a source edited after the build makes every module
of the group load from source (compiled modules call each other directly, so the
group is used whole or not at all); `make` rebuilds it. `MONITOR_PURE=1` forces
the sources too: the equivalence test runs both builds and compares their output.
An installed package (no pyproject.toml above it) is never edited and always trusted.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import os
import sys
from importlib.abc import MetaPathFinder
from importlib.machinery import ModuleSpec
from types import ModuleType

__all__ = ["GROUP", "build", "compiled", "install", "stale"]

PACKAGE = __name__.rpartition(".")[0]
HERE = os.path.dirname(os.path.abspath(__file__))
GROUP = "monitor_native__mypyc"  # the group's shared library (setup.py's group_name)


def compiled(here: str = HERE) -> dict[str, str]:
    """Module name → compiled extension file, for the extensions in package dir `here`."""
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    return {
        entry.name.split(".", 1)[0]: entry.path
        for entry in os.scandir(here)
        if entry.name.endswith(suffixes)
    }


def stale(extensions: dict[str, str], here: str = HERE) -> bool:
    """Whether, in a source checkout, a source changed after its extension was built."""
    if not os.path.exists(os.path.join(here, "..", "..", "pyproject.toml")):
        return False  # an installed package
    return any(
        os.path.getmtime(os.path.join(here, f"{name}.py")) > os.path.getmtime(path)
        for name, path in extensions.items()
    )


class _SourceFinder(MetaPathFinder):
    """Finds the compiled modules' sources, ahead of the extensions."""

    def __init__(self, names: frozenset[str]) -> None:
        self._names = names

    def find_spec(
        self,
        fullname: str,
        path: object = None,
        target: ModuleType | None = None,
    ) -> ModuleSpec | None:
        package, _, name = fullname.rpartition(".")
        if package != PACKAGE or name not in self._names:
            return None
        return importlib.util.spec_from_file_location(fullname, os.path.join(HERE, f"{name}.py"))


def install() -> None:
    """Choose the build for this process (at package import, before any engine module)."""
    extensions = compiled()
    if extensions and (
        os.environ.get("MONITOR_PURE") == "1"
        or stale(extensions)
        or importlib.util.find_spec(GROUP) is None  # built, but not importable here
    ):
        sys.meta_path.insert(0, _SourceFinder(frozenset(extensions)))


def build() -> str:
    """The build of the engines this process runs: "mypyc" or "python"."""
    from monitor.stages import countries, signals

    files = [module.__file__ or ".py" for module in (countries, signals)]
    return "python" if any(name.endswith(".py") for name in files) else "mypyc"
