"""Lines an office has ready to say if asked, set out under a guidance's heading ("RESPONSE TO
QUERY (RTQ)", "HOLDING STATEMENT", "IF ASKED:"): a public affairs guidance quotes them for its
staff to use later. Nobody has said them yet, so a quote of one with no speaker of its own is
no statement on the events."""

from __future__ import annotations

import re

_HEADING = re.compile(
    r"(?i)\b(?:responses?\s+to\s+(?:query|queries)|RTQ|holding\s+(?:statement|"
    r"line|response)s?|if\s+asked|proposed\s+(?:statement|response|answer)s?|"
    r"draft\s+(?:statement|response)s?)\b"
)
_HEADING_CHARS = 160  # a heading is a short line


def prepared_line(text: str, para: tuple[int, int, int], quote_start: int) -> bool:
    """Whether the quote opening at quote_start is the whole start of its paragraph, right
    under a heading (the last non-blank line above) that announces a prepared line."""
    if text[para[0] : quote_start].strip():
        return False
    above = text[max(0, para[0] - 2 * _HEADING_CHARS) : para[0]].rstrip()
    line_start = above.rfind("\n") + 1
    heading = above[line_start:]
    return 0 < len(heading) <= _HEADING_CHARS and _HEADING.search(heading) is not None
