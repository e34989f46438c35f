"""A form's check-box rows read as the answers ticked.

A report form prints every choice of a field and ticks some: "Incident type ☒ Airstrike /
drone strike ☐ Shelling / IDF ☐ IED / UXO". Read as it is printed, the unticked choices are
facts the form does not state (an IED, the Israel Defense Forces for "IDF", indirect fire).
So a line with boxes is read as two: the label with the ticked choices (and a free-text
note after the last choice: "☐ No - all movement suspended for 48 hours"), then the unticked
choices on a line of their own, which the rule below flags: kept in sight, never drafted.
"""

from __future__ import annotations

import re

from briefdeck.ingest.rules import Rule, _rule

UNTICKED = "\u2610"  # ☐
TICKED = ("\u2611", "\u2612")  # ☑ ☒
_BOXES = re.compile("[\u2610\u2611\u2612]")
# " - all movement suspended for 48 hours": a note after the last choice, not part of it
_NOTE = re.compile(r"\s[-–—]\s(?=\S+\s+\S+\s+\S)")


def ticked_first(line: str) -> list[str]:
    """The line as [label and ticked choices, unticked choices]; [line] when it has no
    unticked box, or nothing but unticked boxes (a blank field: the rule flags it whole)."""
    if UNTICKED not in line or not any(t in line for t in TICKED):
        return [line]
    cells = line.split("\t")
    kept: list[str] = []
    unticked: list[str] = []
    for cell in cells:
        marks = list(_BOXES.finditer(cell))
        if not marks:
            kept.append(cell)
            continue
        parts = [cell[: marks[0].start()].rstrip()]
        note = ""
        for k, m in enumerate(marks):
            end = marks[k + 1].start() if k + 1 < len(marks) else len(cell)
            choice = cell[m.start() : end].strip()
            if k + 1 == len(marks) and (split := _NOTE.search(choice)):
                choice, note = choice[: split.start()].rstrip(), choice[split.start() :].strip()
            (unticked if m.group(0) == UNTICKED else parts).append(choice)
        if note:
            parts.append(note)
        kept.append(" ".join(p for p in parts if p))
    return ["\t".join(kept), " ".join(unticked)]


# fmt: off
RULES: tuple[Rule, ...] = (
    # "☐ Initial ☐ Final": choices a form offers and nobody ticked.
    _rule("unticked options", "^\u2610[^\u2611\u2612\n]{0,1000}$", 200, hints=("\u2610",)),
)
# fmt: on
