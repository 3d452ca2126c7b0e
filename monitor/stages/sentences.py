"""Text field → sentence offsets: a fast, rule-based English sentence splitter.

One regex pass finds candidate boundaries (terminal punctuation, optionally
followed by closing quotes or brackets, then whitespace; or a line break); a
candidate is rejected when the token before it is a known abbreviation ("Mr.",
"Gen.", "U.S."), a single initial ("J."), or when the next word starts in lower
case. Decimals ("3.5") never match because no whitespace follows the dot. A line
break ends a sentence after a blank line, a short line (title, bullet) or a colon,
but not inside hard-wrapped text (newswire lines of 60–70 characters).
Offsets are character offsets into the field, with surrounding whitespace trimmed.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = [
    "MATCH_CHARS",
    "WIDEST",
    "boundary_by",
    "sentence_bounds",
    "sentence_end",
    "single_sentence",
    "split_sentences",
]

# A terminal punctuation run, optional closers, then whitespace; or a line break not
# followed by a lower-case word. One leading character class lets `re` skip ahead fast.
BOUNDARY: Final = (
    re.compile(r"""[.!?…\n](?:(?<=\n)(?![ \t]*[a-z])|(?<!\n)[.!?…]*["”’')\]]*(?=\s))""")
)
# the characters a BOUNDARY match opens on, without and with "…": a search finds the
# nearest of them with `str.find` (a memchr), where `re` would test every character
# against the leading class. `"…" in text` costs nothing on a Latin-1 text (no such
# character can be in it), and a fast scan otherwise.
ELLIPSIS: Final = "…"
LEADS: Final = ".!?\n"
LEADS_WITH_ELLIPSIS: Final = LEADS + ELLIPSIS
RUN_MARKS: Final = frozenset(".!?…")  # BOUNDARY's marks after the first, then its closers
CLOSERS: Final = frozenset("\"”’')]")
# every character a BOUNDARY match can hold: terminal marks, closers, a line break
MATCH_CHARS: Final = frozenset(".!?…\n\"”’')]")
WIDEST: Final = 600  # chars searched back for a sentence start at most
BACK: Final = 160  # chars searched back for a sentence start before widening the search
OPENER_CHARS: Final = "\"“‘'([«"
OPENERS: Final = frozenset(OPENER_CHARS)
WRAP_WIDTH: Final = 50  # lines at least this long followed by more text are taken as wrapped
ABBREVIATIONS: Final = frozenset(
    """mr mrs ms dr prof gen lt col maj capt cpt sgt adm cmdr gov sen rep pres st jr sr
    rev hon amb fr messrs mme mlle sr no nos vs etc approx dept est inc ltd co corp bros
    jan feb mar apr jun jul aug sep sept oct nov dec fig al op para paras art arts vol
    u.s u.k u.n u.s.a e.u e.g i.e a.m p.m d.c n.y""".split()  # noqa: SIM905 - reads as a list
)
# The last three letters of every abbreviation that has three or more. A word before a
# dot that ends in three ASCII letters outside this set is neither an abbreviation (its
# lower-case form ends in the same three letters) nor an initial (one letter).
ABBREVIATION_TAILS: Final = frozenset(word[-3:] for word in ABBREVIATIONS if len(word) >= 3)


def split_sentences(text: str) -> tuple[tuple[int, int], ...]:
    """Return the (start, end) offsets of every non-empty sentence of `text`."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in BOUNDARY.finditer(text):
        end = match.end()
        if not _is_boundary(text, match.start(), end):
            continue
        _append(spans, text, start, end)
        start = end
    _append(spans, text, start, len(text))
    return tuple(spans)


def sentence_bounds(
    text: str, position: int, *, floor: int = 0, end: int | None = None
) -> tuple[int, int]:
    """The trimmed (start, end) of the sentence holding `position`, found locally.

    Same boundary rules as `split_sentences`, but only the text between `floor` (a
    known sentence boundary at or before `position`, e.g. the end of the previous
    sentence) and the next boundary is examined (at most 600 characters back, never
    across a blank line), so callers that need a few sentences of a long text do not
    split all of it. `end`, when given, is `sentence_end(text, position)`.
    """
    if end is None:
        end = sentence_end(text, position)
    start = max(floor, position - WIDEST)
    # a blank line ending before `start - 1` could not move `start`: search after it only
    paragraph = text.rfind("\n\n", max(0, start - 1), position)
    if paragraph >= 0:
        start = max(start, paragraph + 2)
    start = _previous_end(text, start, position)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else (position, position)


def single_sentence(text: str) -> tuple[int, int] | None:
    """The trimmed bounds of a short text without any boundary candidate (a headline),
    which is one sentence for every position; None when the text may hold several.

    Equal to `sentence_bounds(text, position)` for every position in the bounds: no
    candidate means no end before the text's, no blank line, and no start after 0.
    """
    if len(text) > WIDEST or _search(text, 0, len(text)) is not None:
        return None
    start, end = 0, len(text)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


def sentence_end(text: str, position: int) -> int:
    """The end of the first real boundary at or after `position` (untrimmed), or the
    text's length: where the sentence holding `position` ends."""
    return _first_boundary(text, position, len(text)) or len(text)


