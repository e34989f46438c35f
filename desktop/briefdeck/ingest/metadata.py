"""Headline, byline, date and outlet read from an article's own words."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from dateutil import parser as dateparser

from briefdeck.ingest import credits, format_headers, mail, stamps
from briefdeck.ingest.boilerplate import is_byline, is_prose
from briefdeck.ingest.letter import letter_title, memo_subject
from briefdeck.ingest.rules import MENU_WORDS

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
FULL_DATE = re.compile(
    rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}\b"
    r"|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{4}\b",
    re.IGNORECASE,
)
_STAMP = re.compile(
    # ("Date of information: up to 29 Nov": how recent a brief's sources are, not its date)
    r"^(?:published|posted|first published|date(?! of (?:information|birth|death))|dated|"
    r"released|issued|updated|"
    r"last updated|last modified|modified)\b",
    re.IGNORECASE,
)
# A report's cover sentence giving its release: "Released November 4, 2026."
# (a sentence of its own: a caption's "picture released on ..." dates the picture)
_RELEASED_IN_LINE = re.compile(rf"(?:^|[.:;]\s+)(?-i:Released|Issued):?\s+(?:on\s+)?"
                               rf"({FULL_DATE.pattern})", re.IGNORECASE)
_REVISED = re.compile(r"^(?:updated|last updated|last modified|modified)\b", re.IGNORECASE)
# A report's own date-time group in its header: "DTG: 160600C NOV 23" (day, time, zone letter,
# month, year), the date military and security reports carry instead of a dateline.
_HEADER_DTG = re.compile(r"^(?:DTG|date[- ]time group|report DTG)\s*:?\s*(\d{2})\s?\d{4}[A-Z]\s?"
                         r"(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\w*\s?(\d{4}|\d{2})\b",
                         re.IGNORECASE)
# "Originator: Duty Analyst", "Period covered: ...", "Analysts: A, B and C": a report's header
# fields, never its title.
HEADER_FIELD = re.compile(r"^(?:originator|prepared\s+by|authors?|editors?|analysts?|clients?|"
                          r"distribution|handling|period(?:\s+covered)?|dtg|ref(?:erence)?|"
                          r"classification|caveats?|attn|cc|from|to|released(?:\s+by)?|"
                          r"approved\s+by|dated?|issued|updated|published|posted|contact|"
                          r"sources?)\s*:", re.IGNORECASE)
_AGENCIES = credits.AGENCIES
_DATELINE_AGENCY = re.compile(
    r"\((Reuters|AP|AFP|UPI|dpa|Bloomberg|CNN|ANI)\)\s*[-—–]", re.IGNORECASE
)
# "KYIV, June 3 (Eastline) — ...": a wire dateline names its service in brackets.
_DATELINE_SERVICE = re.compile(
    r"^[A-Z][A-Z .'-]{2,30}(?:,[\w .]{2,30})?\s"
    r"\(([A-Z][\w&.' -]{1,30})\)\s*(?:[-—–]{1,2}|:)\s"
)
_APP_OUTLET = re.compile(
    r"\b(?i:download|get|install)\s+(?i:the|our)\s+(?i:free\s+)?"
    r"((?:[A-Z0-9][\w&'.-]*\s+){1,4}?)apps?\b"
)
_OUTLET_WORD = credits.OUTLET_WORD
_BYLINE_CUT = re.compile(
    r"\s*(?:[|•·—–]|\s-\s|,?\s*(?:updated|published|posted)\b)\s*", re.IGNORECASE
)
_JOB_TITLE = re.compile(
    r"\b(?:correspondent|reporter|editor|writer|staff|contributor|"
    r"columnist|analyst|bureau|desk|producer|special to)\b",
    re.IGNORECASE,
)
# "By Guardian staff and agencies": a staff credit, which is_byline leaves alone.
_STAFF_BYLINE = re.compile(
    r"^By\s+(?:the\s+)?(?:(?-i:[A-Z])[\w.&'-]*\s+){0,4}(?:staff|newsroom|news desk)\b(?!.*[.!?]$)",
    re.IGNORECASE,
)
_CREDIT_BYLINE = re.compile(r"^\(?reporting by\s+([^;)]+)", re.IGNORECASE)
# A press release closes with "About <issuer>": the issuer is the source.
_ABOUT_ISSUER = re.compile(r"^About (?:the )?([A-Z][\w&'.-]*(?: [\w&'.-]+){0,6}?)\s*(?::|$)")
# "KYIV, June 3 (Eastline) —": a dateline's day without its year.
_DATELINE_DAY = re.compile(
    rf"^[A-Z][A-Z .'-]{{2,30}}(?:,\s*[A-Z][\w .]{{1,25}})?,\s+"
    rf"((?:{_MONTH}\s+\d{{1,2}})|(?:\d{{1,2}}\s+{_MONTH}))\s*(?:\(([^)]{{2,40}})\))?\s*[-—–:]",
    re.IGNORECASE,
)
_URL_DATE = re.compile(r"[/_-]((?:19|20)\d\d)[/_-]([01]\d)[/_-]([0-3]\d)(?:[/_.-]|$)")
_DATE_ONLY_NOISE = re.compile(
    r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b\.?|\b\d{1,2}[:.]\d{2}\b|\b[ap]\.?m\.?(?!\w)|"
    r"\b(?-i:[A-Z]{1,4}T|GMT|UTC|BST|CEST|EEST|MSK)\b|\b(?:published|updated|"
    r"posted|on|at)\b|[|,•·—–()-]",
    re.IGNORECASE,
)
# Words a headline cannot end with: it ran onto a second line (a PDF's title block), or
# it is a post or paragraph cut short.
OPEN_END = re.compile(
    r"\b(?:the|a|an|and|or|but|nor|of|to|in|on|at|for|with|from|by|as|into|over|after|"
    r"its|their|his|her|our|this|that|these|those)$",
    re.IGNORECASE,
)
# "All rights reserved © Saudi Press Agency 2026", "Subtitles by X Access Services (c) X
# Broadcasting Ltd 2026": a copyright after the formula or the subtitler's credit (not after a
# photo caption or a platform's footer menu, whose holder is no publisher of the story).
_COPYRIGHT_PART = re.compile(r"^(?:all rights reserved\.?|(?:subtitles|captions|captioning|"
                             r"transcription|transcript) by [^©()]{2,60}?)\s+(?=©|\(c\)\s)",
                             re.IGNORECASE)
_URL_LINE = re.compile(r"^((?:https?://|www\.)\S+)(?:\s+\d{1,4}/\d{1,4})?$", re.IGNORECASE)
_JAN_FIRST = dateparser.parse("2000-01-01")  # what a date without a day or month falls back to
# "1) Channel name", "2. Item": an entry of a numbered list, never a story's headline.
_LIST_ITEM = re.compile(r"^\(?\d{1,3}[.)]\s")
_HEADER_LINES = 30  # the headline, byline and date sit near the top


@dataclass
class TextMetadata:
    headline: str = ""
    byline: str = ""
    published: str = ""  # ISO YYYY-MM-DD
    outlet: str = ""
    url: str = ""  # a bare address line, as printed in a browser's page footer


def parse_date(text: str) -> str:
    """The first full date (with year) in text as YYYY-MM-DD, or ''.

    The end of a range ("1-6 August 2024", a period covered) is no one day's date."""
    for m in FULL_DATE.finditer(text):
        if re.search(r"\d\s*[-–]\s*$", text[max(0, m.start() - 4) : m.start()]):
            continue
        try:
            when = dateparser.parse(m.group(0).replace(".", ""), fuzzy=True, default=_JAN_FIRST)
        except (ValueError, OverflowError):
            continue
        if 1900 <= when.year <= 2100:
            return when.date().isoformat()
    return ""


