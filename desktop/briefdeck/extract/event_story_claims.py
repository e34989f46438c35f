"""A place a corrected story said was hit: "An article about rockets fired near X said the Y
complex had been hit." A corrections column cites what the story got wrong; the place named
between the story's "said" and "had been hit" is the wrong claim (the correction goes on to say
where the rockets fell), so it is no target of the happening. The happening's other places
(where the rockets were fired near) still stand.
"""

from __future__ import annotations

import regex

# the story cited at the head of its sentence: "An article ...", "A Nov. 24 story ..."
_STORY_HEAD = regex.compile(
    r"[\s\"“]*+(?:An?|The|Our)[ \t]++(?:[\w.]++[ \t]++){0,3}?"
    r"(?:article|story|report|headline)\b"
)
# "... said the " just before the place
_SAID_BEFORE = regex.compile(
    r"\b(?:said|reported|stated|wrote)[ \t]++(?:that[ \t]++)?"
    r"(?:the[ \t]++)?$"
)
# "... had been hit", "was struck" just after it
_HIT_AFTER = regex.compile(
    r"[ \t]++(?:[\w'’-]++[ \t]++){0,2}?(?:had[ \t]++been|was|were|"
    r"has[ \t]++been)[ \t]++(?:hit|struck|targeted|damaged|attacked)\b"
)


def story_claimed(text: str, sent_start: int, p_start: int, p_end: int) -> bool:
    """True when the place at text[p_start:p_end] is what a cited story said had been hit."""
    if (
        " said " not in text[max(sent_start, p_start - 14) : p_start]
        and " reported " not in text[max(sent_start, p_start - 18) : p_start]
    ):
        return False  # (cheap gate: most places follow no "said")
    return (
        bool(_STORY_HEAD.match(text, sent_start, p_start))
        and bool(_SAID_BEFORE.search(text, max(sent_start, p_start - 20), p_start))
        and bool(_HIT_AFTER.match(text, p_end, p_end + 40))
    )
