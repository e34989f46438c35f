"""Numbers that point into a document, not at anything counted: note markers ("[17]", a
footnote's "2 DOD, ..."), list items ("(2)"), section and heading numbers ("2.1 Outlook"),
a regulation's paragraph ("AR 15-6"), a redaction code ("(b)(6)"), a document's serial
("release 26-1107", "A1871/26", "26.4 OIR 011") and a loss list's item numbers. A figure
drafted from one would count nothing the report tells."""

from __future__ import annotations

import re

from briefdeck.extract.figure_tolls import TOLL_WORD
from briefdeck.extract.numbers import Quantity

# "3 Shahed-136: (1, destroyed) (link) (2, destroyed)": a loss list's item numbers, each
# the serial of one loss with its fate, never a count.
_LOSS_SERIAL_AFTER = re.compile(r",\s*(?:destroyed|damaged|captured|abandoned|sunk|shot\s+down|"
                                r"scuttled)\b[^()\n]{0,30}\)")
# "(2) multiyear procurement ...; (3) extension of ...": a list's item numbers, told by the
# item before ("(1)") a little earlier.
_ENUMERATOR_REACH = 600
# "2 DOD, \"Statement ...,\" October 21, 2023." or "4 U.S. Central Command, statement, ...": a
# note's number opening a line, then the source cited (a name, a comma or a year), no toll
_NOTE_SOURCE = re.compile(r" [A-Z][\w.&'’-]*(?: (?:(?:of|the|for|and|on) )?[A-Z][\w.&'’-]*){0,4}"
                          r"(?:,|\s+press\s+releases?\b)")
_NOTE_YEAR = re.compile(r"\b(?:19|20)\d\d\b|\bFY\d")
# "release 26-1107", "Order 24-0315": a document's number written like a range (a short
# series, then a long serial), never a count
_SERIAL_RANGE = re.compile(r"\d{2}-\d{4}$")
# A FOIA exemption after a redaction ("(b)(6)") and a slashed date ("11/10/26"): the number
# ends a code, never a count.
_CODE_PART = re.compile(r"\([a-z]\)\(\d{1,2}\)|\b\d{1,2}/\d{1,2}/\d{2,4}\b")
_DOCUMENT_BEFORE = re.compile(r"\b(?:release|releases|report|bulletin|order|memo|statement|"
                              r"directive|resolution|case|file|ref|reference|no\.|number)\s+$",
                              re.I)
# "2.1 Mogadishu: ...", "3.4 Outlook": a section's number opening a line of a brief.
_SECTION_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})+\.?$")
# "... the United States.9 2.2 Status of ISIS": a PDF's heading run onto the paragraph
# before it, a short title to the line's end with no full stop or comma.
_RUN_ON_HEADING = re.compile(r" [A-Z][\w'’-]*(?: [\w'’-]+){0,7}[ \t]*(?:\n|$)")
SENTENCE_END_BEFORE = re.compile(r"[.!?][\"”’)]?(?:\d{1,3})? $")
# "1 The UK presence", "2 The transition timetable": a report's numbered section heading,
# a short title on a line of its own, told by the heading numbered one less before it.
_HEADING_TITLE = re.compile(r" [A-Z][\w'’-]*(?: [\w'’-]+){0,9}[ \t]*(?:\n|$)")
# "26.4 OIR 011", "FY26 RFI 014": a reference code, its serial number after an acronym.
_REFERENCE_AFTER = re.compile(r" [A-Z]{2,6}[ -]\d{3,}(?!\w|[,.]\d)")
# "A1871/26": a NOTAM's (or a file's) serial and the year after its slash, never a count.
_SERIAL_BEFORE_SLASH = re.compile(r"(?<![\w/])[A-Z]{1,2}\d{2,5}$")
# A notes section of a brief or tracker ("Notes", "Endnotes", "Footnotes" on a line of its
# own): each note opens with its number, then a capital ("2 Initial reporting: ...").
# A PDF's footnotes sit under a rule of underscores instead.
NOTES_HEADING = re.compile(r"^(?:(?:Notes|Endnotes|End\s+notes|Footnotes|Source\s+notes)\s*:?|"
                            r"_{8,})\s*$", re.M)
_NOTE_OPENING = re.compile(r" [A-Z\"“]")


