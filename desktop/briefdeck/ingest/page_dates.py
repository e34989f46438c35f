"""When an HTML page was published, from what the page itself shows: its own "Published ..."
stamp, a record's "last updated" line, its latest post, its <meta> publication tag, the stamp
over its story; and the date trafilatura guessed, checked (a table row's date is no page's,
a numeric '03/12/26' is read the way the page's written-out dates agree with)."""

from __future__ import annotations

import re

import lxml.etree
import lxml.html

from briefdeck.ingest import (
    live_page_dates,
    post_stamps,
    qa_page_dates,
    record_stamps,
    review_dates,
)
from briefdeck.ingest.day_pages import title_day, wiki_page_title
from briefdeck.ingest.metadata import FULL_DATE, find_published, parse_date, revision_date
from briefdeck.ingest.page_markup import header_lines
from briefdeck.ingest.posted_by import posted_by_stamp
from briefdeck.ingest.wiki_chrome import is_wiki

_META_DATE = lxml.etree.XPath(
    "//head/meta[@property='article:published_time' or @property='og:published_time' or "
    "@itemprop='datePublished' or @name='date' or @name='publish-date']/@content"
)


def page_published(
    tree: lxml.html.HtmlElement, nodes: list[str], headline: str, guessed: str
) -> str:
    """The page's publication date: its own stamp over trafilatura's guess (`guessed`), the
    guess checked, else its publication tag or labelled date; '' when none is found."""
    # a wiki's day page is dated by the day its title names; a news headline ending in a day
    # ("Sitrep: 27 November 2026") names the day it covers, not when it was published
    day = title_day(headline) if is_wiki(tree) or wiki_page_title(headline) else ""
    stamped = (
        day
        or revision_foot(nodes)  # over the dates of the works its references cite
        or live_page_dates.last_update(headline, nodes)
        or published_stamp(nodes)
        or record_stamps.filed_stamp(nodes)  # a filing's "Filed <date>", not its event's day
        or record_stamps.latest_revision(tree)  # a user-edited record as last revised
        or latest_post(tree, nodes)
        or review_dates.newest_review(tree)  # a reviews page at its newest review or reply
        or qa_page_dates.last_edit(nodes)  # a Q&A page's latest "edited/answered ... at" card
        or posted_by_stamp(nodes)
    )
    if stamped:  # the page's own "Published Dec 03, 2026 at 2:48 PM": better than a guess
        return stamped
    if guessed and row_date(tree, guessed):
        return ""  # a table row's date (a log's first incident): the text decides
    if guessed:
        return numeric_date_reading(guessed, " ".join(nodes))
    # the page's own publication tag (the date reader may refuse one it finds too recent),
    # else a record page's "Last updated: <date>" in a box the reader drops
    return meta_date(tree) or labelled_date(" ".join(nodes))


# A table's short data cells: a date among them is a row's (an incident log's first row).
_SHORT_CELLS = lxml.etree.XPath("//td[string-length(normalize-space(.)) <= 24]")


def row_date(tree: lxml.html.HtmlElement, found: str) -> bool:
    """Whether the date guessed for the page is a table cell's date and the page has no
    publication tag: trafilatura takes the first date a page shows, and in a published
    spreadsheet or a log that is its first row's."""
    if _META_DATE(tree):
        return False
    iso = found[:10]
    return any(
        parse_date(" ".join(cell.text_content().split())) == iso
        for cell in _SHORT_CELLS(tree)[:400]
    )


def meta_date(tree: lxml.html.HtmlElement) -> str:
    """The date of a <meta> publication tag ('2031-05-06T08:00:00Z'), or ''."""
    for content in _META_DATE(tree)[:3]:
        value = str(content)
        found = parse_date(value[:10]) if re.match(r"\d{4}-\d{2}-\d{2}", value) else ""
        if found:
            return found
    return ""


# A page's own first-publication stamp, a text node of its own: "Published Dec 03, 2026 at
# 2:48 PM EST", "First published on 4 May 2026". The date reader may instead pick a numeric
# "Update 12/4/26" note and read it either way round.
_PUBLISHED_NODE = re.compile(
    rf"(?:first\s+)?(?:published|posted)\s*(?::|on)?\s*(?:\w+day,?\s+)?"
    rf"({FULL_DATE.pattern})",
    re.IGNORECASE,
)


