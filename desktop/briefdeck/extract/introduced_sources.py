"""An unnamed source said "the diplomat said" is the one the paragraph introduced.

"A Western diplomat in Baghdad was sceptical. '...,' the diplomat said": the source is the
diplomat introduced without a verb of saying, so the sourcing is where the report brings him
in. With no such introduction, "the diplomat said" just after a named man spoke ("Jane Roe,
deputy director of X, told us ...") is that man again: a repeat, not a new anonymous source.
"""

from __future__ import annotations

import re

from briefdeck.extract.people import PeopleIndex

_THE_NOUN = re.compile(r"^[Tt]he\s+(?P<noun>[a-z]+)$")
_LOOK_BACK = 600  # characters: about a paragraph
_PERSON_KINDS = ("named official", "other")  # a person speaking by name
_EARLIER = 20000  # how far back an introduction is looked for (a long text stays linear)


def introduced(text: str, people: PeopleIndex, who: str, start: int,
               found: list[tuple[int, int, str, int | None]]) -> tuple[int, int] | None:
    """The span introducing "the <noun>" (spoken at start) in its paragraph: (s, e) of
    "A Western diplomat in Baghdad"; (start, start) when the sourcing just before it (found,
    in order) names a person, who speaks again; None when neither."""
    m = _THE_NOUN.match(" ".join(who.split()))
    if not m:
        return None
    noun = m.group("noun")
    line = text.rfind("\n", 0, start) + 1
    intro = None  # the last introduction before the words
    for found_intro in re.compile(
            rf"\b[Aa]n?\s+(?:[\w-]+\s+){{0,3}}?{noun}(?:\s+(?:in|at|from|with)\s+"
            rf"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?(?![\w-])").finditer(text, line, start):
        intro = found_intro
    if intro is not None:
        return intro.start(), intro.end()
    earlier = re.compile(rf"\b[Aa]n?\s+(?:[\w-]+\s+){{0,3}}?{noun}\b")
    if earlier.search(text, max(0, start - _EARLIER), start):
        return None  # introduced earlier: left to the draft's repeat rules
    last = max((f for f in found if f[1] <= start), key=lambda f: f[1], default=None)
    if last and last[2] in _PERSON_KINDS and start - last[1] <= _LOOK_BACK and \
            people.mention_at(last[0], last[1]) is not None:
        return start, start  # the man named in the sourcing just before, again
    return None
