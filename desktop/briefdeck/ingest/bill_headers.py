"""A bill's source: its number and chamber, printed over its title.

A bill as introduced opens "119TH CONGRESS / 2D SESSION / H. R. 6412": no outlet, no
byline. Its number and chamber are what an analyst cites ("H.R. 6412, 119th Congress").
"""

from __future__ import annotations

import re

_CONGRESS = re.compile(r"^(\d{1,3})(?:ST|ND|RD|TH|D) CONGRESS$", re.IGNORECASE)
_BILL = re.compile(r"^(H\.?\s?R\.?|S\.?|H\.?\s?(?:J\.?\s?|CON\.?\s?)?RES\.?|"
                   r"S\.?\s?(?:J\.?\s?|CON\.?\s?)?RES\.?)\s?(\d{1,5})$", re.IGNORECASE)


def bill_source(lines: list[tuple[str, bool]]) -> str:
    """'H.R. 6412, 119th Congress (House of Representatives)' for a bill's header; else ''."""
    congress = ""
    for line, _ in lines[:8]:
        m = _CONGRESS.match(line)
        if m:
            n = int(m.group(1))
            suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
            congress = f"{n}{suffix} Congress"
            continue
        m = _BILL.match(line) if congress else None
        if m:
            prefix = re.sub(r"\s+", "", m.group(1)).upper()
            prefix = re.sub(r"RES\.?", "Res.", prefix).replace("CON.", "Con.")
            chamber = "House of Representatives" if prefix.startswith("H") else "Senate"
            return f"{prefix} {m.group(2)}, {congress} ({chamber})"
    return ""
