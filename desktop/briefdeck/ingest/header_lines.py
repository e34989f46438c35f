"""An article's lines as its metadata is read from them: stripped, blank ones dropped, each
marked when boilerplate covers it. The headline, byline and date sit in the first few.
"""

from __future__ import annotations

_HEADER_LINES = 30  # the headline, byline and date sit near the top


def _lines(text: str, boilerplate: list[tuple[int, int]]) -> list[tuple[str, bool]]:
    """(stripped line, inside boilerplate) for the non-blank lines."""
    out: list[tuple[str, bool]] = []
    pos = 0
    spans = iter(sorted(boilerplate))
    span = next(spans, None)
    for raw in text.split("\n"):
        start, end = pos, pos + len(raw)
        pos = end + 1
        stripped = raw.strip()
        if not stripped:
            continue
        while span is not None and span[1] <= start:
            span = next(spans, None)
        inside = (
            span is not None
            and span[0] <= start + (len(raw) - len(raw.lstrip()))
            and end - (len(raw) - len(raw.rstrip())) <= span[1]
        )
        out.append((stripped, inside))
    return out
