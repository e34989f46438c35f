"""A meeting record's title. A verbatim record opens with its issuer and document symbol
("United Nations S/PV.10312"): a filing reference, not what the record is about. A reader
names it by its meeting and agenda item, "Security Council, 10312th meeting: The situation in
the Middle East"; the item is printed in the running head beside the symbol and the date.
The record's publisher is its issuer and body ("United Nations Security Council"), which a
verbatim record prints in place of a masthead.
"""

from __future__ import annotations

import re

# "United Nations S/PV.10312", "S/PV.10312", "A/81/PV.45": an issuer and a record's symbol.
_SYMBOL_LINE = re.compile(r"^(?:([A-Z][\w ]{0,40})\s)?([A-Z]{1,2}(?:/\d{1,3})?/PV\.\d{1,6})$")
_MEETING = re.compile(r"^\d{1,6}(?:st|nd|rd|th) (?:meeting|plenary meeting)$", re.IGNORECASE)
_BODY = re.compile(r"^(?:Security Council|General Assembly|[A-Z][\w ]{2,40} (?:Council|Committee|"
                   r"Assembly|Commission))$")


def meeting_title(lines: list[tuple[str, bool]], headline: str) -> str:
    """'Body, Nth meeting: agenda item' when the headline is a record's symbol line."""
    m = _SYMBOL_LINE.match(headline)
    if not m:
        return ""
    symbol, meeting, body, item = m.group(2), "", "", ""
    head = re.compile(re.escape(symbol) + r"\s{2,}(.+?)\s{2,}\d")
    for line, _ in lines[:40]:
        if not meeting and _MEETING.match(line):
            meeting = line
        elif not body and _BODY.match(line):
            body = line
    for line, _ in lines:
        found = head.match(line)
        if found:
            item = found.group(1).strip()
            break
    if not meeting:
        return ""
    title = f"{body}, {meeting}" if body else meeting[:1].upper() + meeting[1:]
    return f"{title}: {item}" if item else title


def record_issuer(lines: list[tuple[str, bool]], headline: str) -> str:
    """'United Nations Security Council' when the headline is a record's symbol line: the
    issuer printed before the symbol (a "/PV." symbol is the United Nations' own) and the
    body named on the cover."""
    m = _SYMBOL_LINE.match(headline)
    if not m:
        return ""
    issuer = (m.group(1) or "United Nations").strip()
    body = next((line for line, _ in lines[:40] if _BODY.match(line)), "")
    return f"{issuer} {body}" if body and not body.startswith(issuer) else issuer
