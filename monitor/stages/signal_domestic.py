"""Domestic politics: a sentence about one country's own parties, parliament, courts and voters.

"Canada's opposition Conservatives accused the Liberal government of mismanaging the
purchase of 88 F-35 jets" and "Nigeria's Senate voted to back President Tinubu's tax
reform bills" use the words of threat and alliance, but between a country's own
institutions (its labour unions and striking workers too: "talks between Tunisia's government and
the UGTT labour federation collapsed"), not between countries. In a sentence that names
one country and one of those institutions or its citizens (not only as the audience, "told
parliament"), and no party abroad ("imports", "European", "sanctions"), only acts of force
or coercion ("Georgian police detained opposition leader Nika Melia") and signals whose one
country is their target stand (`signals._abroad_or_force`). A sentence naming at most one country in
which police or prosecutors pursue a crime ("police arrested two men after a stabbing"),
or two in which they or a navy pursue drugs, keeps no threat (`is_crime`).
"""

from __future__ import annotations

import re
from typing import Final

from ahocorasick_rs import AhoCorasick, MatchKind

from monitor.stages.signal_lexicon import contains_any

__all__ = ["FORCE", "is_crime", "is_domestic"]

# a country's own political institutions and their members
INSTITUTIONS: Final = (
    *("opposition", "ruling party", "senate", "senators", "parliament", "parliamentary"),
    *("lawmakers", "legislators", "legislature", "mps", "governors", "voters"),
    *("ruling coalition", "coalition government", "lower house", "upper house"),
    *("national assembly", "duma", "bundestag", "knesset", "sejm"),
    *("citizens", "supreme court", "constitutional court", "high court"),
    # labour at home ("talks between the government and the labour federation collapsed")
    *("unions", "trade union", "labour union", "labor union", "labour federation"),
    *("labor federation", "strikers", "striking workers", "dock workers", "port workers"),
    *("rail workers", "railway workers", "factory workers", "public sector workers"),
    *("congress", "constitutional council", "conservatives", "socialists", "liberals"),
    *("no-confidence", "censure", "farmers"),
    # the economy's and the state's own beneficiaries ("a package to help small businesses")
    *("small businesses", "households", "home buyers", "homebuyers", "residents"),
    *("survivors", "evacuees", "hospitals", "tax reform", "pension reform", "reform bill"),
)
# a party abroad that the tagger does not name as a country ("the proposed European common
# market tax", "a ban on Toshiba imports", "other major nations", "retaliation in the Gulf"):
# the sentence is not about home alone
ABROAD: Final = (
    *("import", "imports", "export", "exports", "trade", "tariff", "tariffs", "foreign"),
    *("overseas", "abroad", "international", "nations", "countries", "multinational"),
    *("gulf", "european", "ec", "eu", "nato", "united nations", "un"),
    *("sanctions", "sanctioned"),  # measures of one state against another's people
)
# … but a law against "foreign agents" is home affairs
HOME_PHRASES: Final = ("foreign agents",)
# both word lists in one automaton walk (a regex opening on `\b` is tried at every position);
# a key's id below len(INSTITUTIONS) is an institution's
_WORDS: Final = AhoCorasick(
    [*INSTITUTIONS, *ABROAD, *HOME_PHRASES], matchkind=MatchKind.LeftmostLongest
)
_ABROAD_END: Final = len(INSTITUTIONS) + len(ABROAD)  # ids from here on are home phrases
# an institution named only as the audience ("told parliament", "told a Lower House Budget
# Committee in Parliament"): the speaker may well talk of abroad
AUDIENCE: Final = re.compile(
    r"\b(?:told|tells|tell|before|address\w*|testif\w*|briefed)\b[^,.;]{0,40}\Z"
)
FORCE: Final = frozenset({"ASSAULT", "COERCE"})  # categories that stay at home too


# crime at home: the police, prosecutors and courts of a country and the crimes they pursue
# ("Police in Lagos arrest dozens over cryptocurrency fraud ring"); force there is no
# act of one state against another
POLICE: Final = re.compile(r"\b(?:police|policemen|prosecutors|judge|court)\b")
CRIMES: Final = re.compile(
    r"\b(?:robbery|robberies|robbers|stabbing|stabbings|fraud|theft|thieves|stolen|burglary"
    r"|gang|gangs|nightclub|jewellery|jewelry|shop|embezzlement|scam|scams"
    r"|stabbed|attacker|assailant|gunman|suspect|suspects|suspected|stealing|stole|murder"
    r"|murdered|vandalism|vandals|militants|gunmen|bandits|insurgents|bank|trafficking"
    r"|abuse|fugitive|bribery|corruption|coup|kidnapped|kidnapping|extortion|manhunt"
    r"|shooting|shootings|gambling|defrauded|marijuana|cannabis|drugs)\b"
)

# drugs, which the police, a navy or customs pursue across borders too
DRUGS: Final = re.compile(r"\b(?:cocaine|heroin|narcotics?|drugs?|fentanyl|methamphetamine)\b")
DRUG_WORDS: Final = ("drug", "cocaine", "narcotic", "heroin", "fentanyl", "methamphetamine")
ENFORCERS: Final = re.compile(r"\b(?:navy|coast ?guard|customs|anti-narcotics|border guards?)\b")


def is_crime(sentence: str, countries: int) -> bool:
    """Whether the lower-cased sentence, naming `countries` distinct countries, tells of
    police or prosecutors pursuing a crime (naming at most one country, or two for drugs:
    "police in Brazil arrested a Colombian man suspected of leading a cocaine trafficking
    network"), or of a navy, coast guard or customs seizing drugs ("Colombia's navy seized a
    semi-submersible carrying three tonnes of cocaine")."""
    if countries > 1:  # the common case: two countries, whose police may pursue drugs
        return (
            countries == 2
            and ("police" in sentence or "prosecutors" in sentence)
            and contains_any(sentence, DRUG_WORDS)
            and DRUGS.search(sentence) is not None
        )
    if "police" in sentence or "prosecutors" in sentence or "judge" in sentence or (
        "court" in sentence
    ):
        return POLICE.search(sentence) is not None and CRIMES.search(sentence) is not None
    if not contains_any(sentence, DRUG_WORDS):
        return False
    return ENFORCERS.search(sentence) is not None and DRUGS.search(sentence) is not None


def is_domestic(sentence: str, countries: int) -> bool:
    """Whether the lower-cased sentence, naming `countries` distinct countries, is about one
    country's politics at home: one country, and one of its institutions."""
    if countries != 1:
        return False  # none: maybe an unnamed or unknown state ("the Gondor opposition")
    home = False
    for key, start, end in _WORDS.find_matches_as_indexes(sentence):
        if sentence[start - 1 : start].isalnum() or sentence[end : end + 1].isalnum():
            continue  # part of a longer word ("pecan", "trademark")
        if len(INSTITUTIONS) <= key < _ABROAD_END:
            return False  # a party abroad
        home = home or AUDIENCE.search(sentence, max(0, start - 40), start) is None
    return home
