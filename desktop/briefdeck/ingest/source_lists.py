"""The list of sources closing a note or report: the lines under a "Sources", "References"
or "Footnotes" heading, each a short citation ("Hawar News (ANHA), 2 Dec 2026.", an outlet
and a story's title with its date, an address). They say where the words above came from;
their titles and dates are no facts of the report. The list runs to the end of the text or
to the page's furniture, and every line of it must read as a citation: a paragraph under
such a heading is the report's own.
"""

from __future__ import annotations

import re

from briefdeck.ingest.line_kinds import ArticleLine

_CITED = re.compile(r"\b(?:19|20)\d{2}\b|https?://|www\.")
_CITATION_WORDS = 40


def _citation(line: ArticleLine) -> bool:
    return line.words <= _CITATION_WORDS and "," in line.text and bool(_CITED.search(line.text))


def flag_source_lists(lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """Flag the citations under an endnotes heading (see the module's note)."""
    for i in [i for i, rule in flags.items() if rule == "endnotes" and lines[i].words <= 4]:
        run = []
        j = i + 1
        while j < len(lines) and j not in flags:
            if not _citation(lines[j]):
                run = []
                break
            run.append(j)
            j += 1
        flags.update(dict.fromkeys(run, "endnotes"))
