"""A congressional panel on a letter's letterhead or a hearing's cover, in capitals on a line
of its own ("COMMITTEE ON ARMED SERVICES", "SUBCOMMITTEE ON READINESS"): the panel writing
or sitting, named in title case. A headline's capitals are no names, so the generic rules
pass these lines by."""

from __future__ import annotations

import re

from briefdeck.extract.org_found import Found

_PANEL_CAPS = re.compile(r"^[ \t]*((?:SUB)?COMMITTEE ON(?: [A-Z&,'’-]+){1,5})[ \t]*$", re.M)
_SMALL = frozenset({"ON", "AND", "OF", "THE", "FOR"})


def letterhead_committees(text: str, found: dict[str, Found]) -> None:
    if "COMMITTEE ON " not in text[:3000]:
        return
    for m in _PANEL_CAPS.finditer(text, 0, 3000):
        words = m.group(1).split()
        name = " ".join([words[0].capitalize()] + [
            w.lower() if w in _SMALL else w.capitalize() for w in words[1:]])
        found.setdefault(name.casefold(), Found(name, m.start(1), m.end(1)))
