"""Air defences the report tells only as announced: "is to be sent", not "arrive".

A system drafted as arriving may be one the report only says is to come ("The Pentagon
announced that another Patriot battery and a THAAD battery would go to the region"). An
announced or planned rotation is no arrival: the BLUF and the key points say "(announced)"
for a system whose every telling of a move is in the future, and "arrive" only where one
telling has it there ("a Patriot battery that came up from Kuwait last week"). The posture
itself is the systems stage's (systems.py); this only words it.
"""

from __future__ import annotations

import re

from briefdeck.extract.sentences import Document

# a move of a system, done or to come
_MOVE = re.compile(r"\b(?:go|goes|going|went|gone|send|sends|sent|sending|deploy\w*|arriv\w*|"
                   r"mov(?:e|es|ed|ing)|rotat\w*|came|come|comes|coming|station\w*|"
                   r"relocat\w*|head(?:s|ed|ing)?|rush\w*|flown|bring\w*|brought)\b", re.I)
_FUTURE = re.compile(r"\b(?:will|would|shall|(?:plans?|planning|intends?|set|due|expected|"
                     r"scheduled|slated|going)\s+to|(?:is|are)\s+to|to\s+be\s+(?:sent|deployed|"
                     r"moved))\b", re.I)
# told as done: there now, arrived, or there already ("since June", "keep deployed")
_DONE = re.compile(r"\b(?:arrived|came|landed|moved|relocated|went|rushed|flown|brought|since|"
                   r"operat(?:ed|es|ing)|keep\w*|remain\w*|stay\w*|"
                   r"(?:was|were|has\s+been|have\s+been)\s+(?:deployed|sent|moved|stationed)|"
                   r"(?:is|are|there's|there\s+is|there\s+are)\s+now|now\s+(?:has|have))\b",
                   re.I)


def announced_only(doc: Document, name: str) -> bool:
    """Does every sentence telling the system moving tell it as to come, none as done?"""
    seen: set[int] = set()
    text = doc.text
    at = text.find(name)  # (str.find, not a regex: a name is looked for in the whole text)
    while at >= 0:
        end = at + len(name)
        whole = not (at and (text[at - 1].isalnum() or text[at - 1] == "-")) and not (
            end < len(text) and (text[end].isalnum() or text[end] == "-"))
        sent = doc.sentence_at(at) if whole else None
        at = text.find(name, end)
        if sent is None or sent.start in seen or not _MOVE.search(sent.text):
            continue
        seen.add(sent.start)
        if not _FUTURE.search(sent.text) or _DONE.search(sent.text):
            return False  # (one telling as done or as now is enough: no need to read on)
    return bool(seen)
