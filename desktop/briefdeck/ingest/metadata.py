"""Headline, byline, date and outlet read from an article's own words."""

from __future__ import annotations

import re
from dataclasses import dataclass

from dateutil import parser as dateparser

from briefdeck.ingest.boilerplate import is_byline, is_prose

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
    r"^(?:published|posted|first published|date|dated|updated|last updated|"
    r"last modified|modified)\b",
    re.IGNORECASE,
)
_REVISED = re.compile(r"^(?:updated|last updated|last modified|modified)\b", re.IGNORECASE)
_AGENCIES = {
    "reuters": "Reuters",
    "ap": "Associated Press",
    "afp": "AFP",
    "upi": "UPI",
    "dpa": "dpa",
    "bloomberg": "Bloomberg",
    "cnn": "CNN",
    "ani": "ANI",
    "associated press": "Associated Press",
    "agence france-presse": "AFP",
}
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
_OUTLET_WORD = re.compile(
    r"\b(?:news|times|post|press|journal|herald|tribune|agency|reuters|"
    r"media|radio|television|network|magazine|gazette|daily|review|wire|"
    r"online|monitor|observer|telegraph|guardian|independent)\b",
    re.IGNORECASE,
)
_BYLINE_CUT = re.compile(
    r"\s*(?:[|•·—–]|\s-\s|,?\s*(?:updated|published|posted)\b)\s*", re.IGNORECASE
)
_JOB_TITLE = re.compile(
    r"\b(?:correspondent|reporter|editor|writer|staff|contributor|"
    r"columnist|analyst|bureau|desk|producer|special to)\b",
    re.IGNORECASE,
)
_CREDIT_BYLINE = re.compile(r"^\(?reporting by\s+([^;)]+)", re.IGNORECASE)
_COPYRIGHT = re.compile(
    r"^(?:copyright|©|\(c\))\s*(?:©|\(c\))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?"
    r"\s*(.*?)(?:[.,]?\s*all rights reserved.*)?\.?$",
    re.IGNORECASE,
)
# A press release closes with "About <issuer>": the issuer is the source.
_ABOUT_ISSUER = re.compile(r"^About (?:the )?([A-Z][\w&'.-]*(?: [\w&'.-]+){0,6}?)\s*(?::|$)")
_URL_LINE = re.compile(r"^((?:https?://|www\.)\S+)(?:\s+\d{1,4}/\d{1,4})?$", re.IGNORECASE)
_JAN_FIRST = dateparser.parse("2000-01-01")  # what a date without a day or month falls back to
_HEADER_LINES = 30  # the headline, byline and date sit near the top


@dataclass
class TextMetadata:
    headline: str = ""
    byline: str = ""
    published: str = ""  # ISO YYYY-MM-DD
    outlet: str = ""
    url: str = ""  # a bare address line, as printed in a browser's page footer


def parse_date(text: str) -> str:
    """The first full date (with year) in text as YYYY-MM-DD, or ''."""
    for m in FULL_DATE.finditer(text):
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
        and not _DATELINE_AGENCY.search(line)
        and not (FULL_DATE.search(line) and words <= 8)
    )


def find_headline(lines: list[tuple[str, bool]]) -> str:
    for line, boiler in lines[:_HEADER_LINES]:
        if boiler:
            continue
        if _is_headline(line):
            return line
        if is_prose(line):
            return ""  # the story began without a headline
    return ""


def _clean_names(names: str) -> str:
    names = names.strip(" ,;|")
    if re.sub(r"\band\b", "", names).isupper():  # "JANE DOE and MARK ROE"
        names = re.sub(r"\bAnd\b", "and", names.title())
    return names


def find_byline(lines: list[tuple[str, bool]]) -> tuple[str, str]:
    """(names, outlet named after them) from 'By NAME and NAME, Outlet'."""
    for line, _ in lines[:_HEADER_LINES]:
        if is_byline(line):
            rest = line[2:].strip()
            date_at = FULL_DATE.search(rest)
            if date_at:
                rest = rest[: date_at.start()]
            parts = _BYLINE_CUT.split(rest, maxsplit=1)
            names, outlet = parts[0], (parts[1] if len(parts) > 1 else "")
            while "," in names:
                head, _, tail = names.rpartition(",")
                if _OUTLET_WORD.search(tail) or tail.strip().lower() in _AGENCIES:
                    names, outlet = head, tail
                elif _JOB_TITLE.search(tail):  # "Jane Doe, Senior Defense Correspondent"
                    names = head
                else:
                    break
            outlet = outlet.strip(" ,;|")
            outlet = _AGENCIES.get(outlet.lower(), outlet)
            if outlet and not (_OUTLET_WORD.search(outlet) or outlet in _AGENCIES.values()):
                outlet = ""
            return _clean_names(names), outlet
    for line, _ in lines:
        m = _CREDIT_BYLINE.match(line)
        if m:
            return _clean_names(re.split(r"\s+in\s+[A-Z]", m.group(1))[0]), ""
    return "", ""


def find_published(lines: list[tuple[str, bool]]) -> str:
    header = lines[:_HEADER_LINES]
    stamped = [line for line, _ in header if _STAMP.match(line)]
    # "Published" before "Updated": the story's date, not its last edit
    for line in sorted(stamped, key=lambda s: bool(_REVISED.match(s))):
        found = parse_date(line)
        if found:
            return found
    for line, _ in header:
        short = len(line.split()) <= 14 or is_byline(line)
        dateline = re.match(r"^[A-Z][A-Z .,'-]{2,40}[,(]", line)
        if short or dateline:
            text = line if short else line[:80]
            found = parse_date(text)
            if found:
                return found
    return ""


def find_outlet(lines: list[tuple[str, bool]], byline_outlet: str) -> str:
    for line, _ in lines[:_HEADER_LINES]:
        m = _DATELINE_AGENCY.search(line[:120])
        if m:
            return _AGENCIES[m.group(1).lower()]
        m = _DATELINE_SERVICE.match(line[:120])
        if m:
            return _AGENCIES.get(m.group(1).lower(), m.group(1))
    if byline_outlet:
        return byline_outlet
    for line, boiler in lines:
        m = _APP_OUTLET.search(line) if boiler else None
        if m:
            return m.group(1).strip()
    for line, boiler in lines:
        m = _COPYRIGHT.match(line) if boiler else None
        if m and 0 < len(m.group(1).split()) <= 6:
            return m.group(1).strip(" .,")
    for line, boiler in lines:
        m = _ABOUT_ISSUER.match(line) if boiler else None
        if m:
            return m.group(1)
    return ""


def metadata_from_text(text: str, boilerplate: list[tuple[int, int]]) -> TextMetadata:
    lines = _lines(text, boilerplate)
    byline, byline_outlet = find_byline(lines)
    return TextMetadata(
        headline=find_headline(lines),
        byline=byline,
        published=find_published(lines),
        outlet=find_outlet(lines, byline_outlet),
        url=next((m.group(1) for line, _ in lines if (m := _URL_LINE.match(line))), ""),
    )
