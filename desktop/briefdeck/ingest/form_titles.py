"""A company alert form's banner ("FLASH ALERT - SECURITY", "HSE SAFETY ALERT") says what
kind of form it is, not what happened. Its title is its subject or incident field when it
has one; else the banner with the incident's location ("FLASH ALERT - SECURITY: Khor Mor
gas field"), so the title names where.
"""

from __future__ import annotations

import re

from briefdeck.ingest.header_lines import _HEADER_LINES

_BANNER = re.compile(r"^(?:[A-Z&]+\s+){0,3}(?:FLASH|SAFETY|SECURITY|HSE|INCIDENT|HAZARD)\s+"
                     r"(?:ALERT|BULLETIN|NOTICE|REPORT|NOTIFICATION)"
                     r"(?:\s*[-–—:|]\s*[A-Z][A-Z /&-]{1,30})?$")
# "Subject: ...", "Incident title: ...": the form's own words for what happened
_SUBJECT = re.compile(r"^(?:subject|title|incident(?:\s+(?:title|summary|description))?|"
                      r"event|re)\s*:\s*(.*)$", re.IGNORECASE)
_LOCATION = re.compile(r"^(?:location|site|place)(?:\s+of\s+(?:incident|event))?\s*:\s*(.*)$",
                       re.IGNORECASE)
_FIELD = re.compile(r"^[A-Z][\w /&.()-]{0,30}:\s*$")


def _field_value(lines: list[tuple[str, bool]], i: int, value: str) -> str:
    """A field's value: on its own line, or on the next ("Location:" / "Khor Mor ...")."""
    if value.strip():
        return value.strip()
    nxt = lines[i + 1][0] if i + 1 < len(lines) else ""
    return "" if not nxt or _FIELD.match(nxt) else nxt.strip()


# "Headline: Strikes hit the port": a caption feed's field, its label no part of the title
_HEADLINE_FIELD = re.compile(r"^(?:headline|hed)\s*:\s*(\S.{2,300})$", re.IGNORECASE)


def record_title(lines: list[tuple[str, bool]], headline: str, headline_at: int) -> str:
    """A record's title when `headline` is one of its fields, else '': a caption feed's
    "Headline:" value (the feed's header above it is furniture)."""
    m = _HEADLINE_FIELD.match(headline)
    return m.group(1).strip() if m else ""


def form_title(lines: list[tuple[str, bool]], headline: str, headline_at: int) -> str:
    """The alert form's title when `headline` is its banner, a record's title when it is one
    of the record's fields (record_title), else ''."""
    if not _BANNER.match(headline):
        if headline[:1] in "Hh":
            return record_title(lines, headline, headline_at)
        return ""
    place = ""
    for i in range(headline_at + 1, min(len(lines), headline_at + _HEADER_LINES)):
        line = lines[i][0]
        m = _SUBJECT.match(line)
        if m and (value := _field_value(lines, i, m.group(1))) and not value[:1].isdigit() \
                and not re.search(r"\d{3,}", value.split()[0]):
            return value
        m = _LOCATION.match(line) if not place else None
        if m:
            place = _field_value(lines, i, m.group(1)).split(",")[0].split(" - ")[0].strip()
    return f"{headline}: {place}" if place else ""
