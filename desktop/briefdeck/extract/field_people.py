"""People a record's fields name with their role: "Requester: Jane Roe (Acme Systems site
lead)", "Incident Commander: Asst Chief J. Roe (BC-2)", a memo's "FROM: Jane Roe, HR Manager".

A ticket export, a dispatch report or a work order names the people it involves in labelled
fields, the role or call sign in brackets after the name; no sentence says who they are. Only
the labels that name a person's part (who asked, who commands, who was assigned) are read, so
"Location: Camp X (Zone 6)" names no one, and only a name with its bracketed role: a bare
"Assignee: Jane Roe" is a record's clerk more often than a person in the events.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from briefdeck.extract.person_name_words import FIRST, SURNAME

_LABEL = (
    r"(?:Requester|Requested[ \t]+by|Reported[ \t]+by|Caller|Submitted[ \t]+by|"
    r"Incident[ \t]+Commander|On-scene[ \t]+Commander|Commander|Supervisor|Site[ \t]+lead|"
    r"Point[ \t]+of[ \t]+contact|Approved[ \t]+by|Escalated[ \t]+to|Assigned[ \t]+to)"
)
# A title before the name: an office's ("Asst Chief") or a rank, spelt out, cut short or as
# a grade in capitals.
_TITLE = (
    r"(?:(?:Asst\.?|Assistant|Deputy|Acting|Battalion|District|Fire)[ \t]+)?"
    r"(?:Chief|Captain|Capt\.|Lt\.|Lieutenant|Sgt\.|Dr\.|Mr\.|Ms\.|Mrs\.)[ \t]+|"
    r"(?:GEN|LTG|MG|BG|COL|LTC|MAJ|CPT|1LT|2LT|CW[2-5]|SGM|CSM|MSG|SFC|SSG|SGT|SPC|CAPT|"
    r"CDR|LCDR|LT)[ \t]+"
)
# (found from each label, the line's start or a " | " field mark checked before it: a scan
# from every line start costs a long text far more)
_LABEL_AT = re.compile(rf"{_LABEL}:[ \t]")
_FIELD = re.compile(
    rf"(?P<title>{_TITLE})?(?P<name>(?:[A-Z]\.[ \t]*+|{FIRST}[ \t]++"
    rf"(?:[A-Z]\.[ \t]++)?){SURNAME})[ \t]*+\((?P<role>[^()\n|]{{2,60}}+)\)"
    r"(?=[ \t]*+(?:$|\||[ \t]{2}))",
    re.M,
)


# A memo's head names its writer and its addressee with their posts after a comma: "FROM:
# Jane Roe, Staff Care and HR Manager", "TO: John Doe, Country Director".
_MEMO_LABEL = re.compile(
    r"(?:TO|FROM|To|From|ATTN|Attn|Approved(?:[ \t]+by)?|Prepared[ \t]+by)"
    r"[ \t]*+:[ \t]"
)
_MEMO_HEAD = re.compile(
    rf"[ \t]*+(?P<name>{FIRST}[ \t]++(?:[A-Z]\.[ \t]++)?{SURNAME}),[ \t]++"
    r"(?P<role>[A-Z][^\n,;:]{2,60}+)[ \t]*+$",
    re.M,
)


def field_people(text: str) -> Iterator[tuple[str, str, int, int]]:
    """(name, title, start, end) of each person a record's field names with a role."""
    if ": " not in text:
        return
    if (
        "FROM:" in text
        or "From:" in text
        or "TO:" in text
        or "To:" in text
        or "Approved" in text
        or "Prepared by" in text
    ):
        for label in _MEMO_LABEL.finditer(text):
            if text[text.rfind("\n", 0, label.start()) + 1 : label.start()].strip(" \t"):
                continue  # (mid-line: no head of a memo)
            m = _MEMO_HEAD.match(text, label.end())
            if m:
                role = " ".join(m.group("role").split())
                yield m.group("name"), role, m.start("name"), m.end("name")
    if " (" not in text:
        return
    for label in _LABEL_AT.finditer(text):
        before = text[text.rfind("\n", 0, label.start()) + 1 : label.start()]
        if before.strip(" \t") and not before.endswith(("| ", "|\t")):
            continue  # (mid-line: no field of its own)
        at = label.end()
        while text[at : at + 1] in (" ", "\t"):
            at += 1
        m = _FIELD.match(text, at)
        if not m:
            continue
        title = " ".join((m.group("title") or "").split())
        role = " ".join(m.group("role").split())
        name = " ".join(label.group(0).rstrip(": \t").split())
        post = f"{name.lower()} ({role})" if name.endswith("Commander") else role
        yield (
            m.group("name"),
            ", ".join(p for p in (title, post) if p),
            m.start("name"),
            m.end("name"),
        )
