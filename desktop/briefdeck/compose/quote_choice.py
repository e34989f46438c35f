"""Which quotes an output shows, and a transcript's marks inside them. "In their words" is for
what a speaker asserts: a question put to them (an analyst on an earnings call, a reporter at a
gaggle) asserts nothing, and a sentence whose speaker a FOIA release blacked out ("Major General
(b)(6) told ...") cannot be put in anyone's words. A transcriber's marks ("[CROSSTALK]",
"[INAUDIBLE]") are not the speaker's: inside a quote they show as an elision, at its edges they
go."""

from __future__ import annotations

import re
from typing import Any

# "[CROSSTALK]", "(inaudible)", "(Laughter.)", "[UNINTELLIGIBLE 00:12:31]", "[indiscernible]"
_TRANSCRIPT_MARK = re.compile(
    r"\s*[\[(](?:CROSS[- ]?TALK|INAUDIBLE|UNINTELLIGIBLE|INDISCERNIBLE|OFF[- ]MIC(?:K|ROPHONE)?|"
    r"GARBLED|UNCLEAR|LAUGH(?:TER|S)|APPLAUSE)\b[^\])]{0,30}[\])]\s*", re.I)
# a FOIA exemption code standing for withheld words: "(b)(6)", "(b)(3), (b)(6)", "(b)(7)(C)"
REDACTION = re.compile(r"\(b\)\s?\(\d\)(?:\s?\([A-F]\))?")
_ASKED = re.compile(r"\?[\s\u201d\"’')\]]*$")
_LAST_SENTENCE = re.compile(r"(?:^|[.!?]\s+)([^.!?]*\?)[\s\u201d\"’')\]]*$")
# a question asks the listener when one of its clauses opens with a verb ('Are you seeing
# ...', 'is the second shift permanent'), it says 'you', or it is a name alone ('Tom?');
# a question about others ('Why do they do this among people?') is a speaker's own point
_CLAUSE = re.compile(r"(?:^|,\s+|\s--?\s+|\s[\u2014\u2013]\s+|:\s+)(?:and\s+|so\s+|but\s+)?"
                     r"(?:is|are|was|were|do|does|did|will|would|can|could|should|has|have|had|"
                     r"may|might|shall)\s", re.I)
_YOU = re.compile(r"\byou(?:r|'re|’re|'ve|’ve)?\b", re.I)
_NAME_ALONE = re.compile(r"^\s*[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?\?")
_SENTENCE = re.compile(r"[^.!?]+[.!?]+[\s\u201d\"’')\]]*")
# what an asker says on the way to the question, asserting nothing: 'Thanks.', 'Hi, Tom.',
# 'Good morning.', 'I'll take questions.', 'A follow-up.', 'Two questions, if I may.'
_ASKERS_WORDS = re.compile(
    r"^\W*(?:(?i:thanks?|thank\s+you|hi|hello|hey|good\s+(?:morning|afternoon|evening)|"
    r"congratulations)\b[^.!?]{0,40}"  # 'Thanks for taking my question.'
    # 'Sure.', 'OK, Dana.' (a name at most: 'Yes, we hold the line.' asserts)
    r"|(?i:sure|okay|ok|yes|yeah|great|sorry|please|all\s+right|sir|ma'?am)"
    r"(?:,?\s+[A-Z][\w'’-]*){0,2}"
    r"|[^.!?]{0,40}\b(?i:questions?|follow[- ]?ups?)\b[^.!?]{0,30})"  # 'Two questions.'
    r"[.!?]+\W*$")


def briefable(quote: Any) -> bool:
    """A quote that says something in its speaker's words: not a question put to someone, and
    not a sentence with its speaker withheld by a redaction code. A quote the analyst accepted
    is theirs to judge: no question rule drops it."""
    text = quote.text or ""
    if REDACTION.search(text) or REDACTION.search(getattr(quote, "speaker", "") or ""):
        return False
    return (getattr(quote, "status", "") == "accepted"
            or not asks_someone(without_transcript_marks(text)))


def asks_someone(text: str) -> bool:
    """The remark is wholly a question put to a listener (see _CLAUSE): what comes before the
    question is only the asker's courtesies ('Thanks.'). A statement followed by a rhetorical
    question ('We will respond. Does anyone doubt that?') asserts the statement, and stays."""
    if not _ASKED.search(text):
        return False
    last = _LAST_SENTENCE.search(text)
    before = text[:last.start(1)] if last else ""
    if any(not _ASKERS_WORDS.match(s.group()) for s in _SENTENCE.finditer(before)):
        return False
    question = last.group(1).strip() if last else text
    return bool(_CLAUSE.search(question) or _YOU.search(question)
                or _NAME_ALONE.match(question))


def without_transcript_marks(text: str) -> str:
    """'we will [CROSSTALK] hold the line [INAUDIBLE]' -> 'we will [...] hold the line'."""
    if "[" not in text and "(" not in text:
        return text
    marked = _TRANSCRIPT_MARK.sub(" \0 ", text)  # each mark stands as a NUL
    # ("the line [INAUDIBLE]." : the stop closes the line, the mark goes with the edge)
    words = [w for i, w in enumerate(marked.split()) if w != "\0" or not _closing_after(
        marked.split(), i)]
    while words and words[0] == "\0":
        words.pop(0)
    while words and words[-1] == "\0":
        words.pop()
    # marks next to each other make one elision
    out = [w for i, w in enumerate(words) if w != "\0" or words[i - 1] != "\0"]
    said = " ".join("[...]" if w == "\0" else w for w in out) or text.strip()
    return re.sub(r"\s+([.,;:!?\u201d)\]])", r"\1", said) if said != text else said


def _closing_after(words: list[str], at: int) -> bool:
    """Only closing punctuation follows the mark at words[at]: it stands at the quote's end."""
    rest = words[at + 1:]
    return bool(rest) and all(not w.strip(".,;:!?\u201d\"’')]") for w in rest)
