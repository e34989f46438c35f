"""A party's position and the paper it was set out in: "The firm's position, set out in a
letter from its legal department last week, is that nothing is owed".

The letter (a memo, an e-mail, a filing) is the source of the position the sentence goes on
to give: a document, as "according to a letter from the firm" would be; a statement so named
is the party speaking.
"""

from __future__ import annotations

import re

# (the comma first: a literal the scan finds fast; the noun before it is tested after)
_SET_OUT = re.compile(
    r",[ \t](?P<src>(?:set[ \t]+out|laid[ \t]+out|given|stated|made|put)[ \t]+in[ \t]+"
    r"(?:an?|its|their|the)[ \t]+(?:[\w-]+[ \t]+)?"
    r"(?P<paper>letter|memo|memorandum|e-?mail|filing|notice|brief|statement)"
    r"(?:[ \t]+(?:from|to|of|by)[ \t]+[^,;\n\"“]{2,70}?)?)(?=,)")

_STANCE = re.compile(r"\b(?:position|view|stance|account|case|argument|answer|reply|offer)$")


def set_out_in(text: str) -> list[tuple[int, int, str, int | None]]:
    """(start, end, kind, count) of each paper a position was set out in."""
    return [(m.start("src"), m.end(), "spokesperson" if m.group("paper") == "statement" else
             "document", 1) for m in _SET_OUT.finditer(text)
            if _STANCE.search(text, max(0, m.start() - 10), m.start())]
