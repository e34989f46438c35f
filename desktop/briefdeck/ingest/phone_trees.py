"""A phone tree: names and services, each over its number, as a newsletter prints them.

A unit's or a family group's newsletter lists whom to call ("FRG Leader, Megan Castellano" /
"(915) 555-0193", "Military Crisis Line" / "Dial 988, then press 1"); a PDF's table gives
each cell a line. The number alone on its line is a contact; the line over it is its name in
the list, and a short heading over the first entry ("Phone Tree and Resources") goes with it.
"""

from __future__ import annotations

import re

from briefdeck.ingest.line_kinds import SENTENCE_END, ArticleLine, is_prose

# "(915) 555-0147", "800-342-9647", "+44 20 7555 0144", "Dial 988, then press 1"
_NUMBER = re.compile(
    r"^\+\d{1,3}(?:[ .-]\d{1,4}){2,4}$|^(?:1[ .-])?(?:\(\d{3}\) ?|\d{3}[.-])\d{3}[.-]\d{4}$"
    r"|^(?:dial|call|text)\s+\d{3,}(?:,? (?:then )?press \d)?\.?$",
    re.I,
)
_HEADING = re.compile(
    r"\b(?:phone|telephone|numbers?|contacts?|resources|hotlines?|directory|helplines?|"
    r"key callers?|who to call)\b",
    re.I,
)
_NAME_WORDS = 8


def _is_entry_name(line: ArticleLine) -> bool:
    return (
        line.words <= _NAME_WORDS
        and not SENTENCE_END.search(line.text)
        and not is_prose(line.text, line.words)
        and not _NUMBER.match(line.text)
    )


def flag_phone_tree(lines: list[ArticleLine], flags: dict[int, str]) -> None:
    numbers = [
        i
        for i, ln in enumerate(lines)
        if ln.words <= 6 and ln.text[-1:].isdigit() and _NUMBER.match(ln.text)
    ]
    if len(numbers) < 2:  # one number under a name is a contact line, not a list
        return
    first_entry = None
    for i in numbers:
        flags.setdefault(i, "contact")
        if i and _is_entry_name(lines[i - 1]) and flags.get(i - 1, "contact") == "contact":
            flags[i - 1] = "contact"
            if first_entry is None:
                first_entry = i - 1
    if first_entry:
        heading = lines[first_entry - 1]
        if (
            heading.words <= 6
            and not SENTENCE_END.search(heading.text)
            and _HEADING.search(heading.text)
        ):
            flags.setdefault(first_entry - 1, "contact")
