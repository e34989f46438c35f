"""Where a mention stands on the page: a dateline, a byline, a line by itself, a link.

"KYIV, June 3 (Agency) - " is where the reporter filed from, "By Jordan Pike, Staff" opens a
byline's name, "Kurdistan" alone on a line is a section label, and "Read: Drone strike kills two
in Tyre" links another story: the page's furniture, read apart from the report's sentences.
"""

from __future__ import annotations

import re

from briefdeck.extract.sentences import Document

DATELINE_LEAD = re.compile(  # "KYIV, June 3 (Agency) - ", "BAGHDAD (Reuters) - ", "WASHINGTON -"
    r"[A-Z][A-Z .'-]{2,}(?:,[^\n—–]{0,60}?)?\s*(?:\([^)]{1,40}\))?\s*[-—–]+\s+"
)
# The credit of a dateline, "SANA'A, Dec. 03 (Saba) -": the outlet, named again in the sign-off.
DATELINE_CREDIT = re.compile(r"[A-Z]{2}[^\n()]{0,60}\(([A-Z][\w' ]{1,30})\)\s*[-—–]")
# "Read: Drone strike kills two in Tyre", "Related: ...": a link to another story, whose
# places are not this report's.
RELATED_LINK = re.compile(r"(?:Read|Read\s+more|Also\s+read|Read\s+also|Related|See\s+also)"
                          r"\s*:\s")


def _dateline_end(text: str, doc: Document, pos: int) -> int:
    """End of the dateline ("KYIV, Ukraine - ") opening the paragraph at pos, else -1."""
    sent = doc.sentence_at(pos)
    if sent is None or (sent.start > 0 and text[sent.start - 1] != "\n"):
        return -1
    m = DATELINE_LEAD.match(text, sent.start, sent.end)
    return m.end() if m and pos < m.end() else -1


def _whole_line(text: str, start: int, end: int) -> bool:
    """True when [start, end) is a line by itself ("Kurdistan" as a site's section label)."""
    if start and text[start - 1] != "\n":
        return False
    line_end = text.find("\n", end)
    return not text[end:line_end if line_end >= 0 else len(text)].strip()


def _in_byline(text: str, start: int) -> bool:
    """True when the mention opens a byline's name ("By Jordan Pike, Staff")."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip() not in ("By", "BY"):
        return False
    from briefdeck.ingest.boilerplate import is_byline

    line_end = text.find("\n", start)
    return is_byline(text[line_start : line_end if line_end >= 0 else len(text)].strip())
