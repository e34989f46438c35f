"""A page about one day is dated by that day.

A wiki's day page ("Portal:Current events/2026 November 27", a "November 27, 2026" archive
page) lists what happened on the day its title names; its "last edited on 28 November" foot,
which the page reader takes for its date, is only when someone last touched the list.
"""

from __future__ import annotations

import re

from briefdeck.ingest.metadata import parse_date

_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
          r"December)")
# the title's last part ("Portal:Current events/2026 November 27") is a day and nothing else
_DAY_TITLE = re.compile(
    rf"(?:^|[/:]\s*)((?:\d{{4}} {_MONTH} \d{{1,2}}|{_MONTH} \d{{1,2}}, \d{{4}}|"
    rf"\d{{1,2}} {_MONTH} \d{{4}}))\s*$"
)
_YEAR_FIRST = re.compile(rf"^(\d{{4}}) ({_MONTH}) (\d{{1,2}})$")


def title_day(title: str) -> str:
    """The ISO day a day page's title names, or ""."""
    found = _DAY_TITLE.search(title)
    if found is None:
        return ""
    day = _YEAR_FIRST.sub(r"\2 \3, \1", found.group(1))
    return parse_date(day)


# "Portal:", "Wikipedia:": a wiki's namespace, how the site files a page, not its title.
_NAMESPACE = re.compile(r"^(?:Portal|Wikipedia|Wikinews|Project|Category|Help|Special|User):(?=\S)")


def wiki_page_title(title: str) -> str:
    """A wiki page's title without its namespace and path: "Portal:Current events/2026
    November 27" -> "Current events: 27 November 2026" ("" when it is no such title)."""
    if not _NAMESPACE.match(title):
        return ""
    parts = [part.strip() for part in _NAMESPACE.sub("", title).split("/") if part.strip()]
    if parts and _YEAR_FIRST.match(parts[-1]):
        parts[-1] = _YEAR_FIRST.sub(r"\3 \2 \1", parts[-1])
    return ": ".join(parts)
