"""A ceremony programme's order of service: the rites are furniture, who leads them is not.

A memorial or change-of-command programme lists its rites under "ORDER OF CEREMONY"
("Invocation", "Posting of the Colors", "Taps"), each row with the officiant beside it when
there is one ("Invocation<tab>Chaplain (Capt.) ..."). The rite names are the printed form of
every such ceremony; the officiants are people of the story. So the first cell of each row
is flagged, and the rest of the row is left to be read.
"""

from __future__ import annotations

import re

from briefdeck.ingest.line_kinds import ArticleLine, is_prose

HEADING = re.compile(
    r"^(?:(?:the )?order of (?:ceremony|service|worship|events|proceedings)|"
    r"program(?:me)? of (?:events|ceremony|service))$",
    re.I,
)
_ROWS = 40  # a programme lists a dozen or two
_RITE_WORDS = 8  # "Arrival of the Official Party": a rite's name is short


def has_order(text: str) -> bool:
    """A cheap test: the text may have an order of ceremony."""
    return "rder of " in text or "RDER OF " in text or "rogram" in text or "ROGRAM" in text


def rites(lines: list[ArticleLine]) -> list[tuple[int, int]]:
    """(start, end) of each rite's name in the rows under the heading, which run until a
    sentence or a long line."""
    spans: list[tuple[int, int]] = []
    for i, line in enumerate(lines):
        if line.words > 5 or not HEADING.match(line.text):
            continue
        for row in lines[i + 1 : i + 1 + _ROWS]:
            rite, tab, _ = row.text.partition("\t")
            words = len(rite.split())
            if (
                words > _RITE_WORDS
                or rite.rstrip()[-1:] in ".!?:;"
                or (not tab and is_prose(row.text, row.words))
            ):
                break
            spans.append((row.start, row.start + len(rite.rstrip())))
    return spans
