"""Who a sourcing's speaker is, told after the name or the role.

- A press release closes its quote with the speaker's name and then her office: '"...,"
  said Jane Roe, President and Chief Executive Officer.' The office set after the name
  makes her an official named, and the sourcing runs on to it.
- A ship's manager, owner or operator speaks for a firm: "according to the ship's
  manager, X Marine of Piraeus" is the firm's spokesperson, whose name follows the role.
"""

from __future__ import annotations

import regex

# The office after a name, ending its clause: capitalised words (with "and", "of", "the")
# one of which is an office (checked in code). Possessive quantifiers: no backtracking.
_OFFICE_AFTER = regex.compile(
    r", ((?:[A-Z][\w&-]*+|and|of|the|for)(?:\s++(?:[A-Z][\w&-]*+|and|of|the|for)){0,10}+)"
    r"(?=[.;]|,\s|$)"
)
_OFFICE_WORDS = (
    "President",
    "Chair",
    "Officer",
    "Director",
    "Secretary",
    "Minister",
    "Spokes",
    "Commander",
    "Governor",
    "Ambassador",
    "Counsel",
    "Treasurer",
    "Manager",
    "Partner",
    "Founder",
)
# A firm's role on a ship, and the firm's name in apposition after it.
_SHIP_ROLE_END = regex.compile(
    r"\b(?:ship|vessel|tanker|carrier)(?:'s|’s)\s++"
    r"(?:manager|owner|operator|charterer)s?$"
)
_FIRM_AFTER = regex.compile(
    r", ((?:[A-Z][\w&.-]*+\s++(?:of\s++|&\s++)?){0,5}+"
    r"[A-Z][\w&.-]*+)(?=[;,.]|$)"
)


def office_after(text: str, start: int, end: int, kind: str) -> tuple[int, str]:
    """(end, kind) of text[start:end]: 'said Jane Roe' run on to ', President and CEO';
    'according to the ship's manager' run on to the firm named after it."""
    if kind not in ("other", "spokesperson"):
        return end, kind
    said = text[start:end]
    if (
        "manager" in said or "owner" in said or "operator" in said or "charterer" in said
    ) and _SHIP_ROLE_END.search(text, max(start, end - 40), end):
        m = (
            _FIRM_AFTER.match(text, end, min(len(text), end + 100))
            if text[end : end + 2] == ", "
            else None
        )
        return (m.end(1) if m else end), "spokesperson"
    if (
        kind != "other"
        or text[end : end + 2] != ", "
        or text[start : start + 5].lower() not in ("said ", "says ")
    ):
        return end, kind
    if not any(w in text[end : end + 120] for w in _OFFICE_WORDS):
        return end, kind
    m = _OFFICE_AFTER.match(text, end, min(len(text), end + 160))
    if (
        m is None
        or m.group(1).rsplit(None, 1)[-1] in ("and", "of", "the", "for")
        or not any(w in m.group(1) for w in _OFFICE_WORDS)
    ):
        return end, kind
    return m.end(1), "named official"


# "The aircraft's operator said", "the tanker's owners told": a firm speaking through its
# role on a craft, where no scan of bodies found it (a body's name is missing).
_CRAFT_ROLE_SAID = regex.compile(
    r"\b[Tt]he\s++(?:ship|vessel|tanker|carrier|freighter|aircraft|airliner|plane|jet|"
    r"helicopter)(?:'s|’s)\s++(?:manager|owner|operator|charterer)s?+\s++"
    r"(?:said|says|told|confirmed|stated|denied)\b"
)


def craft_firms_said(text: str) -> list[tuple[int, int, str, int | None]]:
    """Each "the aircraft's operator said": the firm's spokesperson, once."""
    if "'s " not in text and "’s " not in text:
        return []
    if (
        "operator" not in text
        and "owner" not in text
        and "manager" not in text
        and "charterer" not in text
    ):
        return []
    return [(m.start(), m.end(), "spokesperson", 1) for m in _CRAFT_ROLE_SAID.finditer(text)]
