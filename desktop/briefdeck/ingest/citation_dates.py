"""A citation's dates: the cited work's, never the page's.

A reference block lists the fields of the work it cites, a field a line or a label over its
value: "stated in", the work's title, its "publication date", its "reference URL", when it was
"retrieved". The dates in such a block are when the cited report came out and when someone
looked at it; the page citing it was written later (a knowledge base's item, a wiki's
references, a bibliography). Those date lines are set aside before the page's own date is
looked for. A "Publication date" field alone is a cover's own field, and a clipping's one
source block (title, publication date, retrieved, then the story) dates the story in hand:
only a page listing several references (a field no cover has, "stated in", "reference URL",
"retrieved", twice over) has its dates of references set aside, each within its block.
"""

from __future__ import annotations

import re

from briefdeck.ingest.full_dates import only_a_date

# a reference's date fields: "publication date", "retrieved", "access date"
_DATE_FIELD = re.compile(
    r"^(?:publication date|date of publication|retrieved|date retrieved|"
    r"access(?:ed)? date|date accessed|accessed|archive date|archived(?: on)?|"
    r"reference url|archive url)\s*:?\s*",  # (an address holding the cited work's date)
    re.IGNORECASE,
)
# the fields only a reference has (a report's cover has a date, never these)
_REFERENCE_FIELD = re.compile(
    r"^(?:stated in|reference url|archive url|retrieved|date retrieved|access(?:ed)? date|"
    r"date accessed|cited work|quotation|author name string)\s*(?::|$)",
    re.IGNORECASE,
)
_NEAR = 8  # lines either side a block's other fields sit in
_SCAN = 80  # lines looked at: the page's own date is read from its opening


def without_citation_dates(lines: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """The lines with a reference block's date and address fields blanked: the label line
    (and the value on it) and the date or address alone on the line under a bare label."""
    fields = [
        i for i, (line, _) in enumerate(lines[:_SCAN])
        if len(line) <= 60 and _REFERENCE_FIELD.match(line)
    ]
    kinds = [_field_name(lines[i][0]) for i in fields]
    if len(kinds) == len(set(kinds)):  # one source's block: the clipping's own story
        return lines
    out = list(lines)
    for i, (line, bold) in enumerate(lines[:_SCAN]):
        if len(line) > 160 or not (m := _DATE_FIELD.match(line)):
            continue
        if not any(abs(k - i) <= _NEAR and k != i for k in fields):
            continue
        out[i] = ("", bold)
        under = lines[i + 1][0] if i + 1 < len(lines) else ""
        if m.end() == len(line) and (only_a_date(under) or "://" in under[:12]):
            out[i + 1] = ("", lines[i + 1][1])
    return out


def _field_name(line: str) -> str:
    return line.split(":", 1)[0].strip().lower()
