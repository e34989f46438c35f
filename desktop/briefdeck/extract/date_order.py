"""Which way a text writes its numeric dates: month first ("11/23/2026", U.S. forms, court
dockets) or day first ("23/11/2026").

"8/9/2026" alone could be either; the reading nearer publication is a guess. A text that
writes other dates with a day above 12 has shown its order: "11/23/2026" can only be month
first, so its "8/9/2026" is August 9. Only when the text's dates agree on one order
(none read both ways) is it used.
"""

from __future__ import annotations

import re
from functools import lru_cache

_NUMERIC = re.compile(r"(?<![\d/.])(\d{1,2})/(\d{1,2})/(?:(?:19|20)\d\d)(?![\d/])")


@lru_cache(maxsize=8)
def month_first(text: str) -> bool | None:
    """True when the text's numeric dates are written month first, False when day first,
    None when they do not tell (no date with a number above 12, or both orders seen)."""
    if text.count("/") < 4:  # two full numeric dates at least
        return None
    months_first = days_first = False
    pos = text.find("/")
    while pos >= 0:  # (looked for around each slash: a long text has few)
        m = _NUMERIC.search(text, max(0, pos - 2), pos + 9)
        pos = text.find("/", m.end() if m else pos + 1)
        if m is None:
            continue
        a, b = int(m.group(1)), int(m.group(2))
        months_first |= b > 12 >= a
        days_first |= a > 12 >= b
        if months_first and days_first:
            return None
    return True if months_first else False if days_first else None
