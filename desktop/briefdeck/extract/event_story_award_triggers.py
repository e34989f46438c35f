"""A contract award told as a dated noun: "the Navy's $90 million award on March 3 for
radar spares". An analyst's or trade paper's story names the award in passing, with its
amount and day, instead of "awarded X a contract"; the award is the news of that day (an
announcement). A money amount is needed before it ("the award on Friday" may be a medal's)."""

from __future__ import annotations

_DAY = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d|"
        r"\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|"
        r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")

AWARD_TRIGGERS: list[tuple[str, str]] = [
    ("announcement", r"\b(?:million|billion|[mb]n)\s+(?:[\w-]+\s+){0,2}?award\s+"
                     rf"(?=on\s+(?:{_DAY}))"),
]
