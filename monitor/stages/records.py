"""A frozen, slotted dataclass → a faster positional constructor, for the hot loops.

A frozen dataclass's `__init__` sets each field with `object.__setattr__`, which looks
the slot up on the class every time: ≈ 1.2 µs for a 10-field `Signal`, a third of what
the signal engine spends on a signal besides its analysis. `constructor(cls)` returns a
function taking every field positionally, in declaration order, that stores each value
through its slot descriptor directly: an equal object in ≈ 60% of the time. Like
`dataclasses` itself, it writes that function's source once and compiles it. Only for
classes whose `__init__` does nothing else: no `__post_init__`, every field an init field.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["constructor"]

T = TypeVar("T")


def constructor(cls: type[T]) -> Callable[..., T]:
    """A positional constructor for the frozen, slotted dataclass `cls`."""
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]  # checked as a dataclass here
    if hasattr(cls, "__post_init__") or not all(f.init for f in fields):
        raise TypeError(f"{cls.__name__}.__init__ does more than set its fields")
    if "__slots__" not in cls.__dict__:
        raise TypeError(f"{cls.__name__} has no slots")
    names = [f.name for f in fields]
    setters = {f"_set_{name}": cls.__dict__[name].__set__ for name in names}
    body = "".join(f"    _set_{name}(record, {name})\n" for name in names)
    source = f"def build({', '.join(names)}):\n    record = _new(_cls)\n{body}    return record\n"
    scope: dict[str, Any] = {"_new": object.__new__, "_cls": cls, **setters}
    exec(source, scope)  # the source is made above from the field names alone
    build: Callable[..., T] = scope["build"]
    build.__qualname__ = build.__name__ = f"new_{cls.__name__.lower()}"
    return build
