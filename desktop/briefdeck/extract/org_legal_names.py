"""Firms named with their legal form: "Northgate Base Services LLC", "Brackwater Specialty
Insurance (Bermuda) Ltd", and Lloyd's syndicates by number ("Aldermoor Syndicate 2217").

Policies, claims and contracts name the insured, the insurers and the broker in full, with the
company's legal form after the name (and its domicile in brackets before it); the name with
its form is the firm's full name.
"""

from __future__ import annotations

import re

from briefdeck.extract.org_found import Found
from briefdeck.extract.org_words import GENERIC_TAILS

_FORMS = (" LLC", " Ltd", " Inc.", " PLC", " plc", " FZE", " FZCO", " GmbH", " A/S")
# The capitalised words before the form, a bracketed domicile or line of business among them;
# partners' names joined by "&" are one name ("Hale & Morrow Partners LLC"), and so are the
# trades a utility names itself by ("Dunmore Water and Sewage Corporation Ltd.").
_NAME_BEFORE = re.compile(
    r"((?:[A-Z][\w&'’.-]*[ ](?:(?:&|and)[ ](?=[A-Z]))?){1,4}(?:\([A-Z][\w ]{2,30}\)[ ])?"
    r"(?:[A-Z][\w&'’.-]*[ ]){0,2})$"
)
_BODY_TAIL = re.compile(rf"(?:{GENERIC_TAILS})")
_SYNDICATE = re.compile(r"\b[A-Z][\w'’-]+ Syndicate \d{3,4}\b")
_NOT_NAME_WORDS = frozenset(
    "The A An On In At By For From Of And Our Their Its Insured Broker "
    "Insurers Insurer Policy Monday Tuesday Wednesday Thursday Friday "
    "Saturday Sunday".split()
)


# A copyright line's owner ("© 2026 Example Media Inc. All rights reserved"): the publisher,
# page furniture, no body of the report.
_OWNER_MARKS = ("©", "(c)", "(C)", "Copyright", "rights reserved", "Rights Reserved")


def _owner_line(text: str, at: int) -> bool:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start : len(text) if end < 0 else end]
    return any(mark in line for mark in _OWNER_MARKS)


def _add(found: dict[str, Found], name: str, start: int) -> None:
    if name.casefold() not in found and name not in found:
        found[name.casefold()] = Found(name, start, start + len(name))
        # "Morrow Partners LLC" read where "Hale & Morrow Partners LLC" is written: the tail
        for key, f in list(found.items()):
            if start < f.start < start + len(name) and name.endswith(" " + f.name):
                del found[key]


def legal_names(text: str, found: dict[str, Found]) -> None:
    """Add the firms the text names with their legal form, and numbered syndicates."""
    for form in _FORMS:
        at = text.find(form)
        while at >= 0:
            end = at + len(form)
            if (end == len(text) or not text[end].isalnum()) and not _owner_line(text, at):
                m = _NAME_BEFORE.search(text, max(0, at + 1 - 90), at + 1)
                if m:
                    words = m.group(1).split()
                    while words and words[0] in _NOT_NAME_WORDS:
                        words.pop(0)
                    if "and" in words and _BODY_TAIL.fullmatch(words[words.index("and") - 1]):
                        words = words[words.index("and") + 1 :]  # "X Risk and Y Shipping Ltd":
                        # a whole body's name before "and", two firms
                    if words:
                        name = " ".join(words) + form
                        _add(found, name, text.rfind(words[0], m.start(1), at))
            at = text.find(form, end)
    if " Syndicate " in text:
        for m in _SYNDICATE.finditer(text):
            _add(found, m.group(0), m.start())
