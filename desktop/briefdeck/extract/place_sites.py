"""Named military sites the gazetteer lacks, placed by the town they are named after or lie in.

"King Khalid Air Base in Khamis Mushait" is the base, at Khamis Mushait; "Anniston Army
Depot" is the depot, at Anniston (a depot or base named after its town lies by it). Without
this the site is lost: its name is no known place, and a town heading it is read as part of
a body's name and dropped. Only a site word a base or depot ends with counts ("Air Base",
"Army Depot", "Air Station", "Army Airfield", "Naval Station"), and only when the gazetteer
has no entry for the whole name.
"""

from __future__ import annotations

import re

SITE_WORDS = (" Air Base", " Army Depot", " Air Station", " Army Airfield", " Naval Station",
              " Naval Air Station", " Air National Guard Base")
NAMED_SITE = re.compile(
    r"(?<![\w'’-])(?P<name>(?:(?:al|Al|Ad|ad)-)?[A-Z][\w'’-]+(?:\s+(?:(?:al|Al|bin|ibn)[-\s])?"
    r"[A-Z][\w'’-]+){0,2}\s+(?:Air\s+Base|Army\s+Depot|Air\s+Station|Army\s+Airfield|"
    r"Naval\s+(?:Air\s+)?Station|Air\s+National\s+Guard\s+Base))\b")
_SITE_WORD = re.compile(r" (?:Air Base|Army Depot|Air Station|Army Airfield|Naval Station|"
                        r"Naval Air Station|Air National Guard Base)\b")
IN_AFTER = re.compile(r",?\s+(?:in|at|near|outside)\s+(?:the\s+)?(?:(?:city|town|governorate|"
                      r"province)\s+of\s+)?")
_ORDINAL_BEFORE = re.compile(r"\b\d{1,3}(?:st|nd|rd|th)\s+$")
_NOT_HEADS = frozenset({"The", "A", "An", "At", "In", "On", "Near", "From", "To", "And", "Of",
                        "US", "U.S.", "American", "British", "Royal", "Coalition", "Its", "This"})


def named_sites(text: str, raw: list, gaz) -> list:
    """raw ((start, end, entry, written) mentions, sorted or not) with the sites added and a
    town heading a site's name replaced by the site."""
    if not any(w in text for w in SITE_WORDS):
        return raw  # most reports name no such site: the text is not scanned
    from briefdeck.geo.gazetteer import GazetteerEntry

    starts = {r[0]: r for r in raw}
    spans = [(r[0], r[1]) for r in raw]
    drop: set[int] = set()
    added = []
    for word in _SITE_WORD.finditer(text):  # the literal site words first: a cheap scan
        m = NAMED_SITE.search(text, max(0, word.start() - 60), word.end())
        if m is None or m.end() != word.end():
            continue
        a, b = m.span("name")
        name = m.group("name")
        words = name.split()
        while words and words[0] in _NOT_HEADS:
            a = text.index(words[1], a + len(words[0])) if len(words) > 1 else b
            words = words[1:]
        if len(words) < 3:
            continue  # only the site word left: "the Air Base"
        if (ordinal := _ORDINAL_BEFORE.search(text, max(0, a - 8), a)) is not None:
            a = ordinal.start()  # "the 32nd Tactical Air Base": its number is its name
        name = text[a:b]
        if gaz.lookup(name, fuzzy=False) is not None:
            continue  # the gazetteer knows it (found as a mention already)
        head = starts.get(a)
        inside = [s for s in spans if s[0] < b and a < s[1]]
        if head is not None and inside == [(head[0], head[1])] and head[2].kind == "city" and \
                head[2].lat is not None:
            known = head[2]  # "Anniston Army Depot": by Anniston
            drop.add(a)
        elif not inside and (glue := IN_AFTER.match(text, b)) and \
                (anchor := starts.get(glue.end())) is not None and \
                anchor[2].kind in ("city", "installation") and anchor[2].lat is not None:
            known = anchor[2]  # "King Khalid Air Base in Khamis Mushait"
        else:
            continue
        entry = GazetteerEntry(name, "installation", known.country, known.lat, known.lon,
                               "city", source="text", notes=f"placed at {known.name}")
        added.append((a, b, entry, name))
        spans.append((a, b))
    if not added:
        return raw
    return [r for r in raw if r[0] not in drop] + added
