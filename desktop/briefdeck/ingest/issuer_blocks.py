"""An issuer's name and address around a release: the office's name over its telephone
line, a postal address block under 'Contact', the body's name over the page's breadcrumb.

Found by place, not by words, so that any ministry's or agency's block is taken in any
language: only after the story's last paragraph, or above its first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefdeck.ingest.layout import Line

_SENTENCE_END = re.compile(r"[.!?:;][\"'”’)\]]*$")
# "14548 Schwielowsee", "75007 Paris", "SW1A 2HB London", "Werderscher Damm 21-29",
# "1000 Defense Pentagon": a line of a postal address.
_ADDRESS = re.compile(
    r"^(?:\d{4,5}|[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}) [A-Z]|^\d{1,5}[a-z]? [A-Z][\w'’-]+"
    r"|^[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2} \d{1,4}[a-z]?(?:[-–]\d{1,4})?$"
)
_BLOCK_LINES = 6  # name, office, building, street, town: an address rarely runs longer
# "Weekend editor: Hana Sarkis", "Duty officer: Lt. Jo Ames": a desk's role, then a name
_STAFF_LINE = re.compile(r"^(?:[A-Za-z][\w-]*\s+){0,3}(?i:editor|desk|officer|producer|manager|"
                         r"contact|chief|coordinator)\s*:\s*(?:[A-Z][\w.'’-]*+\s?){1,4}$")




def _is_name_line(line: Line) -> bool:
    return (
        line.words <= 8
        and len(line.text) <= 80
        and not _SENTENCE_END.search(line.text)
        and not any(q in line.text for q in "\"“”")
    )


def flag_contact_names(lines: Sequence[Line], flags: dict[int, str], last_prose: int) -> None:
    """Above a telephone or e-mail line after the story: the office's name (a line or two),
    or a whole postal address block (up to six lines, one of them an address)."""
    for i in range(last_prose + 2, len(lines)):
        text = lines[i].text
        if flags.get(i) != "contact" or i - 1 in flags:
            continue
        if "@" not in text and sum(c.isdigit() for c in text) < 6:
            continue  # a "Contact us" link is no contact line
        run: list[int] = []
        j = i - 1
        # furniture already found inside the block ("Press Office" as a footer link) is
        # stepped over, not taken again
        while j > last_prose and i - j <= _BLOCK_LINES + 2 and len(run) < _BLOCK_LINES:
            if j not in flags:
                if not _is_name_line(lines[j]):
                    break
                run.append(j)
            j -= 1
        if j > last_prose and j not in flags and lines[j].words <= 12:
            continue  # the run did not reach other furniture or a paragraph: no block
        if len(run) <= 2 or any(_ADDRESS.match(lines[k].text) for k in run):
            flags.update(dict.fromkeys(run, "contact"))
    # "Weekend editor: Hana Sarkis" under the desks' numbers: who answers them, one of the block
    for i in range(max(last_prose + 2, 1), len(lines)):
        if i not in flags and flags.get(i - 1) == "contact" and lines[i].words <= 8 \
                and _STAFF_LINE.match(lines[i].text):
            flags[i] = "contact"


def flag_name_over_breadcrumb(
    lines: Sequence[Line], flags: dict[int, str], first_prose: int
) -> None:
    """'Bundeswehr' / 'Joint Forces Command' over 'Home > Operations > News': the body's
    name plate at the very top, over the breadcrumb, with the headline still to come."""
    for k in range(min(first_prose, 3)):
        if k in flags or not _is_name_line(lines[k]) or lines[k].words > 6:
            return
        if flags.get(k + 1) == "navigation" and any(
            j not in flags and 4 <= lines[j].words <= 25 and not _SENTENCE_END.search(lines[j].text)
            for j in range(k + 2, first_prose)
        ):
            flags.update(dict.fromkeys(range(k + 1), "masthead"))
            return


# "Aired March 8, 2027 - 14:00 ET": the airing line of a broadcast transcript.
_AIRED = re.compile(r"^Aired (?:on )?[A-Z][a-z]+\.? \d{1,2},? \d{4}\b")


def flag_show_title(lines: Sequence[Line], flags: dict[int, str]) -> None:
    """'CNN NEWSROOM' over the episode's headlines and 'Aired ...': the show's name in
    capitals at the head of a broadcast transcript."""
    top = lines[0] if lines else None
    if (
        top is not None
        and 0 not in flags
        and top.words <= 5
        and top.text.isupper()
        and not _SENTENCE_END.search(top.text)
        and any(_AIRED.match(ln.text) for ln in lines[1:4])
    ):
        flags[0] = "masthead"
