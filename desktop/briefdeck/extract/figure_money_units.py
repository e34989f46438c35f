"""What an amount of money is counted in: its currency, and what it buys when it is a price.

"$72.41 a barrel" is a price in dollars a barrel, "USD 400 per 20' container" one per box; a
bare "$" is the local dollar when the report is written in one. A sum in a currency named by
its country ("25 million Iraqi dinars") is written with the currency's code, as analysts
write it on a slide ("IQD"); a bare "dinars" stays as written, the country left unsaid.
"""

from __future__ import annotations

import re

from briefdeck.extract.figure_amounts import bare_dollar, local_dollar
from briefdeck.extract.figure_measures import PER_CONTAINER, PRICE_PER, priced_by
from briefdeck.extract.numbers import Quantity

# The currencies of the region and of the usual buyers, named by their country's adjective.
_CODES = {
    ("iraqi", "dinar"): "IQD", ("jordanian", "dinar"): "JOD", ("kuwaiti", "dinar"): "KWD",
    ("bahraini", "dinar"): "BHD", ("libyan", "dinar"): "LYD", ("saudi", "riyal"): "SAR",
    ("qatari", "riyal"): "QAR", ("omani", "rial"): "OMR", ("iranian", "rial"): "IRR",
    ("yemeni", "rial"): "YER", ("lebanese", "pound"): "LBP", ("syrian", "pound"): "SYP",
    ("egyptian", "pound"): "EGP", ("turkish", "lira"): "TRY", ("israeli", "shekel"): "ILS",
    ("emirati", "dirham"): "AED", ("indian", "rupee"): "INR", ("pakistani", "rupee"): "PKR",
}
_NAMED = re.compile(r"([A-Z][a-z]+)\s+(?:new\s+)?(dinar|riyal|rial|pound|lira|shekel|dirham|"
                    r"rupee)s?")


def money_unit(text: str, q: Quantity, sent_end: int, dollar: str) -> tuple[str, str, int]:
    """(unit, the local dollar as looked up, end of a box size read with the price or 0)."""
    unit = q.currency or "USD"
    if unit == "USD" and bare_dollar(q.text):
        dollar = dollar or local_dollar(text)
        unit = dollar
    if per := PER_CONTAINER.match(text, q.end, sent_end):
        return f"{unit} per {per.group(1)}", dollar, per.end()  # "USD 400 per 20' container"
        # (the box's size is no count)
    if per := PRICE_PER.match(text, q.end, sent_end):
        unit = f"{unit} a {per.group(1).lower()}"  # "$72.41 a barrel": a price
    elif q.text[-3:-2] == "." and q.value < 1000 and (per := priced_by(text, q.start)):
        unit = f"{unit} a {per}"  # "... a barrel, then $72.14": the same market
    return unit, dollar, 0


def named_currency(phrase: str) -> str:
    """'IQD' for 'Iraqi dinars' (a currency named by its country), else ''."""
    m = _NAMED.fullmatch(phrase)
    return _CODES.get((m.group(1).lower(), m.group(2)), "") if m else ""
