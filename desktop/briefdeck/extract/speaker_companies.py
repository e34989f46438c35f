"""A company referred back to: "the company said", "the consortium said", "the firm told".

The company meant is the one the text set beside that noun before ("X Oil, the consortium that
runs the field,") or named after its role as the subject of a verb of saying ("manager X Ship
Management said"); the bare noun is no speaker an analyst can use.
"""

from __future__ import annotations

import re

from briefdeck.extract.named_before import LOOKBACK, Speakers

# "the company" or "the firm" speaking: the company named last before.
COMPANY_BACK = re.compile(r"^\s*[Tt]he\s+(?P<noun>company|firm|operator|consortium|contractor)"
                          r"\s*$")


def apposed_before(noun: str, pos: int, speakers: Speakers) -> str:
    """'X Oil, the consortium that runs the field, ...' before 'the consortium said': the
    name last set beside that very noun, or ''."""
    text = speakers.text
    window = max(0, pos - LOOKBACK)
    at = text.rfind(noun, window, pos)
    while at > window:
        m = _APPOSED_NAME.search(text, max(window, at - 90), at)
        if m:
            return " ".join(m.group("name").split())
        at = text.rfind(noun, window, at)
    return ""


# A company named after what it does, with no comma, as the subject of a verb of saying:
# "Athens-based manager X Ship Management said", "the vessel's operator X Lines told".
_ROLE_THEN_COMPANY = re.compile(r"\b(?:company|firm|operator|owner|manager|contractor|insurer|"
                                r"shipowner|carrier)\s+(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)"
                                r"{0,4})(?=\s+(?:said|says|told|confirmed|added|stated)\b)")


def company_by_role(pos: int, speakers: Speakers) -> str:
    """'the company' at pos: the company last named after its role noun ("manager X said")."""
    found = ""
    for m in _ROLE_THEN_COMPANY.finditer(speakers.text, max(0, pos - LOOKBACK), pos):
        found = m.group("name")
    return " ".join(found.split())


_APPOSED_NAME = re.compile(r"(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4}),\s+"
                           r"(?:the|a|an)\s+(?:[\w-]+\s+){0,2}$")


# A radio call told just before: "a station calling itself Coalition Warship 71 called us on
# channel 16", "hailed on VHF by the frigate Nora". Over the radio "the operator" is the one at
# the calling station's set, who speaks for it, not a company that operates something.
_RADIO_CALLER = re.compile(r"\b(?:calling\s+itself|identifying\s+(?:itself\s+)?as|(?:called|hailed)"
                           r"(?:\s+us)?\s+on\s+(?:VHF\s+)?(?:channel\s+\d{1,2}|VHF|radio)\s+by)"
                           r"\s+(?:the\s+)?(?P<name>[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|\d{1,4})){0,4})")
_RADIO_REACH = 400  # characters: the call is told in the sentence or two before its words


def radio_caller_before(pos: int, speakers: Speakers) -> str:
    """'the operator' at pos: the station whose radio call the text told just before, or ''."""
    text = speakers.text
    window = max(0, pos - _RADIO_REACH)
    if "channel" not in text[window:pos] and "VHF" not in text[window:pos] and \
            "radio" not in text[window:pos]:
        return ""
    found = ""
    for m in _RADIO_CALLER.finditer(text, window, pos):
        found = m.group("name")
    return found
