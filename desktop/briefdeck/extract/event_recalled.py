"""A toll told of a happening recalled by a definite name: "Three were wounded in the initial
strike, and two more ...", "four were hurt in the first attack". The clause names a happening
already told (the one the story is on about), not a new one: its toll goes to that happening.
"""

from __future__ import annotations

import re

from briefdeck.extract.event_draft import Draft
from briefdeck.extract.event_followups import VIOLENT

# "in the initial strike", "during the first attack", "by the original barrage"
_RECALLED = re.compile(r"\b(?:in|during|by)\s+the\s+(?:initial|first|original|earlier|"
                       r"same)\s+$", re.I)


def recalls_told(text: str, c_start: int, t_start: int) -> bool:
    """Is the clause's action word the name of a happening told before ("in the initial
    strike")? Cheap: a look at the few words before the trigger."""
    return _RECALLED.search(text, max(c_start, t_start - 30), t_start) is not None


def tolled_recently(drafts: list[Draft], i: int, entry: int = -1,
                    reach: int = 5) -> Draft | None:
    """The violent happening with a toll told last, in the last few sentences (the same
    live-blog entry): the one a recalled name points at."""
    for d in reversed(drafts):
        if d.kind in VIOLENT and d.casualties and d.entry == entry and \
                0 <= i - d.sentence <= reach:
            return d
    return None
