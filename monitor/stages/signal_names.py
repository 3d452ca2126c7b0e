"""Cue words that are part of a proper name, not the word itself.

In running text a cue word is lower case unless it opens its sentence or clause;
capitalised anywhere else it is part of a name: "Allied Irish Banks", "the Organization
for Economic Cooperation and Development", "National Early Warning Systems Inc", "the
Alliance" (a party). Such hits say nothing about what one country does to another and
are dropped before a sentence is analysed.

Exceptions keep their hits: headline-style sentences (no lower-case word of four or
more letters: Title Case or capitals, where every word is capitalised), cues written
in capitals, and names of agreements ("the Reciprocal Access Agreement", "the Shusha
Declaration on Allied Relations"), whose words do describe the relation they name.

A sentence that names a company ("Rexcom Systems Corp said it agreed to buy…", "KLM
<KLM.AS> is discussing marketing cooperation with Air Atlanta Inc"; not a state's agency
named like one, "the U.S. International Development Finance Corporation") speaks of business:
its agreements, talks and cooperation are deals between firms, whatever countries the
firms come from, so it yields no alliance signal (`names_company`); so does one that
names a firm by its trade ("the French company said", "Brazilian meatpacker JBS signed a
deal with a Saudi food distributor"), or tells business news ("the companies said", "told
analysts", "a 25 percent stake", "Ethiopian Airlines signed"). Threat language
stays: tariffs on a company's goods are still a measure between countries.
"""

from __future__ import annotations

import re
from typing import Final

from ahocorasick_rs import AhoCorasick

from monitor.stages.signal_lexicon import Hit, as_objects

__all__ = ["drop_name_parts", "names_company"]

