"""A court filing's title: its caption opens with the court's name ("UNITED STATES DISTRICT
COURT" / "FOR THE DISTRICT OF COLUMBIA"), which names where it was filed, not what it is. The
filing names itself below the parties ("COMPLAINT FOR WRONGFUL" / "DEATH AND RELATED CLAIMS"),
its lines read as one; that is the headline an analyst looks for.
"""

from __future__ import annotations

import re

# "UNITED STATES DISTRICT COURT", "IN THE SUPERIOR COURT OF THE STATE OF ...": a court's name
COURT_NAME = re.compile(r"^(?:IN THE )?(?:[A-Z.]+ ){0,4}COURT(?: (?:OF|FOR) [A-Z .,]+)?$")
# "COMPLAINT FOR ...", "MOTION TO DISMISS", "INDICTMENT": what the filing is
_FILING = re.compile(r"^(?:(?:FIRST |SECOND )?AMENDED |VERIFIED |CRIMINAL |CIVIL )?(?:COMPLAINT|"
                     r"PETITION|INDICTMENT|INFORMATION|MOTION|MEMORANDUM(?: OPINION)?|BRIEF|"
                     r"ORDER|ANSWER|JUDGMENT|AFFIDAVIT|DECLARATION|NOTICE OF)\b[A-Z ,'’-]*$")
_CAPS_LINE = re.compile(r"^[A-Z][A-Z ,'’-]+$")
_SEARCH_LINES = 60


def filing_title(lines: list[tuple[str, bool]], court_at: int) -> str:
    """The filing's own title under the court's name at `court_at`, or ''."""
    titles = []
    end = min(len(lines), court_at + _SEARCH_LINES)
    for i in range(court_at + 1, end):
        line = lines[i][0]  # (flagged or not: a caption's lines may be read as its furniture)
        if not _FILING.match(line):
            continue
        parts = [line]
        for below, _ in lines[i + 1 : i + 3]:  # the title wrapped in the caption box
            if not _CAPS_LINE.match(below) or _FILING.match(below):
                break
            parts.append(below)
        titles.append(" ".join(parts))
        if len(titles[-1].split()) > 1:  # "COMPLAINT" alone is the heading over the pleading
            return titles[-1]
    return titles[0] if titles else ""
