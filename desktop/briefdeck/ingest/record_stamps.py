"""When a filing or a record page was issued, from the stamps such pages carry instead of a
"Published" line.

- A regulatory filing's page ("Form 8-K · Filed 2026-11-20 · Accession No. ...") is dated by
  the day it was filed: its cover's "Date of Report (Date of earliest event reported)" is the
  event's day, and the file name (trafilatura's guess) carries that event day too.
- A user-edited record (an occurrence database's entry, a wiki-like record) shows the record
  as it stands after its last revision: its "Revision history" table's latest date is the
  page's, not the day of the event the record describes (which also heads the page).
- A versioned paper ("Posted: 19 November 2026 · Version 2: 2 December 2026") shows its
  latest version unless it links to that version as another page ("View version 2").
"""

from __future__ import annotations

import re

import lxml.etree
import lxml.html

from briefdeck.ingest.full_dates import FULL_DATE, parse_date

# "Filed 2026-11-20", "Filing date: 20 November 2026", "Date filed: Nov. 20, 2026": the whole
# node or one of its "·"/"|"-separated segments (a filing index's banner).
_FILED = re.compile(
    rf"(?:^|[·•|]\s*)(?:filed(?: on)?|filing date|date filed)\s*:?\s*({FULL_DATE.pattern})",
    re.IGNORECASE,
)


def filed_stamp(nodes: list[str]) -> str:
    """The date of a filing page's "Filed <date>" stamp, or ''."""
    for node in nodes[:400]:
        if "iled" not in node and "iling" not in node and "ILED" not in node:
            continue
        line = " ".join(node.split())
        if len(line) > 200:
            continue
        for m in _FILED.finditer(line):
            if found := parse_date(m.group(1)):
                return found
    return ""


# A table whose heading (before it, or its caption) names it the record's revisions.
_REVISION_HEADING = re.compile(
    r"^(?:revision|edit|change|update)s?(?: history| log)?\s*:?$|^history of (?:changes|edits)$",
    re.IGNORECASE,
)
_TABLES = lxml.etree.XPath("//table")
_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6", "caption", "p", "div", "strong", "b"))


def _heading_before(table: lxml.html.HtmlElement) -> str:
    caption = table.find("caption")
    if caption is not None:
        return " ".join(caption.text_content().split())
    previous = table.getprevious()
    while previous is not None and not isinstance(previous.tag, str):
        previous = previous.getprevious()
    if previous is None or previous.tag not in _HEADINGS:
        return ""
    text = " ".join(previous.text_content().split())
    return text if len(text) <= 40 else ""


def latest_revision(tree: lxml.html.HtmlElement) -> str:
    """The latest date in a record page's revision-history table (its rows' first cells),
    or '' where the page has no such table."""
    for table in _TABLES(tree)[:30]:
        if not _REVISION_HEADING.match(_heading_before(table)):
            continue
        dates = []
        for row in table.iter("tr"):
            cells = [c for c in row if isinstance(c.tag, str) and c.tag in ("td", "th")]
            if cells and (found := parse_date(" ".join(cells[0].text_content().split())[:40])):
                dates.append(found)
        if dates:
            return max(dates)
    return ""


# "Version 2: 2 December 2026", "Version 3 (2 December 2026)", "v2 posted 2 December 2026".
_VERSION = re.compile(
    rf"\b(?:version|v)\s?(\d{{1,2}})\s*(?::|\(|,)?\s*(?:posted|revised|published)?\s*(?:on\s+)?"
    rf"({FULL_DATE.pattern})",
    re.IGNORECASE,
)
_VIEW_VERSION = re.compile(r"^(?:view|see|read|open) (?:version|v) ?(\d{1,2})\b", re.IGNORECASE)


def latest_version(line: str, nodes: list[str]) -> str:
    """The date of the latest version a paper's date line lists ("Posted: 19 November 2026 ·
    Version 2: 2 December 2026"), or '': the page shows that version, unless it links to it
    ("View version 2") as another page."""
    if "ersion" not in line and "v" not in line:
        return ""
    versions = [(int(m.group(1)), m.group(2)) for m in _VERSION.finditer(line)]
    if not versions:
        return ""
    number, when = max(versions)
    linked = {
        int(m.group(1))
        for node in nodes[:600]
        if len(node) < 60 and (m := _VIEW_VERSION.match(" ".join(node.split())))
    }
    return "" if number in linked else parse_date(when)