# A wiki page's authorship line: "Created by Jo Ames, last updated by Li Wei on Dec 03, 2026":
# the page as it stood at its last revision (the comments under it carry older dates).
_WIKI_REVISION = re.compile(
    rf"created by [^,]{{2,60}},? (?:last )?(?:updated|modified|edited) "
    rf"by [^,]{{2,60}}? on ({FULL_DATE.pattern})",
    re.IGNORECASE,
)


# A record page's own line: "Profile created Nov. 24, 2026 · Last updated Dec. 4, 2026": the
# page as it stands now, at its last update (it was written after what it records).
_CREATED_UPDATED = re.compile(
    rf"^(?:[\w-]+ ){{0,2}}created (?:on )?(?:{FULL_DATE.pattern})\s*"
    rf"[·•|,;]\s*last (?:updated|modified|edited) (?:on )?"
    rf"({FULL_DATE.pattern})",
    re.IGNORECASE,
)


def published_stamp(nodes: list[str]) -> str:
    for node in nodes[:600]:
        line = " ".join(node.split())
        if "reated " in line and len(line) < 120 and (m := _CREATED_UPDATED.match(line)):
            if found := parse_date(m.group(1)):
                return found
        if len(line) < 80 and line[:1] in "PpFf":
            m = _PUBLISHED_NODE.match(line)
            if m and (found := parse_date(m.group(1))):
                # "Posted: 19 November 2026 · Version 2: 2 December 2026": the version shown
                return record_stamps.latest_version(line, nodes) or found
        elif len(line) < 160 and line[:1] in "Cc":
            m = _WIKI_REVISION.match(line)
            if m and (found := parse_date(m.group(1))):
                return found
    return ""


def latest_post(tree: lxml.html.HtmlElement, nodes: list[str]) -> str:
    """A page of posts (a channel's feed, a forum thread, an issue's conversation) as it
    stood at its latest post: that post's date, over the first post's the date reader takes."""
    return post_stamps.latest_message(tree) or post_stamps.latest_post(
        [" ".join(node.split()) for node in nodes[:4000]]
    )


def header_stamp(nodes: list[str]) -> str:
    """The date of the stamp line over the story ("Updated 3:14 PM EST, November 20, 2026",
    "Nov. 7, 2026" under a release's title), which the story's extraction leaves out: read
    as a text article's header is, from the page's visible lines above its first paragraph;
    else a reference page's "last edited on" line at its foot."""
    found = find_published([(line, False) for line in header_lines(nodes[:2000])])
    if found:
        return found
    return revision_foot(nodes)


def revision_foot(nodes: list[str]) -> str:
    """A reference page's "This page was last edited on ..." foot: the page as it stands."""
    tail = [" ".join(node.split()) for node in nodes[-200:]]
    return revision_date([(line, False) for line in tail if line])


_LABELLED = re.compile(
    r"\b(?:(?P<first>(?:first )?published|posted|released)|last updated|updated|last modified)"
    r"\s*:\s*(?P<when>[^|•]{6,40})",
    re.IGNORECASE,
)


def labelled_date(page: str) -> str:
    """The date a page labels as its publication ('Published: ...'), else its last update."""
    found = [
        (m.group("first") is None, parse_date(m.group("when")))
        for m in _LABELLED.finditer(page[:20000])
    ]
    dated = sorted((f for f in found if f[1]), key=lambda f: f[0])  # stable: page order
    return dated[0][1] if dated else ""


_SLASHED = re.compile(r"\b(\d{1,2})/(\d{1,2})/((?:19|20)?\d{2})\b")


def numeric_date_reading(found: str, page: str) -> str:
    """The page's date read from a stamp like '03/12/26' may be March 12 or December 3.
    Where the page shows it only in that form, the reading nearer the dates it writes out in
    words ('March 11, 2026' in the story) is the one meant."""
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})$", found[:10])
    if not m:
        return found
    year, month, day = (int(g) for g in m.groups())
    if day > 12 or day == month:
        return found
    if not any(
        int(a) == day and int(b) == month and int(y) % 100 == year % 100
        for a, b, y in _SLASHED.findall(page)
    ):
        return found
    written = [parse_date(w.group(0)) for w in FULL_DATE.finditer(page) if "/" not in w.group(0)]
    written = [w for w in written if w]
    if not written:
        return found
    swapped = f"{year:04d}-{day:02d}-{month:02d}"

    def gap(iso: str) -> int:
        return min(abs(_ordinal(iso) - _ordinal(w)) for w in written)

    return swapped if gap(swapped) < gap(found[:10]) else found


def _ordinal(iso: str) -> int:
    y, m, d = (int(p) for p in iso.split("-"))
    return y * 372 + m * 31 + d  # near enough to compare distances of days
