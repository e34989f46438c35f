"""A source the notes mark as speaking on background: "per PAO (on bg)", "the spokesman (on
background)", "a health official (anon)". Whatever the office, words given on background may
not be put to its name: the report can cite only an unnamed official, so the sourcing is an
anonymous official's, and the mark is part of it (the reader weighs it).
"""

from __future__ import annotations

import re

_ON_BACKGROUND = re.compile(r"[ \t]*\((?:on[ \t]+)?(?:bg|BG|background|deep[ \t]+background|"
                            r"anon(?:ymous(?:ly)?|ymity)?|not[ \t]+for[ \t]+attribution)"
                            r"(?:[,;][^()\n]{0,40})?\)")


def on_background(text: str, end: int, kind: str, count: int | None
                  ) -> tuple[int, str, int | None]:
    """(end, kind, count) of a sourcing ending at end, run on over a background mark after it."""
    if not text.startswith((" (", "("), end):
        return end, kind, count
    m = _ON_BACKGROUND.match(text, end)
    if m is None or kind == "other outlet" or kind == "document":
        return end, kind, count
    return m.end(), "anonymous official", count if kind == "anonymous official" else 1
