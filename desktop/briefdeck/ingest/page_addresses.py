"""A document's own address, read from its text: not any link pasted inside it.

A saved page states where it came from in a few places only: a labelled field ("Source URL:",
"URL:", "Permalink:"), a browser print's running header or footer (the same address on every
page, often with a page counter "1/3"), or a line that is only an address at the very top or
foot of the text. A bare link anywhere else is something the text points to: a link pasted in a
chat message, an endnote's source, a "Related news" list, a contact block's web site. Taking one
of those as the document's address misleads the sources slide, and a date in it ("/2026/11/24/")
would date the document.
"""

from __future__ import annotations

import re

_BARE = re.compile(r"^((?:https?://|www\.)\S+)(\s+\d{1,4}/\d{1,4})?$", re.IGNORECASE)
_FIELD = re.compile(r"^(?:source url|url|page url|original url|canonical(?: url)?|permalink|"
                    r"saved from|archived from|web address)\s*:\s*((?:https?://|www\.)\S+)$",
                    re.IGNORECASE)
_EDGE = 3  # lines at the top or foot of the text where a lone address is the page's own


# "CAPTIONING PROVIDED BY KESTREL CAPTIONING SERVICES" over "WWW.KESTRELCAPTIONS.COM": the
# credited firm's address, not the document's
_CREDITED = re.compile(r"\b(?:provided|sponsored|supported|powered|produced|captioned|made "
                       r"possible)\s+by\b", re.IGNORECASE)


def own_address(lines: list[tuple[str, bool]]) -> str:
    """The document's own address from its (line, boilerplate) lines, else ''."""
    bare: list[tuple[int, str, bool]] = []
    for i, (line, _) in enumerate(lines):
        if line[:4].lower() not in ("http", "www.") and ":" in line[:16]:
            m = _FIELD.match(line)
            if m:
                return m.group(1)
        elif m := _BARE.match(line):
            bare.append((i, m.group(1), bool(m.group(2))))
    if not bare:
        return ""
    seen: dict[str, int] = {}
    for _, url, _ in bare:
        seen[url] = seen.get(url, 0) + 1
    last = len(lines) - _EDGE
    for i, url, counter in bare:
        if counter or seen[url] > 1:
            return url
        # at the top or foot, unless it answers a head ("From Jo to Everyone:", "Notes doc:")
        if (i < _EDGE or i >= last) and not (i and lines[i - 1][0].endswith(":")) and \
                not (i and _CREDITED.search(lines[i - 1][0])):
            return url
    return ""
