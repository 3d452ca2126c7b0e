"""The wire format: decoding raw messages and the shape of every record we emit."""

from __future__ import annotations

import base64

import orjson

from monitor import codec
from monitor.models import Alert, Mode, Rejection, RejectReason, SignalKind


class TestDecodeObject:
    def test_decodes_a_json_object(self) -> None:
        assert codec.decode_object(b'{"text": "hi"}') == {"text": "hi"}

    def test_invalid_utf8_is_rejected_as_such(self) -> None:
        result = codec.decode_object(b'{"text": "\xff\xfe"}')
        assert isinstance(result, Rejection) and result.reason is RejectReason.INVALID_UTF8

    def test_garbage_is_not_json(self) -> None:
        result = codec.decode_object(b"hello {")
        assert isinstance(result, Rejection) and result.reason is RejectReason.NOT_JSON

    def test_arrays_and_scalars_are_not_objects(self) -> None:
        for raw in (b"[1, 2]", b"42", b'"text"', b"null"):
            result = codec.decode_object(raw)
            assert isinstance(result, Rejection) and result.reason is RejectReason.NOT_AN_OBJECT


class TestDeadletterRecord:
    def test_carries_reason_origin_and_the_original_bytes(self) -> None:
        raw = b"\xff not json"
        record = codec.deadletter_to_dict(
            Rejection(RejectReason.INVALID_UTF8, "bad byte", "decode"), raw,
            topic="news.articles.raw", partition=2, offset=17, now=1.5)
        assert record["reason"] == "invalid_utf8" and record["stage"] == "decode"
        assert (record["topic"], record["partition"], record["offset"]) == (
            "news.articles.raw", 2, 17)
        assert base64.b64decode(record["original_base64"]) == raw
        assert orjson.loads(codec.dumps(record)) == record


class TestAlertRecord:
    def test_round_trips_through_json(self) -> None:
        alert = Alert("x", "alliance", "a1", SignalKind.ALLIANCE, Mode.CONDITIONAL, "TR", "AZ",
                      0.87654, "Turkey will support us.", ("AZ", "TR"), cues=("will support",))
        record = orjson.loads(codec.dumps(codec.alert_to_dict(alert)))
        assert record["kind"] == "alliance" and record["mode"] == "conditional"
        assert record["score"] == 0.8765 and record["countries"] == ["AZ", "TR"]
