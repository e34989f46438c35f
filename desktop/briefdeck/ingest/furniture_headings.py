"""Headings and labels that go with the furniture under or around them.

A box's title, a label line in a block of page details, an appeal's heading, a bare
"Contacts:" over furniture, a short heading over the notes that close the page: none is
reporting, and none is caught by its own words; the furniture beside it says what it is.
"""

from __future__ import annotations

import re

from briefdeck.ingest.line_kinds import SENTENCE_END, ArticleLine, is_headline_like, is_title_case

_DETAIL_LABEL = re.compile(r"^[A-Z][\w ]{1,24}:\s*\S")
_DETAILS = {"time stamp", "page id", "media details", "page counter"}


def flag_detail_labels(lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """'Location: ERBIL, IQ' between 'Story ID: 531884' and 'Hometown: ...': a label line
    inside a block of a page's details is one more of them."""
    for i in range(1, len(lines) - 1):
        if (
            i not in flags
            and lines[i].words <= 8
            and _DETAIL_LABEL.match(lines[i].text)
            and not SENTENCE_END.search(lines[i].text)
            and flags.get(i - 1) in _DETAILS
            and flags.get(i + 1) in _DETAILS
            and _DETAIL_LABEL.match(lines[i - 1].text)
            and _DETAIL_LABEL.match(lines[i + 1].text)
        ):
            flags[i] = "media details"


def flag_newsletter_titles(lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """'Harbour Ledger Morning Brief' over 'Sign up for the Morning Brief ...': the box's
    title, named again in the sign-up line under it."""
    for i in [i for i, rule in flags.items() if rule == "newsletter" and i > 0]:
        title = lines[i - 1]
        if (
            i - 1 in flags
            or not 2 <= title.words <= 6
            or not is_headline_like(title)
            or not is_title_case(title.text)  # a name, not a headline in sentence case
        ):
            continue
        if " ".join(title.text.lower().split()[-2:]) in lines[i].text.lower():
            flags[i - 1] = "newsletter"


_SUPPORT_HEADING = re.compile(
    r"^[Ss]upport (?:us|our (?:work|journalism|reporting)|the [A-Z].{1,40})$"
)
_APPEALS = {"subscribe", "newsletter", "donation appeal"}


def flag_appeal_headings(lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """'Support the Harbour Ledger' over 'We rely on readers like you ...': the appeal box's
    heading goes with the appeal under it."""
    for i in range(len(lines) - 1):
        if (
            i not in flags
            and flags.get(i + 1) in _APPEALS
            and lines[i].words <= 8
            and _SUPPORT_HEADING.match(lines[i].text)
        ):
            flags[i] = flags[i + 1]


def flag_bare_labels(lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """'Assistance:', 'Contacts:' over lines that are all furniture, to the next such label
    or the end: the label belongs to them. (A label over any reporting is left alone.)"""
    for i, line in enumerate(lines):
        if i in flags or line.words > 3 or not line.text.endswith(":"):
            continue
        j = i + 1
        while j < len(lines) and j in flags and not lines[j].text.endswith(":"):
            j += 1
        label_next = j < len(lines) and lines[j].words <= 4 and lines[j].text.endswith(":")
        if j > i + 1 and (j == len(lines) or label_next):
            flags[i] = flags[i + 1]



_CLOSING_NOTES = {
    "source note", "methodology note", "disclaimer", "contact", "licence", "story credits"
}


def flag_closing_heading(lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """A short heading over nothing but furniture to the end of the text, a note first
    ('Original Sources' over a note that the links are archived), goes with that note."""
    i = len(lines) - 1
    while i >= 0 and i in flags:
        i -= 1
    if (
        0 <= i < len(lines) - 1
        and flags[i + 1] in _CLOSING_NOTES
        and lines[i].words <= 4
        and is_title_case(lines[i].text)
        and not SENTENCE_END.search(lines[i].text)
        and not any(c.isdigit() for c in lines[i].text)
    ):
        flags[i] = flags[i + 1]
