"""A report's cover: the issuing group's name over the report's quoted title.

Human-rights and research groups print their name on a report's cover, then the title, often
a witness's words in quotation marks ('"The Market Was Full"'), then a subtitle saying what
the report covers. Read line by line the group's name comes first and looks like a headline;
the title is the quoted line under it, with its subtitle (without a "Published <date>" run
onto it).
"""

from __future__ import annotations

import re

from briefdeck.ingest.line_kinds import is_prose

_QUOTED = re.compile(r"^[\"“„«]([^\"“”„«»]{3,100})[\"”»]$")
_PUBLISHED = re.compile(r"\s*\b(?:first )?(?:published|released|issued)\b.*$", re.IGNORECASE)


def cover_title(lines: list[tuple[str, bool]], headline_at: int) -> str:
    """The quoted title and subtitle under an issuer's name at `headline_at`, else ''."""
    if headline_at < 0 or headline_at + 1 >= len(lines):
        return ""
    issuer, title = lines[headline_at][0], lines[headline_at + 1]
    if title[1] or len(issuer.split()) > 8 or issuer.endswith((".", ":")):
        return ""
    m = _QUOTED.match(title[0])
    if not m:
        return ""
    quoted = f"“{m.group(1).strip()}”"
    below = lines[headline_at + 2] if headline_at + 2 < len(lines) else ("", True)
    subtitle = _PUBLISHED.sub("", below[0]).strip(" ,;")
    if below[1] or not subtitle or len(subtitle.split()) > 25 or is_prose(subtitle):
        return quoted
    return f"{quoted}: {subtitle}"
