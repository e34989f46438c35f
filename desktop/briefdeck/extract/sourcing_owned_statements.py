"""A body's statement or claim as the subject, with its time or its act told inside.

"a U.S. statement the next day added that two service members were hurt": the statement's
time stands between the statement and its verb, where the scans of "X statement said" look
for the verb at once. "the Houthis' claim of a ballistic missile attack on Jazan": the claim
itself, told as a noun, sources the attack (a summary that reports what was discussed names
its sources this way). Each owner is a capitalised body or a nation's adjective, never a
person (a person's statement is counted at their name).
"""

from __future__ import annotations

import re

from briefdeck.extract.attribution_kinds import org_kind
from briefdeck.extract.people import PeopleIndex

Found = tuple[int, int, str, int | None]

_OWNER = r"(?P<owner>[A-Z][\w.&-]*+(?:[ \t]++[A-Z][\w.&-]*+){0,3})"
_WHEN = (
    r"(?:the[ \t]++(?:next|following|same)[ \t]++(?:day|morning|afternoon|evening|night)|"
    r"(?:later[ \t]++)?that[ \t]++(?:day|morning|afternoon|evening|night)|"
    r"(?:a[ \t]++day|hours|days)[ \t]++later|"
    r"on[ \t]++(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
)
# "a U.S. statement the next day added"
_TIMED_STATEMENT = re.compile(
    r"(?<![\w'’-])(?:[Aa]n?|[Tt]he)[ \t]++" + _OWNER + r"[ \t]++(?:statement|communiqu[eé])"
    r"[ \t]++" + _WHEN + r"[ \t]++(?:said|says|added|stated|confirmed|reported|put|gave)\b"
)
# "the Houthis' claim of a ballistic missile attack on Jazan"
_CLAIM_OF = re.compile(
    r"(?<![\w'’-])(?:[Tt]he[ \t]++)?" + _OWNER + r"(?:['’]s?+)[ \t]++claims?+[ \t]++of[ \t]++"
    r"(?:an?[ \t]++|the[ \t]++)?(?:[\w-]++[ \t]++){0,3}?"
    r"(?:attack|strike|raid|bombing|downing|shoot-?down|responsibility)s?+\b"
    r"(?:[ \t]++(?:on|at|in)[ \t]++[A-Z][\w'’-]*+)?"
)
_NOT_OWNERS = frozenset({"The", "A", "An", "This", "That", "Its", "Their", "His", "Her"})


def owned_statements(text: str, people: PeopleIndex) -> list[Found]:
    """The sourcings of statements told with their time and of claims told as nouns."""
    found: list[Found] = []
    scans = ([_TIMED_STATEMENT] if "statement" in text or "communiq" in text else []) + (
        [_CLAIM_OF] if "claim of" in text or "claims of" in text else []
    )
    for scan in scans:
        for m in scan.finditer(text):
            if m.group("owner") not in _NOT_OWNERS and not people.mention_at(
                m.start("owner"), m.end("owner")
            ):
                found.append((m.start(), m.end(), org_kind(m.group("owner")), 1))
    return found
