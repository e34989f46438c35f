"""An outlet that carried a body's words: "Hezbollah claimed six operations via Al-Manar", a
broadcaster a witness had on ("had Al Sumaria on"), and an outlet a dataset's entry was taken
from ("entered twice: once from the ministry's figures and once from NNA").

The body that claims is its own source; the channel its claim came through is another (the
press), named after "via", or as the set that was on when the news came.
"""

from __future__ import annotations

import re

from briefdeck.extract.attribution_kinds import REGIONAL_PRESS
from briefdeck.extract.place_outlets import _is_outlet

_NAME = r"(?P<who>[A-Z][\w'’-]*(?:[ \t-][A-Z0-9][\w'’-]*){0,2})"
# (a verb of speech before it: "via" after a move, "flew via Doha", is a route)
_VIA = re.compile(
    r"\b(?:claimed|said|announced|reported|posted|published|issued|put[ \t]+out)\b"
    r"[^.\n\"“”]{0,60}?\b(?P<via>via[ \t]+(?:the[ \t]+)?" + _NAME + r")"
)
# (an entry copied from an outlet's report: "once from NNA", "taken from Al Mayadeen"; found by
# its " from ", then the word before it)
_FROM_WORDS = ("once", "twice", "again", "taken", "entered", "copied", "drawn")
_FROM_NAME = re.compile(r"(?:the[ \t]+)?" + _NAME + r"(?![ \t]+(?:report|statement|figures|count))")
# (the word boundary checked behind "had", not before it: a pattern opening with its literal
# word is searched for that word, fast, where a leading \b tries every position of the text)
_HAD_ON = re.compile(r"had(?<!\whad)[ \t]+(?:the[ \t]+)?" + _NAME + r"[ \t]+on\b")
# "via" before a capital, the outlet's name (searched for its literal word, fast)
_VIA_NAME = re.compile(r"via[ \t]+(?:the[ \t]+)?[A-Z]")
_VERBS = ("claimed", "said", "announced", "reported", "posted", "published", "issued", "out")


def _via_after_verb(text: str) -> bool:
    """Whether some "via <Name>" has one of _VIA's verbs in the 70 characters before it (the
    verb ends at most 60 before "via"), a cheap test before _VIA scans the whole text."""
    for m in _VIA_NAME.finditer(text):
        before = text[max(0, m.start() - 70) : m.start()]
        if any(verb in before for verb in _VERBS):
            return True
    return False


def via_outlets(text: str) -> list[tuple[int, int, str, int | None]]:
    """(start, end, kind, count) of each outlet a claim came through or a set was tuned to."""
    out = []
    if " via " in text and _via_after_verb(text):
        for m in _VIA.finditer(text):
            if _is_outlet(m.group("who")):
                out.append((m.start("via"), m.end("via"), "other outlet", 1))
    if "had " in text:
        for m in _HAD_ON.finditer(text):
            if _is_outlet(m.group("who")):
                out.append((m.start(), m.end(), "other outlet", 1))
    at = text.find(" from ")
    while at != -1:
        word = text[max(0, at - 8) : at].rsplit(None, 1)[-1:]
        m = _FROM_NAME.match(text, at + 6) if word and word[0] in _FROM_WORDS else None
        if m and (_is_outlet(m.group("who")) or REGIONAL_PRESS.match(m.group("who"))):
            out.append((at - len(word[0]), m.end(), "other outlet", 1))
        at = text.find(" from ", at + 6)
    return out
