"""Headline, byline, date and outlet read from an article's own words.

This module puts the readers together; each reads one thing: headlines.py, bylines.py,
outlets.py, publication_dates.py, over full_dates.py and header_lines.py.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefdeck.ingest.bylines import find_byline
from briefdeck.ingest.fax_sheets import cover_subject
from briefdeck.ingest.form_titles import form_title
from briefdeck.ingest.full_dates import FULL_DATE, only_a_date, parse_date
from briefdeck.ingest.header_lines import _HEADER_LINES, _lines
from briefdeck.ingest.headlines import HEADER_FIELD, OPEN_END, find_headline, mail_subject
from briefdeck.ingest.letter import letter_title, memo_subject
from briefdeck.ingest.outlets import find_outlet
from briefdeck.ingest.page_addresses import own_address
from briefdeck.ingest.publication_dates import date_in_url, find_published, revision_date
from briefdeck.ingest.record_titles import meeting_title, record_issuer
from briefdeck.ingest.report_covers import cover_title
from briefdeck.ingest.report_parts import excerpt_title

# (names other modules and tests import from here)
__all__ = [
    "FULL_DATE",
    "HEADER_FIELD",
    "OPEN_END",
    "TextMetadata",
    "date_in_url",
    "find_headline",
    "find_published",
    "masthead_line",
    "metadata_from_text",
    "only_a_date",
    "parse_date",
    "revision_date",
]

@dataclass
class TextMetadata:
    headline: str = ""
    byline: str = ""
    published: str = ""  # ISO YYYY-MM-DD
    outlet: str = ""
    url: str = ""  # the page's own address: a "URL:" field, a print's header or footer


def metadata_from_text(text: str, boilerplate: list[tuple[int, int]]) -> TextMetadata:
    lines = _lines(text, boilerplate)
    headline, headline_at = find_headline(lines)
    byline = find_byline(lines, headline_at)
    outlet = find_outlet(lines, text, headline, byline)
    headline = form_title(lines, headline, headline_at) or headline
    headline = cover_subject(lines) or headline  # a fax: its cover's "RE:", not the stamp
    cover = cover_title(lines, headline_at)
    if cover:  # the report's issuer over its quoted title: the issuer publishes it
        outlet, headline = outlet or headline, cover
    subject = mail_subject(lines)
    if subject:  # an e-mail's subject is its title, whatever its first lines look like
        headline = subject
    if outlet and headline.lower() == outlet.lower():  # the masthead came first: look again
        headline, headline_at = find_headline(lines, masthead=outlet)
        byline = find_byline(lines, headline_at)
    if not subject:  # a letter headed only by its letterhead: who wrote to whom
        headline = letter_title(lines, headline, headline_at) or headline
    if not headline:  # a staff memo under its letterhead: titled by its subject line
        headline = memo_subject(lines)
    if not outlet:  # a verbatim record's publisher is its issuer and body
        outlet = record_issuer(lines, headline)
    headline = meeting_title(lines, headline) or headline  # not "United Nations S/PV.10312"
    headline = excerpt_title(lines, headline) or headline  # a report, not its chair's letter
    url = own_address(lines)  # not a link pasted in a message or an endnote
    return TextMetadata(
        headline=headline,
        byline=byline[0],
        published=find_published(lines) or date_in_url(url),
        outlet=outlet,
        url=url,
    )


def masthead_line(text: str, outlet: str, headline: str) -> tuple[int, int] | None:
    """The span of a line over the story that is only the publisher's name ("LEVANT
    CONFLICT MONITOR" over an update the Levant Conflict Monitor publishes): page
    furniture, not part of the story."""
    if not outlet:
        return None
    name = outlet.casefold().removeprefix("the ").strip()
    pos, seen = 0, 0
    for raw in text[:2000].split("\n"):
        line = raw.strip().casefold().removeprefix("the ").strip()
        if line:
            if line == name and raw.strip() != headline:
                start = pos + raw.index(raw.strip())
                return start, start + len(raw.strip())
            seen += 1
            if seen >= _HEADER_LINES:
                break
        pos += len(raw) + 1
    return None
