"""A quote under a translator's lead line: its speaker is the one the line opens on.

Monitors and channels post a translation under a line that names whose words they are and
says they are translated, with no verb of saying: "Interior Ministry spokesman Jane Roe, on
state TV (our translation):", "UPDATE | Second statement from the X Cell, issued this
afternoon (our translation):", "X statement on last night's attack (full text, translated):".
The name (or the body whose statement it is) is the speaker of the quote below. In a chat the
lead is a message of its own, the translation the next: "X statement out: <link>", then
"Translation: "..."" (the body whose statement is out speaks).
"""

from __future__ import annotations

import re

from briefdeck.extract.named_before import Speakers, tidy_speaker
from briefdeck.extract.speaker_resolution import resolve_speaker

_BACK = 400  # characters: the lead line stands just above the quote
# the line, its leading mark or tag ("🔴 UPDATE |") set aside; the bracketed note on the
# translation at its end
_LEAD = re.compile(r"(?:^|\n)[^\w\n]*(?:[A-Z]{3,}\s*\|\s*)?(?P<who>[A-Z][^:()\n]{2,160}?)\s*"
                   r"\((?:[^()\n]{0,40}\b)?(?:[Tt]ranslat(?:ed|ion)|[Tt]ranslated\s+from)"
                   r"\b[^()\n]{0,30}\)\s*:\s*$")
# "Second statement from the X Cell", "X statement on last night's attack": the body
_STATEMENT_FROM = re.compile(r"^(?:[\w-]+\s+)?(?:statement|message|communiqu[ée]|release)\s+"
                             r"(?:from|by|of)\s+(?:the\s+)?", re.I)
_STATEMENT_AFTER = re.compile(r"\s+(?:statement|message|communiqu[ée]|release)\b.*$", re.I)


# "Translation:" just before the quote, and the message above saying whose statement is out
_TRANSLATION_LABEL = re.compile(r"\b[Tt]ranslation\s*:\s*$")
_STATEMENT_OUT = re.compile(r"(?:^|\n|:[ \t])[^\w\n]*"
                            r"(?P<who>[A-Z][\w.'’&-]*(?:[ \t]+[\w.'’&-]+){0,5}?)[ \t]+statement"
                            r"[ \t]+(?:is[ \t]+)?(?:out|issued|released|published)"
                            r"\b[^\n]*\n(?=[^\n]*$)")


def _statement_out(text: str, start: int, speakers: Speakers) -> str:
    """The body whose statement the message above a "Translation:" says is out, or ''."""
    offset = max(0, start - _BACK)
    lead = _STATEMENT_OUT.search(text, offset, start)
    if not lead:
        return ""
    who, at = lead.group("who"), lead.start("who")
    return resolve_speaker(who, at, at + len(who), speakers) or tidy_speaker(who)


def translated_speaker(text: str, start: int, speakers: Speakers) -> str:
    """The speaker a translator's lead line just above text[start] names, or ''."""
    before = text[max(0, start - _BACK):start].rstrip()
    if before.endswith("ion:") and _TRANSLATION_LABEL.search(before):
        return _statement_out(text, start, speakers)
    if not before.endswith("):"):
        return ""
    lead = _LEAD.search(before)
    if not lead:
        return ""
    offset = max(0, start - _BACK)
    who = lead.group("who").split(",")[0]  # ", on state TV", ", issued this afternoon"
    at = offset + lead.start("who")
    person = speakers.people.mention_at(at, at + len(who))
    if person:
        return person[2]
    opened = _STATEMENT_FROM.match(who)
    if opened:
        who, at = who[opened.end():], at + opened.end()
    who = _STATEMENT_AFTER.sub("", who).strip()
    if not who or who.split()[0].lower() in ("statement", "message", "the"):
        return ""
    return resolve_speaker(who, at, at + len(who), speakers) or tidy_speaker(who)