def _lines(text: str, boilerplate: list[tuple[int, int]]) -> list[tuple[str, bool]]:
    """(stripped line, inside boilerplate) for the non-blank lines."""
    out: list[tuple[str, bool]] = []
    pos = 0
    spans = iter(sorted(boilerplate))
    span = next(spans, None)
    for raw in text.split("\n"):
        start, end = pos, pos + len(raw)
        pos = end + 1
        stripped = raw.strip()
        if not stripped:
            continue
        while span is not None and span[1] <= start:
            span = next(spans, None)
        inside = (
            span is not None
            and span[0] <= start + (len(raw) - len(raw.lstrip()))
            and end - (len(raw) - len(raw.rstrip())) <= span[1]
        )
        out.append((stripped, inside))
    return out


def _is_headline(line: str) -> bool:
    words = len(line.split())
    return (
        words >= 3
        and 12 <= len(line) < 200
        and not line.endswith((".", ",", ";", ":"))
        and not is_byline(line)
        and not _STAMP.match(line)
        and not HEADER_FIELD.match(line)
        and not (line.count(" | ") >= 2 and _FIELD_IN_ROW.search(line))
        and not _DATELINE_AGENCY.search(line)
        and not (FULL_DATE.search(line) and only_a_date(line))
        and not _section_label(line)
        and not _publisher_name(line)
    )


