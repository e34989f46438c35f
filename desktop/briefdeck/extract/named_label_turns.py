"""A transcript in sentence case: each turn opens with its speaker's name as the text writes
it, maybe after the role ("Spokesperson Jane Roe: ..."), the questioners by their outlet
("AFP: ..."). A paragraph so labelled is the named person's turn when the text labels that
person at least twice; outlets and "Moderator" name no person, so theirs are no turns. A turn
that goes on to quote itself ('... "We reject it," he said.') is the speaker's own words only
up to the quotation, which the quotes read apart.
"""

from __future__ import annotations

import re
from itertools import islice

from briefdeck.extract.people import PeopleIndex
from briefdeck.extract.sentence_case_labels import LABEL
from briefdeck.extract.sentences import Document

_LABEL_CHEAP = re.compile(r"^[A-Z][^\n:\"“]{1,60}:[ \t]", re.M)
_MIN_LABELS = 4  # labels of any kind before the paragraphs are read
_MIN_WORDS = 3


def named_label_turns(doc: Document, people: PeopleIndex,
                      paras: list[tuple[int, int, int]]) -> list[tuple[int, int, str, int, str]]:
    """(start, end, words, paragraph number, speaker) of each named person's turn."""
    text = doc.text
    if next(islice(_LABEL_CHEAP.finditer(text), _MIN_LABELS - 1, None), None) is None:
        return []  # (fewer labels than that: counted up to the last needed, no copy of text)
    found: list[tuple[int, int, str, int, str]] = []
    counts: dict[str, int] = {}
    for start, end, number in paras:
        if text.find(":", start, min(end, start + 61)) < 0:
            continue  # (no colon where a label's can be: most paragraphs)
        m = LABEL.match(text, start, end)
        if not m or m.end("label") - start > 60:
            continue
        person = people.mention_at(start, m.end("label"))
        if not person or person[1] != m.end("label"):
            continue  # the label must end on the name: "Spokesperson Jane Roe:"
        counts[person[2]] = counts.get(person[2], 0) + 1
        body_end = end
        quoted = re.search(r"[\"“]", text[m.end():end])
        if quoted:  # the turn's own words end where it quotes itself
            body_end = m.end() + quoted.start()
        body = text[m.end():body_end].rstrip()
        if len(body.split()) < _MIN_WORDS or not doc.is_reporting(m.end(), m.end() + 1):
            continue
        found.append((m.end(), m.end() + len(body), body, number, person[2]))
    return [t for t in found if counts[t[4]] >= 2]
