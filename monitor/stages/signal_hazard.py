"""Hazards that the press says threaten: storms, floods, outbreaks, malware, markets.

"Cyclone Shakti posed a severe threat to coastal areas of Oman", "Heavy snowfall
threatened to disrupt rail links between Austria and Switzerland", "Ransomware remains the
most acute threat to British businesses", "health officials warned that the dengue
outbreak poses a serious threat": the countries are where the hazard strikes, not the
parties to a threat. A signal whose cues are all generic threat or warning words (or,
for an alliance, a storm that "strengthens" and officials "urging" residents), in a
sentence that names such a hazard, is dropped. So is a threat told in those words whose
subject is a market force: "higher interest rates threatened demand for memory chips",
"sales were threatened by soaring cocoa prices", "weak demand remained a threat to the
outlook", "Governor Andrew Bailey warning that inflation could rebound" (the force must be
the subject, right before the threat word or after "by", or what is warned of with no
condition after it: "Iran warned that oil prices would soar if the US attacked" stays).
A threat with any specific cue stays ("Russia warned of retaliation as floods hit
Kherson" keeps "retaliation").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from ahocorasick_rs import AhoCorasick, MatchKind

from monitor.models import Cue, SignalKind

__all__ = [
    "ALLIANCE_WORDS",
    "HAZARD_PHRASES",
    "HAZARD_WORDS",
    "MARKET_FORCES",
    "THREAT_WORDS",
    "is_hazard",
]

# the last word of a cue that says only "a danger", whoever or whatever poses it
THREAT_WORDS: Final = frozenset(
    {"threat", "threats", "threaten", "threatens", "threatened", "threatening"}
    | {"warn", "warns", "warned", "warning", "warnings", "danger", "menace"}
    | {"kill", "kills", "killed", "killing"}  # a toll ("threatened Florida after killing 300")
    | {"dead", "deaths", "died"}  # "with at least 38 people confirmed dead"
    | {"displaced"}  # its victims ("an outbreak threatening displaced people in camps")
    | {"toll"}  # "warned that the death toll could climb"
    # a hazard's advance told in the words of war ("locusts invaded farmland", "snowstorms
    # laid siege to northern China"; not "attacked" nor "fought": "Iran attacked across
    # snow-capped peaks")
    | {"invaded", "invasion", "siege", "besieged", "overwhelmed", "stormed"}
    | {"breached", "destroying", "ravaged", "destroyed", "battled"}
)
# … and of an alliance cue a storm or an official can fill ("strengthen", "urging residents")
ALLIANCE_WORDS: Final = frozenset(
    {"strengthen", "strengthens", "strengthened", "strengthening"}
    | {"urge", "urges", "urged", "urging"}
)
# hazards of nature, health and crime named in a lower-cased sentence: single words …
HAZARD_WORDS: Final = frozenset(
    {"storm", "storms", "cyclone", "cyclones", "hurricane", "hurricanes", "typhoon"}
    | {"typhoons", "tornado", "tornadoes", "flood", "floods", "flooding", "floodwaters"}
    | {"drought", "wildfire", "wildfires", "bushfire", "bushfires", "heatwave", "heatwaves"}
    | {"snow", "snowfall", "snowstorm", "snowstorms", "blizzard", "blizzards", "rainfall"}
    | {"monsoon", "landslide", "landslides", "avalanche", "avalanches", "earthquake"}
    | {"earthquakes", "tsunami", "tsunamis", "volcano", "volcanoes", "eruption", "outbreak"}
    | {"outbreaks", "dengue", "cholera", "malaria", "measles", "mpox", "pandemic", "epidemic"}
    | {"locust", "locusts", "pest", "pests", "ransomware", "malware", "cybercrime"}
    | {"sandstorm", "sandstorms", "duststorm", "duststorms", "hailstorm", "hailstorms", "rains"}
    | {"forecasters", "meteorologists", "meteorological", "meteorology"}
    | {"temperatures", "asteroid", "asteroids", "comet", "disease", "diseases", "poaching"}
    | {"infections", "superbugs", "blaze", "blazes"}
)
# … and phrases
HAZARD_PHRASES: Final = (
    *("heat wave", "heavy rain", "rising temperatures", "rising seas", "sea level", "sea levels"),
    *("dust storm", "bush fire", "bush fires", "forest fire", "forest fires"),
    *("climate change", "global warming", "bird flu", "avian flu", "avian influenza"),
    *("cold weather", "colder weather", "warmer weather", "bad weather", "severe weather"),
)
# … found by one automaton walk (≈ 7× cheaper than splitting the sentence into a word set, and
# than one regex alternation tried at every position), whole words only ("pests", not "Budapest")
_HAZARDS: Final = AhoCorasick(
    sorted([*HAZARD_WORDS, *HAZARD_PHRASES]), matchkind=MatchKind.LeftmostLongest
)


# market forces that threaten demand, margins, sales or an outlook, as a threat's subject:
# right before the threat word (up to six words between: "remained a", "for vaccines in
# Europe was") …
MARKET_FORCES: Final = (
    *("prices", "costs", "rates", "yields", "inflation", "demand", "recession", "slowdown"),
    *("downturn", "volatility", "competition", "headwinds", "the dollar", "the strong dollar"),
    *("futures", "rally", "data", "glut", "oversupply", "shortages", "sell-off"),
    *("power cuts", "blackouts"),
)
FORCE_GAP_WORDS: Final = 6  # words between the force and the threat word …
AGENT_GAP_WORDS: Final = 4  # … and between "threatened by" and the force
_FORCES: Final = "|".join(MARKET_FORCES)
# every pattern below names a force: a sentence without one (found in one automaton walk,
# ≈ 10× cheaper than the patterns' searches) has no market subject
_ANY_FORCE: Final = AhoCorasick(list(MARKET_FORCES))
# searched around each "threat…" of the sentence (a literal `str.find` jumps to), not from
# every position of it: the force ends the words before it …
_FORCE_BEFORE: Final = re.compile(rf"\b(?:{_FORCES})(?: [\w-]+){{0,{FORCE_GAP_WORDS}}} \Z")
# … or, after "threatened by", starts one of the next five words
_FORCE_AFTER: Final = re.compile(
    rf"threatened by(?: [\w-]+){{0,{AGENT_GAP_WORDS}}} (?:{_FORCES})\b"
)
# … or opens what is warned of ("warning that inflation could rebound")
_FORCE_WARNED: Final = re.compile(rf"\bwarn(?:s|ed|ing)? that (?:[\w-]+ ){{0,2}}(?:{_FORCES})\b")
_IF: Final = re.compile(r"\b(?:if|unless)\b")  # a condition: the warning may be a threat
_THREAT_WORD: Final = re.compile(r"threat(?:|ens|ened|ening)\b")
REACH: Final = 80  # chars before a threat word searched for its subject
THREAT: Final = SignalKind.THREAT  # a module constant: cheaper than the enum class lookup


def is_hazard(sentence: str, kind: SignalKind, cues: Sequence[Cue]) -> bool:
    """Whether every cue is a generic danger word and the lower-cased `sentence` names a
    hazard that could be its subject, or (a threat) has a market force as its subject."""
    generic = THREAT_WORDS if kind is THREAT else ALLIANCE_WORDS  # no enum hashing
    for cue in cues:
        text = cue.text
        if text[text.rfind(" ") + 1 :].lower() not in generic:
            return False  # the common case: a cue that names what one state does to another
    for _, start, end in _HAZARDS.find_matches_as_indexes(sentence):
        if not (sentence[start - 1 : start].isalpha() or sentence[end : end + 1].isalpha()):
            return True
    return kind is THREAT and _market_subject(sentence)


def _market_subject(sentence: str) -> bool:
    """Whether a market force is the subject of a threat word of the lower-cased sentence,
    or what it warns of."""
    if not _ANY_FORCE.find_matches_as_indexes(sentence):
        return False
    if "warn" in sentence:
        warned = _FORCE_WARNED.search(sentence)
        if warned is not None and _IF.search(sentence, warned.end()) is None:
            return True  # not "warned that oil prices would soar if the US attacked"
    at = sentence.find("threat")
    while at >= 0:
        before = sentence[at - 1 : at]
        if before == " " and _THREAT_WORD.match(sentence, at) is not None:
            low = sentence.rfind(" ", 0, max(0, at - REACH)) + 1  # from a word's start
            if _FORCE_BEFORE.search(sentence, low, at) is not None:
                return True
        if not (before.isalnum() or before == "_") and _FORCE_AFTER.match(sentence, at):
            return True
        at = sentence.find("threat", at + 6)
    return False
