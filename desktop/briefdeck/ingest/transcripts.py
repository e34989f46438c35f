"""Furniture that line rules miss in spoken and signalled text: a timestamped transcript's
speaker prefix (taken off so the rules see what was said), a sponsor read that runs over
several turns of one speaker, and a military message's closing trailer.
"""

from __future__ import annotations

import re

from briefdeck.ingest.full_dates import parse_date
from briefdeck.ingest.line_kinds import ArticleLine

# "[00:02:52] Speaker 1: ", "(12:04) Jo Ames: ": a transcript line's time and speaker.
SPEAKER = re.compile(
    r"^[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s+(?:[A-Z][\w.'’-]*(?: [A-Z0-9][\w.'’-]*){0,3}):\s+"
)
# The address a sponsor read ends on, written or said aloud: "site dot io slash show".
_PROMO = re.compile(
    r"\b[\w-]+ dot (?:com|io|org|net|co|fm|ai|app|tv)\b|\b[\w-]+\.(?:com|io|org|net|co|fm|ai|"
    r"app|tv)\b|\b(?:promo|discount|offer) code\b|\bcode [A-Z]{3,}\b"
)
# The kinds of furniture a show says aloud: what the rules may find in a speaker's words.
SPOKEN_KINDS = frozenset({
    "advertisement", "podcast furniture", "transcript furniture", "credits", "subscribe",
    "disclaimer",
})
_READ_TURNS = 5  # the most lines a read runs on after its opening line


# "BENITEZ: ", "MR. ROE: ", "THE COURT: ": a transcript's speaker label in capitals.
CAPS_SPEAKER = re.compile(r"(?:THE |M(?:R|S|RS)\. |DR\. )?[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,2}"
                          r"(?: \([^()\n]{1,60}\))?: +(?=\S)")


def without_speaker(line: ArticleLine) -> ArticleLine | None:
    """The line with its time and speaker taken off, or None when it has none."""
    first = line.text[:1]
    m = SPEAKER.match(line.text) if first in "[(0123456789" else CAPS_SPEAKER.match(
        line.text) if first.isupper() and ": " in line.text[:80] else None
    if not m:
        return None
    rest = line.text[m.end() :]
    return ArticleLine(line.start + m.end(), line.end, rest, len(rest.split()))


def flag_sponsor_reads(lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """'This episode is brought to you by X.' then the same speaker's next lines down to the
    one that gives the sponsor's address: the whole read. A read that never gives an address
    is left at its opening line (what follows may be the show again)."""
    for i in [i for i, rule in flags.items() if rule == "advertisement"]:
        m = SPEAKER.match(lines[i].text)
        if not m:
            continue
        who = m.group(0)[m.group(0).index(" ") :]  # " Speaker 1: "
        last = None
        for j in range(i + 1, min(i + 1 + _READ_TURNS, len(lines))):
            n = SPEAKER.match(lines[j].text)
            if not n or n.group(0)[n.group(0).index(" ") :] != who:
                break
            if _PROMO.search(lines[j].text[n.end() :]):
                last = j
        for j in range(i + 1, (last or i) + 1):
            flags.setdefault(j, "advertisement")


# "BT" (break), "NNNN" (end of message), "#0012" (its serial), "DECL/NA//" (declassification).
_TRAILER = re.compile(r"^(?:BT|NNNN|#\d{3,5}|DECL/[A-Z0-9 ./-]{0,40}//)$")
_MESSAGE_HEAD = re.compile(r"^(?:FM |TO |INFO |SUBJ/|MSGID/)", re.MULTILINE)


def flag_message_trailer(text: str, lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """A formatted military message's break and end markers: only in a text that is one
    (a line 'BT' and its routing lines 'FM ...', 'SUBJ/...')."""
    if "\nBT" not in text or len(_MESSAGE_HEAD.findall(text[:3000])) < 2:
        return
    for i, line in enumerate(lines):
        if i not in flags and line.words == 1 and _TRAILER.match(line.text):
            flags[i] = "message trailer"


# "Transcript of the town hall held Thursday, 19 November 2026, 1830-1945, ...", "Record of the
# meeting on 3 March 2026": a transcript's own line saying when the words were spoken, under
# its title. A transcript is published for the day it records.
_HELD = re.compile(r"^(?:(?:verbatim|full|edited|official|unofficial)\s+)?(?:transcript|record|"
                   r"minutes)\s+of\s+(?:the\s+|a\s+)?[^.\n]{0,80}?\b(?:held|recorded|on|given|"
                   r"delivered)\b", re.IGNORECASE)
_HELD_SCAN = 6  # the title block: the date line is among its first paragraphs


def held_date(blocks: list[str]) -> str:
    """The ISO day of a transcript's 'Transcript of the X held <date>' line, or ''."""
    for block in blocks[:_HELD_SCAN]:
        if len(block) < 400 and _HELD.match(block):
            return parse_date(block)
    return ""
