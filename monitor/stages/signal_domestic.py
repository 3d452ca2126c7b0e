"""Domestic politics: a sentence about one country's own parties, parliament and voters.

"Canada's opposition Conservatives accused the Liberal government of mismanaging the
purchase of 88 F-35 jets" and "Nigeria's Senate voted to back President Tinubu's tax
reform bills" use the words of threat and alliance, but between a country's own
institutions, not between countries. In a sentence that names one country and one of
those institutions (not only as the audience, "told parliament"), and no party abroad
("imports", "European"), only acts of force or coercion ("Georgian police detained
opposition leader Nika Melia") and signals whose one country is their target stand
(`signals._abroad_or_force`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from monitor.stages.signal_quotes import Actor

__all__ = ["FORCE", "is_domestic"]

# a country's own political institutions and their members
INSTITUTIONS: Final = re.compile(
    r"\b(?:opposition|ruling party|senate|senators|parliament|parliamentary|lawmakers"
    r"|legislators|legislature|mps|governors|voters)\b"
)
# a party abroad that the tagger does not name as a country ("the proposed European common
# market tax", "a ban on Toshiba imports", "other major nations", "retaliation in the Gulf"):
# the sentence is not about home alone
ABROAD: Final = re.compile(
    r"\b(?:imports?|exports?|trade|tariffs?|foreign|overseas|abroad|international"
    r"|nations|countries|multinational|gulf|european|ec|eu|nato|united nations|un)\b"
)
# an institution named only as the audience ("told parliament", "told a Lower House Budget
# Committee in Parliament"): the speaker may well talk of abroad
AUDIENCE: Final = re.compile(
    r"\b(?:told|tells|tell|before|address\w*|testif\w*|briefed)\b[^,.;]{0,40}\Z"
)
FORCE: Final = frozenset({"ASSAULT", "COERCE"})  # categories that stay at home too


def is_domestic(sentence: str, actors: Sequence[Actor]) -> bool:
    """Whether the lower-cased sentence, whose country actors are `actors`, is about one
    country's politics at home: one country, and one of its institutions."""
    if len({actor.code for actor in actors}) != 1:
        return False  # none: maybe an unnamed or unknown state ("the Gondor opposition")
    if ABROAD.search(sentence) is not None:
        return False
    return any(
        AUDIENCE.search(sentence, max(0, found.start() - 40), found.start()) is None
        for found in INSTITUTIONS.finditer(sentence)
    )
