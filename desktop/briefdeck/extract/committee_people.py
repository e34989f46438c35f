"""The people of a committee's oral evidence: the cover lists the members present ("Members
present: Jane Roe (Chair); John Doe; Mary Major."), and the transcript labels each member's
numbered question and each witness's answer with a name ("Q114 John Doe:", "Rachel Roe:").
The cover's witness list gives ranks and offices, read elsewhere; a witness labelled by a full
name alone is still someone, and so is each member, though no sentence names them."""

from __future__ import annotations

import re

from briefdeck.extract.committee_turns import committee_labels
from briefdeck.extract.sentences import Document

_MEMBERS = re.compile(r"\bMembers\s+present\s*:[ \t]*(?P<list>[^\n]{3,800})")
_MEMBER = re.compile(r"(?:(?:and|Mr|Mrs|Ms|Miss|Dr|Rt\.?\s+Hon\.?|The\s+Rt\.?\s+Hon\.?)\s+)*"
                     r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})"
                     r"(?:\s*\((?P<role>[^()]{2,40})\))?\.?\s*$")
# A label that is a name in full: two to four capitalised words, no rank before it.
_FULL_NAME = re.compile(r"[A-Z][a-z'’-]+(?:\s+(?:al-|el-|bin\s+|van\s+|de\s+)?[A-Z][\w'’-]+)"
                        r"{1,3}")
_MEMBER_TITLE = "Member of the committee"
# The cover's witness list, each panel numbered: "Witnesses" / "I: Jane Roe, Director X,
# Ministry of Y; and John Doe, Commander, Z." (a ranked witness is read by the titles' rules).
_WITNESSES = re.compile(r"\bWitnesses\s*\n\s*(?:[IVX]{1,4}|\d{1,2})\s*:[ \t]*"
                        r"(?P<list>[^\n]{3,1200})")
_WITNESS = re.compile(r"(?:and\s+)?(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][\w'’-]+){1,2}),\s+"
                      r"(?P<role>[A-Z][^;]{2,160}?)\.?\s*$")


def committee_people(doc: Document) -> list[tuple[str, str, int, int]]:
    """(name, title, start, end) of the members present and the people the turns label."""
    text = doc.text
    out: list[tuple[str, str, int, int]] = []
    if "embers present" in text:
        for m in _MEMBERS.finditer(text):
            at = m.start("list")
            for part in re.split(r"[;,]", m.group("list")):
                one = _MEMBER.match(part.strip())
                if one:
                    start = text.index(one.group("name"), at)
                    role = one.group("role") or ""
                    title = role if re.match(r"(?:The\s+)?Chair", role) else _MEMBER_TITLE
                    out.append((one.group("name"), title, start, start + len(one.group("name"))))
                at += len(part) + 1
    labels = committee_labels(doc)
    if not labels:
        return out
    for m in _WITNESSES.finditer(text) if "Witnesses" in text else ():
        at = m.start("list")
        for part in m.group("list").split(";"):
            one = _WITNESS.match(part.strip())
            if one:
                start = text.index(one.group("name"), at)
                out.append((one.group("name"), " ".join(one.group("role").split()), start,
                            start + len(one.group("name"))))
            at += len(part) + 1
    seen = {name for name, *_ in out}
    for start, words_at, label, asked in labels:
        at = text.index(label, start, words_at)
        if label in seen or not _FULL_NAME.fullmatch(label):
            continue
        seen.add(label)
        out.append((label, _MEMBER_TITLE if asked else "", at, at + len(label)))
    return out
