"""Who speaks in a court transcript, from its caption page.

A US court transcript names its judge once, on the caption ("BEFORE THE HONORABLE JANE Q.
ROE" / "UNITED STATES DISTRICT JUDGE"), its counsel in the appearances ("For the Government:
John Doe, AUSA", "For the Defendant: Ann Poe, Esq.") and the defendant in the caption box
("JOHN SMITH, ) ... Defendant."). The turns then label them by role or by surname only:
"THE COURT:" is the judge, "THE DEFENDANT:" the defendant, "MS. POE:" defence counsel.
"""

from __future__ import annotations

import re

from briefdeck.extract.labelled_people import recased

_JUDGE = re.compile(
    r"\bBEFORE THE HONORABLE (?P<name>[A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){1,4})"
    r"[ \t]*,?[ \t]*\n+[ \t]*(?P<title>(?:(?:UNITED STATES|U\.S\.|CHIEF|SENIOR) )*"
    r"(?:(?:DISTRICT|MAGISTRATE|CIRCUIT|BANKRUPTCY) )?JUDGE)\b"
)
# "For the Government:  John Doe, AUSA", "For the Defendant:   Ann Poe, Esq."
_COUNSEL = re.compile(
    r"(?m)^For (?:the )?(?P<side>Government|United States|Plaintiffs?|"
    r"Defendants?|Defen[cs]e|Petitioners?|Respondents?)[ \t]*:[ \t]*"
    r"(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w.'’-]*){1,3}),[ \t]*"
    r"(?P<role>AUSA|SAUSA|Esq\.?|Esquire|Assistant United States Attorney|"
    r"Assistant U\.S\. Attorney|(?:Assistant )?Federal (?:Public )?Defender)"
    r"[ \t]*$"
)
# The caption box: "JOHN SMITH,     )" a line or two above "Defendant.     )".
_DEFENDANT = re.compile(
    r"(?m)^(?P<name>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){1,4}),[ \t]*\)?"
    r"[^\n]*\n+[ \t]*Defendants?\."
)
_GOVERNMENT = (
    "Government",
    "United States",
    "Plaintiff",
    "Plaintiffs",
    "Petitioner",
    "Petitioners",
)
_CAPTION_SCAN = 6000  # the caption page


def _caption(text: str) -> str:
    head = text[:_CAPTION_SCAN]
    return head if "HONORABLE" in head or "APPEARANCES" in head else ""


def court_people(text: str) -> list[tuple[str, str, int, int]]:
    """(name, title, start, end) of the judge and counsel a transcript's caption names."""
    head = _caption(text)
    if not head:
        return []
    found = []
    for m in _JUDGE.finditer(head):
        found.append(
            (recased(m.group("name")), recased(m.group("title")), m.start("name"), m.end("name"))
        )
    for m in _COUNSEL.finditer(head):
        role = m.group("role")
        if role in ("AUSA", "SAUSA") or "Attorney" in role:
            title = "Assistant U.S. Attorney"
        elif m.group("side") in _GOVERNMENT:
            title = "counsel for the " + m.group("side").lower()
        else:
            title = "defense counsel"
        found.append((m.group("name"), title, m.start("name"), m.end("name")))
    return found


def court_role(label: str, text: str, resolve) -> str | None:
    """The person a court transcript's role label stands for: 'THE COURT' the judge on the
    caption, 'THE DEFENDANT' the defendant named in the caption box; None otherwise."""
    label = " ".join(label.split()).upper()
    if label not in ("THE COURT", "THE DEFENDANT"):
        return None
    head = _caption(text)
    if not head:
        return None
    m = (_JUDGE if label == "THE COURT" else _DEFENDANT).search(head)
    return resolve(recased(m.group("name"))) if m else None
