"""The time stamps over the posts of a discussion page, each of which dates one post.

A page of posts (a forum thread, an issue's conversation, a channel's feed) shows the
discussion as it stood at its last post, so it is dated by its latest stamp, never by its
first. The stamps are known by their format's own shape:
- a forum's post header: "#7 | 11-26-2026, 11:30 AM" (numbered post, numeric date, time);
- an issue page's comment header and timeline: "jo-ames commented on Nov 23, 2026",
  "jo-ames opened this issue on Nov 23, 2026 · 6 comments", "jo-ames closed this as
  completed in #415 on Nov 27, 2026";
- a channel preview's messages: "<time datetime=...>" inside each message block (the text
  shows "Nov 25, 21:47", without its year).
A forum's numeric dates are read in the order the thread's own stamps allow: month first when
one has a day over 12 in second place, day first when in first place; when none tells, no date.
"""

from __future__ import annotations

import re

import lxml.etree

from briefdeck.ingest.full_dates import _STAMP, FULL_DATE, only_a_date, parse_date

# "#7 | 11-26-2026, 11:30 AM", "#7 11/26/2026 11:30": a numbered post's header; an alert
# log's numbered item carries its channel and kind after the stamp ("#03 | 20/11/2026 23:20 |
# SMS | UPDATE"): the same dated entry, and the log as it stood at its latest one.
_FORUM_HEADER = re.compile(
    r"^#\d{1,6}\s*[|·•-]?\s*(\d{1,2})[-/.](\d{1,2})[-/.]((?:19|20)\d\d),?"
    r"(?:\s+(?:at\s+)?\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?)?"
    r"(?:[ \t]*[|·•][ \t]*[A-Za-z][\w&/+-]*(?:[ \t][\w&/+-]+){0,2}){0,3}$"
)
# "jo-ames (Maintainer) commented on Nov 23, 2026", "github-actions bot commented ...",
# "jo-ames opened this issue on ...", "jo-ames closed this as completed in #415 on ...".
_ISSUE_STAMP = re.compile(
    r"^[\w.-]{1,39}(?:\[bot\]| bot)?(?: \([A-Z][\w -]{2,30}\))* "
    r"(?:commented|opened this (?:issue|pull request)|closed this(?: as [\w ]{3,20})?"
    r"(?: in #\d+)?|reopened this|merged (?:commit \w+ into \S+|\d+ commits? into \S+))"
    rf" on ({FULL_DATE.pattern})(?:\s*[·•]\s*\d+ comments?)?$",
    re.IGNORECASE,
)
_MIN_STAMPS = 2


def latest_post(lines: list[str]) -> str:
    """The date of the latest post stamp among the lines of a page of posts, or ''. Only a
    page that opens with its posts (no other date above the first stamp) and holds two or
    more stamps: a story quoting a post or two keeps its own date."""
    forum: list[tuple[int, int, int]] = []
    issue: list[str] = []
    first = -1
    for i, line in enumerate(lines):
        if len(line) > 120:
            continue
        m = _FORUM_HEADER.match(line) if line[:1] == "#" else None
        if m:
            forum.append((int(m.group(1)), int(m.group(2)), int(m.group(3))))
        elif " on " in line and (m := _ISSUE_STAMP.match(line)) and (found := parse_date(m[1])):
            issue.append(found)
        else:
            continue
        first = i if first < 0 else first
    if len(forum) < _MIN_STAMPS and len(issue) < _MIN_STAMPS:
        return ""
    if any(is_date_line(line) for line in lines[:first] if len(line) <= 120):
        return ""  # a date line over the posts: the page is a story, not a thread
    if len(forum) >= _MIN_STAMPS:
        return _forum_latest(forum)
    return max(issue)


def is_date_line(line: str) -> bool:
    """A line that dates a story: a date alone, or labelled ("Published ..."). Two dates are
    the span a log or an export covers ("Period: 12/03/2027 18:00 - 13/03/2027 18:00")."""
    first = FULL_DATE.search(line)
    return first is not None and FULL_DATE.search(line, first.end()) is None and (
        only_a_date(line) or _STAMP.match(line) is not None
    )


def _forum_latest(stamps: list[tuple[int, int, int]]) -> str:
    month_first = any(b > 12 >= a for a, b, _ in stamps)
    day_first = any(a > 12 >= b for a, b, _ in stamps)
    if month_first == day_first:  # neither (or both): the order is not known
        return ""
    dates = [
        f"{y:04d}-{m:02d}-{d:02d}"
        for a, b, y in stamps
        for m, d in [(a, b) if month_first else (b, a)]
        if 1 <= m <= 12 and 1 <= d <= 31
    ]
    return max(dates, default="")


# A channel preview's messages: each one's <time datetime> inside its message block.
_MESSAGE_TIMES = lxml.etree.XPath(
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' tgme_widget_message ')]"
    "//time/@datetime"
)
_ISO_DAY = re.compile(r"^((?:19|20)\d\d-[01]\d-[0-3]\d)")


def latest_message(tree) -> str:
    """The day of a channel preview's latest message (its stamp as the page wrote it), or ''."""
    days = [m.group(1) for value in _MESSAGE_TIMES(tree)[-400:] if (m := _ISO_DAY.match(value))]
    return max(days) if len(days) >= _MIN_STAMPS else ""
