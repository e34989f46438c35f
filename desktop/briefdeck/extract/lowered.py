"""The lower-cased copy of an article, for cheap case-sensitive pre-scans.

A case-blind regex run at every word costs several times a case-sensitive one. Scanning a
lower-cased copy with the pattern's case-sensitive twin finds the same places, as long as
lower-casing keeps every offset and re.I links no other letter to an ASCII one.
"""

from __future__ import annotations

_last: tuple[str, str | None] = ("", None)  # (text, its lower-cased copy or None)


def lowered(text: str) -> str | None:
    """text.lower() when a scan of it finds what a case-blind scan of text finds, else None
    ("İ" lowers to two characters; "ı" and "ſ" match "i" and "s" case-blind). Kept for the
    next sentence of the same text; one tuple, read and replaced whole, so threads drafting
    different articles never mix their texts."""
    global _last
    cached = _last
    if cached[0] is not text:
        low: str | None = text.lower()
        if len(low) != len(text) or "ı" in low or "ſ" in low:
            low = None
        cached = _last = (text, low)
    return cached[1]
