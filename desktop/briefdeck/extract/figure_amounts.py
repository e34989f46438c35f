"""An amount as written: brackets, hedges and qualifiers around the digits.

"three (3) rockets" is one number, "$20,000, maybe $50,000" one range, "70-plus" more than
70, "two hundred or so" about 200, "3K troops" 3,000: the amount the analyst reads.
"""

from __future__ import annotations

import re
from dataclasses import replace

from briefdeck.extract.figure_measures import find_all
from briefdeck.extract.numbers import QUALIFIERS, Quantity
from briefdeck.extract.sentences import inside
from briefdeck.model import Figure, Provenance

# "3K troops": a K right after the digits, with no word or designator running on ("9K720")
THOUSANDS_K = re.compile(r"[Kk](?![\w-])")
# "$20,000, maybe $50,000", "three, perhaps four": a speaker's range, its top hedged.
HEDGED_HIGH = re.compile(r",\s+(?:maybe|perhaps|possibly)\s+")
# "70-plus vessels", "two hundred or so": written qualifiers after the number.
PLUS = re.compile(r"-plus\b")
OR_SO = re.compile(r"\s+or\s+so\b")
# Translated official statements write numbers in brackets: "three (3) rockets" (a word and
# its digits, one number), "(26) million dollars", "arrested (2) suspects".
_RESTATED_DIGITS = re.compile(r"[ \t]*\((\d[\d,]*)\)")
_BRACKET_CLOSE = re.compile(r"\)(?:[ \t]+(thousand|million|billion)\b)?")
_VERSUS = re.compile(r"\s+(?:vs\.?|versus|v\.)\s", re.I)
_BRACKET_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9}


def parenthesised(text: str, q: Quantity) -> tuple[Quantity, int]:
    """(the quantity, where its counted noun starts) for a number written with brackets."""
    restated = _RESTATED_DIGITS.match(text, q.end)
    if restated and not q.text[-1:].isdigit() and \
            float(restated.group(1).replace(",", "")) == q.value:
        return q, restated.end()  # "three (3) rockets": the noun after the digits
    if text[q.start - 1:q.start] != "(" or not q.text.isdigit():
        return q, q.end
    close = _BRACKET_CLOSE.match(text, q.end)
    if close is None or _VERSUS.match(text, close.end()):
        return q, q.end  # ("toll (8) vs KH (5)": two sides' figures set side by side)
    if close.group(1):  # "(26) million U.S. dollars": 26,000,000
        q = replace(q, start=q.start - 1, value=q.value * _BRACKET_SCALES[close.group(1).lower()],
                    end=close.end(), text=text[q.start - 1:close.end()])
    return q, close.end()


# Outlets outside the US that mark US dollars ("$US61 million", "US$61m") write their own
# dollar as a bare "$": there, "$94 million" is the dollar of the country the report is about.
_US_MARKED = re.compile(r"\$US\s?\d|(?<![A-Za-z])US\$\s?\d")
_DOLLAR_COUNTRIES = (("AUD", re.compile(r"\bAustralia")), ("CAD", re.compile(r"\bCanad")),
                     ("NZD", re.compile(r"\bNew Zealand")), ("HKD", re.compile(r"\bHong Kong")),
                     ("SGD", re.compile(r"\bSingapore")))


def local_dollar(text: str) -> str:
    """The currency a bare "$" stands for in text: USD unless the text marks US dollars
    apart and names one dollar country more often than the others."""
    if "US" not in text or not _US_MARKED.search(text):
        return "USD"
    counts = sorted(((len(rx.findall(text)), code) for code, rx in _DOLLAR_COUNTRIES),
                    reverse=True)
    return counts[0][1] if counts[0][0] and counts[0][0] > counts[1][0] else "USD"


def bare_dollar(amount: str) -> bool:
    """'$94 million' and 'about $94m', not 'A$94m', 'US$61m' or '$US61m'."""
    at = amount.find("$")
    return at >= 0 and not amount[at - 1:at].isalpha() and amount[at + 1:at + 3] != "US"


# "It was at least the 21st attack on U.S. forces since Oct. 17": a wire's running tally,
# written as an ordinal; the count so far is the number, its hedge the qualifier.
_ORDINAL_TALLY = re.compile(r"\b(?:(at\s+least|more\s+than|about|roughly|nearly|some)\s+)?the\s+"
                            r"(\d{1,4})(?:st|nd|rd|th)\s+((?:(?:drone|rocket|missile)\s+)?"
                            r"(?:attack|strike|incident))\s+(?:on|against|targeting|since|this|in)\b",
                            re.I)


_ORDINAL_ANCHOR = re.compile(r"\d(?:st|nd|rd|th)\s+(?:(?:drone|rocket|missile)\s+)?"
                             r"(?:attack|strike|incident)\b", re.I)


