"""The body "the Directorate" or "the Observatory" refers back to, for a quote's speaker.

institutions.back_reference takes the last capitalised run before the words holding the
noun; a run can cross a sentence's end ("... near Roe Hill. The Directorate's first
statement"), and then the words before the stop belong to another sentence and name no body.
Such a run is passed over for the one named before it.
"""

from __future__ import annotations

import re

from briefdeck.extract.institutions import back_reference as _back_reference
from briefdeck.extract.named_before import LOOKBACK

# A stop after a lower-case letter, then an article or a possessive opening the next sentence.
_SENTENCE_INSIDE = re.compile(r"[a-z]\.\s+(?:The|A|An|Its|Their)\s")


def back_reference(who: str, text: str, pos: int) -> str:
    """institutions.back_reference(who, text, pos), passing over runs that cross a
    sentence's end (at most three, each searched before the last)."""
    found = _back_reference(who, text, pos)
    for _ in range(3):
        if not found or not _SENTENCE_INSIDE.search(found):
            return found
        at = text.rfind(found, max(0, pos - LOOKBACK), pos)
        if at < 0:
            return ""
        found = _back_reference(who, text, at)
    return ""
