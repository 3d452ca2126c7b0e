"""Hazards that the press says threaten: storms, floods, outbreaks, malware, markets.

"Cyclone Shakti posed a severe threat to coastal areas of Oman", "Heavy snowfall
threatened to disrupt rail links between Austria and Switzerland", "Ransomware remains the
most acute threat to British businesses", "health officials warned that the dengue
outbreak poses a serious threat": the countries are where the hazard strikes, not the
parties to a threat. A signal whose cues are all generic threat or warning words (or,
for an alliance, a storm that "strengthens" and officials "urging" residents), in a
sentence that names such a hazard, is dropped. A threat with any specific cue stays
("Russia warned of retaliation as floods hit Kherson" keeps "retaliation").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from monitor.models import Cue, SignalKind

__all__ = ["GENERIC_WORDS", "is_hazard"]

# the last word of a cue that says only "a danger", whoever or whatever poses it
GENERIC_WORDS: Final = {
    SignalKind.THREAT: frozenset(
        {"threat", "threats", "threaten", "threatens", "threatened", "threatening"}
        | {"warn", "warns", "warned", "warning", "warnings", "danger", "menace"}
    ),
    SignalKind.ALLIANCE: frozenset(
        {"strengthen", "strengthens", "strengthened", "strengthening"}
        | {"urge", "urges", "urged", "urging"}
    ),
}
# hazards of nature, health, crime and the economy named in a lower-cased sentence
_HAZARD: Final = re.compile(
    r"\b(?:storms?|tropical storm|cyclones?|hurricanes?|typhoons?|tornado(?:es)?|floods?"
    r"|flooding|floodwaters|drought|wildfires?|bushfires?|heat ?waves?|heatwaves?"
    r"|snow(?:fall|storms?)?|blizzards?|heavy rains?|rainfall|monsoon|landslides?"
    r"|avalanches?|earthquakes?|tsunamis?|volcano(?:es)?|eruption|rising (?:temperatures|seas)"
    r"|sea levels?|climate change|global warming|outbreaks?|dengue|cholera|malaria|measles"
    r"|mpox|bird flu|avian (?:flu|influenza)|pandemic|epidemic|locusts?|pests?"
    r"|ransomware|malware|cybercrime|forecasters|meteorolog\w*)\b"
)


def is_hazard(sentence: str, kind: SignalKind, cues: Sequence[Cue]) -> bool:
    """Whether every cue is a generic danger word and the lower-cased `sentence` names a
    hazard that could be its subject."""
    generic = GENERIC_WORDS[kind]
    for cue in cues:
        text = cue.text
        if text[text.rfind(" ") + 1 :].lower() not in generic:
            return False  # the common case: a cue that names what one state does to another
    return _HAZARD.search(sentence) is not None
