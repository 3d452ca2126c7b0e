"""A threat the subject of "face" is to face → who faces it and who made the threat.

"Finland will face retaliatory measures … if it allows NATO to store nuclear weapons on
its soil, Russian Foreign Ministry spokeswoman Maria Zakharova said": the one to face the
measures (Finland) is their target, whatever the order of the words, and the one who
says so (Russia) their source. The speaker is the actor that a speech verb follows in
the sentence's attribution, before the threatened subject ("Trump said Iran would face
bombing", "Washington warned New Delhi it could face sanctions") or after the threat,
outside the condition it sets ("…, Iran's Foreign Ministry said"). A threat faced from
or by someone ("faces pressure from Democratic lawmakers") is left to the agent rules.
A response something "will be met with" is faced the same way: "any new aggression by the
Zionist regime will be met with a crushing response," Iran's chief of staff said; so is
what an act "will be considered": "any attempt by India to stop or divert the water … will
be considered an act of war," Pakistan's National Security Committee said.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from monitor.stages.signal_lexicon import Hit, contains_any
from monitor.stages.signal_quotes import Actor

__all__ = ["face_at", "faced_subject", "speaker"]

# "face" governing the cue, a few modifiers between ("would face a swift and forceful
# response", "face \"bombing …\""); not "in the face of" nor "face-to-face"
FACED: Final = re.compile(
    r"(?<![\w-])(?:face|faces|faced|facing|(?:be|is|are|was|were) (?:met with"
    r"|(?:considered|treated|regarded|deemed|seen)(?: as)?))"
    r"\s+(?:[^\s,;:.]+\s+){0,4}?[\"'“‘]?\Z"
)  # "any aggression by X will be met with a crushing response" is faced by X too
OR_FACE: Final = ("or face", "or else face", "or it will face")
# what may govern a cue as something faced (`FACED`'s pre-check)
FACE_MARKS: Final = ("fac", "met with", "considered", "treated", "regarded", "deemed", " seen ")
FACE_CUES: Final = (*OR_FACE, "will face", "would face", "shall face")
AGENT_SOON: Final = re.compile(r"\s+(?:[\w.'-]+\s+){0,3}?(?:from|by)\s")
SPEECH_VERBS: Final = frozenset(
    {"said", "says", "told", "telling", "warned", "warns", "warning", "added", "stated"}
    | {"declared", "insisted", "threatened", "announced", "cautioned", "reiterated"}
    # an ultimatum given: "Trump gave Russia 10 days to agree to a ceasefire or face …"
    | {"gave", "give", "gives", "giving", "urged", "ordered", "demanded", "pressed"}
)
PRONOUNS: Final = frozenset({"it", "they"})  # "warned New Delhi it could face sanctions"
# ("by" is not one: "any aggression by the Zionist regime will be met with …")
PREPOSITIONS: Final = frozenset(
    {"from", "in", "to", "of", "on", "at", "with", "for", "against", "into", "over"}
)
DETERMINERS: Final = frozenset({"the", "a", "an"})
SPEAKER_REACH: Final = 80  # chars after an actor searched for the speech verb it leads
# an apposition closing on a speech verb, between the speaker and the subject
APPOSITION_SPEECH: Final = re.compile(
    r"[\w .'-]{0,30},\s+(?:said|says|warned|warns|told)\s[^,;]*\Z"
)
CONDITION_WORDS: Final = (" if ", " unless ")
WORDS: Final = re.compile(r"[a-z]+")


def face_at(lowered: str, hit: Hit, sentence_start: int) -> int | None:
    """Where the "face" governing the cue starts, or None."""
    cue = lowered[hit[0] : hit[1]]
    if cue.startswith(FACE_CUES):  # "face" inside the cue ("would face … consequences")
        return hit[0] + cue.index("face")
    window = lowered[max(sentence_start, hit[0] - 50) : hit[0]]
    if not contains_any(window, FACE_MARKS):
        return None  # the common case
    found = FACED.search(lowered, max(sentence_start, hit[0] - 50), hit[0])
    if found is None or lowered.endswith("the ", 0, found.start()):
        return None  # "in the face of such violations"
    if AGENT_SOON.match(lowered, hit[1]):
        return None  # "faces mounting pressure from …": the agent rules read it
    return found.start()


def faced_subject(lowered: str, at: int, clause: list[Actor]) -> Actor | None:
    """Who is to face it: the clause's actor an "it/they" right before "face" stands
    for ("warned New Delhi it could face"), else the clause's first actor that no
    preposition governs and that no speech verb follows ("Trump said Iran would face";
    "Japan has until May to respond to the British timetable or face retaliation")."""
    if not clause:
        return None
    if not PRONOUNS.isdisjoint(lowered[max(0, at - 14) : at].split()[-2:-1]):
        last = clause[-1]  # "it would face", "they could face"
        return None if _speaks(lowered[last.end : at], stop=True) else last
    for actor in clause:
        words = lowered[max(0, actor.start - 24) : actor.start].split()
        while words and words[-1] in DETERMINERS:
            words.pop()
        governed = bool(words) and words[-1] in PREPOSITIONS
        if not governed and not _speaks(lowered[actor.end : at], stop=True):
            return actor
    return None


def speaker(lowered: str, actors: Sequence[Actor], target: Actor, hit: Hit) -> str | None:
    """The country of the sentence's speaker: an actor before the subject that a speech
    verb follows before it, else one after the threat, past any condition, that a speech
    verb follows."""
    for actor in actors:
        if actor.end > target.start:
            break
        gap = lowered[actor.end : target.start]
        if actor.code != target.code and (_speaks(gap, stop=True) or _apposition_speaks(gap)):
            return actor.code
    for actor in actors:
        if actor.start < hit[1] or actor.code == target.code:
            continue
        gap = lowered[hit[1] : actor.start]
        if _in_condition(gap):
            continue
        if _speaks(lowered[actor.end : actor.end + SPEAKER_REACH]):
            return actor.code
    return None


def _speaks(text: str, *, stop: bool = False) -> bool:
    """Whether `text` holds a speech verb before a semicolon; with `stop`, a `text` with
    no clause mark at all (a speaker before the subject speaks in the same clause: not
    "the ministry said, deepening cooperation as Manila faces …")."""
    if stop and ("," in text or ";" in text):
        return False
    words = WORDS.findall(text.split(";")[0])
    if "up" in words:  # "should give up the island or face …": no ultimatum given
        words = [w for w, after in zip(words, [*words[1:], ""], strict=True) if after != "up"]
    return not SPEECH_VERBS.isdisjoint(words)


def _apposition_speaks(gap: str) -> bool:
    """Whether `gap` closes an apposition on a speech verb ("Kim Yo Jong, the sister of
    North Korean leader Kim Jong Un, said South Korea would face …")."""
    return APPOSITION_SPEECH.match(gap) is not None


def _in_condition(gap: str) -> bool:
    """Whether the end of `gap` lies inside a condition it opens (no comma after it)."""
    opening = max(gap.rfind(word) for word in CONDITION_WORDS)
    return opening >= 0 and "," not in gap[opening:]
