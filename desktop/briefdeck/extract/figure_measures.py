"""Distances and money: the units of measure a figure may carry.

A length counts how far ("70 km from the border", "a 650-kilometer border", "about a mile
from the ship"); a sum carries its currency, borrowed by a second number only across a
joiner ("$40 million to 55 million").
"""

from __future__ import annotations

import re

from briefdeck.extract.lowered import lowered
from briefdeck.extract.sentences import inside
from briefdeck.model import Figure, Provenance

MEASURES = {
    "km": "km", "kilometer": "km", "kilometers": "km", "kilometre": "km", "kilometres": "km",
    "m": "m",  # "150 m east of the gate" ("m" for million comes glued or after a currency)
    "mile": "mi", "miles": "mi", "meter": "m", "meters": "m", "metre": "m", "metres": "m",
    "nautical": "nautical miles", "dollars": "USD", "dollar": "USD", "euros": "EUR",
    "pounds": "GBP", "tons": "tons", "tonnes": "tonnes", "percent": "%",
    "nm": "NM", "nmi": "NM",  # nautical miles as sea reports write them ("85NM NW of")
    "ft": "ft",  # "below 1,000 ft AGL": a height in feet, whatever reference follows
    "dwt": "dwt", "teu": "TEU",  # a ship's size: deadweight tonnes, container capacity
    # a generator's or a plant's rating ("a 250 kW generator"): its power, not a count of it
    "kw": "kW", "mw": "MW", "kva": "kVA",
    # a speed ("clocked at 41 km/h in a 25 km/h zone"): its unit, not the limit's zone
    "km/h": "km/h", "kph": "km/h", "mph": "mph",
}
# A currency is borrowed only across a joiner ("$40 million to 55 million"), never by a bare
# number further on ("which requires $4.2 billion, is 27": not dollars).
MONEY_JOIN = re.compile(r"\s*,?\s*(?:to|and|or|-|–|(?:up\s+|down\s+)?from|than|versus|vs\.?)\s*$")
# "a 47-second video": the running time of a clip, a detail a fact check relies on.
# "a nine-month deployment", "the 12-day war": how long a tour or a war lasts (the unit is the
# last group matched).
DURATION_NOUNS = (r"(?:deployment|rotation|tour|mobili[sz]ation|siege|war|pause|transit|"
                  r"ceasefire|truce)s?\b")
CLIP_LENGTH = re.compile(r"-(?:(second|minute)(?=(?:-long)?\s+(?:video|clip|footage|recording|"
                         r"audio|film)\b)|(day|week|month|year)(?=(?:-long)?\s+"
                         + DURATION_NOUNS + "))", re.I)
# "a 650-kilometer border", "a 10-mile exclusion zone": a length, written as an adjective.
MEASURE_ADJECTIVE = re.compile(r"-(?P<unit>kilomet(?:er|re)|km|mile|met(?:er|re)|"
                                r"nautical-mile)s?\b", re.I)
# "12nm W of", "3 nm off the coast": nautical miles written in lower case.
AT_SEA = re.compile(r"\s+(?:[NSEW]{1,3}\b|(?:north|south|east|west)|of|from|off|away|offshore)",
                     re.I)
LENGTHS = frozenset({"km", "mi", "m", "nautical miles", "NM"})
# "about a mile from", "within one kilometre of": one unit of distance, which the count
# rule leaves out as "one".
_A_DISTANCE = re.compile(r"\b(?P<qual>about|around|roughly|nearly|almost|some|within|less\s+than|"
                         r"more\s+than|under|over)\s+(?:an?|one)\s+"
                         r"(?P<unit>mile|kilomet(?:er|re))\b", re.I)
_A_DISTANCE_QUAL = {"within": "up to", "less than": "fewer than", "under": "fewer than",
                    "more than": "more than", "over": "more than"}
AREAS = frozenset("dunams dunums donums hectares acres".split())
CURRENCIES = frozenset(("USD", "EUR", "GBP"))
# A carrier's surcharge by box ("USD 400 per 20' container", "USD 1,200 per FEU"): the amount
# is a price per container of that size, not a sum.
PER_CONTAINER = re.compile(r"\s+per\s+((?:\d{2}(?:'|’|-?(?:ft|foot))\s+)?(?:container|TEU|FEU|"
                           r"box))\b")
