"""A military message's title. A formatted message (a spot report, a GENADMIN) opens with
its routing: precedence and date-time group ("R 201430Z NOV 26"), then "FM", "TO", "INFO"
lines naming units. Its title is the subject set, "SUBJ/SPOT REPORT - ... //": the words
between the slash and the closing double slash.
"""

from __future__ import annotations

import re

# "R 201430Z NOV 26" (precedence, date-time group) or "FM CJTF-OIR JOC ERBIL IZ" (the
# originator): the first lines of a message's routing
_ROUTING_LINE = re.compile(r"^(?:[ZOPR] \d{6}Z [A-Z]{3} \d{2}|FM [A-Z0-9].*)$")
# "SUBJ/SPOT REPORT - ONE-WAY ATTACK UAS ENGAGEMENT, ERBIL AIR BASE, 20 NOV 26//"
_SUBJECT_SET = re.compile(r"^SUBJ/([^/\n]{6,200})//?$")


def message_title(lines: list[tuple[str, bool]], at: int) -> str:
    """The subject of the message whose routing starts at line `at`, or ''."""
    if not _ROUTING_LINE.match(lines[at][0]):
        return ""
    for text, _ in lines[at + 1 : at + 16]:
        if text[:5] == "SUBJ/":
            m = _SUBJECT_SET.match(text.rstrip())
            return m.group(1).strip() if m else ""
    return ""
