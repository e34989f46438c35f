"""A casualty's next of kin speaking: "said his wife, Megan", "His mother, Ann, said".

Obituaries, funerals and profiles quote the family, each by relation ("his wife"), often
with a first name only: another source (no official), one each.
"""

from __future__ import annotations

import re

from briefdeck.geo.textnorm import at_word_start

_KIN = (r"(?:wife|husband|widow|widower|mother|father|brother|sister|son|daughter|uncle|aunt|"
        r"cousin|fianc[ée]e?|grandmother|grandfather|stepfather|stepmother)")
_FIRST_NAME = r"(?:,\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?=[,.;]))?"
# ("He said his brother was killed": the brother is what was said, not who said it; the
# speaking relative is named or ends the clause.)
# (both opening on literals, not on \b: a scan of a whole long text jumps to their letters)
_SAID_KIN = re.compile(at_word_start("said", "says", "recalled", "added") +
                       rf"\s+(?:his|her|their)\s+{_KIN}\b"
                       rf"(?:,\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?=[,.;])|(?=\s*[,.;\"”]))")
_KIN_SAID = re.compile(at_word_start("His", "Her", "Their") + rf"\s+{_KIN}{_FIRST_NAME},?\s+"
                       r"(?:said|says|recalled|told)\b")


def next_of_kin(text: str) -> list[tuple[int, int, str, int | None]]:
    """(start, end, kind, count) of each relative who speaks."""
    if "his " not in text and "her " not in text and "their " not in text and \
            "His " not in text and "Her " not in text and "Their " not in text:
        return []
    return [(m.start(), m.end(), "other", 1)
            for rx in (_SAID_KIN, _KIN_SAID) for m in rx.finditer(text)]
