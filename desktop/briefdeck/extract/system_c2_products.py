"""Command-and-control products named by their makers' style: a name in capitals joined to
"C2" (or C3, C4I) by a hyphen, as vendors and programme offices brand battle-management
software ("BASTION-C2 sites running 5.2.2", "the AMD-C2 console"), and the Army's "FAAD C2".

The C2 software that fuses radars and fires interceptors is kit the analyst tracks like the
radars and launchers it links, so it is briefed as a system (category "command and control").
Known C2 systems with a name of their own (IBCS) are in the named table (system_table.py).
"""

from __future__ import annotations

import re

from briefdeck.extract.sentences import Document
from briefdeck.extract.system_status import SystemMention, _status_near

# Capitals (three or more, digits allowed), a hyphen, then the C2 family's suffix, and no
# further hyphened part ("BASTION-C2", not a ticket "BC2-8812" nor a part "X-C2-4").
_C2_PRODUCT = re.compile(r"\b(?:[A-Z][A-Z0-9]{2,}-C(?:2|3|4I?)|FAAD C2)\b(?![-/]\w)")


def c2_products(doc: Document, found: list[SystemMention]) -> list[SystemMention]:
    """Mentions of C2 products named in the vendors' style, outside spans already read."""
    text = doc.text
    if "-C2" not in text and "-C3" not in text and "-C4" not in text and "FAAD C2" not in text:
        return []  # nearly every text: one cheap probe
    taken = [(f.start, f.end) for f in found]
    out = []
    for m in _C2_PRODUCT.finditer(text):
        sent = doc.sentence_at(m.start())
        if sent is None or m.end() > sent.end:
            continue  # boilerplate or page furniture
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        status = _status_near(text, sent.start, sent.end, m.start(), m.end(), "command and control")
        out.append(SystemMention(m.group(0), "command and control", m.start(), m.end(), status))
    return out
