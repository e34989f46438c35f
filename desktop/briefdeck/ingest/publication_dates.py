"""When the story was published: its stamp ("Published ...", a DTG, "Released ..."), a
date on a line of its own, a dateline, or the latest post of a thread, chat or answers page.

A page's date can mislead: the authority a certificate cites, a day-first numeric stamp, a
summary box's "– present"; the checks for those are here with the reading.
"""

from __future__ import annotations

import re
from datetime import date

from briefdeck.ingest import (
    credits,
    format_headers,
    military_orders,
    post_stamps,
    radio_logs,
    saved_copy_dates,
    stamps,
    update_stamps,
)
from briefdeck.ingest.boilerplate import is_byline
from briefdeck.ingest.citation_dates import without_citation_dates
from briefdeck.ingest.full_dates import (
    _DATE_ONLY_NOISE,
    _MONTH,
    _STAMP,
    FULL_DATE,
    only_a_date,
    parse_date,
)
from briefdeck.ingest.header_lines import _HEADER_LINES

# A report's cover sentence giving its release: "Released November 4, 2026."; a journal's
# "Received ...; Accepted ...; Published online 1 December 2026" under its authors
# (a sentence of its own: a caption's "picture released on ..." dates the picture)
# "Prepared by: ... Reviewer: ... Date of draft: 27 November 2026.": a note's own date field
# A cover's "... Yemen, November 2026 Published 3 December 2026": the PDF reader runs the
# stamp on from the subtitle; the capital verb before a full date is still the stamp
# "Insured: X | Date of loss: 14 November 2026 | Date of report: 27 November 2026": a report's
# fields in a row; the report's own date is its field, whatever date comes first
_RELEASED_IN_LINE = re.compile(rf"(?:^|[.:;]\s+|\|\s*|\s(?=(?-i:Released|Issued|Published)\b))"
                               rf"(?:(?-i:Released|Issued|Published(?:\s+online)?"
                               # "Last full review 5 Dec 2026.": a tracker as it last stood
                               rf"|(?:Page\s+)?[Ll]ast\s+(?:full\s+)?review(?:ed)?)"
                               rf":?|(?-i:Date)(?:\s+of\s+(?:draft|issue|release|report))?:)"
                               rf"\s+(?:on\s+)?"
                               rf"({FULL_DATE.pattern})", re.IGNORECASE)
_REVISED = re.compile(r"^(?:updated|last updated|last modified|modified)\b", re.IGNORECASE)
# A report's own date-time group in its header: "DTG: 160600C NOV 23" (day, time, zone letter,
# month, year), the date military and security reports carry instead of a dateline.
_HEADER_DTG = re.compile(r"^(?:DTG|date[- ]time group|report DTG)\s*:?\s*(\d{2})\s?\d{4}[A-Z]\s?"
                         r"(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\w*\s?(\d{4}|\d{2})\b",
                         re.IGNORECASE)
# "KYIV, June 3 (Eastline) —": a dateline's day without its year.
_DATELINE_DAY = re.compile(
    rf"^[A-Z][A-Z .'-]{{2,30}}(?:,\s*[A-Z][\w .]{{1,25}})?,\s+"
    rf"((?:{_MONTH}\s+\d{{1,2}})|(?:\d{{1,2}}\s+{_MONTH}))\s*(?:\(([^)]{{2,40}})\))?\s*[-—–:]",
    re.IGNORECASE,
)
_HIJRI_YEAR = re.compile(r"\b1[34]\d\d\s*(?:A\.?H\b|H\b|هـ)|هـ")
_HIJRI_EQUIVALENT = re.compile(rf"\b(?:correspond(?:ing|s)|equivalent|equal)\s+to\s+(?:the\s+)?"
                               rf"({FULL_DATE.pattern})", re.IGNORECASE)
_URL_DATE = re.compile(r"[/_-]((?:19|20)\d\d)[/_-]([01]\d)[/_-]([0-3]\d)(?:[/_.-]|$)")


