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
# "CENTCOM's statement that the drones were ...": a body's statement cited as a noun, its
# content after "that" (a filing or a summary cites statements this way); and a claim named by
# who posted it, "a claim posted on Telegram by the X" (the poster owns the claim).
_STATEMENT_THAT = re.compile(
    r"(?<![\w'’-])(?:[Tt]he[ \t]++)?" + _OWNER + r"(?:['’]s?+)[ \t]++(?:(?:own|official|"
    r"public|written|initial|first|later)[ \t]++)?(?:statement|claim|announcement|assertion|"
    r"account)[ \t]++that(?=[ \t])"
)
_CLAIM_POSTED_BY = re.compile(
    r"(?<![\w'’-])(?:an?|the)[ \t]++(?:claim|statement|message|post)[ \t]++(?:posted|"
    r"published|issued|released|circulated)[ \t]++(?:(?:online|on[ \t]++(?:Telegram|X|"
    r"Twitter|social[ \t]++media))[ \t]++)?by[ \t]++(?:the[ \t]++)?"
    + _OWNER.replace(
        "{0,3}", r"{0,3}(?:[ \t]++(?:of|in|for)(?:[ \t]++the)?[ \t]++[A-Z][\w.&-]*+){0,2}"
    )
)
_NOT_OWNERS = frozenset({"The", "A", "An", "This", "That", "Its", "Their", "His", "Her"})
# (a day's statement is no owner: "Tuesday's statement that", "Yesterday's claim that")
WHEN_OWNER = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun|Yester|To)day|Tonight|"
    r"Last|Next|January|February|March|April|May|June|July|August|"
    r"September|October|November|December|Week|Month|Year"
)


def owned_statements(text: str, people: PeopleIndex) -> list[Found]:
    """The sourcings of statements told with their time and of claims told as nouns."""
    found: list[Found] = []
    scans = (
        ([_TIMED_STATEMENT] if "statement" in text or "communiq" in text else [])
        + ([_CLAIM_OF] if "claim of" in text or "claims of" in text else [])
        + (
            [_STATEMENT_THAT]
            if "s statement that" in text
            or "s claim that" in text
            or "s announcement that" in text
            or "s assertion that" in text
            or "s account that" in text
            or "’ statement that" in text
            or "' statement that" in text
            or "’ claim that" in text
            or "' claim that" in text
            else []
        )
        + (
            [_CLAIM_POSTED_BY]
            if " posted " in text
            or " published by" in text
            or " issued by" in text
            or " released by" in text
            or " circulated by" in text
            else []
        )
    )
    for scan in scans:
        for m in scan.finditer(text):
            if (
                m.group("owner") not in _NOT_OWNERS
                and not WHEN_OWNER.fullmatch(m.group("owner").split()[0])
                and not people.mention_at(m.start("owner"), m.end("owner"))
            ):
                end = m.end()
                if text[end - 1] == "." and "." not in m.group("owner").split()[-1][:-1]:
                    end -= 1  # "by the Navy.": the sentence's stop ("U.S." keeps its own)
                found.append((m.start(), end, org_kind(m.group("owner")), 1))
    return found