# after these a word may open a sentence or clause; after a full stop ("U.S. Sanctions")
# capitals say nothing, as some wires capitalise every word after an abbreviation
OPENERS: Final = frozenset("\"'“‘«([:;-–—•*.")
AGREEMENT_WORDS: Final = frozenset({
    "agreement", "agreements", "treaty", "treaties", "accord", "accords", "pact", "pacts",
    "partnership", "declaration", "charter", "convention", "memorandum", "protocol",
    "communique",
})
_NAME_WORD: Final = re.compile(r"[A-Z][\w'’.-]*|of|on|for|and|the|de|between")  # a name's words
_NAME: Final = re.compile(rf"(?:(?:{_NAME_WORD.pattern})\s+)*(?:{_NAME_WORD.pattern})")
_RUNNING_WORD: Final = re.compile(r"\b[a-z]{4,}")  # a sentence without one is headline-style
# a company's legal form after its name ("Aga AB", "Mitsubishi Bank (Europe) SA") or
# before it ("NV Nederlandse Gasunie"), or a name or ticker in angle brackets, as wires
# mark companies ("<Viva Films International>", "<KLM.AS>")
LEGAL_FORMS: Final = (
    *("Inc", "Corp", "Corporation", "Ltd", "Limited", "Co", "Plc", "PLC", "AG", "NV", "N.V"),
    *("BV", "SA", "S.A", "GmbH", "LLC", "SpA", "S.p.A", "Pty", "Bhd", "KK", "AB", "ASA", "Oyj"),
)
LEGAL_PREFIXES: Final = ("NV", "BV", "PT", "Grupo")
# a state's agencies named like firms ("the U.S. International Development Finance
# Corporation committed a $553 million loan"): what they lend or grant is the state's
STATE_CORPORATIONS: Final = (
    "Development Finance ", "Millennium Challenge ", "Private Investment ", "Export Credit ",
)
# As a regex: "(?<=[\w.)>] )(?:Inc|Corp|…)(?![\w-])|\b(?:NV|BV|PT)\s+(?=[A-Z])|<[A-Z]…>",
# but with every alternative opening with a literal character, so that `re` jumps from
# one candidate capital (or "<") to the next instead of trying each alternative at every
# position (≈ 6× faster on a sentence). So the lookbehind before a legal form comes
# after it, spanning the form too, and `\b` before a prefix (a word character) is "no
# word character before it", looked for one character further back than the prefix is long.
_COMPANY: Final = re.compile(
    "|".join(
        [
            *(rf"{re.escape(form)}(?<=[\w.)>] .{{{len(form)}}})(?![\w-])" for form in LEGAL_FORMS),
            *(rf"{prefix}(?<!\w.{{{len(prefix)}}})\s+(?=[A-Z])" for prefix in LEGAL_PREFIXES),
            r"<[A-Z][^<>\n]{1,60}>",
        ]
    )
)
# a firm named by its trade, after a determiner, a capitalised word (a nationality, a
# name) or a plural possessive ("pilots' union"), or a capitalised word and an adjective
# ("Chinese electric carmaker Xpeng"; a "national", "flag" or "state" carrier is the
# state's); "firm" and "carrier" are left out ("a firm response", "an aircraft carrier");
# "union" is lower case only (not "the European Union")
TRADES: Final = (
    "company", "carmaker", "automaker", "chipmaker", "meatpacker", "airline",
    "utility", "lender", "insurer", "retailer", "distributor", "conglomerate",
    "startup", "start-up", "miner", "oil major", "shipping line", "drugmaker", "steelmaker",
    "shipbuilder", "planemaker", "telecoms operator", "food distributor", "union",
    "shipping group", "logistics group", "logistics firm", "energy group", "mining group",
    "media group", "defence group", "defense group", "chemicals group", "steel group",
    "record label", "talent agency", "k-pop agency", "battery maker", "commodities trader",
    "biotech", "sportswear maker", "refinery", "refiner",
    "brewer", "studio", "dealer network", "car dealer", "coffee roaster", "streaming service",
)  # fmt: skip
# unions of states, not of workers ("the Mercosur customs union", "the monetary union")
UNIONS_OF_STATES: Final = ("customs ", "monetary ", "economic ", "currency ", "banking ")
# the trade word first (most sentences have none: one scan), then the word before it
_TRADE: Final = re.compile(rf"\b(?:{'|'.join(TRADES)})\b(?!\s+(?:of|to|state)\b)")
_TRADE_BEFORE: Final = re.compile(
    r"(?:\b(?:[Tt]he|[Aa]n?)|[A-Z][\w-]+|\w+s'|[A-Z][\w-]+(?:'s)?\s+(?!national|flag|state)[a-z][\w-]*)\s+\Z"
)
# a sentence told as business news: firms credited together, analysts briefed, stakes
# bought, a carrier doing business ("the companies said in a joint statement", "the two
# carmakers said", "told analysts during a conference call", "agreed to buy a 25 percent
# stake", "the sale of bonds", "Delta Air Lines announced", "merger talks", "a takeover
# bid", "its $14.9 billion acquisition of U.S. Steel"; not "victims of the Malaysia Airlines
# flight")
BUSINESS_HINTS: Final = (
    "compan", "firms", "irlines", "irways", "ir Lines", "analysts", "call", "stake", "industry",
    "merger", "takeover", "acquisition",
    "makers", "carriers", "lenders", "banks", "insurers", "miners", "bonds", "shares",
    "securities",
)  # fmt: skip
_BUSINESS: Final = tuple(  # each opens on a literal, which `re` jumps to (one alternation
    re.compile(pattern)  # of them all is tried at every position of the sentence)
    for pattern in (
        r"the (?:two |[A-Z][\w-]+ (?:[A-Z][\w-]+ )?)?(?:companies|firms|airlines|carriers"
        r"|carmakers|automakers|chipmakers|lenders|banks|insurers|miners) (?:said|say|says"
        r"|added)\b",  # "the South Korean companies said"
        r"the two (?:companies|firms|airlines|carmakers|automakers|chipmakers)\b",
        r"told analysts\b",
        r"conference call\b",
        r"per ?cent stake\b",
        r"% stake\b",
        r"industry sources\b",
        r"sales? of (?:\w+ )?(?:bonds|shares|securities)\b",
        r" Air(?:ways|lines| Lines) (?:signed|agreed|ordered|bought|said|announced)\b",
        r"merger talks\b",  # "signed a memorandum … to begin merger talks"
        r"takeover bid\b",
        r"billion acquisition of\b",  # "completed its $14.9 billion acquisition of U.S. Steel"
    )
)
# firms counted as the subject of a deal ("Two Japanese carmakers signed a pact"): found by
# the literal ending of their plural ("ers "), then checked
_FIRMS_DEAL: Final = re.compile(r"ers (?:signed|agreed|sealed|struck|announced|said)\b")
COUNTED_TRADES: Final = frozenset(
    """carmakers automakers chipmakers drugmakers steelmakers shipbuilders lenders insurers
    retailers miners""".split()  # noqa: SIM905
)
_COUNTED: Final = re.compile(r"(?:^|\W)(?:[Tt]wo|[Tt]hree|[Bb]oth) (?:[A-Z][\w-]+ )?\Z")
# every hint, trade word and literal that opens a `_COMPANY` alternative, found in one
# automaton walk (≈ 3× cheaper than a substring search per word; the regex runs only when
# one of its literals is there); a key's id below HINTS is a hint's, below WORDS a trade's
_TELLING: Final = AhoCorasick([*BUSINESS_HINTS, *TRADES, *LEGAL_FORMS, *LEGAL_PREFIXES, "<"])
HINTS: Final = len(BUSINESS_HINTS)
WORDS: Final = HINTS + len(TRADES)
_LETTERS: Final = re.compile(r"[a-z]+")
_LOOK_BACK: Final = 80  # characters searched back for the start of a name


