"""A daybook's layout: its section labels between rules, and its notes' wrapped lines.

A daybook (and other plain-text planning sheets) frames each section's label between two
rules ("=====" / "FOLLOW-UPS" / "====="), and hard-wraps its desk notes ("Coverage: Text,
photo. Amman correspondent at army briefing 0900 (see" / "below). Graphic ..."), so the
note's last words stand on lines of their own. The rule table knows the note's first line;
the lines under it, up to the item's end, are the same note.
"""

from __future__ import annotations

import re

from briefdeck.ingest.line_kinds import ArticleLine

_RULE_LINE = re.compile(r"^[=\-_*~#]{5,}$")
_LABEL = re.compile(r"^[A-Z][A-Z&/' -]{1,40}$")
# a new item's head: "*JORDAN -- ...", "0700  AMMAN -- ...", "Dec. 8    ANKARA -- ..."
_ITEM_HEAD = re.compile(r"^\*?[A-Z][A-Z .'-]{1,40} --|^\S.{0,14}?\s[A-Z][A-Z .'-]{1,30} --")
_NOTE_LINES = 5  # a note runs to a few wrapped lines, never a story's length


def has_rules(text: str) -> bool:
    return "=====" in text or "-----" in text


def flag_section_labels(lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """'LOOKING AHEAD' between two rules: the section's label, not a headline."""
    for i in range(1, len(lines) - 1):
        if (
            i not in flags
            and lines[i].words <= 3
            and _LABEL.match(lines[i].text)
            and _RULE_LINE.match(lines[i - 1].text)
            and _RULE_LINE.match(lines[i + 1].text)
        ):
            flags[i] = "section label"


def flag_wrapped_notes(text: str, lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """The lines that wrap a desk note, up to a blank line or the next item."""
    for i in [i for i, kind in flags.items() if kind == "desk note"]:
        for k in range(i + 1, min(i + 1 + _NOTE_LINES, len(lines))):
            if (
                k in flags
                or text.count("\n", lines[k - 1].end, lines[k].start) >= 2
                or _ITEM_HEAD.match(lines[k].text)
                or lines[k].words > 16
            ):
                break
            flags[k] = flags[i]


# "MPA MIDDLE EAST DAYBOOK for Thursday, Dec. 3, 2026": an agency's planning sheet is headed by
# the agency's initials, then the desk and the sheet's name; the initials are the publisher
_DAYBOOK_TITLE = re.compile(
    r"([A-Z]{2,6})\s(?:[A-Z][A-Z&'-]*\s){0,3}(?:DAYBOOK|DAY BOOK|NEWS PLANNER|PLANNER|DIARY)\b"
)


def daybook_agency(line: str) -> str:
    """The agency heading a daybook's title line ('' for any other line)."""
    m = _DAYBOOK_TITLE.match(line) if "DAY" in line or "PLANNER" in line else None
    return m.group(1) if m else ""
