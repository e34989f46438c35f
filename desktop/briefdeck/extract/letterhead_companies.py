"""A company named in full only on its letterhead, in capitals ("NORTHSTAR WELL SERVICES" on a
line of its own atop a contractor's alert), while its story names it by the first word alone
("two Northstar contractor personnel", "the Northstar team"). The analyst expects the company
under its full name, with the story's short name as an alias; its own offices named with that
short name ("Northstar Operations Centre") are parts of it, not other bodies.
"""

from __future__ import annotations

import re

from briefdeck.extract.known_organizations import KNOWN_NAMES, known_organization
from briefdeck.extract.org_found import Found

# A line of two to five capitalised words ending in a company's word.
_LETTERHEAD = re.compile(r"^((?:[A-Z][A-Z&-]+ ){1,4}(?:SERVICES|SYSTEMS|SHIPPING|LTD|LIMITED|"
                         r"INC|LLC|PLC|CORPORATION|PETROLEUM|INDUSTRIES|TECHNOLOGIES|HOLDINGS|"
                         r"ENERGY|DRILLING|LOGISTICS))[ \t]*$", re.M)


_JOINERS = frozenset({"On", "Of", "The", "And", "For"})
# First words many other bodies begin with: "GULF ENERGY SERVICES" is "Gulf Energy" for short,
# or its story's "Gulf" would take in the Gulf Cooperation Council.
_SHARED_FIRST = frozenset({"United", "National", "Global", "General", "International", "Royal",
                           "Arab", "Gulf", "American", "Middle", "Central", "First", "New",
                           "North", "South", "East", "West", "Joint", "Federal", "State"})
# The company's own offices and crews, named with its short name: "Northstar Operations Centre".
_OWN_OFFICE = re.compile(r"(?:[A-Z][a-z]+ ){0,2}(?:Centre|Center|Room|Team|Camp|Security|HSE|"
                         r"Office|Desk|Site|Yard|Headquarters|HQ|Cell|Crew|Department)")


def letterhead_companies(text: str, found: dict[str, Found]) -> None:
    for m in _LETTERHEAD.finditer(text):
        name = " ".join(w.capitalize() for w in m.group(1).split())
        words = name.split()
        shared = words[0] in _SHARED_FIRST or any(
            known.startswith(words[0] + " ") for known in KNOWN_NAMES)
        short = " ".join(words[:2] if shared and len(words) > 2 else words[:1])
        if name.casefold() in found or len(short) < 4 or _JOINERS & set(words) or \
                short == name:
            # ("COMMITTEE ON ARMED SERVICES": a body's name, no company's letterhead)
            continue
        used = re.search(rf"\b{short}\b", text)  # the story's own short name, in title case
        if not used:
            continue
        entry = Found(name, m.start(1), m.end(1), [short])
        for key, f in list(found.items()):
            if key != name.casefold() and (f.name == short or f.name.startswith(short + " ") and
                                           _OWN_OFFICE.fullmatch(f.name[len(short) + 1:]) and
                                           known_organization(f.name) is None):
                del found[key]  # "Northstar Operations Centre": the company's own office
                if f.name != short:
                    entry.aliases.append(f.name)
        found[name.casefold()] = entry
        return  # one letterhead: the issuing company
