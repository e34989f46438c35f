"""A company alert form's banner ("FLASH ALERT - SECURITY", "HSE SAFETY ALERT") says what
kind of form it is, not what happened. Its title is its subject or incident field when it
has one; else the banner with the incident's location ("FLASH ALERT - SECURITY: Khor Mor
gas field"), so the title names where.
"""

from __future__ import annotations

import re

from briefdeck.ingest.header_lines import _HEADER_LINES
from briefdeck.ingest.letter import memo_subject

_BANNER = re.compile(r"^(?:[A-Z&]+\s+){0,3}(?:FLASH|SAFETY|SECURITY|HSE|INCIDENT|HAZARD)\s+"
                     r"(?:ALERT|BULLETIN|NOTICE|REPORT|NOTIFICATION)"
                     r"(?:\s*[-–—:|]\s*[A-Z][A-Z /&-]{1,30})?$")
# "Subject: ...", "Incident title: ...": the form's own words for what happened
_SUBJECT = re.compile(r"^(?:subject|title|incident(?:\s+(?:title|summary|description))?|"
                      r"event|re)\s*:\s*(.*)$", re.IGNORECASE)
_LOCATION = re.compile(r"^(?:location|site|place)(?:\s+of\s+(?:incident|event))?\s*:\s*(.*)$",
                       re.IGNORECASE)
_FIELD = re.compile(r"^[A-Z][\w /&.()-]{0,30}:\s*$")
# "ARCENT-G3-AMD<tab>24 November 2026": military correspondence opens with the office symbol
# and the date on one line (an information paper, a memo); it says who filed it and when, and
# the SUBJECT line below says what the paper is about
_OFFICE_DATE = re.compile(r"^[A-Z][A-Z0-9]{1,11}(?:[-/][A-Z0-9]{1,11}){1,5}[\t ]+"
                          r"\d{1,2}\s[A-Z][a-z]{2,8}\.?\s(?:\d{4}|\d{2})$")

# "PRELIMINARY REPORT (REPORT No. 1)": a loss adjuster's or surveyor's heading names the kind
# of report and its number in the series, not what it reports on; the "Loss:" or "Subject:"
# field below (often one cell of a "Insured: ... | Loss: ... | Date of loss: ..." row) does
_REPORT_KIND = re.compile(r"^(?:(?:PRELIMINARY|INTERIM|FINAL|FURTHER|SUPPLEMENTARY|STATUS|"
                          r"PROGRESS|FIRST|SECOND|THIRD)\s+)?REPORT"
                          r"(?:\s*\(?REPORT\s+NO\.?\s*\d{1,3}\)?|\s+NO\.?\s*\d{1,3})?$",
                          re.IGNORECASE)
_LOSS_FIELD = re.compile(r"(?:^|\|\s*)(?:loss|subject|re|matter)\s*:\s*([^|\n]{6,200}?)\s*"
                         r"(?:\||$)", re.IGNORECASE)


def _report_subject(lines: list[tuple[str, bool]], headline_at: int) -> str:
    """The subject a report-kind heading's fields name below it, or ''."""
    for line, _ in lines[headline_at + 1 : headline_at + 4]:
        if ":" in line and (m := _LOSS_FIELD.search(line)):
            return m.group(1).strip()
    return ""


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
    if headline[:1].isupper() and _OFFICE_DATE.match(headline):
        return memo_subject(lines)
    if headline[:1].isupper() and _REPORT_KIND.match(headline):
        return _report_subject(lines, headline_at)
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
