"""Market reports: a sentence about prices, shares or a firm's outlook.

"Brent crude found support near $72 a barrel as traders weighed renewed Houthi attacks on
Red Sea shipping", "The Turkish lira found support near 32 to the dollar as investors
welcomed the central bank's decision", "Mercedes-Benz cut its profit outlook, warning
that US import tariffs would weigh on margins": the political words name what moves a
market, not one state acting on another. In such a sentence (`is_market_report`) a signal
stands only with both its parties named ("investors weighed the threat of a trade war
between Washington and Brussels" keeps US -> EU); one with a side unknown is dropped
(`signals._field`).
"""

from __future__ import annotations

from typing import Final

from ahocorasick_rs import AhoCorasick, MatchKind

__all__ = ["MARKET_WORDS", "is_market_report"]

# what only a market report says: prices found, traders and investors weighing, shares
# moving, a firm's outlook, guidance and margins
MARKET_WORDS: Final = (
    *("found support", "traders", "investors weighed", "investors bet", "investors welcomed"),
    *("shares in", "shares of", "a barrel", "per barrel", "to the dollar", "against the dollar"),
    *("per-dollar", "profit outlook", "full-year guidance", "profit margins", "passenger numbers"),
    *("bond yields", "brent", "crude futures", "stock market", "stock markets"),
    *("came under pressure", "short sellers", "bargain hunters", "stocks", "sell-off"),
    *("shares rose", "shares fell", "shares jumped", "shares plunged", "took a beating"),
    *("hostile takeover", "hostile bid", "takeover bid", "shareholders", "payout"),
    *("household debt", "financial stability", "interest rate", "interest rates"),
    *("refining margins", "quarterly profit", "fourth-quarter", "third-quarter"),
    *("first-quarter", "second-quarter", "half-year profit", "unemployment", "inflation rate"),
    *("economic growth", "trade surplus", "wealth fund"),
)
PRICED: Final = MARKET_WORDS.index("a barrel")  # a price only after one ("$72 a barrel")
_MARKET: Final = AhoCorasick(MARKET_WORDS, matchkind=MatchKind.LeftmostLongest)


def is_market_report(sentence: str) -> bool:
    """Whether the lower-cased sentence tells of a market: one of `MARKET_WORDS` as whole
    words ("a barrel" after a price: not "dropped a barrel bomb")."""
    for key, start, end in _MARKET.find_matches_as_indexes(sentence):
        if sentence[start - 1 : start].isalnum() or sentence[end : end + 1].isalnum():
            continue  # part of a longer word
        if key != PRICED or _after_price(sentence, start):
            return True
    return False


def _after_price(sentence: str, start: int) -> bool:
    """Whether the word before `start` is a price ("$72", "18 dlrs", "80 dollars")."""
    words = sentence[max(0, start - 16) : start].split()
    return bool(words) and (words[-1] in ("dlrs", "dollars") or words[-1][-1:].isdigit())
