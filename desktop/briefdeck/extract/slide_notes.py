"""A slide deck's notes pages exported as text: each slide's "Title:", its "Slide text:" bullets,
then "Speaker notes:" with what the presenter says over it.

The bullets are the slide's shorthand of what the notes tell with their sourcing ("IDF: 2
lightly wounded" over "The IDF first said two soldiers were lightly wounded"): like a headline,
a bullet repeats the notes' source and is no source of its own. The "Speaker notes:" label
heads the presenter's own words: it is no lead-in to anyone's speech ("Speaker" is no speaker).
"""

from __future__ import annotations

import re
from functools import lru_cache

# The label heading a slide's notes, on a line of its own.
_NOTES_LABEL = re.compile(r"[ \t]*(?:(?:Speaker|Presenter)(?:['’]s)?[ \t]+)?[Nn]otes[ \t]*:[ \t]*$")
# The line that closes a slide's bullets: its notes, its footer, the next slide or a blank line.
_BULLETS_END = re.compile(
    r"\n(?:[ \t]*\n|(?:(?:Speaker|Presenter)(?:['’]s)?[ \t]+)?"
    r"[Nn]otes[ \t]*:|Footer[ \t]*:|Slide[ \t]+\d)"
)


def notes_label(text: str, start: int, end: int) -> bool:
    """The line text[start:end] is a slide's "Speaker notes:" label."""
    return "otes" in text[start:end] and _NOTES_LABEL.fullmatch(text, start, end) is not None


@lru_cache(maxsize=8)
def slide_bullets(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each slide's "Slide text:" block, where the notes pages say their notes
    apart (a deck with no notes labels has no bullets to set aside)."""
    if "Slide text:" not in text or "otes:" not in text:
        return ()
    out = []
    at = text.find("Slide text:")
    while at >= 0:
        if at == 0 or text[at - 1] == "\n":
            m = _BULLETS_END.search(text, at)
            end = m.start() if m else len(text)
            out.append((at, end))
            at = text.find("Slide text:", end)
        else:
            at = text.find("Slide text:", at + 11)
    return tuple(out)


def in_slide_bullets(text: str, at: int) -> bool:
    """The offset `at` lies in a slide's bullets."""
    return any(s <= at < e for s, e in slide_bullets(text))
