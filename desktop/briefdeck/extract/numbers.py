"""Quantities as written: digits, number words, vague amounts, qualifiers and ranges.

Number words go through the number-parser package ("twenty-five" -> 25); vague amounts
("hundreds", "several thousand", "a dozen") come from a small table of our own, each with the
value an analyst would chart and the qualifier that keeps it honest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from number_parser import parse_number

from briefdeck.extract.figure_measures import DURATION_NOUNS
from briefdeck.extract.lowered import lowered

# Vague amount -> (value, qualifier it carries when the text gives none).
VAGUE: dict[str, tuple[float, str]] = {
    "a dozen": (12, "about"),
    "dozen": (12, "about"),  # "the roughly dozen Marines aboard"
    "dozens": (24, "at least"),
    # "several" is read like the plural ("thousands"): at least two of them, the lowest
    # defensible value, with "at least" so nobody charts it as a count.
    "several dozen": (24, "at least"),
    "two dozen": (24, "about"),
    "three dozen": (36, "about"),
    "four dozen": (48, "about"),
    "half a dozen": (6, "about"),
    "a couple of dozen": (24, "about"),
    "a couple dozen": (24, "about"),
    "a few dozen": (36, "about"),  # (not "a few" and a dozen)
    "a hundred": (100, "about"),
    "hundreds": (200, "at least"),
    "several hundred": (200, "at least"),
    "a few hundred": (300, "about"),
    "a couple hundred": (200, "about"),
    "a thousand": (1000, "about"),
    "half a million": (500000, "about"),
    "half a billion": (500000000, "about"),
    "thousands": (2000, "at least"),
    "several thousand": (2000, "at least"),
    "a few thousand": (3000, "about"),
    "tens of thousands": (20000, "at least"),
    "hundreds of thousands": (200000, "at least"),
    "millions": (2000000, "at least"),
}
# Words before a number -> qualifier.
QUALIFIERS: dict[str, str] = {
    "about": "about", "around": "about", "approximately": "about", "roughly": "about",
    "some": "about", "nearly": "about", "almost": "about", "close to": "about",
    "an estimated": "about", "estimated": "about", "approx.": "about", "approx": "about",
    "more or less": "about", "perhaps": "about",  # ("of which perhaps 500 were ...")
    "est.": "about", "est": "about",  # a log's shorthand: "EST 60 PCT OF BLDG 1142 DESTROYED"
    "at least": "at least", "no fewer than": "at least", "a minimum of": "at least",
    "up to": "up to", "as many as": "up to", "as much as": "up to", "no more than": "up to",
    "at most": "up to",
    # a bill's and a rule's negated bounds: "not fewer than 41 times" is at least 41
    "not fewer than": "at least", "not less than": "at least", "no less than": "at least",
    "not more than": "up to",
    "more than": "more than", "over": "more than", "in excess of": "more than",
    "upwards of": "more than", "above": "more than",
    "well over": "more than", "just over": "more than", "well above": "more than",
    "well in excess of": "more than", "well under": "fewer than", "just under": "fewer than",
    "fewer than": "fewer than", "less than": "fewer than", "under": "fewer than",
    "below": "fewer than",
}
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9,
          "mn": 1e6, "m": 1e6}

_WORD = (
    r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|hundred|thousand|million|billion)"
)
# "one hundred and seventy": "and" only joins after hundred / thousand / million. A number
# word before a hyphen and a word that is no number is part of a compound: "two one-way
# drones" counts two, and "one-way" none.
# ("a nine-month deployment" is how long: the duration adjectives of figure_measures)
# "two one way attack drones": "one-way" written without its hyphen (a machine transcript,
# a hurried chat) is still no number, so "two" counts the drones.
_WORD_ALONE = (rf"{_WORD}(?!-(?!{_WORD}|(?:day|week|month|year)(?:-long)?\s+{DURATION_NOUNS}))"
               r"(?!(?<=[Oo]ne)\s+way\b)")
_WORDS = (rf"\b{_WORD_ALONE}(?:(?:-|\s+|(?<=hundred)\s+and\s+|(?<=thousand)\s+and\s+)"
          rf"{_WORD_ALONE})*\b"
          # "one and a half kilometres", "fourteen and a half million": 14.5 million
          r"(?:\s+and\s+a\s+half\b(?:\s+(?:thousand|million|billion)\b)?(?!\s+dozen))?")
_DIGITS = r"(?<![\w.,-])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\w.,-])\d+(?:\.\d+)?"
_VAGUE = "|".join(sorted((re.escape(k) for k in VAGUE), key=len, reverse=True))
CURRENCIES = {"$": "USD", "£": "GBP", "€": "EUR"}
# Other dollars, marked before the sign ("A$94m", "C$1.2 billion", "NZ$40,000"); US dollars
# marked either side ("US$61m", "$US61 million", as Australian and some Asian outlets write).
DOLLARS = {"A": "AUD", "AU": "AUD", "C": "CAD", "CA": "CAD", "NZ": "NZD", "HK": "HKD",
           "S": "SGD", "US": "USD"}
_DOLLAR_MARK = r"(?:[ACHNSU][ASUKZ]?(?=\$))?\$"  # (one class test at each word: cheap)
# "€234mn", "£1.5m": British and European style; a bare "m" is a million only after a
# currency sign ("300m" alone is metres).
_CORE = (
    rf"(?:{_DOLLAR_MARK}|[£€])\s?(?:{_DIGITS})m\b"
    rf"|(?:(?:{_DOLLAR_MARK}|[£€])\s?)?(?:{_DIGITS})(?:\s*(?:thousand|million|billion|trillion|bn|mn)\b)?"
    rf"|\ba\s+(?:hundred|thousand)\s+and\s+{_WORDS}"  # "a hundred and forty": 140, not 100
    rf"|\b(?:{_VAGUE})\b|{_WORDS}"
    r"|\$US\s?\d[\d,]*(?:\.\d+)?(?:m\b|\s*(?:thousand|million|billion|trillion|bn|mn)\b)?"
)
# The upper end of "55-75": right after the dash, which the lower end may not follow.
_CORE_HIGH = _CORE.replace(r"(?<![\w.,-])", r"(?<![\w.,])")
QUALIFIER_WORDS = "|".join(sorted((re.escape(k) for k in QUALIFIERS), key=len,
                                          reverse=True))

NUMBER_RE = re.compile(
    rf"""
    (?:\b|(?=[$£€]))  # numbers start at a word or a currency sign: one cheap test first
    (?:(?P<qual>\b(?:{QUALIFIER_WORDS}))\s+)?
    (?:(?P<range_from>\b(?:from|between))\s+)?
    (?P<low>{_CORE})
    (?:(?:\s*[-–]\s*|\s+(?:to|and|or)\s+)(?P<high>{_CORE_HIGH}))?
    (?P<pct>\s*(?:%|percent\b|per\s+cent\b|(?-i:pc|PCT|pct)\b))?
    """,
    re.X | re.I,
)


_NUMBER_WORDS = {w for k in VAGUE for w in k.split()} - {"a", "of"}
_MAYBE_NUMBER = re.compile(
    rf"\d|[$£€]|\b(?:{_WORD}|{'|'.join(sorted(_NUMBER_WORDS))})", re.I)
# Where a number can begin, found in a lower-cased copy of the text: a case-sensitive scan is
# four times faster than NUMBER_RE's case-blind one at every word. NUMBER_RE then runs only
# from a little before each such place, to take its qualifier ("as many as", "between").
_NUMBER_START = re.compile(_MAYBE_NUMBER.pattern)
_WORD_START = re.compile(r"\b\w|[$£€]")
_QUALIFIER_REACH = 40  # longer than any qualifier and "from"/"between" before a number


@dataclass(frozen=True)
class Quantity:
    start: int  # absolute offsets of the whole phrase ("more than a dozen")
    end: int
    text: str
    value: float
    value_high: float | None
    qualifier: str
    money: bool = False
    percent: bool = False
    vague: bool = False
    currency: str = ""  # "USD", "GBP", "EUR" when money


@lru_cache(maxsize=4096)
def word_value(words: str) -> float | None:
    """'Twenty-five' -> 25, 'a dozen' -> 12 (vague table), None when not a number."""
    key = " ".join(words.lower().split())
    if key in VAGUE:
        return VAGUE[key][0]
    value = parse_number(key)
    if value is None and key.startswith("a "):
        value = parse_number("one " + key[2:])  # "a hundred and forty", which the parser misses
    return float(value) if value is not None else None


def small_count(word: str) -> int:
    """'3', 'three', 'a' -> the count a clause's number word gives (a lone article is one)."""
    if word.isdigit():
        return int(word)
    return 1 if word.lower() in ("a", "an") else int(word_value(word) or 0)


