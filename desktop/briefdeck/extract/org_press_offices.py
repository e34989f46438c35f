"""A body's press office in lower case is that body speaking: "the SDF media centre".

Reports write a force's or a ministry's press desk after its name or initials, in lower case
("head of the SDF media centre", "the CTD media office", "the SDF's media center"): the desk is
no other actor than the body, so its words are an alias of the body already found, never a body
of their own (a capitalised "SDF Media Center" is a name, found as one by generic_bodies).
"""

from __future__ import annotations

import re

from briefdeck.extract.org_found import Found

_DESK = re.compile(r"\b(?:media|press)[ \t]++(?:centre|center|office)\b")
# the owner just before the desk: up to four capitalised words, a possessive allowed
_OWNER = re.compile(r"(?P<owner>[A-Z][\w.-]*+(?:[ \t]++[A-Z][\w.-]*+){0,3})(?:['’]s)?[ \t]++$")
_OWNER_REACH = 80  # characters before the desk's words


def press_office_aliases(text: str, found: dict[str, Found]) -> None:
    """Give each found body its lower-case press office, as written, for an alias."""
    if not found or not any(w in text for w in (" media cent", " media office", " press office")):
        return
    by_name: dict[str, Found] = {}
    for f in found.values():
        for name in (f.name, *f.aliases):
            by_name.setdefault(name.casefold(), f)
    for m in _DESK.finditer(text):
        before = _OWNER.search(text, max(0, m.start() - _OWNER_REACH), m.start())
        if before is None:
            continue
        words = before.group("owner").split()
        for i in range(len(words)):  # ("The SDF media centre": the name is the run's tail)
            owner = by_name.get(" ".join(words[i:]).casefold())
            if owner is not None:
                desk = " ".join((" ".join(words[i:]) + text[before.end("owner") : m.end()]).split())
                if desk.casefold() not in by_name:
                    owner.aliases.append(desk)
                    by_name[desk.casefold()] = owner
                break
