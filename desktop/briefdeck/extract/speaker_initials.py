"""A body written by its initials, named in full: "the CTD" after "the Counter-Terrorism
Directorate (CTD)", "the MoD" after "the Ministry of Defence", "XF Media Center" for "the X
Forces (XF) Media Center".

An analyst's list of speakers should say who the initials stand for, as the text itself
defines or spells them out, not leave a bare acronym beside the body's full name.
"""

from __future__ import annotations

import re

from briefdeck.extract.named_before import Speakers
from briefdeck.extract.quote_patterns import LEAD_ARTICLE

# A body's part after the name and initials it gives: "the X Forces (XF) Media Center" is
# written, as the text shortens it, "XF Media Center".
INITIALS_PART = re.compile(r"^(?:[Tt]he\s+)?(?:[A-Z][\w'’.-]*\s+){1,6}\((?P<acr>[A-Z]{2,6})\)\s+"
                           r"(?P<part>(?:[A-Z][\w'’-]*)(?:\s+[A-Z][\w'’-]*){0,2})$")


def initials_in_full(run: str, speakers: Speakers) -> str:
    """An acronym the text defines, with its name: "the CTD" -> "Counter-Terrorism
    Directorate (CTD)", "Russian MoD" -> "Russian Ministry of Defense (MoD)"; else ''."""
    words = LEAD_ARTICLE.sub("", run).split()
    last = words[-1] if words else ""
    if len(words) > 2 or sum(c.isupper() for c in last) < 2 or not last.isalpha():
        return ""
    full = speakers.acronym(last) or _spelled_out(last, speakers)
    return f"{full} ({last})" if full else ""


_LINK = r"(?:\s+(?:of|the|for|and|on|in))*\s+"


def _spelled_out(acronym: str, speakers: Speakers) -> str:
    """The name the text writes elsewhere whose words' initials are the acronym's capitals,
    with no brackets to define it ("the Ministry of Defence said ... the MoD said"), or ''."""
    cache = speakers.spelled_out
    if acronym not in cache:
        caps = [c for c in acronym if c.isupper()]
        run = _LINK.join(rf"{c}[a-z]+" for c in caps)
        m = re.search(rf"\b{run}\b", speakers.text) if len(caps) >= 2 else None
        cache[acronym] = m.group(0) if m else ""
    return cache[acronym]
