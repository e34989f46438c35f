"""A source the report leaves unnamed at their own request: "One Lloyd's underwriter, who
asked not to be named, said ...", "two brokers, who spoke on condition of anonymity, said".
Whatever their trade, the request makes them an anonymous source, counted by the number
before them.
"""

from __future__ import annotations

import re
from typing import Any

from briefdeck.extract.attribution_kinds import count_of

Found = tuple[int, int, str, int | None]

# the source's words (a count or an article first), the request, then the verb
_BY_REQUEST = re.compile(
    r"(?P<who>(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ss]everal|[Aa]n?|[Aa]nother)[ \t]+"
    r"(?:[\w'’.-]++[ \t]+){0,3}?[a-z][\w-]*+"
    # where the source works, named: "a company manager at Camp Roe"
    r"(?:[ \t]+(?:at|in|with)[ \t]+(?:the[ \t]+)?[A-Z][\w'’.-]*+(?:[ \t]+[A-Z][\w'’.-]*+)?)?"
    r"),[ \t]+who[ \t]+(?:asked|requested|declined|"
    r"spoke|agreed[ \t]+to[ \t]+speak)[ \t]+(?:not[ \t]+to[ \t]+be[ \t]+(?:named|identified)|"
    r"to[ \t]+be[ \t]+named|on[ \t]+(?:the[ \t]+)?condition[ \t]+of[ \t]+anonymity|"
    r"anonymously)[^,\n]{0,60}?,[ \t]+(?:said|says|told|added)\b"
)


def unnamed_by_request(text: str, people: Any) -> list[Found]:
    """(start, end, kind, count) of each source unnamed at their request."""
    out: list[Found] = []
    for needle in (
        "not to be named",
        "not to be identified",
        "of anonymity",
        "declined to be named",
    ):
        at = text.find(needle)
        while at >= 0:  # (from each request back to its source: few texts hold one)
            head = max(text.rfind("\n", 0, at), text.rfind(". ", 0, at)) + 1
            m = _BY_REQUEST.search(text, max(head, at - 120), at + 90)
            if m:
                count = count_of(m.group("who"))
                out.append(
                    (m.start(), m.end(), "anonymous official", 1 if count is None else count)
                )
            at = text.find(needle, at + 1)
    return out
