"""The positional constructors of frozen slotted records build equal records."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from monitor.models import Cue, Mode, Signal, SignalKind, Span
from monitor.stages.records import constructor


@dataclass(frozen=True, slots=True)
class Checked:
    value: int

    def __post_init__(self) -> None:
        if self.value < 0:
            raise ValueError("negative")


@dataclass(frozen=True)
class Unslotted:
    value: int


class TestConstructor:
    def test_builds_a_record_equal_to_the_dataclass_constructor(self) -> None:
        span = constructor(Span)("text", 3, 9, "Russia", "sentence")
        cue = constructor(Cue)("threat", "text", 3, 9)
        args = (SignalKind.THREAT, "THREATEN", "138", Mode.ASSERTED, 0.9, "RU", "UA")
        signal = constructor(Signal)(*args, "s", span, (cue,))
        assert span == Span("text", 3, 9, "Russia", "sentence")
        assert cue == Cue("threat", "text", 3, 9)
        assert signal == Signal(*args, "s", Span("text", 3, 9, "Russia", "sentence"), (cue,))
        assert repr(signal) == repr(Signal(*args, "s", span, (cue,)))

    def test_builds_the_record_type_itself_with_the_same_hash(self) -> None:
        span = constructor(Span)("text", 3, 9, "Russia", "sentence")
        assert type(span) is Span
        assert hash(span) == hash(Span("text", 3, 9, "Russia", "sentence"))

    def test_the_records_stay_frozen(self) -> None:
        cue = constructor(Cue)("threat", "text", 3, 9)
        with pytest.raises(AttributeError):
            cue.start = 4  # type: ignore[misc]  # frozen: the assignment must fail

    def test_every_field_is_required(self) -> None:
        with pytest.raises(TypeError):
            constructor(Span)("text", 3, 9)

    def test_refuses_records_whose_init_does_more(self) -> None:
        with pytest.raises(TypeError):
            constructor(Checked)
        with pytest.raises(TypeError):
            constructor(Unslotted)
