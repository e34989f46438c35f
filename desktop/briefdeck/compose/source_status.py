"""A source that says of itself it is not final: a draft under review ("DRAFT - FOR REVIEW
ONLY - NOT FOR RELEASE"), a pre-decisional or do-not-cite paper. Its facts may still change, so
the deck's Sources slide and the one-pager's sources line say how the source is marked, as a
protective marking is (the deck's own "DRAFT" banner is another thing: facts not yet reviewed).
Read from a line of the source on its own, in capitals, never from words in a sentence."""

from __future__ import annotations

import re
from functools import lru_cache

# A line made only of such parts: "DRAFT - FOR REVIEW ONLY - NOT FOR RELEASE", "WORKING DRAFT //
# NOT FOR DISTRIBUTION", "PRE-DECISIONAL DRAFT", "DRAFT -- DO NOT CITE" (never a headline in
# capitals that only opens with the word: "DRAFT BILL PASSES SENATE")
_PART = re.compile(
    r"(?:(?:WORKING|INTERNAL|PREDECISIONAL|FINAL)\s+)?DRAFT(?:\s+V?\d+(?:\.\d+)*)?|PREDECISIONAL|"
    r"FOR\s+(?:REVIEW|COMMENT|COORDINATION|DISCUSSION)(?:\s+ONLY)?|"
    r"NOT\s+FOR\s+(?:RELEASE|DISTRIBUTION|PUBLICATION|CITATION)|DO\s+NOT\s+(?:CITE|DISTRIBUTE|QUOTE)"
)
_SPLIT = re.compile(r"\s*(?:[-\u2013\u2014/|:,;]+)\s*|\s*[\[\]()]\s*")
_NOT_FINAL = ("DRAFT", "REVIEW", "COMMENT", "COORDINATION", "DISCUSSION", "DECISIONAL", "CITE")
_HINTS = ("DRAFT", "REVIEW", "NOT FOR", "DECISIONAL", "DO NOT")
_HEAD = 4000  # the marking stands at the top (and again at the foot) of the document


@lru_cache(maxsize=64)
def source_status(text: str) -> str:
    """The source's own not-final marking, as written ('DRAFT - FOR REVIEW ONLY - NOT FOR
    RELEASE'), or ''."""
    for part in (text[:_HEAD], text[-_HEAD:]):
        if not any(h in part for h in _HINTS):
            continue
        for line in part.splitlines():
            line = " ".join(line.split())
            if not 5 <= len(line) <= 80 or line.upper() != line:
                continue
            parts = [p for p in _SPLIT.split(line.replace("PRE-DECISIONAL", "PREDECISIONAL")) if p]
            if (
                parts
                and all(_PART.fullmatch(p) for p in parts)
                and any(w in line for w in _NOT_FINAL)
            ):
                return line
    return ""


def status_words(text: str) -> str:
    """'marked DRAFT - FOR REVIEW ONLY - NOT FOR RELEASE by its writer', or ''."""
    status = source_status(text or "")
    return f"the source is marked {status}" if status else ""