# "Statement of", "Testimony of the": a title block's first line, its name on the next.
_TITLE_OPENING = re.compile(r"^[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)? of(?: the)?$")
# "Item 0412 | Priority: Routine | Filed 9 May": a product's record row, not its title.
_FIELD_IN_ROW = re.compile(r"\|\s*[A-Z][\w ]{1,20}:\s")


def only_a_date(line: str) -> bool:
    """A date stamp with little else ("Monday, 3 March 2024 at 10:00 EST"), unlike a title
    that carries its date ("Russian Offensive Campaign Assessment, November 14, 2024")."""
    m = FULL_DATE.search(line)
    rest = _DATE_ONLY_NOISE.sub(" ", line[: m.start()] + " " + line[m.end() :]) if m else line
    return len(rest.split()) < 3


def _section_label(line: str) -> bool:
    """'News & Analysis', 'Politics and Security': a site's section names over the story."""
    words = [w.strip(",|/").lower() for w in line.split()]
    return len(words) <= 5 and all(w in MENU_WORDS or w in ("&", "and", "") for w in words)


# "British Broadcasting Corporation", "Gulf News Media Group": the publisher's name over a story.
_PUBLISHER = re.compile(r"^(?:[A-Z][\w&'’.-]*\s+){1,4}(?:Corporation|Company|Media\s+Group|"
                        r"Broadcasting|Network|Newspapers?|Publishing|Press\s+Agency)$")


def _publisher_name(line: str) -> bool:
    return _PUBLISHER.match(line) is not None


# A numbered report's own title: "DAILY SITREP No. 320/23", "Flash Update #7". Flagged as a
# running head (it repeats on every page), it is still the title when nothing else is.
_REPORT_TITLE = re.compile(r"^(?:[\w-]+\s+){0,4}(?:SITREP|situation report|flash update|"
                           r"spot report|INTSUM|incident report|daily report|weekly report)\s+"
                           r"(?:no\.?\s*|#\s*)\d[\d/.-]*$", re.IGNORECASE)


_SERIES_WORD = re.compile(r"\b(?:update|assessment|report|brief|briefing|summary|digest|"
                          r"bulletin|round-?up|sitrep|watch|tracker)\b", re.IGNORECASE)


def _dated_title(line: str) -> bool:
    """A series' title with its date ("Levant Update, November 14, 2024"), flagged as a
    running head because each issue repeats it, is still this issue's title."""
    return len(line) < 120 and bool(_SERIES_WORD.search(line)) and bool(FULL_DATE.search(line)) \
        and not only_a_date(line)


def mail_subject(lines: list[tuple[str, bool]]) -> str:
    """The subject of the first message in a pasted e-mail ("Subject: FW: Incident ..."
    read as "Incident ..."), when its header block is near the top; else ''."""
    texts = [line for line, _ in lines[:_HEADER_LINES]]
    if not any(t[:8].lower() == "subject:" for t in texts):
        return ""
    for block in mail.header_blocks(texts):
        for k in block:
            m = mail.SUBJECT.match(texts[k])
            if m:
                return m.group(1).strip()
    return ""


# "FP Sync - Erbil-20261124_090114-Meeting Transcript", "Home Front Command | Alerts history":
# an export's own title, flagged as its furniture, still names the document (the meeting's
# name without the file stamp).
_EXPORT_TITLE = re.compile(r"^(.{3,120}?)-\d{8}_\d{6}-Meeting (?:Transcript|Recording)$|"
                           r"^.{3,60}\|\s*Alerts? (?:history|log)$", re.IGNORECASE)


