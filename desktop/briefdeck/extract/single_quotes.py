"""Quotations set in single marks, in text that uses no double marks at all.

Running notes, chat exports and some house styles quote with single marks in shorthand lines:
"19:58 Local site says 'a drone fell', one hurt", "Army statement: confirms attack, 'two
soldiers lightly hurt'", "Agency quotes army spokesman: 'routine alert'". Apostrophes ("don't",
"the airman's") look the same, so a span counts only when its opening mark follows a space or a
line's start and its closing mark is not followed by a letter; and only when the text has no
double marks, where single marks would be the quotations' own.

single_quoted(doc) gives, for each such quote whose line names who says it, the quote's span
and words and the raw words naming the speaker with their start (resolved by quotes.py).
"""

from __future__ import annotations

import re
from typing import Any

_SPAN = re.compile(r"(?:(?<=[\s(:,])|^)['‘](?P<q>[A-Za-z0-9][^'‘’\n]{1,240}?[A-Za-z0-9.,!?%])"
                   r"['’](?![A-Za-z0-9])", re.M)
# A line's clock or date stamp: "21:35 UTC", "0710Z", "[22 Feb 08:15]"
_STAMP = re.compile(r"\s*(?:[-*•]\s*)?\[?(?:\d{1,2}:?\d{2}\s*(?:UTC|GMT|Z|EST|local)?|"
                    r"\d{1,2}\s+[A-Z][a-z]{2}\s+\d{1,2}:\d{2})\]?\s*[-–—:]?\s*")
_WHO = r"(?P<who>[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,6}?)"  # "Local news site", "X spokesman Y"
# "Agency quotes army spokesman[,:]": the one quoted speaks
_QUOTES_WHO = re.compile(r"\bquot(?:es|ed|ing)\s+(?P<who>(?:an?\s+|the\s+|its\s+)?[\w'’.-]+"
                         r"(?:\s+[\w'’.-]+){0,5}?)\s*[,:]")
# "Local site says", "X claims", at the line's head
_SAYS = re.compile(_WHO + r"\s+(?:now\s+|also\s+)?(?:says|said|claims|claimed|reports|reported|"
                   r"confirms|confirmed|denies|denied|tells|told)\b")
# "X statement:", "X Telegram:", "X on TV channel:", "X to Outlet:": a label naming the source
_LABEL = re.compile(_WHO + r"(?:\s+(?:statement|Telegram|post|tweet|channel|release|readout)|"
                    r"\s+(?:on|to|via)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})?\s*:\s")
_PLATFORM_LAST = re.compile(r"\s+(?:Telegram|Facebook|TikTok|X|Twitter|YouTube|statement|post|"
                            r"channel)$")  # "X Telegram: claims": X, on its channel
_PLACE_LABEL = re.compile(r"[A-Z][a-z]+\s*:\s")  # "Kuwait: ...": where, not who


def single_quoted(doc: Any) -> list[tuple[int, int, str, str, int]]:
    text = doc.text
    if "'" not in text and "‘" not in text or '"' in text or "“" in text or "”" in text:
        return []
    found: list[tuple[int, int, str, str, int]] = []
    for m in _SPAN.finditer(text):
        words = m.group("q").rstrip(" ,")
        if len(words.split()) < 2 or not doc.is_reporting(m.start("q"), m.start("q") + 1):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        stamp = _STAMP.match(text, line_start, m.start())
        head = stamp.end() if stamp and stamp.end() > line_start else line_start
        place = _PLACE_LABEL.match(text, head, m.start())
        if place and len(place.group(0).split()) == 1:
            head = place.end()
        who = _speaker_words(text, head, m.start())
        if who:
            found.append((m.start("q"), m.start("q") + len(words), words, who[0], who[1]))
    return found


def _speaker_words(text: str, head: int, open_at: int) -> tuple[str, int] | None:
    quoted = _QUOTES_WHO.search(text, head, open_at)
    if quoted:
        return quoted.group("who"), quoted.start("who")
    for pattern in (_LABEL, _SAYS):
        lead = pattern.match(text, head, open_at)
        if lead:
            who = lead.group("who")
            return who[:_PLATFORM_LAST.search(who).start()] if _PLATFORM_LAST.search(who) \
                else who, lead.start("who")
    return None
