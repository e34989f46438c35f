"""Documents a paper's numbered notes cite: "1. U.S. Department of Defense statement, 28
January 2024." A journal article or a study sources its figures in endnotes rather than in its
sentences; a note that names an issuer's statement, release or report with its date, and no
other citation, is a document the paper rests on. Notes that cite a paper's own appendix or
an interview, or string several citations together, are left to the other scans.
"""

from __future__ import annotations

import re

_NOTE = re.compile(
    r"(?m)^[ \t]*\d{1,3}\.[ \t]+(?P<doc>(?:(?:[A-Z][\w.'’&-]*|of|the|for|and)[ \t]+){1,7}"
    r"(?:statement|press[ \t]+release|news[ \t]+release|report|briefing|transcript|"
    r"communiqu[eé]|fact[ \t]+sheet))"
    # its date, day first or month first, ending the note (a note that strings several
    # citations together is left to the scans of its parts)
    r"(?=,[ \t]+(?:\d{1,2}[ \t]+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?[ \t]+\d{1,2},)[ \t]+\d{4}\.?[ \t]*$)")


def noted_documents(text: str) -> list[tuple[int, int, str, int | None]]:
    """(start, end, kind, count) of each dated document a numbered note cites."""
    if "\n1. " not in text:
        return []
    return [(m.start("doc"), m.end("doc"), "document", 1) for m in _NOTE.finditer(text)]
