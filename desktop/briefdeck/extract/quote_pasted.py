"""Who speaks in an analyst's note line that pastes a quote under a label.

Working notes (Obsidian, Notion, chat) paste a quote behind a terse label that says where the
words came from and how they got there: 'CENTCOM, pasted: "..."', 'Pasted, SDF statement (28
Nov): "..."', 'a US defense official to Reuters, pasted: "..."', 'Claim: X, Telegram, Wed
morning – "..."'. The note's own words ("pasted", "copied", "Claim:") are no speaker, nor is the
outlet the words were given to, the platform or the time: the one the label names is.
"""

from __future__ import annotations

import re

# The note's word for how the words got there, before or after the speaker
_PASTED = r"(?:pasted|copied|verbatim|quoted|via\s+[A-Z][\w.-]*)"
_KIND = r"(?:Claim|Statement|Denial|Response|Reaction|Quote|Pasted|Copied)"
_LABEL = re.compile(
    rf"[ \t]*(?:[-*•][ \t]+)?(?:>[ \t]*)?(?:{_KIND}[ \t]*[:,][ \t]*)?"
    r"(?P<who>(?:an?[ \t]+|the[ \t]+)?[A-Za-z][\w.'’&-]*(?:[ \t]+[\w.'’&-]+){0,6}?)"
    r"(?:[ \t]+(?:statement|post|release|claim|readout|communiqu[eé]))?"
    r"(?:[ \t]+to[ \t]+[A-Z][\w.'’&-]*(?:[ \t]+[A-Z][\w.'’&-]*){0,2})?"  # told an outlet
    rf"(?:,[ \t]+(?:{_PASTED}|[^,:\"“”\n]{{1,30}}?)){{0,3}}"  # asides: platform, time
    r"(?:[ \t]+\([^()\n]{1,30}\))?[ \t]*(?::|[–—]|--)[ \t]*$")
_GATE = re.compile(rf"(?i)\b(?:pasted|copied|verbatim)\b|^[ \t]*(?:[-*•>][ \t]+)*{_KIND}[ \t]*[:,]")


def pasted_label(text: str, line_start: int, quote_start: int) -> tuple[int, int] | None:
    """The span of the speaker a note's label names before the quote opening at quote_start
    (the label and the quote on one line), or None when the line is no such label."""
    head = text[line_start:quote_start]
    if "\n" in head or len(head) > 160 or not _GATE.search(head):
        return None
    m = _LABEL.fullmatch(text, line_start, quote_start)
    if not m:
        return None
    who = m.group("who")
    if re.fullmatch(rf"(?i){_PASTED}|{_KIND}", who):
        return None
    return m.start("who"), m.end("who")
