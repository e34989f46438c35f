"""A body's statement named by its owner at the head of a note's line or a chat message:
"Counter-Terrorism Directorate statement just out (10:40 local): two killed", "KRG
counter-terrorism statement just out says two drones", "KH statement (Telegram) denies losses",
"CJTF-OIR stmt (emailed): ...", and a statement named with its issuer anywhere: "a statement
from the office of the commander-in-chief", "a statement by the Army General Command".

Notes and chats drop the verb reporting uses ("X said in a statement"): the statement itself,
owned by the body, heads what it says, after a colon or a verb of its own ("says", "denies").
The owner is capitalised or a body's lower-case description joined to a capitalised name.
"""

from __future__ import annotations

import re

_OWNER_WORD = r"(?:[A-Z][\w.'’&-]*|[a-z]+(?:-[a-z]+)+|media|press|security|of|the)"
# (at a line's head, or a sentence's after a full stop; a list's dash or bullet before it)
_HEAD = re.compile(
    r"(?:[-*•>][ \t]*)?(?P<src>(?:(?:[Aa]n?|[Tt]he)[ \t]+)?"
    rf"(?P<who>[A-Z][\w.'’&-]*(?:[ \t]+{_OWNER_WORD}){{0,5}}?)[ \t]+"
    r"(?:statement|stmt|release|readout)"
    r"(?:[ \t]+(?:just[ \t]+(?:out|in)|this[ \t]+(?:morning|afternoon|evening)|tonight|"
    r"overnight|today))?"
    r"(?:[ \t]*\([^()\n]{1,30}\))?)"
    # (a colon before a link is a reading list's item: "CENTCOM statement: https://...")
    r"(?=[ \t]*(?::[ \t]+(?!https?:|www\.)|"
    r"(?:now[ \t]+)?(?:says|claims|denies|confirms|reports|calls)\b))")
# "a statement from the office of the commander-in-chief", "a statement by the X Command"
_ISSUED_BY = re.compile(
    r"(?<![\w-])[Aa]\s+statement\s+(?:from|by|issued\s+by)\s+(?:the\s+)?"
    r"(?:office\s+of\s+the\s+[a-z]+(?:-[a-z]+)+|"
    rf"[A-Z][\w.'’&-]*(?:\s+{_OWNER_WORD}){{0,6}}\s+[A-Z][\w.'’&-]*|[A-Z][\w.'’&-]*)")
# A statement set out below a heading of its own that says only when it was issued ("Statement
# (as released 2026-05-02 14:00):", pasted into a ticket or a note): the issuing body's words.
_PASTED_HEAD = re.compile(r"(?P<head>Statement[ \t]+\((?:as[ \t]+)?(?:released|issued|"
                          r"published|posted)\b[^()\n]{0,30}\))[ \t]*:[ \t]*\n[ \t]*\S")
_FUNCTION_FIRST = frozenset("The A An This That Its Their His Her Our Your No Any Every Each "
                            "Joint".split())


def statement_heads(text: str) -> list[tuple[int, int, str, int | None]]:
    """(start, end, kind, count) of each owned statement heading a line or a sentence, and
    each "a statement from/by X"."""
    out: list[tuple[int, int, str, int | None]] = []
    for word in ("statement", "stmt", "release", "readout"):
        at = text.find(word)
        while at >= 0:  # (from each word: cheaper than a regex scan of the whole text)
            head = _line_or_sentence_start(text, at)
            if head >= 0:
                m = _HEAD.match(text, head)
                if m and m.end() > at and m.group("who").split()[0] not in _FUNCTION_FIRST:
                    out.append((m.start("src"), m.end(), "spokesperson", 1))
            at = text.find(word, at + len(word))
    at = text.find("Statement (")
    while at >= 0:  # a pasted statement under its bare heading, "Statement (as released ...):"
        pasted = _PASTED_HEAD.match(text, at)
        if pasted and (at == 0 or text[:at].rstrip(" \t").endswith("\n")):
            out.append((at, pasted.end("head"), "spokesperson", 1))
        at = text.find("Statement (", at + 11)
    starts = {s for s, _, _, _ in out}
    at = text.find(" statement ")
    while at >= 0:  # "a statement from/by X", from each " statement "
        m = _ISSUED_BY.match(text, at - 1) if at and text[at - 1] in "Aa" else None
        if m and m.start() not in starts:
            out.append((m.start(), m.end(), "spokesperson", 1))
        at = text.find(" statement ", at + 11)
    return out


def _line_or_sentence_start(text: str, at: int) -> int:
    """Where the line or the sentence holding at starts, within 70 characters; or -1."""
    lo = max(0, at - 70)
    line = text.rfind("\n", lo, at)
    stop = max(text.rfind(". ", lo, at), text.rfind("? ", lo, at), text.rfind("! ", lo, at))
    if stop >= 0 and stop + 1 > line:
        return stop + 2
    if line >= 0:
        return line + 1
    return 0 if at <= 70 else -1
