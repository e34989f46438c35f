"""A writer's remark about their own work is no happening. Mails, chats and notes between
analysts mix what happened with lines about the product being written: "Quick summary on last
night's attack for the client note", "I'd go with 2 killed / 4 wounded for the flash", "Could
fold into the weekly", "Okay to use unattributed", "I've asked our contact whether ...". A
wiki's talk page or a dataset's issue does the same about its record: "The infobox says 12
killed", "Suggest infobox: ...", "I think that row mixes up two incidents". Such a line may
name the attack or carry a toll, but it tells which words the writer will use, not what
happened: a timeline's label or a key fact comes from a sentence that tells the happening.

Only the line's opening is read (a remark says what it is first), so a sentence that tells the
happening and names the product later ("Revised toll for today's update, per the health
directorate: two killed") stays. A speaker's proposal in a meeting ("I'd ask for eight more
bunkers") or a minister's request ("We have asked our partners to leave one battery") is news,
not the writer's work on a report, and stays too."""

from __future__ import annotations

import re

_WOULD = r"(?:I|we)(?:['’]d|['’]ll|\s+would|\s+will)?"
_REMARK = re.compile(
    r"(?i)(?:"
    # the writer's own summary announcing itself
    r"(?:quick|short|brief|rough|first|initial)\s+(?:summary|update|note|recap|rundown|"
    r"round-?up|read-?out|write-?up)\s+(?:on|of|for|about|re)\b"
    # which figure or words the product will use; what the writer does about the product
    # (not 'we will send', 'I can confirm': a minister's or a spokesman's news)
    rf"|{_WOULD}\s+(?:go\s+with|stick\s+with|lean\s+towards?|fold|flag|circulate|chase|"
    r"follow\s+up|update)\b"
    # the writer asking their own sources (not a minister's 'We have asked our partners to ...')
    r"|(?:I|we)(?:['’]ve|\s+have)\s+(?:asked|chased|pinged|emailed)\s+(?:our|my)\s+"
    r"(?:[\w.-]+\s+){0,2}?(?:contacts?|sources?|stringers?|fixers?|desk|editors?)\b"
    r"|will\s+(?:update|circulate|follow\s+up|revert|chase)\b"
    # where a line could go in the product
    r"|(?:could|can|should|might)\s+(?:fold|go|slot|put|drop|add|include|use)\s+"
    r"(?:(?:it|this|that)\s+)?(?:in|into|for|with)\b"
    # how a line may be used
    r"|(?:ok(?:ay)?|fine|safe|cleared)\s+to\s+(?:use|run|quote|cite|share|publish|attribute)\b"
    r"|not\s+for\s+(?:attribution|publication|sharing|release)\b"
    r"|(?:pls|please)\s+(?:don['’]?t|do\s+not|keep|hold)\b"
    # an editor's line on the page's own text, as on a wiki's talk page: what the infobox or
    # the lead says now, or should say ('The infobox says 12 killed', 'Suggest infobox: ...')
    r"|(?:the\s+|this\s+|our\s+)?(?:infobox|lead|lede|article)\s+(?:currently\s+|now\s+|"
    r"still\s+)?(?:says|gives|reads|lists|states|has)\b"
    # a contributor's judgement on the record being corrected ('I think that row mixes up')
    r"|(?:I|we)\s+think\s+(?:that\s+|this\s+|the\s+)?(?:row|entry|record|infobox|lead)\b"
    r"|(?:suggest|propose)\s+(?:(?:the|an?|this)\s+)?(?:infobox|lead|lede|wording|title)\b"
    r")")
# what may open a line before its words: a list mark, a quoted mail's '>', a quote mark
_OPENING = re.compile(r"[\s>*\-•–—\"“'‘]*")
_SENTENCE_END = re.compile(r"[.!?]\s|\n")
_REACH = 300  # how far back a sentence's start is looked for


def working_remark(line: str) -> bool:
    """Does the line open as the writer's remark on their own work?"""
    if not line:
        return False
    start = _OPENING.match(line).end()
    return _REMARK.match(line, start) is not None


def in_working_remark(text: str, at: int) -> bool:
    """Is text[at] inside a sentence that opens as a working remark ('I'd go with 2 killed')?"""
    if not text or not 0 <= at <= len(text):
        return False
    lo = max(0, at - _REACH)
    start = lo
    for m in _SENTENCE_END.finditer(text, lo, at):
        start = m.end()
    return working_remark(text[start:at + 80])
