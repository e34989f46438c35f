"""More namings of a place that say it was not what an attack hit (for place_roles_from_events).

An attack's place list gathers every town its words name; a reader marks as hit only the ones
the attack fell on. These say the town is named for something else: the war or truce the
attack is set against ("the war in Gaza", "the Gaza ceasefire"), the government as an object
("could draw Washington into", "Washington's resolve"), a region's official ("Belgorod
regional governor"), a border it lies on ("on the border with the Nakhchivan exclave"), a
newspaper ("the Kyiv Independent"), the town that only locates a site named just before it
("Harir AB, Erbil", a site column then a town column, "Baghdad's international airport"),
a town or province column before the site's cell in a table, or a bracketed dateline
("(Beirut) --").
"""

from __future__ import annotations

import re
from typing import Any

CONTEXT_AFTER = re.compile(r"\s+(?:ceasefire|truce|war|conflict|crisis|peace|talks|deal|"
                           r"file|question)\b", re.I)
CONTEXT_BEFORE = re.compile(r"\b(?:war|conflict|fighting|ceasefire|truce|crisis|genocide)\s+"
                            r"(?:in|on|over|for)\s+(?:the\s+)?$", re.I)
# a government as a verb's object: "draw Washington into", "pressure Tehran"
GOVERNMENT_OBJECT = re.compile(r"\b(?:draw|drag|pull|push|press|pressure|urge|test|testing|"
                               r"tell|told|ask|asked|warn|warned|embarrass|provoke|provoking|"
                               r"deter|deterring|signal\w*\s+to)\s+$", re.I)
POSSESSIVE_AFTER = re.compile(
    r"['’]s\s+(?:(?:main|international|civil(?:ian)?|military|old|new|nearby)\s+)*"
    r"(?:airport|air\s*base|base|region|oblast|province|governorate|district|resolve|"
    r"government|embassy|patience|credibility|policy|position|forces|troops|allies)\b", re.I)
REGION_AFTER = re.compile(r"\s+(?:regional|governor|(?:region|oblast|province)['’]s|"
                          r"Independent|Post|Times|Herald|Tribune|Observer|Gazette|"
                          r"Journal|Agency)\b")
BORDER_BEFORE = re.compile(r"\bborders?\s+(?:with|of)\s+(?:the\s+)?$", re.I)
# a site's name then its town: "Harir AB, Erbil", "Tower 22 area<TAB>Rukban / NE Jordan"
SITE_THEN_TOWN = re.compile(r"(?P<site>\s+(?:area|AB|LZ|FOB|COP|MSS|base|air\s*base|airfield|"
                            r"camp))?\)?\s*(?:,|\t|/|\(|\s[-–—]\s)\s*$")
# a table's cells: "Al-Hasakah<TAB>Qasrak", a province or town column before the site's
CELL_BREAK = re.compile(r"[ ]*(?:\t|\n[ \t]*\n)\s*")
# "at Fordow, Natanz, and Isfahan": a list of sites, not a site and its town
LIST_GOES_ON = re.compile(r",?\s*(?:and|or|&)\b|,\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*,")
BRACKET_DATELINE = re.compile(r"\s*\)\s*(?:[-–—:]|--)")


def site_then_town(text: str, m: Any, before: Any) -> bool:
    """Is the town named right after a site it only locates?"""
    if before is None or before.key == m.key or m.kind == "installation" or \
            m.start - before.end > 12 or LIST_GOES_ON.match(text, m.end):
        return False
    gap = SITE_THEN_TOWN.fullmatch(text, before.end, m.start)
    return bool(gap and "\n" not in gap.group()
                and (before.kind == "installation" or gap.group("site")))


def column_before_site(text: str, m: Any, after: Any) -> bool:
    """Is the town a table cell that only locates the place in the next cell?"""
    return bool(after is not None and after.key != m.key and m.kind != "installation"
                and after.start - m.end <= 8 and CELL_BREAK.fullmatch(text, m.end, after.start))


def named_for_else(text: str, m: Any) -> bool:
    """Is the town named as a war's place, a government, a region, a border or a paper?"""
    lead = text[max(0, m.start - 40):m.start]
    if text[m.start - 1:m.start] == "(" and BRACKET_DATELINE.match(text, m.end):
        return True
    return bool(CONTEXT_AFTER.match(text, m.end) or CONTEXT_BEFORE.search(lead)
                or GOVERNMENT_OBJECT.search(lead) or POSSESSIVE_AFTER.match(text, m.end)
                or REGION_AFTER.match(text, m.end) or BORDER_BEFORE.search(lead))