def drop_name_parts(text: str, start: int, end: int, hits: list[Hit]) -> list[Hit]:
    """`hits` of the sentence text[start:end] without those inside proper names."""
    same = as_objects(hits)  # kept hits as they are
    kept: list[Hit] = [same[i] for i, h in enumerate(hits) if not _inside_name(text, start, h)]
    if len(kept) == len(hits) or not _RUNNING_WORD.search(text, start, end):
        return hits  # nothing capitalised inside, or a headline where capitals say nothing
    return kept


def _inside_name(text: str, start: int, hit: Hit) -> bool:
    at, end = hit[0], hit[1]
    if not text[at].isupper() or text[at:end].isupper() or _opens_clause(text, start, at):
        return False
    return not _names_agreement(text, max(start, at - _LOOK_BACK), end)


def _opens_clause(text: str, start: int, at: int) -> bool:
    """Whether the word at `at` opens its sentence or clause: nothing but a list mark
    ("(b)", "46.", "▪") before it, or a dash, colon, full stop, opening quote or bracket."""
    before = text[start:at].rstrip()
    return not before or before[-1] in OPENERS or not any(c.islower() for c in before)


def _names_agreement(text: str, floor: int, end: int) -> bool:
    """Whether the capitalised run holding text[..end] names an agreement."""
    for match in _NAME.finditer(text, floor):
        if match.start() < end <= match.end():
            return not AGREEMENT_WORDS.isdisjoint(_LETTERS.findall(match.group().lower()))
        if match.start() >= end:
            break
    return False


def names_company(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] names a company by its legal form or stock ticker, or by a
    trade ("the French company said", "Brazilian meatpacker JBS", "a Japanese utility")."""
    sentence = text[start:end]
    keys = [key for key, _, _ in _TELLING.find_matches_as_indexes(sentence, True)]
    if not keys:
        return False  # the common case: no literal any pattern below opens on
    if max(keys) >= WORDS and _legal_form(text, start, end):
        return True
    words = [key for key in keys if key < WORDS]
    if not words:
        return False
    if min(words) < HINTS and (
        any(p.search(sentence) for p in _BUSINESS) or _counted_firms(sentence)
    ):
        return True
    if max(words) < HINTS:
        return False  # no trade word, so `_TRADE` cannot match
    return any(
        _TRADE_BEFORE.search(text, max(start, found.start() - 40), found.start()) is not None
        and not text.endswith(UNIONS_OF_STATES, max(start, found.start() - 12), found.start())
        for found in _TRADE.finditer(text, start, end)
    )


def _counted_firms(sentence: str) -> bool:
    """Whether firms counted as the subject deal ("Two Japanese carmakers signed a pact")."""
    for found in _FIRMS_DEAL.finditer(sentence):
        word = sentence[: found.start() + 3].rsplit(None, 1)[-1]
        if word in COUNTED_TRADES and _COUNTED.search(sentence, 0, found.start() - len(word) + 3):
            return True
    return False


def _legal_form(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] names a firm by its legal form or stock ticker (`_COMPANY`),
    not a state's agency named a corporation."""
    return any(
        not text.endswith(STATE_CORPORATIONS, max(start, found.start() - 30), found.start())
        for found in _COMPANY.finditer(text, start, end)
    )
