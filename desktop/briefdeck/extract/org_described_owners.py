"""A body named only to say whose office another is: "a British navy office called UKMTO".

Plain-language writing (a children's news site, an explainer) introduces a body by what it is
part of before its name: "A British navy office called UKMTO, which keeps track of attacks on
ships, said ...". The office is the body of the report; its owner, named only in that
description, acts in nothing.
"""

from __future__ import annotations

import re

from briefdeck.extract.org_found import Found

_OFFICE_CALLED = re.compile(
    r"\s+(?:office|agency|unit|cent(?:er|re)|cell|team|department|"
    r"branch|service)\s+(?:called|named|known\s+as)\s"
)


def drop_described_owners(text: str, found: dict[str, Found]) -> None:
    """Drop the bodies every mention of which only says whose named office another is."""
    if " called " not in text and " named " not in text and " known as " not in text:
        return  # (no such description: a cheap test first)
    for key, f in list(found.items()):
        if f.aliases or not _OFFICE_CALLED.match(text, f.end):
            continue
        name = re.compile(rf"(?<![\w-]){re.escape(f.name)}(?![\w-])")
        if all(_OFFICE_CALLED.match(text, m.end()) for m in name.finditer(text)):
            del found[key]
