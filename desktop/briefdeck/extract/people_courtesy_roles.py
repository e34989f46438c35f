"""People named with a courtesy title after their job, set off by commas: "met the Insured's
country manager, Ms Rania Haddad, and the warehouse supervisor, Mr Dilshad Karim".

Reports in British usage (an adjuster's, a consultant's, a company's) give a person's job in
lower case before the name and "Mr" or "Ms" before it; the job is the person's title (so "Ms
Haddad told us" later is the manager speaking). The job's determiner ("the", "its", "the X's")
says it is a job, not part of a name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from briefdeck.extract.person_name_words import FIRST, SURNAME

_ROLE = (
    r"manager|director|supervisor|superintendent|engineer|officer|head|chief|"
    r"coordinator|adviser|advisor|representative|spokes(?:man|woman|person)|foreman|"
    r"administrator|controller|executive|chairman|chairwoman|chair|president|owner|"
    r"master|captain|agent|broker|surveyor|accountant|lawyer|counsel|solicitor"
)
_ROLE_COURTESY = re.compile(
    rf"(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur|[Hh]is|[Hh]er)|[\w-]+(?:'s|’s))[ \t]+"
    rf"(?P<role>(?:[a-z][\w-]*[ \t]+){{0,2}}(?:{_ROLE})),[ \t]+(?:Mr|Ms|Mrs|Miss|Dr)\.?[ \t]+"
    rf"(?P<name>{FIRST}(?:[ \t]+{SURNAME}){{1,2}})(?=[ \t]*[,.;)])"
)

_TITLE_AFTER_COMMA = re.compile(r",[ \t]+(?:Mr|Ms|Mrs|Miss|Dr)")


def courtesy_roles(text: str) -> Iterator[tuple[str, str, int, int]]:
    """(name, role, start, end) for each person named after a job and a courtesy title."""
    if "Mr" not in text and "Ms" not in text and "Dr" not in text:
        return
    # The pattern's opening ("the X's") is tried at every letter, slow over a long text; a
    # match never crosses a line break and holds ", Mr" (or "Ms", "Dr" ...), so only the
    # lines holding that are scanned, in order
    done = -1  # the end of the line last scanned
    for title in _TITLE_AFTER_COMMA.finditer(text):
        if title.start() < done:
            continue
        line = text.rfind("\n", 0, title.start()) + 1
        done = text.find("\n", title.end())
        done = len(text) if done < 0 else done
        for m in _ROLE_COURTESY.finditer(text, line, done):
            yield m.group("name"), m.group("role"), m.start("name"), m.end("name")
