"""The title of a remarks transcript: its event, not its speaker.

A speech transcript is headed "REMARKS AS DELIVERED", then the speaker's line ("Lt. Col. A
B, outgoing commander, ...") and the occasion ("Change of Command Ceremony, Fort X"). The
speaker's line reads like a title but names a person; an analyst titles the document by
what happened: "Remarks at the Change of Command Ceremony, Fort X".
"""

from __future__ import annotations

import re

_REMARKS = re.compile(r"^(?:remarks|speech|address|keynote)\b|\bas (?:delivered|prepared)\b",
                      re.IGNORECASE)
# "Lt. Col. Brian Okonkwo, outgoing commander, ...": a name, a comma, then a role.
_SPEAKER = re.compile(
    r"^(?:[A-Z][\w'’.-]*\s+){1,5}[A-Z][\w'’-]+,\s+(?:[\w-]+\s+){0,3}?(?:commander|secretary|"
    r"director|chief|minister|ambassador|president|chair\w*|commandant|administrator|"
    r"governor|senator|representative|spokes\w+|officer|general|admiral|CEO)\b"
)
_OCCASION = re.compile(r"\b(?:ceremony|conference|summit|forum|symposium|dinner|luncheon|"
                       r"graduation|commencement|change of command|memorial|dedication|"
                       r"convention|reception|parade|gala|assumption of command)\b",
                       re.IGNORECASE)


def remarks_title(lines: list[tuple[str, bool]], at: int) -> str:
    """'Remarks at <occasion>' when the headline found at `at` is a speaker's line under a
    remarks label and the occasion is named just below it; else ''."""
    if at < 0 or not _SPEAKER.match(lines[at][0]):
        return ""
    if not any(_REMARKS.search(line) for line, _ in lines[max(0, at - 3) : at]):
        return ""
    for line, _ in lines[at + 1 : at + 3]:
        if _OCCASION.search(line) and len(line) < 160 and not line.endswith("."):
            if line[:7].lower() == "remarks":
                return line
            return f"Remarks at {'' if line[:4].lower() == 'the ' else 'the '}{line}"
    return ""
