"""A trailing comment clause: the reasons and remarks a sentence adds after its main event.

"Israel will not supply air defence systems to Ukraine, Netanyahu said, citing concerns
that the technology could fall into hostile hands": the clause opened by "citing" gives a
reason for the main event; its cues ("concerns") tell no event of their own between the
sentence's countries. So does a noun phrase put on the main event after its attribution
("…, the cabinet in Cairo said, a lifeline for an economy squeezed by … Houthi attacks").
A cue inside such a clause is set back like one in a background clause: the main
clause's cue leads over it. After a main clause that denies ("Seoul denied that it had
warned Tokyo …, saying the talks had been constructive"), a weak signal led from the
comment defends the denial and is dropped (`defends_denial`).
"""

from __future__ import annotations

import re
from typing import Final

from monitor.stages.signal_lexicon import contains_any

__all__ = ["comment_start", "defends_denial"]

# the participles that open a comment on the main clause (not an act of their own:
# "accusing", "warning", "calling for" are acts, and lead)
COMMENT: Final = re.compile(
    r", (?:with [^,]{1,60}? )?(?:citing|insisting|stressing|arguing|noting|dismissing"
    r"|saying|adding|telling|calling(?! for| on)|explaining|describing"
    r"|brushing (?:aside|off)|shrugging off)\b"
)

# a noun phrase put on the main event after its attribution ("…, the cabinet in Cairo said, a
# lifeline for an economy squeezed by … Houthi attacks"; "…, the ministry said, part of a
# rearmament drive launched after Russia's invasion")
APPOSED: Final = re.compile(r"\b(?:said|says|announced|reported)(, )(?:a|an|part of) ")
ATTRIBUTED: Final = ("said, ", "says, ", "announced, ", "reported, ")  # APPOSED's pre-check

# a main clause that denies ("denied that Seoul had warned Tokyo", "rejects a report that")
DENIAL: Final = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|dismiss(?:es|ed)?|reject(?:s|ed)? (?:a |the )?(?:reports?|claims?"
    r"|allegations?|suggestions?)) "
)


def defends_denial(sentence: str, comment: int) -> bool:
    """Whether the comment clause at offset `comment` follows a main clause that denies:
    its words defend the denial ("…, saying the talks had been constructive", "…, calling
    reports 'groundless' and 'deliberately provocative'"), telling no event of their own."""
    return comment < len(sentence) and DENIAL.search(sentence, 0, comment) is not None


def comment_start(sentence: str) -> int:
    """The offset of the sentence's first comment clause, or its length if none."""
    found = COMMENT.search(sentence)
    end = len(sentence) if found is None else found.start()
    apposed = APPOSED.search(sentence, 0, end) if contains_any(sentence, ATTRIBUTED) else None
    return end if apposed is None else apposed.start(1)
