"""An office named in the official style, its title then its command: "testimony by the
Commander, United States Central Command", "a letter from the Director, Defense Intelligence
Agency". The one holder of a named command's top post speaks for it: a spokesperson, once,
whose words run on to the command's name.
"""

from __future__ import annotations

import regex

_TITLE_LAST = regex.compile(
    r"\b(?:the\s++)?(?:Commander|Director|Chief|Administrator|"
    r"Commandant|Chairman)$"
)
_COMMAND_AFTER = regex.compile(
    r",\s++(?:the\s++)?(?:(?:United\s++States|U\.S\.|[A-Z][\w.-]*+)\s++){1,4}?"
    r"(?:Command|Agency|Forces|Service|Staff|Bureau)\b(?=[,.;])"
)


def office_of_command(text: str, end: int) -> int | None:
    """The end of the command named after an office's title ending at end, or None."""
    if text[end : end + 1] != "," or not _TITLE_LAST.search(text, max(0, end - 20), end):
        return None
    m = _COMMAND_AFTER.match(text, end, min(len(text), end + 80))
    return m.end() if m else None
