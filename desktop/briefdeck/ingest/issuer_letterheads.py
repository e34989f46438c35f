"""A letterhead is who issues a statement, not what it says: "Kingdom of Saudi Arabia",
"Ministry of Defense", "Official Spokesman's Office", "Statement No. 118/1448" over a
ministry's statement name the state, the ministry, the office and the issue number. The
statement's title is its own heading below them (or none).
"""

from __future__ import annotations

import re

# A state's name: "Kingdom of Saudi Arabia", "Hashemite Kingdom of Jordan", "State of Qatar".
_STATE = (r"(?:(?:Hashemite|United|Islamic|Federal|People's|Arab|Syrian\s+Arab)\s+)?"
          r"(?:Kingdom|Republic|State|Sultanate|Emirate|Principality|Federation|Government)"
          r"\s+of(?:\s+the)?(?:\s+[A-Z][\w'’-]*){1,3}")
# A ministry, department or office: "Ministry of Defense", "Ministry of Foreign Affairs and
# International Cooperation", "Official Spokesman's Office", "Office of the Spokesperson".
_OFFICE = (r"(?:[A-Z][\w'’-]*\s+){0,3}(?:Ministry|Department|Directorate|Office|Secretariat|"
           r"Presidency|Command|Embassy)(?:\s+(?:of|for)(?:\s+the)?"
           r"(?:\s+(?:[A-Z][\w'’-]*|and|of|the)){1,6})?")
# "Statement No. 118/1448", "Press Release No. 42": the issue's number, not its title.
_ISSUE_NUMBER = (r"(?:Official\s+)?(?:Statement|Press\s+Release|Communiqu[eé]|Bulletin|"
                 r"Announcement|Circular)\s+(?:No\.?|Number|#)\s*\d[\d/.-]*")
_LETTERHEAD = re.compile(rf"^(?:The\s+)?(?:{_STATE}|{_OFFICE}|{_ISSUE_NUMBER})$")


def is_letterhead(line: str) -> bool:
    """A line that only names the state, ministry or office issuing a statement, or the
    statement's number: the page's letterhead."""
    return len(line) < 90 and _LETTERHEAD.match(line) is not None


_STATE_LINE = re.compile(rf"^(?:The\s+)?{_STATE}$")
_OFFICE_LINE = re.compile(rf"^(?:The\s+)?{_OFFICE}$")


def letterhead_issuer(lines: list[tuple[str, bool]], header: int) -> str:
    """Who issues a statement headed by a letterhead: its ministry or office, with the state
    ("Ministry of Defense (Kingdom of Saudi Arabia)"); '' without a state's letterhead."""
    state = office = ""
    for line, _ in lines[:header]:
        if len(line) >= 90:
            continue
        if not state and _STATE_LINE.match(line):
            state = line
        elif state and _OFFICE_LINE.match(line) and (not office or "Ministry" in line
                                                     and "Ministry" not in office):
            office = line
    if not state:
        return ""
    return f"{office} ({state})" if office else state
