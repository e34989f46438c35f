"""A place attacked only in a report the teller denies is no attack target.

"The Guards denied reports that a drone hit Harir Air Base" or "dismissed claims of a strike on
Albu Kamal" tells what others reported and the teller rejects: event_denied.py drafts no event
of it, and the place it names is not put on the map as attacked on its word alone. The place
keeps "mentioned" unless another sentence tells an attack there. (A "but" or a semicolon ends
the denial: "denied reports of a strike on X, but confirmed one on Y" attacked Y.)
"""

from __future__ import annotations

import re

_DENIED = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|refut(?:e|es|ed|ing)|"
    r"dismiss(?:es|ed|ing)?(?:\s+as\s+[\w-]+)?)\s+(?:the\s+|a\s+|these\s+|such\s+|any\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?(?:reports?|claims?|allegations?|accounts?|rumou?rs?|"
    r"assertions?)\s+(?:[^;:\"“”]{0,60}?\s)?(?:that|of)\b", re.I)
_ENDS = re.compile(r";|\bbut\b|\bhowever\b|\bwhile\b", re.I)
_VERBS = ("den", "reject", "refut", "dismiss")


def denied_here(text: str, sent_start: int, start: int) -> bool:
    """Is the place at start told inside a report its sentence denies?"""
    head = max(sent_start, start - 240)
    before = text[head:start].lower()
    if not any(v in before for v in _VERBS):
        return False  # (most sentences: no denial word at all)
    denials = list(_DENIED.finditer(text, head, start))
    return bool(denials) and _ENDS.search(text, denials[-1].end(), start) is None
