"""Normalisation: envelope validation, residue removal and derived ids."""

from __future__ import annotations

import pytest

from monitor.models import Article, Rejection, RejectReason
from monitor.stages.normalize import clean_text, content_id, normalize


class TestNormalize:
    def test_keeps_envelope_fields(self) -> None:
        art = normalize({"id": "a1", "text": "Body.", "title": "T", "url": "u", "source": "s",
                         "published_at": "2026-01-01", "language": "en"})
        assert art == Article("a1", "Body.", "T", "u", "s", "2026-01-01", "en")

    def test_derives_a_stable_content_id_when_missing(self) -> None:
        first = normalize({"text": "Same body", "title": "Same"})
        second = normalize({"text": "Same body", "title": "Same"})
        assert isinstance(first, Article) and isinstance(second, Article)
        assert first.id == second.id == content_id("Same", "Same body")

    def test_different_content_gets_a_different_id(self) -> None:
        a, b = normalize({"text": "one"}), normalize({"text": "two"})
        assert isinstance(a, Article) and isinstance(b, Article) and a.id != b.id

    @pytest.mark.parametrize(("payload", "reason"), [
        ({"title": "no text"}, RejectReason.MISSING_TEXT),
        ({"text": None}, RejectReason.MISSING_TEXT),
        ({"text": 42}, RejectReason.WRONG_TYPE),
        ({"text": "ok", "title": ["list"]}, RejectReason.WRONG_TYPE),
        ({"text": "ok", "id": 7}, RejectReason.WRONG_TYPE),
        ({"text": "   \n\t "}, RejectReason.EMPTY_TEXT),
        ({"text": "\u200b\u200b"}, RejectReason.EMPTY_TEXT),
    ])
    def test_rejects_bad_envelopes_with_a_reason(self, payload: dict[str, object],
                                                 reason: RejectReason) -> None:
        result = normalize(payload)
        assert isinstance(result, Rejection)
        assert result.reason is reason and result.stage == "normalize"

    def test_drops_the_title_repeated_at_the_top_of_the_text(self) -> None:
        art = normalize({"title": "Big news", "text": "Big news\n\nThe body."})
        assert isinstance(art, Article) and art.text == "The body."


class TestCleanText:
    def test_removes_scraped_page_residue(self, seed_envelope: dict[str, str]) -> None:
        cleaned = clean_text(seed_envelope["text"])
        assert "Clock-gray" not in cleaned and "calendar-gray" not in cleaned
        assert "Other news" not in cleaned and "•" not in cleaned
        assert "brotherly Turkey will support us" in cleaned

    def test_keeps_the_evidence_sentences_intact(self, seed_envelope: dict[str, str]) -> None:
        cleaned = clean_text(seed_envelope["text"])
        assert "if there is any threat to Azerbaijan, we are sure that Turkey will be behind us" \
            in cleaned

    def test_collapses_spaces_and_blank_lines(self) -> None:
        assert clean_text("a  \t b\n\n\n\n c") == "a b\n\nc"

    def test_normalises_unicode_to_nfc(self) -> None:
        assert clean_text("Cavus\u0327oglu") == "Cavuşoglu"

    def test_strips_control_characters(self) -> None:
        assert clean_text("a\x00b\x07c") == "a b c"
