"""A sponsor's block in a newsletter: the bare "SPONSORED" (or "Advertisement", "Partner
content") label, then a few lines of the sponsor's pitch, closed by a rule line or the next
furniture. The pitch names products and places ("counter-UAS for bases and ports") that are
no part of the news; it is known by its call to act ("Book a demo at ...", "Learn more").
A block with no such call, or one that runs on, is left alone: the news may follow the label.
"""

from __future__ import annotations

import re

from briefdeck.ingest.line_kinds import ArticleLine

_LABEL = re.compile(r"^(?:sponsored(?: content| message| by)?|sponsor|advertisement|"
                    r"partner content|presented by|paid (?:post|content))\s*:?$", re.IGNORECASE)
_CALL = re.compile(r"\b(?:book a demo|request a demo|learn more|find out more|sign up|"
                   r"get started|try it|visit|start (?:your )?free trial|order now|shop now)\b|"
                   r"https?://|www\.|\b[\w-]+\.(?:com|io|net|org|example)(?:/\S*)?\b",
                   re.IGNORECASE)
_BLOCK_LINES = 3
_PITCH_WORDS = 80


def flag_sponsor_blocks(lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """Flag the pitch under a sponsor's label (see the module's note)."""
    for i in [i for i, rule in flags.items() if rule == "advertisement"]:
        if lines[i].words > 3 or not _LABEL.match(lines[i].text):
            continue
        run = []
        j = i + 1
        while j < len(lines) and j not in flags and len(run) <= _BLOCK_LINES:
            run.append(j)
            j += 1
        if (
            run
            and j < len(lines)
            and j in flags
            and len(run) <= _BLOCK_LINES
            and all(lines[k].words <= _PITCH_WORDS for k in run)
            and any(_CALL.search(lines[k].text) for k in run)
        ):
            flags.update(dict.fromkeys(run, "advertisement"))
