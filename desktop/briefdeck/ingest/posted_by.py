"""A blog post's own "Posted by <writer> · <date>" line, read for the page's date.

A data page with a write-up under it (a flight tracker's spotter notes, a tracking site's
report) dates its post on the line naming the writer. The date reader passes over it when
the page also holds a table of dates, and takes a row's date or none.
"""

from __future__ import annotations

import re

from briefdeck.ingest.full_dates import FULL_DATE, parse_date

# "Posted by Jonas Keller (levant_spotter) · Nov 24, 2026": a blog post's own line, its writer
# and its day, which the date reader passes over when the page also holds a table of dates.
_POSTED_BY = re.compile(
    rf"^(?:posted|published|written) by [^·•|]{{2,60}}?\s*[·•|,]\s*"
    rf"(?:on )?({FULL_DATE.pattern})$",
    re.IGNORECASE,
)


def posted_by_stamp(nodes: list[str]) -> str:
    """The day of the page's one "Posted by <writer> · <date>" line; none when several posts
    carry one (a thread is dated by its latest post, not its first)."""
    found = [
        m
        for node in nodes[:2000]
        if len(node) < 120 and "by " in node and (m := _POSTED_BY.match(" ".join(node.split())))
    ]
    return parse_date(found[0].group(1)) if len(found) == 1 else ""
