"""A meeting invitation saved as an iCalendar file (.ics, or its text pasted): read as a
calendar, its description the content and its properties furniture.

RFC 5545 writes every property on a "NAME;PARAMS:value" line, folds a line longer than 75
octets by a line break and one space or tab (cutting words: "Emergency / Action", "U.S. Arm /
y Central"), and escapes the value's line breaks, commas and semicolons ("\\n", "\\,", "\\;").
Read as plain text, no sentence of the description is whole. Here the folds are undone (in
text.clean, before trailing blanks are trimmed: a fold may keep the space before it), the
description and the meeting's title are unescaped onto lines of their own, and every other
property line is kept as the file wrote it, to be flagged: the organiser's and attendees'
addresses, the time zone, the UID, the client's X- properties, the reminder. The invitation's
own stamp (DTSTAMP, when the organiser sent it) is its date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefdeck.ingest.line_kinds import ArticleLine

_START = "BEGIN:VCALENDAR"
# The components whose DESCRIPTION / SUMMARY are the meeting's own words (an alarm's
# "DESCRIPTION:REMINDER" is the client's).
_CONTENT_PARENTS = frozenset({"VEVENT", "VTODO", "VJOURNAL"})
_TEXT_PROPERTIES = frozenset({"DESCRIPTION", "COMMENT"})
# RFC 5545 (and 7986) property names; any "X-" name is a client's own.
_PROPERTIES = frozenset(
    "BEGIN END METHOD PRODID VERSION CALSCALE TZID TZNAME TZOFFSETFROM TZOFFSETTO TZURL "
    "DTSTART DTEND DTSTAMP DUE DURATION RRULE RDATE EXDATE RECURRENCE-ID UID SEQUENCE STATUS "
    "CLASS PRIORITY TRANSP ORGANIZER ATTENDEE LOCATION SUMMARY DESCRIPTION COMMENT CREATED "
    "LAST-MODIFIED CATEGORIES URL GEO TRIGGER ACTION REPEAT ATTACH RELATED-TO RESOURCES "
    "CONTACT FREEBUSY PERCENT-COMPLETE COMPLETED REQUEST-STATUS NAME COLOR IMAGE CONFERENCE "
    "REFRESH-INTERVAL SOURCE".split()
)
_ESCAPE = re.compile(r"\\([nN,;:\\])")
_STAMP = re.compile(r"^((?:19|20)\d\d)(\d\d)(\d\d)(?:T\d{6}Z?)?$")
_MAX_LINES = 20_000  # an invitation has a few dozen properties; more is not read as one


@dataclass
class Invitation:
    text: str
    hints: dict[str, str] = field(default_factory=dict)


def starts_calendar(text: str) -> bool:
    """Cheap: whether the text opens as an iCalendar object."""
    return text[:64].lstrip().startswith(_START)


def unfold(text: str) -> str:
    """The content lines with their folds undone (newlines already normalised to \\n): a line
    break followed by one space or tab continues the line above."""
    return text.replace("\n ", "").replace("\n\t", "")


def split_property(line: str) -> tuple[str, str, str] | None:
    """(name, parameters, value) of a content line "NAME;PARAM=x;CN="a:b":value", or None.
    A quoted parameter value may hold a colon; the value starts at the first colon outside
    quotes. Plain string scanning: no pattern to backtrack."""
    end = len(line)
    i = 0
    while i < end and (line[i].isalnum() or line[i] == "-") and line[i].isascii():
        i += 1
    if i == 0 or i >= end or line[i] not in ";:" or not line[0].isalpha():
        return None
    name = line[:i]
    if name != name.upper():
        return None
    quoted = False
    j = i
    while j < end:
        c = line[j]
        if c == '"':
            quoted = not quoted
        elif c == ":" and not quoted:
            return name, line[i:j], line[j + 1 :]
        j += 1
    return None


def is_property_line(line: str) -> bool:
    """A line that is one of the calendar's properties (a known name or a client's X- one)."""
    if not line[:1].isupper():
        return False
    parts = split_property(line)
    return parts is not None and (parts[0] in _PROPERTIES or parts[0].startswith("X-"))


def _unescape(value: str) -> str:
    return _ESCAPE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def _day(value: str) -> str:
    m = _STAMP.match(value.strip())
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else ""


def calendar_to_text(text: str) -> Invitation | None:
    """The invitation as text (properties as written, the description and title unescaped on
    lines of their own) with its title and date, or None when the text is no calendar."""
    if not starts_calendar(text) or "\nEND:V" not in text:
        return None
    lines = unfold(text).split("\n")
    if len(lines) > _MAX_LINES:
        return None
    out: list[str] = []
    hints: dict[str, str] = {}
    stamps: dict[str, str] = {}
    stack: list[str] = []
    for line in lines:
        parts = split_property(line) if line[:1].isupper() else None
        if parts is None:
            out.append(line.strip())
            continue
        name, params, value = parts
        if name == "BEGIN":
            stack.append(value.strip().upper())
        elif name == "END" and stack:
            stack.pop()
        inside = bool(stack) and stack[-1] in _CONTENT_PARENTS
        if inside and (name in _TEXT_PROPERTIES or name == "SUMMARY"):
            words = [ln.strip() for ln in _unescape(value).split("\n")]
            out.extend(["", f"{name}{params}:", *words, ""])
            if name == "SUMMARY" and words and words[0]:
                hints.setdefault("headline", " ".join(w for w in words if w))
            continue
        if inside and name in ("DTSTAMP", "CREATED", "LAST-MODIFIED"):
            stamps.setdefault(name, _day(value))
        out.append(line.rstrip())
    # when the organiser sent it; else when it was made or last changed
    day = stamps.get("DTSTAMP") or stamps.get("CREATED") or stamps.get("LAST-MODIFIED")
    if day:
        hints["published"] = day
    return Invitation("\n".join(out), hints)


def flag_properties(lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """Every property line of a calendar read as text: the description's and the title's own
    lines (under their bare "DESCRIPTION:" / "SUMMARY:" labels) are not properties."""
    for i, line in enumerate(lines):
        if i not in flags and is_property_line(line.text):
            flags[i] = "calendar property"


# Kinds a page's layout gives its short lines (a menu, its sections): a description is a
# message's own text, with no page round it, so its short lines (the organiser's signature:
# name, office, post) are none of them.
_PAGE_KINDS = frozenset({"navigation", "tags"})


def keep_description(lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """Unflag the page-layout kinds inside a calendar's description (from its bare
    "DESCRIPTION:" label to the next property line)."""
    inside = False
    for i, line in enumerate(lines):
        if is_property_line(line.text):
            inside = line.text.startswith("DESCRIPTION") and line.text.endswith(":")
        elif inside and flags.get(i) in _PAGE_KINDS:
            del flags[i]
