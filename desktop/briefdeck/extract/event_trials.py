"""A trial told after the accused's posting: "Spc. X, deployed to Camp Buehring, Kuwait, was
tried at a general court-martial at Camp Arifjan, Nov. 9-13." A results-of-trial listing
names each accused with the unit and the base he was deployed to, then the trial. The
posting is no move of that day: the happening is the court-martial (kind `other`), held at
the place named after "was tried"."""

from __future__ import annotations

import re

# ", was tried at a general court-martial at", ", was convicted by a special court-martial"
_TRIED = re.compile(
    r",\s+(?:was|were|has\s+been|had\s+been)\s+(?:tried|convicted|sentenced|"
    r"acquitted|court-martialed|court-martialled|arraigned)\b"
)
_JUDICIAL = ("tried", "convicted", "sentenced", "acquitted", "court-martial", "arraigned")


def trial_after_posting(text: str, trigger: int, end: int) -> int | None:
    """Where a trial's words start when a posting's clause ("deployed to X") runs on into the
    accused's trial ("..., was tried at a court-martial at Y"); else None."""
    piece = text[trigger:end]
    if not any(w in piece for w in _JUDICIAL):
        return None
    m = _TRIED.search(text, trigger, end)
    return m.start() + 1 if m is not None else None
