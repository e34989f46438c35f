"""Names shaped like a body's that label the document's own things: a contract's line item
("CLIN 0004, Base Support Services - Camp Alder", the same item in the price table) and the
writer's own event ("she told our Energy Forum"). Neither is a body the report is about,
so a name written only that way is dropped.
"""

from __future__ import annotations

import re

from briefdeck.extract.org_found import Found

# Before a line item's description: "CLIN 0004, ", "CLIN 0004AA " or, in the price table, the
# item's number alone on the line above ("0004\n\n").
_LINE_ITEM_BEFORE = re.compile(r"(?:\bCLIN\s+\d{4}[A-Z]{0,2},?[ \t]+|(?:^|\n)[ \t]*\d{4}[A-Z]{0,2}"
                               r"[ \t]*\n\s*)$")
# "told our Energy Forum": the writer's own event, in lower case mid-sentence (but a ministry's
# "our Armed Forces" or "our NATO ally" are bodies: only an event's name is the writer's own).
_OWN_BEFORE = re.compile(r"(?<![\w-])(?:our|my)[ \t]+$")
_EVENT = (" Forum", " Conference", " Summit", " Roundtable", " Symposium", " Webinar")


def _mentions(text: str, name: str) -> list[int]:
    return [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)]


def drop_own_labels(text: str, found: dict[str, Found]) -> None:
    """Drop each body every mention of which is a line item's description or the writer's own."""
    line_items = "CLIN" in text
    if not line_items and "our " not in text and "my " not in text:
        return
    scans = 8  # (a few at most: each reads the whole text)
    for key, f in list(found.items()):
        if f.aliases or not scans:
            continue  # (a body with initials or another name is written as one elsewhere)
        # (the first mention tested first: the whole text is read only for a likely one)
        for before, reach in ((_LINE_ITEM_BEFORE, 24), (_OWN_BEFORE, 6)):
            if before is _LINE_ITEM_BEFORE and not line_items or \
                    before is _OWN_BEFORE and not f.name.endswith(_EVENT) or \
                    not before.search(text, max(0, f.start - reach), f.start):
                continue
            scans -= 1
            starts = _mentions(text, f.name)
            if starts and all(before.search(text, max(0, s - reach), s) for s in starts):
                del found[key]
            break
