"""A translator's note inside a line that also carries facts.

A statement's closing bracket may hold its source and date with the translation notice after
them ("[End of statement. Source: ..., 30 November 2026. Machine translation, lightly edited;
... Not an official English text.]"): the notice alone is furniture, the source is not, so the
notice is flagged as a span of the line.
"""

from __future__ import annotations

import re

from briefdeck.ingest.line_kinds import ArticleLine

# From a sentence that opens with the notice, to the end of its bracket or of its "Not an
# official ... text." disclaimer (a sentence of the story about machine translation, with
# neither, is no notice).
_NOTICE = re.compile(
    r"(?:(?<=^)|(?<=\[)|(?<=[.;] ))(?:machine[- ]translat\w*|translated by machine|automated "
    r"translation)\b[^\]\n]{0,300}?(?:\bnot an official\b[^.\]\n]{0,40}\.|\.(?=\s*\]))",
    re.IGNORECASE,
)


def translation_notes(
    lines: list[ArticleLine], flags: dict[int, str]
) -> list[tuple[int, int]]:
    """The spans of translation notices inside lines not flagged whole."""
    spans = []
    for i, line in enumerate(lines):
        if i in flags or "achine" not in line.text and "utomated" not in line.text:
            continue
        for m in _NOTICE.finditer(line.text):
            spans.append((line.start + m.start(), line.start + m.end()))
    return spans
