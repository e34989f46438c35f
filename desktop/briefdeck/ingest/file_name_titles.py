"""A name that only a computer gives: a notebook's or a document's file name
("red_sea_incidents_nov2026.ipynb") or a code repository's slug ("base-attacks-iq-sy")
heading a page exported from a notebook or a repository. It names the file, not the
story: a deck's cover titled by it looks broken, so such a heading titles nothing.
"""

from __future__ import annotations

import re

# one token, no space: a file name with a document's or a data file's extension
_FILE_NAME = re.compile(
    r"^[\w.-]{1,120}\.(?:ipynb|py|r|md|txt|pdf|docx?|xlsx?|csv|json|html?|"
    r"ya?ml|zip)$",
    re.IGNORECASE,
)
# one token in lower case, words joined by hyphens or underscores: a repository's slug
_SLUG = re.compile(r"^[a-z0-9]{1,40}(?:[-_][a-z0-9]{1,40}){1,12}$")


def is_file_name(heading: str) -> bool:
    """True when the heading is a file name or a repository slug, not a title."""
    if " " in heading or len(heading) > 160:
        return False
    return bool(_FILE_NAME.match(heading) or _SLUG.match(heading))
