"""Whose words a reporter's shorthand notes quote, where no sentence says so.

Notes head a quote with a short label after an arrow, a dash or a bullet's time ('-> PAO (on
bg) 1215L: "..."', '- 1530L CJTF-OIR stmt (emailed): "..."', '-- PAO: "..."'): the label is the
source, in its initials, with what it issued, how and when left out. And a line ending in a
colon introduces the one who speaks on the line below ('Resident, shop owner, "Abu Mustafa",
50s, by phone:' then '"We heard ..."'): the name given in quotes there (a nickname), else the
first person the line names.
"""

from __future__ import annotations

import re

from briefdeck.extract.known_organizations import known_organization
from briefdeck.extract.named_before import Speakers

# After the line's start (a bullet, a time), an arrow or a dash: initials (maybe hyphenated),
# what they issued, an aside in brackets, a time, then the colon right before the quote.
_NOTE_LABEL = re.compile(
    r"(?:^|(?<=\n)|(?<=->\s)|(?<=-->\s)|(?<==>\s)|(?<=--\s)|(?<=[—–]\s))[ \t]*(?:[-*•][ \t]+)?"
    r"(?:~?\d{3,4}[LZ]?[ \t]+)?"
    r"(?P<who>[A-Z][A-Z0-9]+(?:-[A-Z0-9]+)*)"
    r"(?:[ \t]+(?:stmt|statement|spox|release|readout|post|update))?"
    r"(?:[ \t]+\([^()\n]{1,30}\))?(?:[ \t]+~?\d{3,4}[LZ]?)?:[ \t]*$")
_REACH = 60  # characters before the quote's mark a label may take

# The line before, ending in a colon; a nickname in quotes in it.
_QUOTED_NAME = re.compile(r"[\"“](?P<name>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,3})[\"”]")


def _label_speaker(who: str, start: int, end: int, speakers: Speakers) -> str:
    person = speakers.people.mention_at(start, end)
    if person:
        return person[2]
    known = known_organization(who)
    if known and known != who:
        return f"{known} ({who})"
    return who


# An order's "Commander's guidance at the 011000C update brief: "..."": the words of the
# commander of the headquarters the order heads with ("HQ, Task Force X"), named by that post.
_COMMANDERS_LABEL = re.compile(r"(?:[Tt]he[ \t]+)?Commander(?:'s|’s)[ \t]+(?:guidance|intent|"
                               r"words|remarks|message)\b[^\n\"“:]{0,60}:[ \t]*$")
_HQ_LINE = re.compile(r"(?m)^[ \t]*(?:HQ|Headquarters),[ \t]+(?P<unit>[A-Z][^\n,]{2,50}?)[ \t]*$")


def _commanders_label(text: str, line: int, start: int) -> str:
    if "ommander" not in text[max(line, start - 120):start]:
        return ""
    if not _COMMANDERS_LABEL.search(text, max(line, start - 120), start):
        return ""
    hq = _HQ_LINE.search(text, 0, min(len(text), 3000))
    return f"{hq.group('unit')} commander" if hq else "commander"


def note_label_speaker(text: str, start: int, speakers: Speakers) -> str:
    """The source a note's label names just before the quote opening at start, or ''."""
    line = text.rfind("\n", 0, start) + 1
    label = _NOTE_LABEL.search(text, max(line, start - _REACH), start)
    if not label:
        return _commanders_label(text, line, start)
    return _label_speaker(label.group("who"), label.start("who"), label.end("who"), speakers)


def intro_line_speaker(text: str, start: int, speakers: Speakers) -> str:
    """The one a line ending in a colon introduces, when the quote opening at start stands
    alone at the head of the line below it; ''."""
    line = text.rfind("\n", 0, start) + 1
    if text[line:start].strip(" \t-*•>") or line < 2:
        return ""
    prev_end = line - 1
    while prev_end > 0 and text[prev_end - 1] in " \t\n":
        prev_end -= 1
    if text[prev_end - 1:prev_end] != ":" or text.count("\n", prev_end, line) > 2:
        return ""
    prev = text.rfind("\n", 0, prev_end) + 1
    if prev_end - prev > 250:
        return ""
    named = _QUOTED_NAME.search(text, prev, prev_end)
    if named:
        return named.group("name")
    person = speakers.people.mention_at(prev, prev_end)
    return person[2] if person else ""
