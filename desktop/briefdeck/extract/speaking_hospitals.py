"""A hospital is a place where the wounded are taken, and a body when it speaks for them."""

from __future__ import annotations

import re

from briefdeck.extract.org_found import Found

# "the Ziv Medical Center in Safed says", "taken to the Galilee Medical Center, the hospital said".
# ("al-Kindi Teaching Hospital": a lower-case Arabic article opens the name)
HOSPITAL_RE = re.compile(
    r"\b(?P<name>(?:(?:al|el)-)?(?:(?!(?:The|A|An|At|In|To|From)\b)[A-Z][\w'’.-]*\s+){1,4}(?:Medical\s+"
    r"Cent(?:er|re)|Hospital|Clinic|Infirmary))\b(?P<where>\s+in\s+[A-Z][\w'’-]*)?")
# ("Shamir Medical Center has announced the death of ...": the perfect, as a live page writes)
_HOSPITAL_SPEAKS = re.compile(r"(?:,[^,]{1,60},)?\s+(?:(?:has|have|had)\s+)?(?:says|said|"
                              r"reported|told|confirmed|stated|added|announced)\b")
_HOSPITAL_SAID = re.compile(r"\b(?:the\s+(?:hospital|medical\s+cent(?:er|re))|hospital\s+officials)"
                            r"\s+(?:says|said)\b", re.I)  # ("..., hospital officials said")
_ACCORDING = re.compile(r"\baccording\s+to\s+(?:the\s+)?$", re.I)


def speaking_hospitals(text: str, start: int, end: int, found: dict[str, Found],
                       taken: list[tuple[int, int]]) -> None:
    said = _HOSPITAL_SAID.search(text, start, end)
    for m in HOSPITAL_RE.finditer(text, start, end):
        a, b = m.span("name")
        speaks = _HOSPITAL_SPEAKS.match(text, m.end(), end) or \
            _ACCORDING.search(text, max(start, a - 20), a) or (said and said.start() > b)
        taken.append((a, b))  # spoken for or not, no other body's name
        if speaks:
            name = " ".join(m.group("name").split())
            found.setdefault(name.casefold(), Found(name, a, b))