# "Last week's attack was at least the fourth on facilities ... since the summer": an ordinal
# in words, its noun written or left to the attack the sentence is about; a tally so far only
# when hedged ("at least").
_ORDINAL_WORDS = {w: n for n, w in enumerate(
    "second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
    "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split(), 2)}
_WORD_TALLY = re.compile(rf"\bthe\s+({'|'.join(_ORDINAL_WORDS)})\s+"
                         r"(?:((?:drone|rocket|missile)\s+)?(attack|strike|incident)\s+)?"
                         r"(?:on|against|targeting)\s")
_HEDGE_BEFORE = re.compile(r"\b(at\s+least|more\s+than)\s+$", re.I)  # the hedges scanned for
_TALLY_SUBJECT = re.compile(r"\b(attack|strike|incident)\b[^.;]{0,40}$", re.I)


# Unhedged, an ordinal is a tally when it counts from a start: "it was the fifth attack on
# the base since mid-October" (its noun written, the "since" in its clause).
# ("the second rocket attack since November 10, when ...": the first is the one named)
# A unit's own running count reads the same: "this was our fourth engagement since we entered
# the Red Sea" (a ship's or a battery's engagements, the "since" right after the noun).
_SINCE_TALLY = re.compile(rf"\b(?:the|our|its|their)\s+({'|'.join(list(_ORDINAL_WORDS)[1:])})\s+"
                          r"(?:(?:drone|rocket|missile)\s+)?(attack|strike|incident|engagement)"
                          r"(?:\s+(?:on|against|targeting)\s(?:[^.;,:]|(?<=\b[A-Z])\.){0,60})?$")
# The start it counts from may be a named month: "the third attack on U.S. positions in the
# Kurdistan Region in November" counts three so far that month. ("the third attack on the
# base this month" says which one, as the corpus reads it: no tally.)
_PERIOD_STARTS = (" since ",) + tuple(
    f" in {month}" for month in "January February March April May June July August "
    "September October November December".split())
# A shipping notice's running count of ships hit: "the third merchant ship attacked in the Red
# Sea since Nov. 20" counts three ships so far (the unit keeps the report's kind of ship).
_SHIP_SINCE_TALLY = re.compile(rf"\bthe\s+({'|'.join(list(_ORDINAL_WORDS)[1:])})\s+"
                               r"((?:(?:merchant|commercial|cargo)\s+)?(?:ship|vessel))\s+"
                               r"(?:to\s+be\s+)?(?:attacked|hit|struck|targeted)\b[^.;,:]{0,50}$")


def _since_tallies(text: str, skip: list[tuple[int, int]]) -> list[Figure]:
    out: list[Figure] = []
    done = set()
    # (found with plain searches: a pattern over the whole text costs more)
    for at in sorted(at for w in _PERIOD_STARTS for at in find_all(text, w)):
        m = _SINCE_TALLY.search(text, max(0, at - 100), at) or \
            _SHIP_SINCE_TALLY.search(text, max(0, at - 90), at)
        if m is None or m.start() in done or inside(skip, m.start(1), m.end(1)) or \
                _HEDGE_BEFORE.search(text, max(0, m.start() - 14), m.start()):
            continue  # (a hedged one is read with its hedge)
        done.add(m.start())
        out.append(Figure(
            id="fg-0", value=float(_ORDINAL_WORDS[m.group(1)]), value_high=None,
            unit=" ".join(m.group(2).lower().split()) + "s", qualifier="exact",
            text=text[m.start():m.end(1)], label=text[m.start():m.end(2)][:80],
            provenance=Provenance(source="src-1", start=m.start(), end=m.end(1))))
    return out


def _word_tallies(text: str, skip: list[tuple[int, int]]) -> list[Figure]:
    out: list[Figure] = _since_tallies(text, skip)
    # Only a hedged ordinal is a tally: "the second attack on the convoy", "the third on the
    # city this month" say which one (the corpus asks "at least the fourth"). Found from the
    # hedge's words, a plain search: a pattern over the whole text costs more.
    starts = sorted(at + len(w) - 4 for w in ("least the ", "than the ")
                    for at in find_all(text, w))
    for at in starts:
        m = _WORD_TALLY.match(text, at)
        if m is None or inside(skip, m.start(1), m.end(1)):
            continue
        hedge = _HEDGE_BEFORE.search(text, max(0, m.start() - 14), m.start())
        if hedge is None:
            continue
        qual = " ".join(hedge.group(1).lower().split())
        noun = m.group(3) or (s.group(1) if (s := _TALLY_SUBJECT.search(
            text, max(0, m.start() - 60), m.start())) else "")
        if not noun:
            continue
        start = hedge.start()
        out.append(Figure(
            id="fg-0", value=float(_ORDINAL_WORDS[m.group(1)]), value_high=None,
            unit=noun.lower() + "s",
            qualifier=QUALIFIERS.get(qual, "exact"),  # type: ignore[arg-type]
            text=text[start:m.end(1)], label=text[start:m.end(1)][:80],
            provenance=Provenance(source="src-1", start=start, end=m.end(1))))
    return out


def ordinal_tallies(text: str, skip: list[tuple[int, int]]) -> list[Figure]:
    """Counts so far written as ordinals ('the 14th attack on ... since'), as figures."""
    out: list[Figure] = _word_tallies(text, skip)
    done = -1
    for anchor in _ORDINAL_ANCHOR.finditer(text):  # (a digit first: a cheap scan)
        m = _ORDINAL_TALLY.search(text, max(0, anchor.start() - 24), anchor.end() + 30)
        if m is None or m.start() <= done:
            continue
        done = m.start()
        if inside(skip, m.start(2), m.end(2)):
            continue
        qual = " ".join((m.group(1) or "").lower().split())
        out.append(Figure(
            id="fg-0", value=float(m.group(2)), value_high=None, unit=m.group(3).lower() + "s",
            qualifier=QUALIFIERS.get(qual, "exact") if qual else "exact",  # type: ignore[arg-type]
            text=text[m.start():m.end(3)], label=text[m.start():m.end(3)][:80],
            provenance=Provenance(source="src-1", start=m.start(), end=m.end(3)),
        ))
    return out
