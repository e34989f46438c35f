"""Parts of a printed report that sit where a title would: a chapter's numbered heading, and
a running head that sets the period covered before the report's name.
"""

from __future__ import annotations

import re

from briefdeck.ingest.full_dates import FULL_DATE, only_a_date

# what joins two dates into a period: "July 1, 2026-September 30, 2026", "1 May to 3 June"
_PERIOD_JOIN = re.compile(r"^[\s,–—-]*(?:to|through|until)?[\s,–—-]*$", re.IGNORECASE)

# "2 Force protection and the threat from drones": a chapter's number and name (a committee
# report's or a white paper's), over its numbered paragraphs ("12. Since October ...")
_CHAPTER = re.compile(r"^\d{1,2} [A-Z][a-z]")
_PARAGRAPH = re.compile(r"^\d{1,3}\.\s+[A-Z]")


def chapter_heading(line: str, below: list[tuple[str, bool]]) -> bool:
    """True for a chapter's numbered heading: its first paragraph below is numbered too (a
    headline that starts with a number, "4 US troops hurt ...", has none)."""
    return bool(_CHAPTER.match(line) and below and _PARAGRAPH.match(below[0][0]))


def _dates_only(text: str) -> bool:
    """A date, or a period between two dates, with nothing else."""
    return only_a_date(text) or bool(_PERIOD_JOIN.match(FULL_DATE.sub(" ", text)))


def dated_head_title(line: str) -> str:
    """ "JULY 1, 2026-SEPTEMBER 30, 2026 | LEAD IG REPORT TO THE U.S. CONGRESS": a running
    head with the period first is the report's name, then its period; another line as is."""
    parts = line.split(" | ")
    if len(parts) != 2:
        return line
    first, second = (p.strip() for p in parts)
    if (
        first
        and second
        and FULL_DATE.search(first)
        and _dates_only(first)
        and not FULL_DATE.search(second)
    ):
        return f"{second}, {first}"
    return line


# "A Letter from the Chair", "Message from our President", "Chairman's foreword": the opening
# section of an annual report (or a charity's review), set where a title would be on the
# excerpt's first page. The report's own name is in its running head.
_LETTER_HEADING = re.compile(
    r"^(?:an? )?(?:letter|message|note|word|welcome) from (?:the|our) (?:[\w-]+ ){0,2}"
    r"(?:chair(?:man|woman|person)?|president|ceo|chief executive|(?:executive )?director|"
    r"founder|board|trustees)(?: of the (?:board|trustees|foundation))?$|"
    r"^(?:the )?(?:chair(?:man|woman|person)?|president|ceo|director|founder)['’]s "
    r"(?:letter|message|foreword|introduction|report)$|^foreword$",
    re.IGNORECASE,
)
# "Annual Report 2026 (excerpt)", "Impact Report 2025", "2026 Year in Review": a report's name
_REPORT_NAME = re.compile(
    r"^(?:(?:19|20)\d\d(?:[-–/]\d{2,4})? )?(?:annual|impact|yearly|year-end|annual review and)"
    r" (?:report|review)(?: (?:19|20)\d\d(?:[-–/]\d{2,4})?)?|^(?:(?:19|20)\d\d )?year in "
    r"review(?: (?:19|20)\d\d)?",
    re.IGNORECASE,
)
_HEAD_LINES = 8


def excerpt_title(lines: list[tuple[str, bool]], headline: str) -> str:
    """For an annual report's excerpt headed by its chair's letter: the report's name from its
    running head ("Homefront Fund | Annual Report 2026 (excerpt)" -> "Homefront Fund Annual
    Report 2026"), else ''."""
    if not headline or len(headline) > 120:
        return ""
    if own := _report_head(headline):  # the running head itself was taken for the headline
        return own
    if len(headline) > 60 or not _LETTER_HEADING.match(headline.strip()):
        return ""
    for line, _ in lines[:_HEAD_LINES]:
        if found := _report_head(line):
            return found
    return ""


def _report_head(line: str) -> str:
    """ "Acme Fund | Annual Report 2026 (excerpt)" -> "Acme Fund Annual Report 2026", else ''."""
    parts = [p.strip() for p in line.split(" | ")]
    if len(parts) != 2 or len(line) > 120:
        return ""
    issuer, name = parts
    m = _REPORT_NAME.match(name)
    if m and issuer and not _REPORT_NAME.match(issuer):
        return f"{issuer} {m.group(0)}"
    return ""
