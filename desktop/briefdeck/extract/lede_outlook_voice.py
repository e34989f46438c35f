"""Whose expectation an outlook sentence is, and the numbering it must not carry.

- A transcript's or a hearing's turn speaks for its speaker: "My understanding is Ain al-Asad
  will be handed over by March" on a panel is one panellist's view, so the outlook says whose
  ("..., according to Thomas Reilly") and drops the first-person opener. A call chat's
  first-person plan ("We have two distributions on Thursday, will move them") is a
  participant's own errand, not the outlook.
- A staff summary's paragraph numbers ("2.2 Local media reported ...", "KJ2. The relocation
  ...") are the document's furniture, not the sentence's words.
"""

from __future__ import annotations

import re

# "THOMAS REILLY: ", "Q115 Rachel Stubbs: ", "Air Vice-Marshal Henshaw: ": a turn's label at
# its line's head (two words at least: a lone "Chair:" or "Note:" names no one to quote).
_TURN = re.compile(r"[ \t]*(?:Q\d{1,4}[ \t]+)?((?:[A-Z][\w.'’-]*[ \t]+){1,4}[A-Z][\w.'’-]*)"
                   r"[ \t]*:[ \t]+")
_CAPS_TURN = re.compile(r"[A-Z][A-Z.'’ -]+$")
# "10:12:10 From Omar Haddad (Deir ez-Zor) to Everyone:" over a call chat's message.
_CHAT_HEADER = re.compile(r"\bFrom\s[^\n]{1,80}?\sto\s[^\n]{1,60}?:[ \t]*\n[^\n]*$")
_CAPS_LABEL = re.compile(r"[ \t]*[A-Z][A-Z.'’ -]+:[ \t]")
_AND = re.compile(r"^(?:And|But|So|Well),?\s+")
FIRST_PERSON = re.compile(r"(?:^|\s)(?:I|I'm|I’m|I'd|I’d|I've|I’ve|[Mm]y|[Ww]e|[Oo]ur|[Uu]s)\b")
# "My understanding is ...", "I think ...", "We expect that ...": the speaker's opener.
_OPENER = re.compile(r"(?:(?:And|But|So|Well),?\s+)?(?:My\s+(?:understanding|sense|expectation|"
                     r"guess|view)\s+is(?:\s+that)?|I\s+(?:think|believe|expect|suspect|"
                     r"understand|would\s+expect)(?:\s+that)?)\s+", re.I)
NUMBERED = re.compile(r"(?:(?:KJ|PIR|Para\.?\s*)?\d{1,2}(?:\.\d{1,2})*\.?|[a-h]\.)[ \t]+"
                      r"(?=[A-Z(\"“])")


def turn_speaker(text: str, start: int) -> str:
    """The speaker whose turn holds the sentence at start (from its line's label), or ''."""
    line = text.rfind("\n", 0, start + 1) + 1
    m = _TURN.match(text, line)
    if m is None:
        return ""
    name = m.group(1).strip()
    if _CAPS_TURN.match(name):  # "NADIA AL-KHATIB": Nadia al-Khatib
        name = re.sub(r"(?<=\s)(Al|El|Ad|As|Ar)-", lambda a: a.group(1).lower() + "-", name.title())
    return name


def voiced(text: str, start: int, clause: str) -> str | None:
    """The outlook clause with its speaker named when a turn's first person says it; None
    for a first-person plan no one can be named for; the clause itself otherwise."""
    speaker = turn_speaker(text, start)
    label = _CAPS_LABEL.match(clause)  # (a turn's label the sentence kept: "LT. COL. X: We")
    clause = clause[label.end():] if label else clause
    if FIRST_PERSON.search(clause) is None:
        # (a transcript's turn in capitals, "NADIA AL-KHATIB: And Baghdad will ...": hers)
        if not speaker or not _CAPS_LABEL.match(text, text.rfind("\n", 0, start + 1) + 1):
            return clause
        clause = _AND.sub("", clause)
        return f"{clause[:1].upper()}{clause[1:].rstrip('.')}, according to {speaker}."
    if not speaker:  # (a chat message's first person: the sender's own errand)
        return None if _CHAT_HEADER.search(text, max(0, start - 200), start) else clause
    opened = _OPENER.match(clause)
    if opened:
        clause = clause[opened.end():]
        clause = clause[:1].upper() + clause[1:]
    return f"{clause.rstrip('.')}, according to {speaker}."
