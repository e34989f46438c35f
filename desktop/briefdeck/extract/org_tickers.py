"""Listed companies named with their stock ticker: "Fenwick Avionics (FNAV) stays Buy". In a
document about listed firms (a broker's note, a market story), a capitalised name followed by
bracketed capitals spelled from its letters in order, but not its plain initials, is a company
and the capitals its ticker. Initials ("Syrian Democratic Forces (SDF)") are read elsewhere
(acronyms.py); those are no tickers."""

from __future__ import annotations

import re

from briefdeck.extract.known_organizations import known_organization
from briefdeck.extract.org_found import Found

MARKET_WORDS = re.compile(r"\b(?:NYSE|Nasdaq|NASDAQ|[Tt]icker|[Pp]rice\s+target|Outperform|"
                          r"Underperform|[Ss]hare\s+price|[Ss]tock\s+price)\b")
TICKER = re.compile(r"\(([A-Z]{2,5})\)")
# Two to four capitalised words just before the bracket: the company's name.
NAME_BEFORE = re.compile(r"(?<![\w&'’.-])((?:[A-Z][a-z][\w'’-]*\s){1,3}[A-Z][a-z][\w'’-]*)\s$")
_LEAD = frozenset("The A An Upgrading Upgrade Downgrading Downgrade We Our Buy Sell Hold "
                  "And But".split())
# A site's name with its code ("Fenwick Air Base (FWAB)") is a place, not a company.
_SITE_WORDS = frozenset("Base Airport Airfield Camp Field Port Station Range".split())


def _spelled_from(ticker: str, name: str) -> bool:
    """The ticker's letters appear in the name in order, opening with its first letter."""
    letters = name.replace(" ", "").casefold()
    if not letters.startswith(ticker[0].casefold()):
        return False
    at = 0
    for ch in ticker.casefold():
        at = letters.find(ch, at) + 1
        if not at:
            return False
    return True


def ticker_companies(text: str, found: dict[str, Found]) -> None:
    """Add the companies the text names with their tickers, the ticker as an alias."""
    if "(" not in text or not MARKET_WORDS.search(text):
        return
    for m in TICKER.finditer(text):
        ticker = m.group(1)
        before = NAME_BEFORE.search(text, max(0, m.start() - 80), m.start())
        if before is None:
            continue
        words = before.group(1).split()
        while words and words[0] in _LEAD:
            words.pop(0)
        if len(words) < 2 or words[-1] in _SITE_WORDS:
            continue
        name = " ".join(words)
        if "".join(w[0] for w in words) == ticker or not _spelled_from(ticker, name) or \
                known_organization(name):
            continue
        if name.casefold() in found:  # named before: the ticker is one more of its names
            if ticker not in found[name.casefold()].aliases:
                found[name.casefold()].aliases.append(ticker)
            continue
        start = text.rfind(words[0], before.start(1), m.start())
        found[name.casefold()] = Found(name, start, start + len(name), [ticker])
