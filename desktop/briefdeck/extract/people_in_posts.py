"""People set off with the post they hold, whatever they then do: "Jane Roe, the security
focal point for the south, will review this every two weeks".

Memos, plans and action lists name who is in charge of what: a full name, then after a comma
the post with "the" (one post, one holder) and what it covers, then the action. Reporting's
patterns read such a role only before a verb of saying; here the post's own noun ("focal
point", "lead", "manager") says the name is a person's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from briefdeck.extract.person_name_words import FIRST, SURNAME

_POST = (
    r"focal[ \t]+point|point[ \t]+person|lead|manager|officer|coordinator|adviser|advisor|"
    r"director|head|chief|supervisor|representative|liaison"
)
# The post and the action after ", the " (found from each ", the ": a scan of every word for a
# name first costs a long text far more), then the name just before it.
_POST_AFTER = re.compile(
    rf"(?P<role>(?:[a-z][\w-]*[ \t]+){{0,3}}(?:{_POST})(?:[ \t]+(?:for|of|at|in)[ \t]+"
    r"[^,;:\"“”()\n]{2,50}?)?),[ \t]+(?:will|would|is|was|has|had|leads|heads|oversees|"
    r"manages|coordinates|runs|chairs|reviews|approved|signed)\b"
)
_NAME_BEFORE = re.compile(rf"\b(?P<name>{FIRST}(?:[ \t]+(?:[A-Z]\.[ \t]+)?{SURNAME}){{1,2}})$")


def people_in_posts(text: str) -> Iterator[tuple[str, str, int, int]]:
    """(name, role, start, end) of each person named with the post they hold."""
    at = text.find(", the ")
    while at >= 0:
        post = _POST_AFTER.match(text, at + 6)
        name = _NAME_BEFORE.search(text, max(0, at - 60), at) if post else None
        if name:
            role = " ".join(post.group("role").split())
            yield name.group("name"), role, name.start("name"), name.end("name")
        at = text.find(", the ", at + 6)
