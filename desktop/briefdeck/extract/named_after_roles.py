"""People named straight after a lower-case role, without a comma: "our head of mission Jane
Roe will decide", "the group's country director John Doe said".

Chat exports, e-mails and NGO notes write a colleague's job before the name with no capital
and no comma between them; the role's own determiner ("our", "the", "their", "X's") says it
is a job, not part of a title. The name must be a full one (two or three capitalised words)
so a place or a body after a role ("the head of mission Erbil") is not read as a person.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from briefdeck.extract.person_patterns import FIRST, NOT_FIRST, SURNAME

_ROLE_NOUN = (r"head|director|chief|coordinator|manager|adviser|advisor|representative|"
              r"commander|officer|spokes(?:man|woman|person)|lead|focal\s+point|"
              # a reader's own representative: "our congressman, Jane Roe,"
              r"congress(?:man|woman)|senator|lawmaker|mayor|governor")
# The role word, maybe "of" an office ("head of mission"), then a full name: the cheap scan.
_CUE = re.compile(rf"\b(?:{_ROLE_NOUN})(?:\s+of\s+(?:the\s+)?(?!the\b)[a-z][\w-]*)?(?P<comma>,)?\s+"
                  rf"(?P<name>{FIRST}(?:\s+{SURNAME}){{1,2}})"
                  r"(?=\s+[a-z]|\s*[,.;:)]|\s*$)")
# Just before the role: its determiner and up to two words ("our country", "the regional
# security"), nothing capitalised (a capitalised body and role is a title, read elsewhere).
_DETERMINED = re.compile(r"(?:\b(?:[Oo]ur|[Tt]heir|[Ii]ts|[Tt]he|[Hh]is|[Hh]er)|[\w-]+(?:'s|’s))"
                         r"\s+(?P<words>(?:[a-z][\w-]*\s+){0,2})$")


def named_after_roles(text: str) -> Iterator[tuple[str, str, int, int]]:
    """(name, title, start, end) for each person named straight after a lower-case role."""
    for m in _CUE.finditer(text):
        lead = _DETERMINED.search(text, max(0, m.start() - 40), m.start())
        if lead is None or m.group("comma") and not text.startswith(",", m.end()):
            continue  # (set off by commas, the name is the role's: "our mayor, Jane Roe,")
        name = full_name(m.group("name"))
        if name is None:
            continue
        title = " ".join(text[lead.start("words"):m.start("name")].rstrip(", ").split())
        yield name, title, m.start("name"), m.start("name") + len(name)


def full_name(found: str) -> str | None:
    """The name as found less a day read on after it ("... Jane Roe Monday"), if two words or
    more remain and the first is a first name's."""
    words = found.split()
    while words and words[-1] in NOT_FIRST:
        words.pop()
    return " ".join(words) if len(words) >= 2 and words[0] not in NOT_FIRST else None
