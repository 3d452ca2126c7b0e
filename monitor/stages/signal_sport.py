"""Contests on a field that the press calls clashes.

Sports reports borrow the words of war: "India clash with Pakistan in a high-voltage
Asia Cup match", "South Korea beat Japan 2-1 in a fierce championship clash", "Brazil
crush Argentina". The countries are teams. A threat signal whose cues are all such
contest words, in a sentence that speaks of a match (a competition, a score, a venue
of sport), is dropped; a threat with any other cue stays ("fans clashed with police
after the match" keeps "police"-side cues such as tear gas or arrests).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from monitor.models import Cue

__all__ = ["CONTEST_WORDS", "is_contest"]

# cue words that name a contest as readily as a fight
CONTEST_WORDS: Final = frozenset(
    {
        *("clash", "clashes", "clashed", "clashing", "battle", "battles", "battled"),
        *("attack", "attacks", "attacked", "attacking", "rout", "routed", "crush", "crushed"),
        *("thrash", "thrashed", "defeat", "defeated", "beat", "fight", "fought"),
        *("showdown", "onslaught", "stun", "stunned", "invade", "invaded", "stormed"),
        *("threaten", "threatens", "threatened", "threatening"),  # "threatened to equalise"
    }
)
# a sentence about a match: competitions, scores, places and people of sport
_SPORT: Final = re.compile(
    r"\b(?:match(?:es)?|cup|league|tournament|championship|qualifier|semi-?final|final"
    r"|derby|fixture|goals?|striker|midfielder|goalkeeper|stadium|fans|innings|wickets?"
    r"|medal|olympics?|grand prix|football|soccer|cricket|rugby|tennis|volleyball"
    r"|basketball|hockey|t20|odi|test series|kick-?off|penalties|\d{1,2}-\d{1,2})\b"
)


def is_contest(sentence: str, cues: Sequence[Cue]) -> bool:
    """Whether the lower-cased `sentence` reports a match and every cue is a contest word."""
    if not all(cue.text.lower() in CONTEST_WORDS for cue in cues):
        return False  # the common case: the first cue is no contest word
    return _SPORT.search(sentence) is not None
