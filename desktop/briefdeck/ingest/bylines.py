"""Who wrote the story: the "By ..." line (with the outlet it may name), a line of names with
their roles under the headline, or the "Reporting by ..." credit at the foot.
"""

from __future__ import annotations

import re

from briefdeck.ingest import credits
from briefdeck.ingest.boilerplate import is_byline, is_prose
from briefdeck.ingest.full_dates import FULL_DATE
from briefdeck.ingest.header_lines import _HEADER_LINES

_AGENCIES = credits.AGENCIES
_OUTLET_WORD = credits.OUTLET_WORD
_BYLINE_CUT = re.compile(
    r"\s*(?:[|•·—–]|\s-\s|,?\s*(?:updated|published|posted)\b)\s*", re.IGNORECASE
)
_JOB_TITLE = re.compile(
    r"\b(?:correspondent|reporter|editor|writer|staff|contributor|"
    r"columnist|analyst|bureau|desk|producer|special to)\b",
    re.IGNORECASE,
)
# "By Guardian staff and agencies": a staff credit, which is_byline leaves alone.
_STAFF_BYLINE = re.compile(
    r"^By\s+(?:the\s+)?(?:(?-i:[A-Z])[\w.&'-]*\s+){0,4}(?:staff|newsroom|news desk)\b(?!.*[.!?]$)",
    re.IGNORECASE,
)
# "..., and wire reports", "and agencies": help from the wires, neither a writer nor an outlet
_WIRE_HELP = re.compile(r",?\s+(?:and|with)\s+(?:wire\s+(?:reports|services)|(?:news\s+)?agencies|"
                        r"agency\s+reports)\s*$", re.IGNORECASE)
_CREDIT_BYLINE = re.compile(r"^\(?reporting by\s+([^;)]+)", re.IGNORECASE)


def _clean_names(names: str) -> str:
    names = names.strip(" ,;|")
    if re.sub(r"\band\b", "", names).isupper():  # "JANE DOE and MARK ROE"
        names = re.sub(r"\bAnd\b", "and", names.title())
    return names


# "Senior Fellow", "Director, Gulf Programme": a writer's post at an institute
_POST = re.compile(r"\b(?:fellow|director|professor|lecturer|researcher|programme|program|"
                   r"head of|chair)\b", re.IGNORECASE)


def _without_role(names: str) -> str:
    """"Dr. Jo Ames, Senior Fellow, Defence Programme": the name before the first part that
    is a post (every part after it describes it), unless another writer follows ("and ...")."""
    if "," not in names:
        return names
    parts = names.split(",")
    for k in range(1, len(parts)):
        if _JOB_TITLE.search(parts[k]) or _POST.search(parts[k]):
            if not any(re.match(r"\s*(?:and|&)\s", p) for p in parts[k:]):
                return ",".join(parts[:k])
            break
    return names


def _by_line(line: str) -> tuple[str, str]:
    """(names, outlet) from 'By NAME and NAME, Outlet | date'."""
    rest = _WIRE_HELP.sub("", line[2:].strip())
    date_at = FULL_DATE.search(rest)
    if date_at:  # "By Jo Ames on March 12, 2025 at 3:42 PM": the date and its "on" go
        rest = re.sub(r"\s+(?:on|at|updated|published)\s*$", "", rest[: date_at.start()],
                      flags=re.IGNORECASE)
    parts = _BYLINE_CUT.split(rest, maxsplit=1)
    names, outlet = parts[0], (parts[1] if len(parts) > 1 else "")
    while "," in names:
        head, _, tail = names.rpartition(",")
        if _OUTLET_WORD.search(tail) or credits.agency(tail):
            names, outlet = head, tail
        elif _JOB_TITLE.search(tail):  # "Jane Doe, Senior Defense Correspondent"
            names = head
        else:
            break
    names = _without_role(names)
    outlet = outlet.strip(" ,;|")
    outlet = credits.agency(outlet) or outlet
    if outlet and not (_OUTLET_WORD.search(outlet) or outlet in _AGENCIES.values()):
        outlet = ""
    names, credited = credits.split_credit(names)  # "By AFP", "By Reuters Staff"
    return _clean_names(names), outlet or credited


def find_byline(lines: list[tuple[str, bool]], headline_at: int) -> tuple[str, str, int]:
    """(names, outlet named with them, the byline's line index or -1)."""
    for i, (line, boiler) in enumerate(lines[:_HEADER_LINES]):
        if is_byline(line) or _STAFF_BYLINE.match(line):
            if boiler:  # another story's writer (a brief set beside this one) comes second
                later = _story_byline(lines, i + 1)
                if later >= 0:
                    return (*_by_line(lines[later][0]), later)
            return (*_by_line(line), i)
        segments = credits.SEPARATOR.split(line)
        if len(segments) == 2 and is_byline(segments[1]):  # "Outlet.com | By Jane Doe"
            names, outlet = _by_line(segments[1])
            named = segments[0].strip()
            if not outlet and 0 < len(named.split()) <= 4 and named[:1].isupper():
                outlet = credits.agency(named) or named
            return names, outlet, i
    # Without "By": a line of names with their roles, between the headline and the story.
    for i in range(headline_at + 1, min(len(lines), _HEADER_LINES)):
        line, boiler = lines[i]
        if is_prose(line) and not boiler:
            break
        below = lines[i + 1][0] if i + 1 < len(lines) else ""
        names = (credits.author_line(line) or credits.name_over_role(line, below)
                 or credits.names_list(line))
        if names:
            return names, "", i
    for line, _ in lines:
        m = _CREDIT_BYLINE.match(line)
        if m:
            return _clean_names(re.split(r"\s+in\s+[A-Z]", m.group(1))[0]), "", -1
    return "", "", -1


def _story_byline(lines: list[tuple[str, bool]], start: int) -> int:
    """The index of a "By ..." line outside boilerplate further down the head, or -1."""
    for k in range(start, min(len(lines), _HEADER_LINES)):
        line, boiler = lines[k]
        if not boiler and (is_byline(line) or _STAFF_BYLINE.match(line)):
            return k
    return -1
