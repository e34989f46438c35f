"""A broadcast's introduced guest: the answers to the anchor's questions are the guest's words.

Closed captions and raw show transcripts mark a change of speaker with ">>" and never name who
speaks. An anchor introduces a guest ("Joining us now from Capitol Hill is Representative Jane
Roe ... Congresswoman, thank you for being here."), asks ("Should these troops still be in
Iraq?"), the guest answers, and the anchor thanks the guest by name to end the interview. A
reader takes every answer in between as the guest's own words: each turn right after a question
to the guest (a turn ending on "?", or one addressing the guest, "But congresswoman, ...") is
one quote of hers. Courtesies ("Thank you, Laura."), a sentence resumed after crosstalk ("--
close enough to ...") and the anchor's own turns are no quotes. A new story (">>>"), another guest
brought on or the anchor's thanks ends the interview.
"""

from __future__ import annotations

import re

from briefdeck.extract.people import PeopleIndex
from briefdeck.extract.person_patterns import reporter
from briefdeck.extract.sentences import Document

# A turn's marker at a line's start: ">>" a new speaker, ">>>" a new story
_TURN = re.compile(r"(?m)^[ \t]*(>>>?)[ \t]*")
# The anchor's words that bring a guest on: "joining us now (from X) is", "with us tonight is",
# "joins us". Shared with sourcing_broadcast. A bare "with us" is no anchor's: a speaker's
# "Standing with us are the Iraqi Security Forces" brings nobody on to speak.
_WHEN = r"(?:now|tonight|live|again|this\s+(?:morning|evening))"
INTRODUCTION = (rf"(?:[Jj]oin(?:ing|s)\s+(?:us|me)|[Ww]ith\s+us(?=\s+{_WHEN}\b))"
                rf"(?:\s+{_WHEN})*")
# ... or a further guest brought on ("Let's bring in ...", "... is here with me"): a new
# introduction ends the interview before it
_INTRODUCES = re.compile(rf"\b(?:{INTRODUCTION}|[Ll]et['’]s\s+bring\s+in|"
                         r"(?:is|are)\s+here\s+with\s+(?:me|us))\b")
# How the anchor addresses a guest, opening a turn: "But congresswoman, ...", "Senator, ..."
_ADDRESS_WORDS = (r"congresswoman|congressman|senator|general|admiral|colonel|minister|"
                  r"ambassador|governor|mayor|secretary|doctor|sir|ma'am|ma’am")
_OPENING_WORDS = re.compile(r"(?i)^(?:(?:but|and|so|now|well|okay|ok)[ ,]+)?"
                            r"(?P<who>[\w'’.-]+(?:\s+[\w'’.-]+){0,2}),")
# Words that open an answer without saying anything ("Look, we have ...")
_DISCOURSE = re.compile(r"(?i)^(?:look|listen|well|so|yeah|yes|no|sure|absolutely|okay|ok)"
                        r"\s*,\s+(?=\S)")
_THANKS = re.compile(r"(?i)\bthank(?:s|\s+you)\b")
_RESUMED = ("--", "—", "–", "...", "…")  # a sentence resumed after an interruption
_NO_WORDS = re.compile(r"^(?:\[[^\]]*\]|\([^)]*\)|\s)*$")  # "[Crosstalk]", "(inaudible)"
_MIN_ANSWER_WORDS = 6
_MAX_TURNS = 30  # an interview is a few exchanges; a longer run is no longer one


def _turns(text: str) -> list[tuple[str, int, int]]:
    """(marker, body start, body end) of each ">>" turn."""
    marks = list(_TURN.finditer(text))
    out = []
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        body_end = m.end() + len(text[m.end():end].rstrip())
        out.append((m.group(1), m.end(), body_end))
    return out


def _addresses(body: str, names: set[str]) -> bool:
    opening = _OPENING_WORDS.match(body)
    if not opening:
        return False
    words = opening.group("who").casefold().split()
    return words[-1] in names or (len(words) == 1 and re.fullmatch(_ADDRESS_WORDS, words[0])
                                  is not None)


def guest_turns(doc: Document, people: PeopleIndex) -> list[tuple[int, int, str, int, str]]:
    """(start, end, words, paragraph number, guest) of each answer an introduced guest gives."""
    text = doc.text
    if text.count("\n>>") < 4 or not _INTRODUCES.search(text):
        return []
    turns = _turns(text)
    found: list[tuple[int, int, str, int, str]] = []
    i = 0
    while i < len(turns):
        marker, start, end = turns[i]
        intro = _INTRODUCES.search(text, start, end)
        guest = people.mention_at(intro.end(), min(end, intro.end() + 120)) if intro else None
        if not guest or reporter(people, guest[2]):
            i += 1  # (a correspondent brought on reports; her words are no quotes)
            continue
        name = guest[2]
        names = {w.casefold() for w in name.split()}
        asked = text[start:end].endswith("?")
        j = i + 1
        while j < len(turns) and j <= i + _MAX_TURNS:
            marker, start, end = turns[j]
            body = text[start:end]
            if marker == ">>>" or _INTRODUCES.search(body):
                break  # a new story, or another guest brought on: this interview is over
            j += 1
            if _NO_WORDS.match(body):
                continue  # crosstalk: whoever spoke, the exchange goes on
            if _THANKS.search(body) and found and found[-1][4] == name and any(
                    w.strip(",.!?").casefold() in names for w in body.split()[:4]):
                break  # "Representative Jane Roe, thank you.": the interview is over
            if body.endswith("?") or _addresses(body, names):
                asked = True  # the anchor's question
                continue
            if asked and not body.startswith(_RESUMED) and \
                    len(body.split()) >= _MIN_ANSWER_WORDS and doc.is_reporting(start, start + 1):
                cue = _DISCOURSE.match(body)
                cut = cue.end() if cue else 0
                found.append((start + cut, end, body[cut:], _paragraph(doc, start), name))
            asked = False
        i = j
    return found


def _paragraph(doc: Document, pos: int) -> int:
    for start, end, number in doc.paragraph_spans:
        if start <= pos < end:
            return number
    return 0
