"""A knowledge-base page's references as sources: each statement on a Wikidata-style item
carries labelled lines, "stated in" over the outlet or body the claim rests on ("stated in /
Harbour Ledger", "stated in / Ministry of Defence (Harrania)"), and a claim of responsibility
is recorded as "nature of statement / claimed responsibility". The label is on its own line,
the value on the next (a blank line may sit between). Each source is counted once, by the
kind its name gives (an outlet, or a body speaking).
"""

from __future__ import annotations

import re

from briefdeck.extract.attribution_kinds import org_kind

_STATED_IN = re.compile(r"(?m)^[ \t]*stated in[ \t]*\n(?:[ \t]*\n)?[ \t]*(?P<who>[^\n]{2,80}?)"
                        r"[ \t]*$")
_NATURE = re.compile(r"(?m)^[ \t]*nature of statement[ \t]*\n(?:[ \t]*\n)?[ \t]*"
                     r"(?P<what>claimed responsibility)[ \t]*$")


def reference_lines(text: str) -> list[tuple[int, int, str, int | None]]:
    """(start, end, kind, 1) of each source a page's reference lines name, once."""
    if "stated in" not in text and "nature of statement" not in text:
        return []
    found: list[tuple[int, int, str, int | None]] = []
    seen: set[str] = set()
    for m in _STATED_IN.finditer(text):
        who = m.group("who")
        if who.casefold() in seen or not who[:1].isupper():
            continue
        seen.add(who.casefold())
        found.append((m.start("who"), m.end("who"), org_kind(who), 1))
    found += [(m.start("what"), m.end("what"), "spokesperson", 1)
              for m in _NATURE.finditer(text)]
    return found
