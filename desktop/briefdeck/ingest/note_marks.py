"""Footnote marks set small after a word ("less than my car."3) kept out of a PDF's text.

pypdf gives a superscript note mark as its own small fragment glued to the word before it;
read as text it becomes a figure ("car.3 Coyote interceptors" -> "3 Coyote interceptors").
A fragment of one to three digits in type clearly smaller than the text it follows, glued to
a word's end or its punctuation, is a note mark. A subscript after a capital ("CO2") or a
unit ("m2") is kept. The marks are found on the page's fragments and taken out of the text
once it is re-flowed (re-flowing and the column finder measure the lines as printed).
"""

from __future__ import annotations

import re

_MARK = re.compile(r"^\d{1,3}(?:[,–-]\d{1,3})*$")
# what a note mark follows: a word of three letters or more, or its closing punctuation (a
# sentence may end on a number or an acronym: "in 2025.", "USA;", "(SDF)")
_BEFORE = re.compile(
    r"(?:[a-z]{3}|[A-Za-z0-9)\]\"'”’][.,;:!?]|[.,;:!?][\"'”’)]|[A-Za-z][\"'”’)\]])$"
)
_AFTER = ("", " ", "\n", ".", ",", ";", ":", ")")

Frag = tuple[float, float, float, str]
Mark = tuple[str, str]  # (the words just before it, the mark)


def note_marks(frags: list[Frag], marks: list[Mark]) -> None:
    """Add the page's note marks to `marks`, in reading order."""
    for k, frag in enumerate(frags):
        mark = frag[3].strip()
        if k and _MARK.match(mark):
            prev = frags[k - 1]
            before = prev[3].rstrip().rsplit("\n", 1)[-1]
            after = frags[k + 1][3][:1] if k + 1 < len(frags) else ""
            # a mark that ends its line ("Leila Farran¹" over the affiliations) carries the
            # line break in its own fragment: what follows it there is the next line
            line_end = frag[3].rstrip(" ").endswith("\n") and not prev[3][-1:].isspace()
            if (
                frag[2] < 0.9 * prev[2]
                and abs(frag[1] - prev[1]) < prev[2]
                and _BEFORE.search(before)
                and (after in _AFTER or line_end)
            ):
                marks.append((before[-12:], mark))


def drop_note_marks(text: str, marks: list[Mark]) -> str:
    """The re-flowed text without the marks, found in order after the words they follow."""
    out, pos = [], 0
    for before, mark in marks:
        at = text.find(before, pos)
        if at < 0:
            continue
        found = re.compile(r"\s{0,2}" + re.escape(mark) + r"(?!\d)").match(text, at + len(before))
        if found is None:
            continue
        out.append(text[pos : found.start()])
        pos = found.end()
    out.append(text[pos:])
    return "".join(out)


# "Notes" / "Endnotes" over the numbered notes a text's marks point to
_NOTES_HEAD = re.compile(r"^(?:notes|endnotes|footnotes|notes and references)\s*$",
                         re.IGNORECASE | re.MULTILINE)
_NOTE = re.compile(r"^(\d{1,3})\.?\s+\S", re.MULTILINE)
# a number glued to a sentence's end, before the next sentence: "open-source logs.2 Casualties"
_GLUED = re.compile(r"(?<=[a-z][.;:!?])(\d{1,2})(?= [A-Z])|"
                    r"(?<=[a-z][.!?][\"”’])(\d{1,2})(?= [A-Z])")


def drop_listed_note_marks(text: str) -> str:
    """Marks set in the text's own type (no smaller): a one- or two-digit number glued to a
    sentence's end is a note mark when the text's notes list has that number."""
    head = _NOTES_HEAD.search(text)
    if head is None:
        return text
    listed = {m.group(1) for m in _NOTE.finditer(text, head.end())}
    if not listed:
        return text
    return _GLUED.sub(lambda m: "" if (m.group(1) or m.group(2)) in listed else m.group(0),
                      text[: head.start()]) + text[head.start() :]
