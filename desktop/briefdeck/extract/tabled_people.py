"""People set out in a table with a column for their names: a meeting's attendees, a list of
contacts ("Name | Organisation | Role"). Each row under the header gives a person, titled by
the row's role and organisation ("Field Coordinator, Hasakah Health Network"), though the
prose may never name them again.
"""

from __future__ import annotations

import re

from briefdeck.extract.person_ranks import RANK

# A header row: cells split by tabs or pipes, one of them the names' column, another what
# they do or whom they work for.
_NAME_HEADS = frozenset({"name", "full name", "attendee", "attendees", "participant",
                         "participants", "member", "members"})
_ROLE_HEADS = frozenset({"role", "title", "position", "job title", "function", "rank"})
_ORG_HEADS = frozenset({"organisation", "organization", "agency", "affiliation", "unit",
                        "employer", "company", "body", "institution", "office"})
_ROW = re.compile(r"[^\n]*[\t|][^\n]*")
_PIPE_RULE = re.compile(r"[\s|:-]+")  # a markdown table's rule under its header


_HEADER = re.compile(r"[ \t|]*(?:(?:[Ff]ull\s+)?(?:[Nn]ame|NAME)|[Aa]ttendees?|ATTENDEES?|"
                     r"[Pp]articipants?|PARTICIPANTS?|[Mm]embers?|MEMBERS?)[ \t]*[\t|][^\n]*")


def _separated_lines(text: str):
    """The start of each line holding a tab or a pipe, once (a scan for two characters)."""
    seen = -1
    for sep in ("\t", "|"):
        at = text.find(sep)
        while at >= 0:
            start = text.rfind("\n", 0, at) + 1
            if start != seen:
                yield start
                seen = start
            end = text.find("\n", at)
            if end < 0:
                return
            at = text.find(sep, end)


# A name cell may open with the person's rank or office: "Lt. Col. Jane Roe", "Chaplain
# (Capt.) John Doe", "Dr. Jane Roe". The rank is part of their title, not of their name.
_RANKED = re.compile(rf"(?P<rank>(?:(?:{RANK}|Chaplain|Dr\.?|Prof\.?|Judge|Ambassador|Amb\.)"
                     r"(?:\s+\((?:[A-Z][\w.]*\s?){1,3}\))?\s+)+)(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z]"
                     r"[\w.'’-]*){1,3})")


def _split_rank(name: str) -> tuple[str, str]:
    """(the name, the rank before it) of a name cell."""
    m = _RANKED.fullmatch(name)
    return (m.group("name"), " ".join(m.group("rank").split())) if m else (name, "")


def _cells(line: str) -> list[str]:
    sep = "\t" if "\t" in line else "|"
    cells = [c.strip() for c in line.strip().strip("|").split(sep)]
    return cells


def tabled_people(text: str) -> list[tuple[str, str, int, int]]:
    """(name, title, start, end) of each person in a table of people."""
    if "\t" not in text and "|" not in text:
        return []
    found: list[tuple[str, str, int, int]] = []
    heads_at = sorted(set(_separated_lines(text)))
    read_to = -1  # the end of the last table read: a header row inside it was read as a row
    for head in filter(None, (_HEADER.match(text, at) for at in heads_at)):
        if head.start() < read_to:
            continue  # (read again, a long table of header rows would cost its square)
        heads = [c.casefold() for c in _cells(head.group(0))]
        if not any(h in _NAME_HEADS for h in heads) or \
                not any(h in _ROLE_HEADS or h in _ORG_HEADS for h in heads):
            continue
        name_at = next(i for i, h in enumerate(heads) if h in _NAME_HEADS)
        role_at = next((i for i, h in enumerate(heads) if h in _ROLE_HEADS), None)
        org_at = next((i for i, h in enumerate(heads) if h in _ORG_HEADS), None)
        pos = head.end()
        while True:
            while pos < len(text) and text[pos] == "\n":
                pos += 1  # a Word table's rows come a blank line apart
            row = _ROW.match(text, pos)
            if not row or not row.group(0).strip():
                break
            pos = row.end()
            line = row.group(0)
            if _PIPE_RULE.fullmatch(line):
                continue
            cells = _cells(line)
            if len(cells) != len(heads):
                break
            name = cells[name_at]
            if not 2 <= len(name.split()) <= 4:
                continue  # "Apologies", "TBC": no one's name
            parts = [cells[i] for i in (role_at, org_at) if i is not None and
                     cells[i].strip(" -–—")]
            start = row.start() + line.find(name)
            name, rank = _split_rank(name)
            if rank:
                parts.insert(0, rank)
                start += line[line.find(cells[name_at]):].find(name)
            found.append((name, ", ".join(parts), start, start + len(name)))
        read_to = pos
    return found