def reference(text: str, q: Quantity, sent_start: int) -> bool:
    """Is q a number that points into the document (a note, an item, a section, a serial)?"""
    if text[q.start - 1:q.start] == "[" and text[q.end:q.end + 1] == "]":
        return True  # "[17]": a note marker
    if q.text.isdigit() and text[q.start - 1:q.start] in ("(", "/") and \
            any(m.start() < q.start and q.end <= m.end()
                for m in _CODE_PART.finditer(text, max(0, q.start - 6), q.end + 6)):
        return True  # "(b)(6)", "11/10/26": part of a redaction code or a date
    if q.text.isdigit() and text[q.start - 1:q.start] == "-" and \
            text[q.start - 2:q.start - 1].isdigit():
        return True  # "AR 15-6": a regulation's paragraph (no range: the finder read none)
    if text[q.start - 1:q.start] == "(" and text[q.end:q.end + 1] == ")" and \
            q.text.isdigit() and 1 < q.value <= 30 and \
            f"({int(q.value) - 1})" in text[max(0, q.start - _ENUMERATOR_REACH):q.start]:
        return True  # "(2) procurement ...": an item's number in a list, after "(1)"
    if text[q.start - 1:q.start] == "(" and text[q.end:q.end + 2] == ") " and \
            q.text.isdigit() and text[q.start - 2:q.start - 1] in ("\n", ""):
        return True  # "(3) FORM.--The report ...": a paragraph's number opening its line
    if q.value_high is not None and not q.money and _SERIAL_RANGE.search(q.text) and (
            "-" in q.text[:3] or _DOCUMENT_BEFORE.search(text, max(sent_start, q.start - 12),
                                                          q.start)):
        return True  # "CENTCOM release 26-1107": a document's serial, not 26 to 1,107
    if text[q.start - 1:q.start] == "/" and q.text[:1].isdigit() and (
            text[q.start - 2:q.start - 1].isupper() and q.value_high is not None or
            _SERIAL_BEFORE_SLASH.search(text, max(0, q.start - 9), q.start - 1)):
        return True  # "A1871/26": a serial's year; "C/2-44": a company of a battalion
    if text[q.start - 1:q.start] == "(" and q.text.isdigit() and \
            _LOSS_SERIAL_AFTER.match(text, q.end):
        return True
    if q.text[-1:].isdigit() and not q.money and not q.percent:
        if _SECTION_NUMBER.fullmatch(q.text) and (q.start == 0 or text[q.start - 1] == "\n" or (
                SENTENCE_END_BEFORE.search(text, max(0, q.start - 6), q.start) and
                _RUN_ON_HEADING.match(text, q.end))):
            return True
        if text[q.end:q.end + 1] == " " and text[q.end + 1:q.end + 2].isupper() and \
                _REFERENCE_AFTER.match(text, q.end):
            return True  # "26.4 OIR 011": a reference code, not a count
        if q.value < 30 and q.text.isdigit() and (q.start == 0 or text[q.start - 1] == "\n") \
                and _HEADING_TITLE.match(text, q.end) and _numbered_heading(text, q):
            return True
        if q.value < 100 and q.text.isdigit() and (q.start == 0 or text[q.start - 1] == "\n") \
                and _is_note(text, q.end):
            return True
    return False


def _is_note(text: str, pos: int) -> bool:
    """Is the line from pos on a note citing its source ("DOD, FY2024 budget request")?"""
    line_end = text.find("\n", pos)
    line = text[pos: line_end if line_end >= 0 else len(text)]
    first = line.split(". ", 1)[0]
    return bool(_NOTE_SOURCE.match(line)) and bool(_NOTE_YEAR.search(line)) and \
        not TOLL_WORD.search(first)


def _numbered_heading(text: str, q: Quantity) -> bool:
    """Does a heading-shaped line numbered one less (or one more) stand near q?"""
    n = int(q.value)
    for m in re.finditer(rf"(?:^|\n)({n - 1}|{n + 1}) ", text[max(0, q.start - 4000):q.end + 4000]):
        at = max(0, q.start - 4000) + m.end(1)
        if _HEADING_TITLE.match(text, at):
            return True
    return False


def note_marker(text: str, q: Quantity) -> bool:
    """Is q a note's number: a small bare number opening a line or following a full stop
    (PDF text runs notes together), then a capital?"""
    if not q.text.isdigit() or q.value >= 100:
        return False
    before = text[max(0, q.start - 2):q.start]
    # ('... to go."9 Table 1.': a marker glued to the quote that ends a sentence)
    return (q.start == 0 or before.endswith("\n") or before in (". ", ".\n", '."', ".”")) and \
        bool(_NOTE_OPENING.match(text, q.end))