def find_headline(lines: list[tuple[str, bool]], masthead: str = "") -> tuple[str, int]:
    """(headline, its line index), or ('', -1) when the story starts without one.
    `masthead`, the publisher's name printed over the story, is not its headline."""
    title = ("", -1)  # a numbered report's title line, if no headline comes first
    flagged: list[str] = []
    for i, (line, boiler) in enumerate(lines[:_HEADER_LINES]):
        if boiler and title[1] < 0 and (_REPORT_TITLE.match(line) or _dated_title(line)):
            title = (line, i)
        named = format_headers.script_title(line)  # "HED: ...", or a script's "SLUG: ..."
        if named and line[:1] == "H":
            return named, i
        if named and title[1] < 0:
            title = (named, i)
        export = _EXPORT_TITLE.match(line) if boiler and i < 3 else None
        if export:
            return (export.group(1) or line).strip(), i
        if boiler:
            flagged.append(line.lower())
        if boiler or (masthead and line.lower() == masthead.lower()) or \
                format_headers.head_field(line):
            continue
        # "MARITIME SECURITY ADVISORY" under the running head "Maritime Security Advisory
        # MSA-27-011": the series' name again, over this issue's own title
        if len(line.split()) <= 5 and any(f.startswith(line.lower() + " ") for f in flagged):
            continue
        if _LIST_ITEM.match(line):  # a digest's first numbered entry: no headline above it
            return title if title[1] >= 0 else _series_title(lines[:i])
        if _is_headline(line):
            above = lines[i - 1] if i else ("", True)
            if not above[1] and _TITLE_OPENING.match(above[0]):
                line = f"{above[0]} {line}"  # "Statement of" / "General Jo Ames": one title
            return _rejoin_headline(line, lines[i + 1 : i + 2]), i
        if is_prose(line) and not HEADER_FIELD.match(line):
            return title  # the story began without a headline ("Source: ..." is no start)
    return title


def _series_title(above: list[tuple[str, bool]]) -> tuple[str, int]:
    """The digest's own title over its numbered entries ('DAILY PRESS DIGEST', 'TELEGRAM
    WATCH: ...'): the last short line above them naming a series, flagged as its masthead."""
    for i in range(len(above) - 1, -1, -1):
        line = above[i][0]
        if (
            len(line.split()) <= 8
            and _SERIES_WORD.search(line)
            and not line.endswith((".", ";"))
            and not FULL_DATE.search(line)
        ):
            return line, i
    return "", -1


def _rejoin_headline(line: str, after: list[tuple[str, bool]]) -> str:
    """A headline ending on "the", "of", "and" ... ran onto the next line (a title block
    laid out on two lines in a PDF): "After the strikes: what comes for the" + "border"."""
    if not after or not OPEN_END.search(line):
        return line
    below, boiler = after[0]
    if boiler or not below[:1].islower() or is_prose(below) or len(below.split()) > 12:
        return line
    return f"{line} {below}"


def _clean_names(names: str) -> str:
    names = names.strip(" ,;|")
    if re.sub(r"\band\b", "", names).isupper():  # "JANE DOE and MARK ROE"
        names = re.sub(r"\bAnd\b", "and", names.title())
    return names


def _by_line(line: str) -> tuple[str, str]:
    """(names, outlet) from 'By NAME and NAME, Outlet | date'."""
    rest = line[2:].strip()
    date_at = FULL_DATE.search(rest)
    if date_at:
        rest = rest[: date_at.start()]
    parts = _BYLINE_CUT.split(rest, maxsplit=1)
    names, outlet = parts[0], (parts[1] if len(parts) > 1 else "")
    while "," in names:
        head, _, tail = names.rpartition(",")
        if _OUTLET_WORD.search(tail) or credits.agency(tail):
            names, outlet = head, tail
        elif _JOB_TITLE.search(tail):  # "Jane Doe, Senior Defense Correspondent"
            names = head
        else:
            break
    outlet = outlet.strip(" ,;|")
    outlet = credits.agency(outlet) or outlet
    if outlet and not (_OUTLET_WORD.search(outlet) or outlet in _AGENCIES.values()):
        outlet = ""
    names, credited = credits.split_credit(names)  # "By AFP", "By Reuters Staff"
    return _clean_names(names), outlet or credited


