"""A fax as the receiving machine or server saved it: stamps, cover sheet, then the message.

The sending machine prints its identification line across the top of every page it sends
("01/12/2026 15:47  +962 2 620 0100  MINISTRY MEDIA OFF  #0418  P.001/002": date, time, its
number, its name, the job and the page); a fax server adds its receipt line at the end
("RECEIVED 01/12/2026 15:49 BY FAXSRV-1 (2 PAGES)  OK"). The cover sheet is a form: "FAX
TRANSMISSION", TO/FROM/PAGES fields with their values on the line below, tick boxes, and
"If any pages are missing ... please call ...". What was sent follows it: the statement.
An office's outgoing-register number under the statement is its filing, not the report.

The stamps are kept on lines of their own by the PDF reader (`is_fax_stamp`): set at a
page's head or foot, they are never part of the paragraph next to them.
"""

from __future__ import annotations

import re

from briefdeck.ingest.line_kinds import ArticleLine

# "01/12/2026 15:47  +962 2 620 0100  NAME  #0418  P.001/002", "12-01-26 09:05 FROM: ...
# PAGE 2/3": a date and a clock time first, the page count of the transmission last.
_TTI = re.compile(
    r"^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\s+\d{1,2}:\d{2}\b[^\n]{4,120}?"
    r"\b(?:P|PG|PAGE|PP)\.?\s*\d{1,3}\s*/\s*\d{1,3}$",
    re.IGNORECASE,
)
# "RECEIVED 01/12/2026 15:49 BY FAXSRV-AMM2 (2 PAGES)  OK": a fax server's receipt line.
_RECEIPT = re.compile(
    r"^(?:RECEIVED|RCVD|RX)\b:?\s+\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\s+"
    r"\d{1,2}:\d{2}\b[^\n]{0,100}?(?:\bOK|\bPAGES?\)?)\s*$",
    re.IGNORECASE,
)
_COVER_TITLE = re.compile(
    r"^(?:FAX|FACSIMILE|TELEFAX)(?: (?:TRANSMISSION|COVER SHEET|COVER|"
    r"MESSAGE))?$"
)
# The cover's fields whose values are the transmission's routing, not its author or date:
# the addressees and the page count (FROM, DATE and RE are the sender's, the date, the title).
_ROUTING_FIELD = re.compile(r"^(?:TO|ATTN|ATTENTION|PAGES|NO\. OF PAGES|CC)\s*:$")
_ANY_FIELD = re.compile(r"^(?:TO|FROM|ATTN|FAX|TEL|PHONE|DATE|TIME|PAGES|RE|SUBJECT|CC)\s*:")
# "[ ] Urgent  [X] For publication  [ ] Please reply": the cover's tick boxes.
_TICK_BOX = re.compile(r"\[[ xX✓✔]?\]")
_TICK_BOXES = 2
# "If any pages are missing or cannot be read, please call +962 ...".
_MISSING_PAGES = re.compile(
    r"^if (?:any |you do not receive all )?(?:of the )?pages? (?:are|is|"
    r"were)? ?(?:missing|illegible|unclear|not received|incomplete)"
    r"|^if you do not receive all (?:the )?pages\b",
    re.IGNORECASE,
)
# "Media Office, Governorate of X. Outgoing No. 7/4/2231": the office's register number.
_OUTGOING = re.compile(
    r"(?:^|[.,;]\s)(?:outgoing|our ref(?:erence)?|ref(?:erence)?)\.?\s*"
    r"(?:no\.?|number|#)\s*:?\s*[\w/.-]{1,20}\.?$",
    re.IGNORECASE,
)
_OUTGOING_WORDS = 16
# "Please find overleaf the statement ...": the covering note pointing to what was sent.
_ENCLOSED = re.compile(
    r"^please find (?:overleaf|attached|enclosed|below|herewith)\b", re.IGNORECASE
)


def is_fax_stamp(line: str) -> bool:
    """A sending machine's identification line or a fax server's receipt line."""
    if len(line) > 160 or not line[:1].isalnum():
        return False
    return bool(_TTI.match(line) if line[:1].isdigit() else _RECEIPT.match(line))


def is_fax(text: str) -> bool:
    """Whether the text is a fax: the machine's stamp over a page, or a fax cover's title."""
    if "fax" not in text[:3000].lower() and "FACSIMILE" not in text[:3000]:
        return False
    head = text[:400].split("\n", 3)
    return any(is_fax_stamp(line.strip()) for line in head[:3])


def flag_fax(text: str, lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """Flag a fax's stamps, its cover sheet's routing and notes, and the outgoing number."""
    if not is_fax(text):
        return
    for i, line in enumerate(lines):
        t = line.text
        if i in flags:
            continue
        if is_fax_stamp(t):
            flags[i] = "fax stamp"
        elif _COVER_TITLE.match(t):
            flags[i] = "fax cover sheet"
        elif _ROUTING_FIELD.match(t):
            flags[i] = "fax cover sheet"
            if (
                i + 1 < len(lines)
                and not _ANY_FIELD.match(lines[i + 1].text)
                and lines[i + 1].words <= 12
            ):
                flags[i + 1] = "fax cover sheet"  # the value, on the line under its label
        elif (
            t.count("[") >= _TICK_BOXES
            and len(_TICK_BOX.findall(t)) >= _TICK_BOXES
            and line.words <= 24
        ):
            flags[i] = "fax cover sheet"
        elif t[:12].lower() == "please find " and _ENCLOSED.match(t) and line.words <= 25:
            flags[i] = "fax cover sheet"  # the covering note pointing to the pages sent
        elif t[:3].lower() == "if " and _MISSING_PAGES.match(t) and line.words <= 30:
            flags[i] = "fax cover sheet"
        elif line.words <= _OUTGOING_WORDS and ("No" in t or "ef" in t) and _OUTGOING.search(t):
            flags[i] = "outgoing number"


_SUBJECT_FIELD = re.compile(r"^(?:RE|SUBJECT|SUBJ)\s*:\s*(.*)$")
_COVER_LINES = 40


def cover_subject(lines: list[tuple[str, bool]]) -> str:
    """A fax's title: its cover sheet's "RE:" value (on the label's line or the next), not
    the machine's stamp or the sender's letterhead over it; '' for any other text."""
    if not any(is_fax_stamp(line) for line, _ in lines[:2]):
        return ""
    head = lines[:_COVER_LINES]
    for i, (line, _) in enumerate(head):
        m = _SUBJECT_FIELD.match(line) if line[:1] in "RS" else None
        if not m:
            continue
        value = m.group(1).strip() or (head[i + 1][0] if i + 1 < len(head) else "")
        return value if 2 <= len(value.split()) <= 20 and not _ANY_FIELD.match(value) else ""
    return ""
