"""A ship's (or a unit's) Plan of the Day: the captain's note among the day's routine.

A Navy ship prints a Plan of the Day for her crew: the ship's name and the date, the
uniform and sunrise/sunset line, the duty officers' line ("CDO: ... | Duty Section: 2 |
OOD ..."), the day's schedule as a table (time, event, place: reveille, meals, drills,
flight quarters, taps), then notes under headings: the captain's ("CO'S CORNER") and the
routine ones (the XO's and the command master chief's notes, safety, birthdays, a quote of
the day). The captain's note may tell what the ship did; the routine is furniture: its
clock times, mail dates, counts of sailors advanced and aircraft on the schedule are no
facts of an engagement.
"""

from __future__ import annotations

import re

from briefdeck.ingest.line_kinds import ArticleLine

_HEAD_CHARS = 1500
# "Uniform of the Day: Coveralls.", "Sunrise 0611 / Sunset 1724": the day's routine lines.
_UNIFORM = re.compile(r"^uniform(?: of the day)?[ \t]*+:|\bsunrise\b[^\n]{0,40}\bsunset\b", re.I)
# "CDO: LT A | Duty Section: 2 | OOD (0800-1200): LTJG B": who has the duty today.
_DUTY = re.compile(
    r"^(?:CDO|SDO|OOD|CDI|JOOD|duty officer|command duty officer|duty section|"
    r"duty department)\b[^:\n]{0,20}:",
    re.I,
)
# "0545\tReveille\tAll spaces", "0600-0700\tBreakfast": a schedule row, a clock time first;
# "Time\tEvent\tLocation": its header.
_SCHEDULE_ROW = re.compile(r"^(?:\d{4}(?:[ \t]*+[-–][ \t]*+\d{4})?|time|when)\t", re.I)
# A heading in capitals, no sentence: "XO NOTES", "BIRTHDAYS", "CO'S CORNER".
_HEADING = re.compile(r"^[A-Z][A-Z0-9 '’&/.,-]{2,40}+$")
# The routine sections (the captain's own note is not among them).
_ROUTINE = re.compile(
    r"\b(?:NOTES|SAFETY|BIRTHDAYS?|ANNIVERSARIES|ANNOUNCEMENTS|REMINDERS|QUOTE OF THE DAY|"
    r"THOUGHT OF THE DAY|WORD OF THE DAY|MWR|MENU|WATCH BILL|DUTY|SPORTS|MAIL|"
    r"ADVANCEMENT|CONGRATULATIONS|WELCOME ABOARD|ATTA BOYS?|BRAVO ZULU|RELIGIOUS SERVICES|"
    r"DIVINE SERVICES|TRAINING)\b"
)
_CAPTAIN = re.compile(r"^(?:THE )?(?:CO|CAPTAIN|CAPT|SKIPPER|COMMANDING OFFICER|COMMODORE)\b")
_SECTION_LINES = 12  # a routine section longer than this is no note: left alone


def is_plan_of_the_day(text: str) -> bool:
    head = text[:_HEAD_CHARS]
    return "PLAN OF THE DAY" in head or "Plan of the Day" in head


def flag_plan_of_the_day(text: str, lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """Flag a Plan of the Day's routine lines, its schedule table and its routine sections;
    the ship, the title, the date and the captain's note stay."""
    if not is_plan_of_the_day(text):
        return
    heads = [
        i
        for i, ln in enumerate(lines)
        if ln.words <= 6 and "\t" not in ln.text and _HEADING.match(ln.text)
    ]
    for i, line in enumerate(lines):
        if "\t" in line.text:
            if _SCHEDULE_ROW.match(line.text):
                flags.setdefault(i, "plan of the day")
        elif line.words <= 40 and (_UNIFORM.search(line.text) or _DUTY.match(line.text)):
            flags.setdefault(i, "plan of the day")
    for n, head in enumerate(heads):
        title = lines[head].text
        if _CAPTAIN.match(title) or not _ROUTINE.search(title):
            continue
        end = heads[n + 1] if n + 1 < len(heads) else len(lines)
        if end - head - 1 > _SECTION_LINES:
            continue
        for i in range(head, end):
            flags.setdefault(i, "plan of the day")