def _core_value(core: str) -> tuple[float | None, bool, str | None]:
    """(value, money, vague qualifier) of one core number phrase."""
    text = core.strip()
    text = text[text.index("$"):] if "$" in text[:3] else text
    money = text[:1] in CURRENCIES
    text = text.lstrip("$£€ ").removeprefix("US").strip()
    lowered = " ".join(text.lower().split())
    if lowered in VAGUE:
        return VAGUE[lowered][0], money, VAGUE[lowered][1]
    match = re.match(r"([\d,]+(?:\.\d+)?)\s*([a-z]+)?$", lowered)
    if match:
        value = float(match.group(1).replace(",", ""))
        scale = match.group(2)
        if scale:
            value *= SCALES.get(scale, 1)
        return value, money, None
    if " and a half" in lowered:
        head, _, scale = lowered.partition(" and a half")
        whole = word_value(head)
        scale = SCALES.get(scale.strip(), 1) if scale else 1
        return ((whole + 0.5) * scale if whole is not None else None), money, None
    return word_value(lowered), money, None


def find_quantities(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    end = len(text) if end is None else end
    found: list[Quantity] = []
    for m in _numbers(text, start, end):
        low, money, vague_qual = _core_value(m.group("low"))
        if low is None:
            continue
        high = None
        if m.group("high"):
            high_value, high_money, high_vague = _core_value(m.group("high"))
            joiner = text[m.end("low") : m.start("high")].strip().lower()
            # "two and three" is a list, not a range, unless introduced by "between"
            is_range = high_value is not None and (joiner != "and" or m.group("range_from"))
            if joiner == "or" and is_range and (not low < high_value <= 2 * low + 1 or
                                                text[m.start("low") - 2:m.start("low")] == ", "):
                is_range = False  # "five or six" is a range; "2 or 30", "two, three or four"
                # are counts listed
            if joiner in ("-", "–") and high_value is not None and high_value <= low:
                is_range = False  # "a 3-2 vote": a score, not a range
            if is_range and (m.group("range_from") or "").lower() == "from" and joiner != "or":
                # "from 5,200 to 3,000": a change between two figures, not a range
                found.append(_quantity(text, m, m.start("low"), m.end("low"), low, None, money,
                                       vague_qual))
                found.append(_quantity(text, m, m.start("high"), m.end("high"), high_value,
                                       None, money, None))
                continue
            if is_range:
                high, money = high_value, money or high_money
            else:
                qend = m.end("low")
                found.append(_quantity(text, m, m.start(), qend, low, None, money, vague_qual))
                if high_value is not None:  # "$200 million and 150 million": a list of two
                    found.append(_quantity(text, m, m.start("high"), m.end(), high_value, None,
                                           high_money, high_vague, own_qualifier=False))
                continue
        found.append(_quantity(text, m, m.start(), m.end(), low, high, money, vague_qual))
    if any(q.percent for q in found):
        found = _percent_ranges(text, found)
    if found and any(_coded(text, q) for q in found):
        found = _coded_amounts(text, found)
    return found


# Invoices, policies and carriers' notices write the currency's ISO code before the amount
# ("USD 400 per 20' container", "a limit of USD 14,500,000", "between USD 2.4 million and USD
# 2.9 million"): money in that currency, not a name with a number in it ("Tower 22").
ISO_CODES = frozenset("USD EUR GBP AED SAR QAR KWD BHD OMR JOD IQD ILS TRY CHF JPY CNY INR "
                      "AUD CAD NZD SGD HKD".split())


def _coded(text: str, q: Quantity) -> bool:
    s = q.start
    return not q.money and s >= 4 and text[s - 1] == " " and q.text[:1].isdigit() and \
        text[s - 4:s - 1] in ISO_CODES and (s == 4 or not text[s - 5].isalnum())


def _coded_amounts(text: str, found: list[Quantity]) -> list[Quantity]:
    out: list[Quantity] = []
    for q in found:
        if not _coded(text, q):
            out.append(q)
            continue
        code, start = text[q.start - 4:q.start - 1], q.start - 4
        last = out[-1] if out else None
        if last is not None and last.money and last.currency == code and \
                last.value_high is None and text[last.end:start] == " and " and \
                text[max(0, last.start - 8):last.start].lower() == "between " and \
                q.value > last.value:  # "between USD 2.4 million and USD 2.9 million"
            out[-1] = Quantity(last.start - 8, q.end, text[last.start - 8:q.end], last.value,
                               q.value, "range", True, False, False, code)
            continue
        out.append(Quantity(start, q.end, text[start:q.end], q.value, q.value_high, q.qualifier,
                            True, q.percent, q.vague, code))
    return out


# "0.7% to 1%", "5%-10%": a range written with its sign at both ends, which NUMBER_RE reads as
# two percentages (its range takes the sign only after the upper end). Not a change between
# two levels ("from 2% to 3%", "rose 2% to 3%"), which stays two figures.
_PERCENT_JOIN = re.compile(r"[^\S\n]*(?:[-–]|to\b)[^\S\n]*")
_PERCENT_CHANGE = re.compile(r"\b(?:from|rose|risen|rises|fell|fallen|falls|up|down|jumped|"
                             r"climbed|dropped|increased|decreased|cut|raised|lowered|grew|"
                             r"slipped|eased|gained|lost)\s+$", re.I)


_PERCENT_DASHED_HIGH = re.compile(r"[-–](\d+(?:\.\d+)?)%")  # "4%-6%": the 6 NUMBER_RE skips


def _percent_ranges(text: str, found: list[Quantity]) -> list[Quantity]:
    out: list[Quantity] = []
    for q in found:
        last = out[-1] if out else None
        if last is not None and _ranged(text, last, q):
            out[-1] = Quantity(last.start, q.end, text[last.start:q.end], last.value, q.value,
                               "range", percent=True)
            continue
        if q.percent and q.value_high is None and not q.money and \
                (dash := _PERCENT_DASHED_HIGH.match(text, q.end)) and \
                float(dash.group(1)) > q.value and not _changed(text, q):
            q = Quantity(q.start, dash.end(), text[q.start:dash.end()], q.value,
                         float(dash.group(1)), "range", percent=True)
        out.append(q)
    return out


def _changed(text: str, q: Quantity) -> bool:
    return q.text[:5].lower() == "from " or \
        _PERCENT_CHANGE.search(text, max(0, q.start - 10), q.start) is not None


def _ranged(text: str, low: Quantity, high: Quantity) -> bool:
    if not (low.percent and high.percent and low.value_high is None and
            high.value_high is None and high.qualifier == "exact" and high.value > low.value and
            not low.money and not high.money) or _changed(text, low):
        return False
    if low.text[:8].lower() == "between ":
        return text[low.end:high.start].strip().lower() == "and"
    return _PERCENT_JOIN.fullmatch(text, low.end, high.start) is not None


def _numbers(text: str, start: int, end: int):  # noqa: ANN202 (a generator of matches)
    """NUMBER_RE's matches in text[start:end], as finditer gives them, looked for only
    around the places a number can begin."""
    low, pos = lowered(text), start
    if low is None:  # "İ" lowers to two characters: offsets would drift
        yield from NUMBER_RE.finditer(text, start, end)
        return
    for c in _NUMBER_START.finditer(low, start, end):
        if c.start() < pos:
            continue
        # A match begins where a word or a currency sign does: tried there, leftmost first.
        for w in _WORD_START.finditer(text, max(pos, c.start() - _QUALIFIER_REACH), c.end()):
            m = NUMBER_RE.match(text, w.start(), end)
            if m is not None:
                yield m
                pos = m.end()
                break


# A count that rose ("that number had gone up to five", "climbed up to 40"): "up to" is the
# rise, the count is exact, not a ceiling.
_RISEN = re.compile(r"\b(?:gone|went|goes|go|rose|risen|climbed|jumped|ramped|moved|shot|"
                    r"crept|ticked)\s+$", re.I)


def _quantity(text: str, m: re.Match[str], s: int, e: int, low: float, high: float | None,
              money: bool, vague_qual: str | None, own_qualifier: bool = True) -> Quantity:
    qual_word = (m.group("qual") or "").lower() if own_qualifier else ""
    if m.group("range_from") and m.start("range_from") < s:
        pass
    # Keep a trailing space out of the phrase.
    while e > s and text[e - 1].isspace():
        e -= 1
    if high is not None:
        qualifier = "range"
        low, high = min(low, high), max(low, high)
    elif qual_word:
        qualifier = QUALIFIERS.get(qual_word, "about")
        if qual_word == "up to" and _RISEN.search(text, max(0, m.start("qual") - 9),
                                                  m.start("qual")):
            qualifier, s = "exact", max(s, m.start("low"))  # "had gone up to five": now five
    else:
        qualifier = vague_qual or "exact"
    percent = bool(m.group("pct")) and e >= m.end()
    return Quantity(s, e, text[s:e], low, high, qualifier, money, percent, vague_qual is not None,
                    currency_of(text[s:e]) if money else "")


def currency_of(amount: str) -> str:
    """'A$94m' -> 'AUD', '$US61m' -> 'USD', '£5,000' -> 'GBP'."""
    sign = next((i for i, c in enumerate(amount) if c in CURRENCIES), -1)
    if sign < 0:
        return "USD"
    if amount[sign] != "$":
        return CURRENCIES[amount[sign]]
    mark = amount[max(0, sign - 2):sign].lstrip(" (")
    return DOLLARS.get(mark.upper() if mark.isupper() else "", "USD")
