"""What opens a report's line before its words: a dateline, or a quotation mark.

The lede and the outlook both read a sentence from past its dateline ("BAGHDAD (Reuters) -",
"Amman, May 9 (Petra) -- "), and both set aside a line that opens on a quotation: the
speaker's words, not the report's.
"""

from __future__ import annotations

import re

from briefdeck.extract.place_page_lines import DATELINE_LEAD
from briefdeck.extract.sentences import Sentence

QUOTE_OPEN = re.compile(r"^[\"“‘']")
# A dateline in title case ("Washington — ", "Amman, May 9 (Petra) -- ", "(CNN) — "): up to
# three capitalised words, the agency in brackets, and a dash that sets them off, at the start
# of a line, before a capital ("Iran — which backs the militias — denied it" opens with an
# aside, not a dateline).
# (a plain hyphen sets a dateline off only after the agency's brackets: "Doha, November 18
# (QNA) - The State ...")
# (or the day after the place: "Tyre, 4 March 2031 – ")
TITLE_DATELINE = re.compile(r"(?:(?:[A-Z][a-z'’.-]+\s){0,2}[A-Z][a-z'’.-]+"
                            r"(?:,\s(?:[A-Z][\w.’' ]{1,30}?|\d{1,2}\s[A-Z][a-z]{2,8}\.?"
                            r"(?:,?\s\d{4})?))?)?(?:(?:\s?\([^)\n]{1,30}\)){0,2}"
                            r"\s(?:—|–|--)|(?:\s?\([^)\n]{1,30}\)){1,2}\s-)\s+(?=[A-Z0-9\"“])")

# A joint dateline, "SANAA/WASHINGTON, Dec 3 (Reuters) - ": a story told from two bureaus.
JOINT_DATELINE = re.compile(r"[A-Z][A-Z .'-]{2,}(?:/[A-Z][A-Z .'-]{2,})+(?:,[^\n—–]{0,60}?)?"
                            r"\s*(?:\([^)]{1,40}\))?\s*[-—–]+\s+")


def _dateline(text: str, sent: Sentence) -> re.Match[str] | None:
    """The dateline that opens a sentence: in capitals anywhere, in title case at a line's start."""
    m = DATELINE_LEAD.match(text, sent.start, sent.end)
    if m is None and "/" in text[sent.start:sent.start + 30]:
        m = JOINT_DATELINE.match(text, sent.start, sent.end)
    if m or (sent.start and text[sent.start - 1] != "\n"):
        return m
    return TITLE_DATELINE.match(text, sent.start, sent.end)


# A dateline inside the first paragraph ("... after a week of shelling ASHBY, March 4, 2031 --
# The Fund today ..."): a page's reader joined the dek above it to the lede; the lede's words
# start past it.
_JOINED_DATELINE = re.compile(r"\s[A-Z]{3,}(?:\s[A-Z]{3,}){0,2},\s(?:[A-Z][a-z]{2,8}\.?\s\d{1,2},?"
                              r"\s\d{4}|\d{1,2}\s[A-Z][a-z]{2,8}\s\d{4})\s(?:--|—|–)\s+(?=[A-Z])")


def past_joined_dateline(text: str, start: int, end: int) -> int:
    """Where the lede's words start past a dateline joined to a dek before it (else start)."""
    m = _JOINED_DATELINE.search(text, start, end)
    return m.end() if m else start


# A numbered paragraph's number ("2.1 At dawn on Friday ..."): not the lede's words.
_PARAGRAPH_NUMBER = re.compile(r"[ \t]*\d{1,2}\.\d{1,2}(?:\.\d{1,2})?\.?[ \t]+(?=[A-Z])")


def past_paragraph_number(text: str, start: int, end: int) -> int:
    """Where the lede's words start past a numbered paragraph's number (else start)."""
    m = _PARAGRAPH_NUMBER.match(text, start, end)
    return m.end() if m else start