def find_byline(lines: list[tuple[str, bool]], headline_at: int) -> tuple[str, str, int]:
    """(names, outlet named with them, the byline's line index or -1)."""
    for i, (line, _) in enumerate(lines[:_HEADER_LINES]):
        if is_byline(line) or _STAFF_BYLINE.match(line):
            return (*_by_line(line), i)
        segments = credits.SEPARATOR.split(line)
        if len(segments) == 2 and is_byline(segments[1]):  # "Outlet.com | By Jane Doe"
            names, outlet = _by_line(segments[1])
            named = segments[0].strip()
            if not outlet and 0 < len(named.split()) <= 4 and named[:1].isupper():
                outlet = credits.agency(named) or named
            return names, outlet, i
    # Without "By": a line of names with their roles, between the headline and the story.
    for i in range(headline_at + 1, min(len(lines), _HEADER_LINES)):
        line, boiler = lines[i]
        if is_prose(line) and not boiler:
            break
        below = lines[i + 1][0] if i + 1 < len(lines) else ""
        names = credits.author_line(line) or credits.name_over_role(line, below)
        if names:
            return names, "", i
    for line, _ in lines:
        m = _CREDIT_BYLINE.match(line)
        if m:
            return _clean_names(re.split(r"\s+in\s+[A-Z]", m.group(1))[0]), "", -1
    return "", "", -1


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


def find_published(lines: list[tuple[str, bool]]) -> str:
    for _ in range(3):
        found = (
            stamps.dtg_date([line for line, _ in lines[:_HEADER_LINES]])
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
            return _day_first_when_written(found, lines) if found else found
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
    return max(stamps) if len(stamps) >= 2 else ""


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
    stamped = [line for line, _ in header if _STAMP.match(line)]
    # "Published" before "Updated": the story's date, not its last edit
    for line in sorted(stamped, key=lambda s: bool(_REVISED.match(s))):
        found = parse_date(line)
        if found:
            return found
    # "... Quarterly Report, July 1-September 30. Released November 4, 2026.": said in a line
    for line, _ in header:
        m = _RELEASED_IN_LINE.search(line) if "eleased" in line or "ssued" in line else None
        if m and (found := parse_date(m.group(1))):
            return found
    # "Nominee for ... Submitted to the Committee: November 16, 2026": a paper's submission
    for line, _ in header:
        m = format_headers.SUBMITTED.search(line) if "itted" in line or "ented" in line else None
        if m and (found := parse_date(m.group("when"))):
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
        return ""
    return ""


def date_in_url(url: str) -> str:
    """The date many sites print in an article's address: /2024/06/03/ or -2024-06-03."""
    m = _URL_DATE.search(url)
    return parse_date("-".join(m.groups())) if m else ""


def find_outlet(
    lines: list[tuple[str, bool]], text: str, headline: str, byline: tuple[str, str, int]
) -> str:
    names, byline_outlet, byline_at = byline
    for line, _ in lines[:_HEADER_LINES]:
        m = _DATELINE_AGENCY.search(line[:120])
        if m:
            return _AGENCIES[m.group(1).lower()]
        m = _DATELINE_SERVICE.match(line[:120])
        if m:
            return credits.agency(m.group(1)) or m.group(1)
    if byline_outlet:
        return byline_outlet
    if byline_at >= 0:
        found = credits.credit_beside_byline(lines, byline_at, text)
        if found:
            return found
    header = lines[:_HEADER_LINES]
    for line, _ in header:  # "From: Ministry of ...", "Prepared by the ... Desk", "FM AMEMBASSY"
        found = credits.issuer_from_line(line) or credits.preparer(line) or \
            format_headers.header_issuer(line)
        if found:
            return found
    found = credits.masthead_over_release(header, headline)
    if found:
        return found
    for line, boiler in lines:
        m = _APP_OUTLET.search(line) if boiler else None
        if m:
            return m.group(1).strip()
    for line, boiler in lines:
        holder = credits.copyright_holder(_COPYRIGHT_PART.sub("", line, 1)) if boiler else ""
        if holder:
            return credits.masthead_for(holder, lines)
    for line, boiler in lines:
        m = _ABOUT_ISSUER.match(line) if boiler else None
        if m:
            return m.group(1)
    for line, _ in lines:
        found = credits.self_reference(line) or credits.author_bio_outlet(line, names)
        if found:
            return found
    return ""


def metadata_from_text(text: str, boilerplate: list[tuple[int, int]]) -> TextMetadata:
    lines = _lines(text, boilerplate)
    headline, headline_at = find_headline(lines)
    byline = find_byline(lines, headline_at)
    outlet = find_outlet(lines, text, headline, byline)
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
    url = next((m.group(1) for line, _ in lines if (m := _URL_LINE.match(line))), "")
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
