"""How a number prints on a slide, a page or a chart: thousands separated, no float noise
($4.1 million is 4099999.9999999995 as a float: it prints 4,100,000, never "4,100,000." or
"4,100,000.0"), and at most two decimals where the report gave them."""

from __future__ import annotations


def number(value: float) -> str:
    value = round(float(value), 2)
    if value.is_integer():
        return f"{value:,.0f}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")
