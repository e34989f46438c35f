"""A company named in full only on its letterhead, in capitals ("NORTHSTAR WELL SERVICES" on a
line of its own atop a contractor's alert), while its story names it by the first word alone
("two Northstar contractor personnel", "the Northstar team"). The analyst expects the company
under its full name, with the story's short name as an alias; its own offices named with that
short name ("Northstar Operations Centre") are parts of it, not other bodies.
"""

from __future__ import annotations

import re

from briefdeck.extract.org_found import Found

# A line of two to five capitalised words ending in a company's word.
_LETTERHEAD = re.compile(r"^((?:[A-Z][A-Z&-]+ ){1,4}(?:SERVICES|SYSTEMS|SHIPPING|LTD|LIMITED|"
                         r"INC|LLC|PLC|CORPORATION|PETROLEUM|INDUSTRIES|TECHNOLOGIES|HOLDINGS|"
                         r"ENERGY|DRILLING|LOGISTICS))[ \t]*$", re.M)


_JOINERS = frozenset({"On", "Of", "The", "And", "For"})


def letterhead_companies(text: str, found: dict[str, Found]) -> None:
    for m in _LETTERHEAD.finditer(text):
        name = " ".join(w.capitalize() for w in m.group(1).split())
        short = name.split()[0]
        if name.casefold() in found or len(short) < 4 or _JOINERS & set(name.split()):
            # ("COMMITTEE ON ARMED SERVICES": a body's name, no company's letterhead)
            continue
        used = re.search(rf"\b{short}\b", text)  # the story's own short name, in title case
        if not used:
            continue
        entry = Found(name, m.start(1), m.end(1), [short])
        for key, f in list(found.items()):
            if f.name.startswith(short + " ") and key != name.casefold():
                del found[key]  # "Northstar Operations Centre": the company's own office
                entry.aliases.append(f.name)
        found[name.casefold()] = entry
        return  # one letterhead: the issuing company
