"""Contests on a field that the press calls clashes.

Sports reports borrow the words of war: "India clash with Pakistan in a high-voltage
Asia Cup match", "South Korea beat Japan 2-1 in a fierce championship clash", "Brazil
crush Argentina". The countries are teams. A threat signal whose cues are all such
contest words, in a sentence that speaks of a match (a competition, a score, a venue
of sport), is dropped; a threat with any other cue stays ("fans clashed with police
after the match" keeps "police"-side cues such as tear gas or arrests). So is an alliance
told only in the words a match report uses of its teams and crowds ("the French captain
praising the team's defence", "the visiting forwards").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from ahocorasick_rs import AhoCorasick, MatchKind

from monitor.models import Cue

__all__ = ["CONTEST_WORDS", "FIELD_WORDS", "SPORT_WORDS", "is_contest"]

# cue words that name a contest as readily as a fight
CONTEST_WORDS: Final = frozenset(
    {
        *("clash", "clashes", "clashed", "clashing", "battle", "battles", "battled"),
        *("attack", "attacks", "attacked", "attacking", "rout", "routed", "crush", "crushed"),
        *("thrash", "thrashed", "defeat", "defeated", "beat", "fight", "fought"),
        *("beats", "beating", "beaten", "defeats", "defeating", "crushing", "thrashing"),
        *("showdown", "onslaught", "stun", "stunned", "invade", "invaded", "stormed"),
        *("threaten", "threatens", "threatened", "threatening"),  # "threatened to equalise"
        *("ambush", "ambushed", "besiege", "besieged", "siege", "annihilate", "annihilated"),
        *("assault", "shot", "pressure", "counter-attack", "offensive", "invasion"),
        *("storm", "demolished", "hammered", "routing", "blitz", "blitzed"),
    }
)
# cue words of support that sport uses of its own teams and crowds ("praising the team's
# defence", "Kipyegon defends title", "the hosts' attack", "the visiting forwards")
FIELD_WORDS: Final = frozenset(
    {
        *("praise", "praises", "praised", "praising", "hailed", "hails", "supporter"),
        *("defend", "defends", "defended", "defending", "defence", "defense", "host", "hosts"),
        *("hosted", "hosting", "visiting", "visitors", "supporters"),
        *("counter-attack", "surrendered", "disarmed", "alliance", "strengthening", "truce"),
        *("meeting", "backed", "backs", "urged", "urges"),
    }
)
# a sentence about a match: competitions, places and people of sport (whole words) …
SPORT_WORDS: Final = (
    *("match", "matches", "cup", "league", "tournament", "championship", "qualifier"),
    *("semifinal", "semi-final", "final", "derby", "fixture", "goal", "goals", "striker"),
    *("midfielder", "goalkeeper", "stadium", "fans", "innings", "wicket", "wickets", "medal"),
    *("olympic", "olympics", "grand prix", "football", "soccer", "cricket", "rugby", "tennis"),
    *("volleyball", "basketball", "hockey", "t20", "odi", "test series", "kickoff"),
    *("kick-off", "penalties", "offside", "scrum", "touchdown", "bowlers", "batsmen"),
    *("batters", "all out", "ashes"),
    *("minute", "nations league", "gold cup", "world cup", "relay"),
    *("sprint", "sprinters", "swimmers", "wrestlers", "championships", "medals", "title"),
    *("coach", "riders", "peloton", "breakaway", "under-21", "qualification", "boxing"),
    *("heavyweight", "all blacks", "warm-up", "record books", "podium", "grand slam"),
    *("quarter-final", "quarterfinal", "knockout", "marathon", "athletics", "champions league"),
    *("premier league", "prize", "box office", "charts"),
    *("club", "players", "diamond league", "world record", "eurovision", "song contest"),
    *("concert", "festival", "pop star", "singer"),
)
# … found by one automaton walk (a regex alternation of words has no literal prefix for
# `re` to skip to, so it is tried at every position: ≈ 50 k instructions a sentence), …
_SPORT: Final = AhoCorasick(list(SPORT_WORDS), matchkind=MatchKind.LeftmostLongest)
# … or a score ("2-1", "24-19")
_SCORE: Final = re.compile(r"\b\d{1,2}-\d{1,2}\b")


def is_contest(sentence: str, cues: Sequence[Cue], words: frozenset[str] = CONTEST_WORDS) -> bool:
    """Whether the lower-cased `sentence` reports a match and every cue is one of `words`:
    the contest words of a threat, or `FIELD_WORDS` of an alliance."""
    if not all(cue.text.lower() in words for cue in cues):
        return False  # the common case: the first cue is no such word
    for _, start, end in _SPORT.find_matches_as_indexes(sentence):
        if not (sentence[start - 1 : start].isalnum() or sentence[end : end + 1].isalnum()):
            return True
    return _scored(sentence)


def _scored(sentence: str) -> bool:
    """Whether the sentence holds a score ("2-1"): searched only once a hyphen between
    digits is found (a hyphen alone, as in a dateline, leaves `re` trying every position)."""
    at = sentence.find("-")
    while at >= 0:
        if at > 0 and sentence[at - 1].isdigit() and sentence[at + 1 : at + 2].isdigit():
            return _SCORE.search(sentence) is not None
        at = sentence.find("-", at + 1)
    return False