def _date_only(segment: str) -> str:
    """The date of a line (or a part of one between '|') that is a date and little else:
    "Wednesday, 7 August 2024", "Thu 19 Sep 2024 16.05 BST"."""
    m = FULL_DATE.search(segment)
    if not m or FULL_DATE.search(segment, m.end()):
        return ""  # ("July 1, 2026-September 30, 2026": the period a report covers)
    if _TO_PRESENT.match(segment, m.end()):
        return ""  # "14 January 2026 – present": when a campaign began, in a summary box
    rest = _DATE_ONLY_NOISE.sub(" ", segment[: m.start()] + " " + segment[m.end() :])
    return parse_date(segment) if len(rest.split()) <= 2 else ""


_TO_PRESENT = re.compile(r"\s*[-–—]\s*(?:present|now|ongoing|today)\b", re.IGNORECASE)


def _runs_to_present(line: str) -> bool:
    return any(c in line for c in "-–—") and any(
        _TO_PRESENT.match(line, m.end()) for m in FULL_DATE.finditer(line))


# "11:52 PM · Nov 20, 2023", "Nov 20, 2023 · 11:52 PM": one post's own time stamp.
_POST_STAMP = re.compile(
    rf"^(?:\d{{1,2}}:\d{{2}}\s?(?:[ap]\.?m\.?)?\s*[·•]\s*(?:{FULL_DATE.pattern})"
    rf"|(?:{FULL_DATE.pattern})\s*[·•]\s*\d{{1,2}}:\d{{2}}\s?(?:[ap]\.?m\.?)?)$",
    re.IGNORECASE,
)


# "This page was last edited on 14 May 2025, at 10:01 (UTC).": a reference page is read as
# it stood at its last revision, whatever dates its summary box gives for the events.
_PAGE_REVISION = re.compile(r"^this (?:page|article|entry) was last (?:edited|modified|revised) "
                            r"on\b", re.IGNORECASE)
# "Answered on 16 June 2025": one of several answers listed on a parliament's record page.
_ANSWERED = re.compile(r"^answered on\b", re.IGNORECASE)


def revision_date(lines: list[tuple[str, bool]]) -> str:
    for line, _ in lines[-_HEADER_LINES:]:
        if line[:5].lower() == "this " and _PAGE_REVISION.match(line):
            return parse_date(line)
    return ""


def _latest_answer(lines: list[tuple[str, bool]]) -> str:
    """A page of written answers dates from its latest answer, as a thread from its last post."""
    dates = [
        parse_date(line)
        for line, _ in lines
        if line[:9].lower() == "answered " and len(line) < 60 and _ANSWERED.match(line)
    ]
    dates = [d for d in dates if d]
    return max(dates) if len(dates) >= 2 else ""


# "Date of death", "| Incident date | ... |": a record's field giving when something happened (a
# profile's fields table, a casualty record; a Form 8-K's "Date of Report (Date of earliest
# event reported)"), never when the page was published.
_EVENT_DATE_LABEL = re.compile(
    r"^date of report \(date of earliest event reported\)|"
    r"^(?:\|\s*)?(?:date of (?:death|birth|incident|attack|injury|loss)|"
    r"(?:incident|event|attack|death|birth) date|died|born|killed(?: in action)?|date killed)"
    r"\b\s*:?",
    re.IGNORECASE,
)