# "$72.41 a barrel", "$1,900 per ounce": a commodity's price, kept with the amount it buys.
# A market table's slash ("$58,000/day", a charter's daily hire) is the same: a rate, not a sum.
_PER_GOODS = r"barrel|tonne|ton|gallon|litre|liter|ounce|bushel|megawatt-hour|MMBtu"
PRICE_PER = re.compile(rf"(?:\s+(?:a|an|per)\s+(?=(?:{_PER_GOODS})\b)|"
                       r"/(?=(?:day|week|month|year|tonne|barrel)\b))([\w-]+)", re.I)
_PRICED_WORDS = ("barrel", "tonne", "ton", "gallon", "litre", "liter", "ounce", "bushel", "MMBtu",
                 "megawatt-hour")
_PRICE = re.compile(r"[$£€]\d[\d,]*(?:\.\d+)?")
_PRICE_REACH = 320  # a paragraph's sentence or two


def priced_by(text: str, pos: int) -> str:
    """The commodity ('barrel') a market report just quoted a price by, in the paragraph
    before pos: "rose to $72.41 a barrel ... trading at $72.14" prices both by the barrel."""
    start = max(0, pos - _PRICE_REACH)
    para = text.rfind("\n\n", start, pos)
    before = text[para + 2 if para >= 0 else start:pos]
    if not any(w in before for w in _PRICED_WORDS):
        return ""
    last = ""
    for m in _PRICE.finditer(before):
        per = PRICE_PER.match(before, m.end())
        last = per.group(1).lower() if per else last
    return last


def find_all(text: str, word: str) -> list[int]:
    """Every offset of `word` in `text` (a plain find loop: cheaper than a regex)."""
    out, i = [], text.find(word)
    while i >= 0:
        out.append(i)
        i = text.find(word, i + 1)
    return out


_A_DISTANCE_REACH = 30  # longer than a qualifier and "one" before the unit


def a_distances(text: str, quoted: list[tuple[int, int]]) -> list[Figure]:
    """'about a mile from the ship': a distance of one unit, which no digit spells."""
    out = []
    low = lowered(text)
    # (looked for only near the unit's word: a case-blind scan of the whole text costs more)
    matches = _A_DISTANCE.finditer(text) if low is None else (
        _A_DISTANCE.search(text, max(0, at - _A_DISTANCE_REACH), at + 12)
        for at in sorted(i for word in ("mile", "kilomet") for i in find_all(low, word)))
    found: set[int] = set()
    for m in matches:
        if m is None or m.start() in found or inside(quoted, m.start(), m.end()):
            continue
        found.add(m.start())
        qual = " ".join(m.group("qual").lower().split())
        unit = "mi" if m.group("unit").lower() == "mile" else "km"
        out.append(Figure(
            id="fg-0", value=1, value_high=None, unit=unit,
            qualifier=_A_DISTANCE_QUAL.get(qual, "about"),  # type: ignore[arg-type]
            text=m.group(0), label=m.group(0),
            provenance=Provenance(source="src-1", start=m.start(), end=m.end()),
        ))
    return out


# A price for each one bought: "about $125,000 each", "four million dollars apiece", "$4.9
# million per round". The unit says so, or a slide would read the price of one as a total.
# ("$5 billion a year ago" is a time, not a rate)
PER_EACH = re.compile(r"\s+(each|apiece|a\s+piece|(?:per|a|an)\s+(?:round|unit|shot|missile|"
                      r"interceptor|drone|launch|day|night|week|month|year)(?!\s+(?:ago|earlier|"
                      r"before|later)\b))\b", re.I)
# What a volume of gas or liquid is a rate of: "500 million standard cubic feet of gas per
# day" keeps its whole unit (the bare feet would read as a length).
VOLUME_RATE = re.compile(r"(?:\s+of\s+(?:natural\s+)?(?:gas|LNG|oil|water))?\s+(?:per|a|an)\s+"
                         r"(?:day|year|month|hour)\b", re.I)


def each_price(unit: str, each: re.Match) -> str:
    """The money unit of a price for each one: 'USD each', 'USD per round'."""
    words = " ".join(each.group(1).lower().split())
    return f"{unit} {'each' if words in ('apiece', 'a piece') else words}"
