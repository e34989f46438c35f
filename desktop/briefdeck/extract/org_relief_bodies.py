"""Aid charities named by a word no body rule knows ("Relief", "Aid", "Rescue"): an appeal's
"Since Monday, Harbourlight Relief staff have ..." and its signature "Chief Executive,
Harbourlight Relief". The charity speaks for its teams on the ground; the analyst wants it.
"""

from __future__ import annotations

import re

from briefdeck.extract.org_found import Found
from briefdeck.extract.org_new_names import NewNames

_TAIL = r"(?:Relief|Aid|Rescue|Appeal)"
# Words that make "X Aid" a kind of help, not a charity's name ("First Aid staff").
_NOT_FIRST = (r"(?!(?:The|A|An|Our|Its|Their|This|That|First|Foreign|Legal|Military|Emergency|"
              r"Disaster|Humanitarian|Mutual|Financial|Debt|Tax|Food|Medical|Development|"
              r"Economic|Security|Mountain|Sea|Air|Search|Flood|Famine|Earthquake)\b)")
_NAME = rf"{_NOT_FIRST}[A-Z][a-z][\w'’-]*(?:[ \t]+[A-Z][a-z][\w'’-]*){{0,2}}[ \t]+{_TAIL}"
# The charity's own people after its name: "Harbourlight Relief staff and volunteers".
_STAFF = re.compile(rf"(?<![\w'’-])(?P<firm>{_NAME})[ \t]+(?:staff|volunteers|teams?|workers|"
                    r"employees|medics|nurses|doctors|aid\s+workers)\b")
# Its head's signature line: "Chief Executive, Harbourlight Relief".
_SIGNED = re.compile(rf"(?m)^[ \t]*(?:Chief[ \t]+Executive(?:[ \t]+Officer)?|Executive[ \t]+"
                     rf"Director|Country[ \t]+Director|President|Director|Founder|CEO)[ \t]*,"
                     rf"[ \t]+(?P<firm>{_NAME})[ \t]*$")


def relief_bodies(text: str, found: dict[str, Found]) -> None:
    """Add each charity named beside its staff or under its head's signature."""
    if "Relief" not in text and "Aid" not in text and "Rescue" not in text and \
            "Appeal" not in text:
        return
    hits = sorted([m.span("firm") for m in _STAFF.finditer(text)] +
                  ([m.span("firm") for m in _SIGNED.finditer(text)] if "," in text else []))
    new = NewNames(found)
    for start, end in hits:
        if not new.add(text[start:end], start, end):
            break
