"""Who published a document, read from its header's labelled fields. A translation desk's
item line ("Item 1187 | Language: Persian | Source: Sepah News (IRGC Public Relations),
republished by IRNA") names the original publisher; a staff summary's DTG line ("DTG: ... |
PREPARED BY: TF SENTINEL S2") names its originator. Either is the source a reader cites.
"""

from __future__ import annotations

import re

_FIELD = re.compile(
    r"^(?:source|originator|prepared by|issued by|published by)\s*:\s*"
    r"([A-Z][\w&'.-]*(?:\s+[\w&'.-]+){0,7}?)\s*(?:\(|,|;|$)",
    re.IGNORECASE,
)
_SMALL = frozenset(("of", "for", "and", "the", "on", "in", "at", "to", "de", "&"))


def source_field(line: str) -> str:
    """The publisher named in a labelled field of a header line set out in bars ('' if none)."""
    if " | " not in line:
        return ""
    for part in line.split(" | "):
        m = _FIELD.match(part.strip())
        name = m.group(1).strip(" .") if m else ""
        if name and all(w[:1].isupper() or w in _SMALL for w in name.split()):
            return name
    return ""


# "TERRE HAUTE, INDIANA | FRIDAY, NOVEMBER 20, 2026 | $2.00 | VOL. 178, NO. 324": an edition line.
# (The volume is looked for after a line's first bar only: from every bar, a line of bars was
# read to its end again and again.)
_EDITION = re.compile(r"(?m)^[^|\n]*+\|.*\b(?:vol\.?|volume|no\.)\s*\d|\|\s*\$\d",
                      re.IGNORECASE)
# "THE BULWARK | Newsletter of the 3rd Battalion ...": a house paper's name over its publisher.
_HOUSE_PAPER = re.compile(
    r"^((?:the\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4})\s+\|\s+(?:the\s+)?(?:official\s+)?"
    r"(?:newsletter|magazine|journal|bulletin|newspaper)\b",
    re.IGNORECASE,
)


def masthead_name(lines: list[tuple[str, bool]]) -> str:
    """The paper's name: the line over its edition line, or a house paper's name beside the
    word "Newsletter"; as the paper prints it, in capitals only when it is an acronym."""
    for k, (line, _) in enumerate(lines[:4]):
        m = _HOUSE_PAPER.match(line)
        name = m.group(1) if m else ""
        if not name and k + 1 < len(lines) and _EDITION.search(lines[k + 1][0]):
            words = line.split()
            name = line if 1 <= len(words) <= 6 and all(w[:1].isupper() for w in words) else ""
        if name and not any(c.isdigit() for c in name):
            return name.title() if name.isupper() and len(name.split()) > 1 else name
    for k, (line, _) in enumerate(lines[:8]):
        words = line.split()
        if (
            k + 1 < len(lines)
            and _PAPER_OF.match(lines[k + 1][0])
            and 1 <= len(words) <= 6
            and all(w[:1].isupper() for w in words)
            and not any(c.isdigit() for c in line)
        ):
            return line.title() if line.isupper() and len(words) > 1 else line
    return ""


# "THE SENTINEL STAR" over "Newsletter of the 1st Battalion ...": a house paper's name over
# the line that says whose paper it is
_PAPER_OF = re.compile(
    r"(?:the\s+)?(?:official\s+)?(?:(?:monthly|quarterly|weekly)\s+)?"
    r"(?:newsletter|magazine|journal|bulletin|newspaper)\s+(?:of|for)\s",
    re.IGNORECASE,
)
