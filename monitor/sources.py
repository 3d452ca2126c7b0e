"""Read articles from files, folders or stdin into raw-topic payloads.

Formats: `.txt` (first non-empty line is the title, the rest the text), `.json` (one
envelope or a list of them), `.jsonl` (one envelope per line). Each item is yielded as
an `Item` carrying the exact bytes that would be published, so a malformed line stays
malformed on its way to the worker's dead-letter topic unless the caller validates it.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from monitor import codec

__all__ = ["SUFFIXES", "Item", "iter_items", "iter_paths"]

SUFFIXES = (".txt", ".json", ".jsonl")


@dataclass(frozen=True, slots=True)
class Item:
    """One raw payload and where it came from (file and line)."""

    raw: bytes
    origin: str


def iter_paths(path: str) -> Iterator[Path]:
    """The files under `path` (a file or a folder, recursively) with a known suffix."""
    root = Path(path)
    if root.is_dir():
        yield from sorted(p for p in root.rglob("*") if p.suffix in SUFFIXES and p.is_file())
    else:
        yield root


def _txt_item(data: bytes, origin: str) -> Item:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return Item(data, origin)  # let the validator or the worker report it
    stripped = text.strip()
    title, _, body = stripped.partition("\n")
    envelope = {"title": title.strip(), "text": body.strip() or title.strip(), "source": origin}
    return Item(codec.dumps(envelope), origin)


def _json_items(data: bytes, origin: str) -> Iterator[Item]:
    try:
        value = codec.decode(data)
    except ValueError:
        yield Item(data, origin)
        return
    if isinstance(value, list):
        for i, entry in enumerate(value):
            yield Item(codec.dumps(entry), f"{origin}[{i}]")
    else:
        yield Item(data.strip(), origin)


def _jsonl_items(data: bytes, origin: str) -> Iterator[Item]:
    for number, line in enumerate(data.split(b"\n"), start=1):
        if line.strip():
            yield Item(line.strip(), f"{origin}:{number}")


def items_from_bytes(data: bytes, origin: str, suffix: str) -> Iterator[Item]:
    """Split one file's bytes into payloads according to its format."""
    if suffix == ".jsonl":
        yield from _jsonl_items(data, origin)
    elif suffix == ".json":
        yield from _json_items(data, origin)
    else:
        yield _txt_item(data, origin)


def _sniff(data: bytes) -> str:
    head = data.lstrip()[:1]
    if head == b"{":
        return ".jsonl"
    return ".json" if head == b"[" else ".txt"


def iter_items(path: str) -> Iterator[Item]:
    """Every payload in `path`; `-` reads stdin (JSON lines, a JSON list, or plain text)."""
    if path == "-":
        data = sys.stdin.buffer.read()
        yield from items_from_bytes(data, "<stdin>", _sniff(data))
        return
    for file in iter_paths(path):
        yield from items_from_bytes(file.read_bytes(), str(file), file.suffix)