def boundary_by(text: str, position: int, stop: int) -> int | None:
    """`sentence_end(text, position)` when it is at most `stop`, else None, searching no
    further than `stop`, the offset of a word character.

    No match holds a word character, so every match of the search from `position` ends
    by `stop` or starts after it, and those ending by `stop` are found alike with the
    search bounded at `stop + 1` (their lookaheads end at `stop`'s character at most).
    """
    return _first_boundary(text, position, stop + 1)


def _first_boundary(text: str, position: int, stop: int) -> int | None:
    """The end of the first real boundary matched in text[position:stop], else None
    (a match ends after its first character, so never at 0)."""
    match = _search(text, position, stop)
    while match is not None:
        start, end = match
        if _is_boundary(text, start, end):
            return end
        match = _search(text, end, stop)
    return None


def _search(text: str, position: int, stop: int) -> tuple[int, int] | None:
    """The span of `BOUNDARY.search(text, position, stop)`: the first candidate mark is
    found with `str.find`, each mark bounding the search for the next, then matched in
    place (`_match_end`)."""
    leads = LEADS_WITH_ELLIPSIS if ELLIPSIS in text else LEADS
    stop = min(stop, len(text))
    while position < stop:
        at = stop
        for lead in leads:
            found = text.find(lead, position, at)
            if found >= 0:
                at = found
        if at == stop:
            return None
        end = _match_end(text, at, stop)
        if end >= 0:
            return at, end
        position = at + 1
    return None


def _matches(text: str, position: int, stop: int) -> list[tuple[int, int]]:
    """The spans of `BOUNDARY.finditer(text, position, stop)` (no match is empty, so each
    search goes on from the last match's end)."""
    spans: list[tuple[int, int]] = []
    span = _search(text, position, stop)
    while span is not None:
        spans.append(span)
        span = _search(text, span[1], stop)
    return spans


def _match_end(text: str, at: int, stop: int) -> int:
    """Where `BOUNDARY.match(text, at, stop)` ends, or -1 when it does not match; `at`
    holds a mark, before `stop`. A regex call costs more than these few characters.

    A line break matches alone unless spaces or tabs and a lower-case ASCII letter follow.
    Another mark takes the run of marks and then of closers after it, and needs a space
    right after them: any shorter run ends before a mark or closer, which is no space.
    """
    i = at + 1
    if text[at] == "\n":
        while i < stop and (text[i] == " " or text[i] == "\t"):
            i += 1
        return -1 if i < stop and "a" <= text[i] <= "z" else at + 1
    while i < stop and text[i] in RUN_MARKS:
        i += 1
    while i < stop and text[i] in CLOSERS:
        i += 1
    return i if i < stop and text[i].isspace() else -1


def _previous_end(text: str, start: int, position: int) -> int:
    """The end of the last real boundary in [start, position), or `start`.

    Searches the last BACK characters first (from just after a space, so no
    punctuation run is cut), and widens to `start` only when they hold no boundary.
    """
    low = max(start, position - BACK)
    while True:
        if low > start:
            low = text.rfind(" ", start, low) + 1 or start
        stop = min(len(text), position + 1)
        for punct_start, end in reversed(_matches(text, low, stop)):
            if end <= position and _is_boundary(text, punct_start, end):
                return end
        if low <= start:
            return start
        low = start


def _is_boundary(text: str, punct_start: int, end: int) -> bool:
    """Whether terminal punctuation (or a line break) ending at `end` closes a sentence."""
    mark = text[punct_start]
    if mark == "\n":
        return _is_line_break(text, punct_start)
    nxt = text[end : end + 8].lstrip()[:1]
    if nxt and not (nxt.isupper() or nxt.isdigit() or nxt in OPENERS):
        return False
    if mark != ".":
        return True
    tail = text[punct_start - 3 : punct_start] if punct_start >= 3 else ""
    if tail.isalpha() and tail.isascii() and tail.lower() not in ABBREVIATION_TAILS:
        return True  # the word before the dot is no initial, and no abbreviation ends so
    space = text.rfind(" ", 0, punct_start)
    cut = max(space, text.rfind("\n", space + 1, punct_start))  # the last space or line break
    word = text[cut + 1 : punct_start].lstrip(OPENER_CHARS).rstrip(".")
    if len(word) == 1 and word.isalpha() and word.isupper():
        return False  # an initial: "George W. Bush"
    return word.lower() not in ABBREVIATIONS


def _is_line_break(text: str, newline: int) -> bool:
    """A line break ends a sentence after a blank line, a short line (heading, bullet)
    or a colon; inside wrapped text (a long line, or a lower-case next line) it does not."""
    following = text[newline + 1 : newline + 40].lstrip(" \t")
    if not following or following[0] == "\n":
        return True
    if following[0].islower():
        return False
    line_start = text.rfind("\n", 0, newline) + 1
    line = text[line_start:newline].rstrip()
    return len(line) < WRAP_WIDTH or line.endswith(":")


def _append(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    """Append [start, end) trimmed of whitespace, unless it is empty."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
