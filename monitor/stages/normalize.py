"""Normalise a decoded raw envelope into an `Article`, or reject it with a reason.

The raw envelope is a JSON object with `text` required and `id`, `url`, `title`,
`source`, `published_at`, `language` optional. Scraped pages carry residue (icon
labels such as "Clock-gray 19:45", bullets, "Other news" trailers, the title repeated
as the first line): it is removed here so that every later offset points into clean
text. A missing `id` is derived from the content hash, so re-sending the same article
yields the same id.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Mapping
from typing import Any

from monitor.models import Article, Rejection, RejectReason

__all__ = ["OPTIONAL_FIELDS", "clean_text", "content_id", "normalize"]

OPTIONAL_FIELDS = ("id", "url", "title", "source", "published_at", "language")
_STAGE = "normalize"

# One translation table: zero-width characters and soft hyphens go, control characters
# (all but \t \n \r) become spaces. str.translate is far cheaper than a regex scan.
_TRANSLATION: dict[int, str | None] = {
    **dict.fromkeys([0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD]),
    **dict.fromkeys([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F], " "),
}
_ICON_LABEL = re.compile(r"^[a-z]+(?:-[a-z]+)*-(?:gray|grey|white|black|icon)\b.*$", re.I)
_BULLETS = "•·▪◦‣●■*"
_BOILERPLATE = re.compile(
    r"^(?:other news|related news|read more|read also|see also|share( this)?|advertisement|"
    r"follow us.*|subscribe.*|tags?:.*|print|comments?)\s*:?$",
    re.I,
)
# first words of _BOILERPLATE: a set lookup spares the regex on ordinary lines
_BOILERPLATE_STARTS = frozenset(
    {
        "other",
        "related",
        "read",
        "see",
        "share",
        "advertisement",
        "follow",
        "subscribe",
        "tags",
        "tag",
        "print",
        "comments",
        "comment",
    }
)
_RESIDUE_MAX_CHARS = 80  # residue lines are short labels; longer lines are never residue
_BLANK_LINES = re.compile(r"\n{3,}")


def content_id(title: str, text: str) -> str:
    """A stable id from the content: first 16 hex digits of SHA-256."""
    digest = hashlib.sha256(f"{title}\n{text}".encode()).hexdigest()
    return digest[:16]


def _tidy(line: str) -> str:
    """Whitespace runs to one space, ends stripped, leading bullets dropped.

    `str.split()` does this in C for every kind of Unicode space; a regex over the
    whole text cost ten times more on real articles.
    """
    line = " ".join(line.split())
    if line and line[0] in _BULLETS:
        line = line.lstrip(_BULLETS + " ")
    return line


def _is_residue(line: str) -> bool:
    """A tidied line that is page furniture: an icon label or a boilerplate link."""
    if not line or len(line) > _RESIDUE_MAX_CHARS:
        return False
    if "-" in line and _ICON_LABEL.match(line):
        return True
    first = line.split(" ", 1)[0].lower().rstrip(":")
    return first in _BOILERPLATE_STARTS and _BOILERPLATE.match(line) is not None


def clean_text(text: str) -> str:
    """NFC, invisible/control characters out, residue lines out, whitespace tidied."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    lines = (_tidy(line) for line in text.translate(_TRANSLATION).split("\n"))
    text = "\n".join(line for line in lines if not _is_residue(line))
    if "\n\n\n" in text:
        text = _BLANK_LINES.sub("\n\n", text)
    return text.strip()


def _drop_repeated_title(title: str, text: str) -> str:
    first, _, rest = text.partition("\n")
    return rest.lstrip() if title and first.strip() == title else text


def _check_types(payload: Mapping[str, Any]) -> Rejection | None:
    if "text" not in payload or payload["text"] is None:
        return Rejection(RejectReason.MISSING_TEXT, "field 'text' is required", _STAGE)
    for name in ("text", *OPTIONAL_FIELDS):
        value = payload.get(name)
        if value is not None and not isinstance(value, str):
            kind = type(value).__name__
            return Rejection(
                RejectReason.WRONG_TYPE, f"field {name!r} is {kind}, not string", _STAGE
            )
    return None


def normalize(payload: Mapping[str, Any]) -> Article | Rejection:
    """Validate the envelope's fields and clean its text into an `Article`."""
    problem = _check_types(payload)
    if problem is not None:
        return problem
    cleaned = clean_text(payload["text"])
    if not cleaned:
        return Rejection(RejectReason.EMPTY_TEXT, "text is empty after cleaning", _STAGE)
    title = clean_text(payload.get("title") or "")
    text = _drop_repeated_title(title, cleaned)
    return Article(
        id=payload.get("id") or content_id(title, text),
        text=text,
        title=title,
        url=payload.get("url") or None,
        source=payload.get("source") or None,
        published_at=payload.get("published_at") or None,
        language=payload.get("language") or None,
    )
