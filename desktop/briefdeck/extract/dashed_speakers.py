"""Speakers an earnings call's transcript names on a line of their own: "Name -- Title".

Call transcripts (The Motley Fool's and the like) put each speaker above their words as
"Jane Roe -- Chief Executive Officer" or, for an analyst, "John Doe -- Acme Bank -- Analyst";
the call's "Operator" has a line of its own too, and is no one's source. The list of "Call
participants" at the end repeats the labels one under another, with no words between: a
roster, no turn. A section heading ending on a colon ("Questions and Answers:") closes a turn.
"""

from __future__ import annotations

import re

_DASH = r"[ \t]+(?:--|—|–)[ \t]+"
_DASHED = re.compile(r"(?P<name>[A-Z][\w'’.-]+(?:[ \t][A-Z][\w'’.-]+){1,3})" + _DASH +
                     r"(?P<title>[A-Z][^\n]{1,60}?)(?:" + _DASH + r"(?P<role>[A-Z][\w ]{1,30}))?")
_CHEAP = re.compile(r"\n[A-Z][^\n]{2,40}[ \t](?:--|—|–)[ \t][A-Z][^\n]{1,100}\n")
# the call's moderator, on a line of its own: no one's source
_OPERATOR = frozenset({"Operator", "Moderator", "Conference Operator"})
# "Questions and Answers:", "Call participants:": a heading, no one's words
_HEADING = re.compile(r"[A-Z][\w ,&'’-]{2,40}:")


def dashed_lines(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, person, title) of each "Name -- Title" line and (start, end, "", "") of
    each operator line or heading, when at least two people are labelled so, one of them
    twice (the call goes back and forth)."""
    if " -- " not in text and "—" not in text and "–" not in text or \
            len(_CHEAP.findall(text, 0, 200_000)) < 3:
        return []
    out: list[tuple[int, int, str, str]] = []
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        line = line.rstrip()
        if len(line) > 130:
            continue
        if line in _OPERATOR or _HEADING.fullmatch(line):
            out.append((start, start + len(line), "", ""))
            continue
        m = _DASHED.fullmatch(line)
        if not m or m.group("title").rstrip().endswith((".", "?", "!")):
            continue
        title = m.group("title").strip()
        if m.group("role"):  # "Acme Bank -- Analyst": "Analyst, Acme Bank"
            title = f"{m.group('role').strip()}, {title}"
        out.append((start, start + len(line), " ".join(m.group("name").split()), title))
    names = [h[2] for h in out if h[2]]
    if len(set(names)) < 2 or len(names) == len(set(names)):
        return []
    return out