def _without_event_dates(lines: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """The lines with a record's event-date fields in its header blanked: the labelled line,
    and the date alone on the line under its label (a fields table read a cell a line)."""
    labelled = [
        i
        for i, (line, _) in enumerate(lines[:_HEADER_LINES])
        if len(line) <= 80 and line[:1] in "|DdIiEeAaBbKk" and _EVENT_DATE_LABEL.match(line)
    ]
    if not labelled:
        return lines
    out = list(lines)
    for i in labelled:
        out[i] = ("", out[i][1])
        if i + 1 < len(lines) and only_a_date(lines[i + 1][0]):
            out[i + 1] = ("", out[i + 1][1])
    return out


# "Ends Mar 31, 2027", "Closes: 4 Jan 2027", "Deadline 1 Dec 2026": the day a market, an
# offer, a vote or an application window closes, printed beside its odds or its terms; it is
# the end of what the page lists, never the day the page was written.
_CLOSING_DATE = re.compile(
    rf"\b(?:ends|ending|closes|closing|expires|expiry|deadline|resolves|end date|close date)"
    rf"\b\s*(?:on\s+|by\s+)?:?\s*(?:{FULL_DATE.pattern})",
    re.IGNORECASE,
)
_CLOSING_WORDS = ("end", "clos", "expir", "deadline", "resolves")


def _without_closing_dates(lines: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """The lines with a header line blanked whose every date is a closing date ("21% chance ·
    Vol. $2.4m · Ends Mar 31, 2027")."""
    out = list(lines)
    for i, (line, bold) in enumerate(lines[:_HEADER_LINES]):
        if len(line) > 200 or not any(w in line.lower() for w in _CLOSING_WORDS):
            continue
        closing = len(_CLOSING_DATE.findall(line))
        if closing and closing == len(FULL_DATE.findall(line)):
            out[i] = ("", bold)
    return out


def find_published(lines: list[tuple[str, bool]]) -> str:
    # a reference block's "publication date" dates the work it cites (citation_dates.py)
    lines = _without_closing_dates(_without_event_dates(without_citation_dates(lines)))
    texts = [line for line, _ in lines]
    if saved_copy_dates.saved_on_an_unwritten_day(texts[:_HEADER_LINES], texts):
        return ""  # created on one day, saved on another it never writes
    for _ in range(3):
        found = (
            stamps.dtg_date([line for line, _ in lines[:_HEADER_LINES]])
            or military_orders.order_date(texts[:_HEADER_LINES])  # (ingest A's) its DTG line
            or saved_copy_dates.docket_date(texts)
            or _thread_date(lines)
            or _chat_log_date(lines)
            or _latest_answer(lines)
            or revision_date(lines)
            or _find_published(lines)
            or stamps.stamp_date(
                [line for line, _ in lines[:_HEADER_LINES]], parse_date, only_a_date
            )
            or _file_name_date(lines)
        )
        if not found or not _long_before_the_events(found, lines):
            found = _day_first_when_written(found, lines) if found else found
            # a flyer's "Flyer updated Dec. 2" line, not the day of the event it announces
            return update_stamps.announced_or_own(found, texts)
        # "AUTHORIZED BY EXECUTIVE ORDER, 24 AUGUST 1962" on a certificate of 2026: the date
        # of the authority it cites, not of the copy; look again without that line
        lines = [("" if parse_date(line) == found else line, b) for line, b in lines]
    return ""


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_STALE_YEARS = 20  # a page's own date is never decades before the latest event it dates
_EVENT_LINES, _EVENT_CHARS = 200, 20_000


def _long_before_the_events(found: str, lines: list[tuple[str, bool]]) -> bool:
    """Whether the text dates an event (a full date) decades after the date found. The page's
    opening is enough (a date in its header is tested against the story under it) and cheap."""
    year = int(found[:4])
    today = date.today().isoformat()
    text = "\n".join(line for line, _ in lines[:_EVENT_LINES])[:_EVENT_CHARS]
    if max((int(y) for y in _YEAR.findall(text)), default=0) - year < _STALE_YEARS:
        return False  # the cheap test first: no year that late at all
    return any(  # (a date still to come is a plan's, "through September 30, 2045": no event)
        int(d[:4]) - year >= _STALE_YEARS and d <= today
        for m in FULL_DATE.finditer(text)
        if (d := parse_date(m.group(0)))
    )


def _file_name_date(lines: list[tuple[str, bool]]) -> str:
    """A file name's date stamp over the text (a pasted subtitle file): when nothing better."""
    named = [line for line, _ in lines[:3] if format_headers.is_file_name(line)]
    if not named:
        return ""
    years = " ".join(line for line, _ in lines if "©" in line or "(c)" in line.lower()
                     or credits.copyright_year(line))
    return format_headers.file_name_date(named, years)


def _thread_date(lines: list[tuple[str, bool]]) -> str:
    """A pasted thread of posts, each under its own time stamp, dates from its latest post:
    the page shows the thread as it stood then. Only a page that opens with the posts (no
    dated line above the first stamp) and holds two or more stamps; an article quoting a
    post or two keeps its own date."""
    stamps: list[str] = []
    for i, (line, _) in enumerate(lines):
        if len(line) > 60 or ":" not in line:
            continue
        if _POST_STAMP.match(line):
            if not stamps and any(parse_date(above) for above, _ in lines[:i]):
                return ""
            stamps.append(parse_date(line))
    stamps = [s for s in stamps if s]
    if len(stamps) >= 2:
        return max(stamps)
    # a forum's numbered post headers, an issue page's comment headers
    return post_stamps.latest_post([line for line, _ in lines]) if not stamps else ""


_CLOCK = re.compile(r"^\d{1,2}:\d{2}$")


def _chat_log_date(lines: list[tuple[str, bool]]) -> str:
    """An exported chat channel ("17 November 2026" over "23:52" over the message, day after
    day) dates from its latest day: the export shows the channel as it stood then."""
    days = [
        parse_date(line)
        for (line, _), (after, _) in zip(lines, lines[1:], strict=False)
        if len(after) <= 5 and _CLOCK.match(after) and only_a_date(line)
    ]
    days = [d for d in days if d]
    return max(days) if len(days) >= 2 else ""


def _day_first_when_written(found: str, lines: list[tuple[str, bool]]) -> str:
    """"12/04/2026" reads as December 4 month first; where the page writes the other reading
    out ("April 12, 2026", in a caption or the story) and not this one, the stamp is day first."""
    year, month, day = found.split("-")
    if month == day or int(day) > 12:
        return found
    numeric = re.compile(rf"\b0?{int(month)}/0?{int(day)}/{year}\b")
    if not any(numeric.search(line) for line, _ in lines[:_HEADER_LINES]):
        return found
    written = {parse_date(m.group(0)) for line, _ in lines if year in line
               for m in FULL_DATE.finditer(line) if "/" not in m.group(0)}
    for line, _ in lines[:_HEADER_LINES]:  # a dateline's day without its year: "Amman, May 4"
        m = _DATELINE_DAY.match(line[:120])
        if m:
            written.add(parse_date(f"{m.group(1)} {year}"))
    swapped = f"{year}-{day}-{month}"
    return swapped if swapped in written and found not in written else found


def _find_published(lines: list[tuple[str, bool]]) -> str:
    header = lines[:_HEADER_LINES]
    for line, _ in header:
        dtg = _HEADER_DTG.match(line)
        if dtg:
            day, month, year = dtg.groups()
            return parse_date(f"{int(day)} {month} {year if len(year) == 4 else '20' + year}")
    # "LOG PERIOD: 211800C NOV 26 - 220800C NOV 26": a radio log dates from its period's end
    if found := radio_logs.log_period_end([line for line, _ in header]):
        return found
    # "Original publication: 18 November 2026" over "Corrected version re-issued: 7 December
    # 2026": an erratum or a corrected edition is dated by its re-issue, the copy in hand
    for line, _ in header:
        if "issued" in line and (found := _reissued_on(line)):
            return found
    stamped = [line for line, _ in header if _STAMP.match(line)]
    # "Published" before "Updated": the story's date, not its last edit
    for line in sorted(stamped, key=lambda s: bool(_REVISED.match(s))):
        found = parse_date(line)
        if found:
            return found
    # "Feed: X | Exported: 04 Dec 2026 09:40 GMT |": an export dates the copy, not its items
    if found := saved_copy_dates.export_date([line for line, _ in header]):
        return found
    # "Pasted from the assistant, Fri 4 Dec 2026, 08:12. Prompt: ...": a note's line saying
    # when its text was pasted or clipped in dates the note, not the dates its sources give
    for line, _ in header:
        if line[:1] in "PCST" and (found := _pasted_on(line)):
            return found
    # "... Quarterly Report, July 1-September 30. Released November 4, 2026.": said in a line
    for line, _ in header:
        m = _RELEASED_IN_LINE.search(line) if "eleased" in line or "ssued" in line or \
            "ublished" in line or "Date" in line or "review" in line else None
        if m and (found := parse_date(m.group(1))):
            return found
    # "Nominee for ... Submitted to the Committee: November 16, 2026": a paper's submission
    for line, _ in header:
        m = format_headers.SUBMITTED.search(line) if "itted" in line or "ented" in line else None
        if m and (found := parse_date(m.group("when"))):
            return found
    # "Riyadh, Monday 20 Jumada al-Akhirah 1448 AH corresponding to 30 November 2026": a
    # statement dated by the Hijri calendar gives the Gregorian day after it
    for line, _ in header:
        m = _HIJRI_EQUIVALENT.search(line) if "to " in line and _HIJRI_YEAR.search(line) else None
        if m and (found := parse_date(m.group(1))):
            return found
    # A line that is a date, or a part of one ("Edition 9 | Monday, 2 June 2025 | ..."),
    # or a dateline with its year ("BAGHDAD, June 9, 2022 (Reuters) -").
    for line, _ in header:
        if _runs_to_present(line):  # a summary box's "Date | 14 January 2026 – present"
            continue
        for segment in credits.SEPARATOR.split(line):
            found = _date_only(segment)
            if found:
                return found
        if re.match(r"^[A-Z][A-Z .,'-]{2,40}[,(]", line) and len(FULL_DATE.findall(line)) < 2:
            found = parse_date(line[:80])
            if found:
                return found
    for line, _ in header:
        if (len(line.split()) <= 14 or is_byline(line)) and len(FULL_DATE.findall(line)) < 2 \
                and not _runs_to_present(line):
            found = parse_date(line)  # (two dates: the period a report covers)
            if found:
                return found
    return _dateline_with_known_year(lines)


# "Corrected version re-issued: 7 December 2026", "Reissued 7 Dec 2026", "Revised edition
# reissued on ...": the line giving a corrected or revised copy's re-issue date.
_REISSUED = re.compile(
    r"^(?:(?:corrected|revised|amended|updated)\s+(?:version|edition|report|notice)\s+)?"
    r"re-?issued\b[^\d\n]{0,12}", re.IGNORECASE)


def _reissued_on(line: str) -> str:
    """The date of a re-issue line ("Corrected version re-issued: 7 December 2026")."""
    m = _REISSUED.match(line[:80])
    if not m:
        return ""
    date_m = FULL_DATE.match(line, m.end())
    return parse_date(date_m.group(0)) if date_m else ""


# ("Typed up Tues 1 Dec 2026 for the family.": a handwritten diary typed up dates from then)
_PASTED = re.compile(
    r"^(?:(?:Pasted|Copied|Clipped|Saved)\s+(?:from|on|at|into|in)|Typed\s+(?:up|out))\b"
)


def _pasted_on(line: str) -> str:
    """The date in a paste line's first sentence ("Pasted from X, Fri 4 Dec 2026, 08:12.")."""
    if not _PASTED.match(line):
        return ""
    m = FULL_DATE.search(line, 0, 90)
    return parse_date(m.group(0)) if m and ". " not in line[: m.start()] else ""


def _dateline_with_known_year(lines: list[tuple[str, bool]]) -> str:
    """ "KYIV, June 3 (Eastline) —" has no year; the service's own copyright line on the same
    copy ("© 2024 Eastline") gives it. Without such a line the year is unknown: no date."""
    for line, _ in lines[:_HEADER_LINES]:
        m = _DATELINE_DAY.match(line[:120])
        if not (m and m.group(2)):
            continue
        service = credits.agency(m.group(2)) or m.group(2)
        for other, _ in lines:
            year = credits.copyright_year(other)
            holder = credits.copyright_holder(other)
            if year and (credits.agency(holder) or holder).lower() == service.lower():
                return parse_date(f"{m.group(1)} {year}")
        return _stamped_year(m.group(1), lines)
    return ""


# "0312 GMT 03-12-2026": the time an agency sent an item, under it.
_WIRE_STAMP = re.compile(
    r"^\d{3,4}\s?(?:GMT|UTC|Z)\s+(\d{1,2})[-./](\d{1,2})[-./]((?:19|20)\d\d)$"
)


def _stamped_year(day_month: str, lines: list[tuple[str, bool]]) -> str:
    """The dateline's day in the year of the agency's own send stamp under the item, when
    the stamp gives that same day (either way round): "Dec 3" and "0312 GMT 03-12-2026"."""
    for line, _ in lines:
        if len(line) > 24 or not line[:1].isdigit() or not (stamp := _WIRE_STAMP.match(line)):
            continue
        found = parse_date(f"{day_month} {stamp.group(3)}")
        a, b = int(stamp.group(1)), int(stamp.group(2))
        if found and (int(found[5:7]), int(found[8:10])) in ((a, b), (b, a)):
            return found
    return ""


def date_in_url(url: str) -> str:
    """The date many sites print in an article's address: /2024/06/03/ or -2024-06-03."""
    m = _URL_DATE.search(url)
    return parse_date("-".join(m.groups())) if m else ""
