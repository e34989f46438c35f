"""A paper on file, named by its owner and marked by its date or its exhibit number: "Its
amended report of 3 May 2026 (EX 7) lists", "The Vendor's initial notification (Incident
Report IR-12, dated 2 May 2026) reported", "A ministry statement issued the next day (CX 4)
said".

Decisions, contract files and case records cite a party's reports by date and by the number
they were filed under. Such a report is a document (the paper speaks, not its owner's
spokesperson); a body's statement so cited is still the body speaking.
"""

from __future__ import annotations

import re

_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
          r"December)")
# the paper's nouns, each followed by its date, its number in brackets or when it was issued
_NOUNS = ("report", "notification", "notice", "statement", "submission", "declaration")
_MARK_NEXT = re.compile(r"[ \t]+(?:of[ \t]+\d|\(|issued|released|filed)")
# whose paper it is, and which ("the Vendor's initial", "Its amended", "A U.S. Embassy")
_OWNER = re.compile(
    r"(?<![\w'’.-])(?:(?:[Tt]he|[Aa]n?)[ \t]+(?:[A-Z][\w.'’-]*[ \t]+){0,3}?"
    r"(?:[A-Z][\w.-]*(?:'s|’s)[ \t]+)?|[Ii]ts[ \t]+|[Tt]heir[ \t]+|"
    r"(?:[A-Z][\w.-]*[ \t]+){0,2}[A-Z][\w.-]*(?:'s|’s)[ \t]+)"
    r"(?:(?:initial|first|second|third|follow-up|amended|revised|updated|final|supplemental|"
    r"later|incident|casualty|written)[ \t]+){0,2}$")
# its marks (a date, a bracketed number, when it came out), then what it does
_MARKS = re.compile(
    rf"(?:[ \t]+of[ \t]+\d{{1,2}}[ \t]+{_MONTH}[ \t]+\d{{4}}|[ \t]+\([^()\n]{{1,80}}\)|"
    r"[ \t]+(?:issued|released|filed)[ \t]+(?:the[ \t]+next[ \t]+day|that[ \t]+(?:night|day)|"
    rf"on[ \t]+\d{{1,2}}[ \t]+{_MONTH}(?:[ \t]+\d{{4}})?))+,?[ \t]+"
    r"(?:reported|revised|lists|listed|gave|gives|put|puts|shows|showed|states|stated|said|"
    r"says|recorded|records|confirmed|found)\b")


def filed_papers(text: str) -> list[tuple[int, int, str, int | None]]:
    """(start, end, kind, count) of each paper cited by its date or its filing number."""
    out: list[tuple[int, int, str, int | None]] = []
    for noun in _NOUNS:  # (a find per noun: a scan of the text for any word costs more)
        at = text.find(noun)
        while at >= 0:
            end = at + len(noun)
            if (at == 0 or not text[at - 1].isalnum()) and _MARK_NEXT.match(text, end):
                found = _filed(text, at, end, noun)
                if found:
                    out.append(found)
            at = text.find(noun, end)
    return sorted(out)


def _filed(text: str, at: int, end: int, noun: str) -> tuple[int, int, str, int | None] | None:
    """The paper whose noun is text[at:end], when its owner and its marks stand around it."""
    marks = _MARKS.match(text, end)
    if marks is None or not any(c.isdigit() for c in text[end:marks.end()]) and \
            "next day" not in text[end:marks.end()]:
        return None  # ("the report (as above) said": no date, no number)
    owner = _OWNER.search(text, max(0, at - 70), at)
    if owner is None:
        return None
    return owner.start(), marks.end(), "spokesperson" if noun == "statement" else "document", 1
