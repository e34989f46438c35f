"""An aircraft told only as carrying the hurt is no posture for the key points.

"The patients arrived aboard a C-17 aeromedical evacuation flight", "a MEDEVAC UH-60 flew the
wounded to Erbil": the aircraft brought casualties home, it is no force arriving, and a
"Systems: C-17 (arriving)." line would open the Situation with it. The systems slide still
lists it; the key points leave out a system whose own sentence tells it carrying patients or
the wounded.
"""

from __future__ import annotations

import re

from briefdeck.model.facts import System

# cheap first test on the sentence, in lower case
_HINTS = ("evac", "patient", "wounded", "injured", "casualt", "stretcher", "litter")
_CARRIES_HURT = re.compile(
    r"\b(?:aero-?medical|medevac|medical\s+evacuation|evacuation\s+flight|casevac|"
    r"patients|stretchers?|litters?|(?:the|its|their)\s+(?:wounded|injured)|casualties)\b",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
_REACH = 300  # characters either side of the mention looked at for its sentence


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around text[start:end] (within _REACH characters either side)."""
    lo = max(0, start - _REACH)
    head = [m.end() for m in _SENTENCE_END.finditer(text, lo, start)]
    tail = _SENTENCE_END.search(text, end, min(len(text), end + _REACH))
    return text[head[-1] if head else lo : tail.start() if tail else min(len(text), end + _REACH)]


def carries_the_hurt(text: str, system: System) -> bool:
    """Is the system an aircraft its sentence tells carrying patients or the wounded?"""
    if system.category != "aircraft" or system.provenance is None:
        return False
    sentence = _sentence(text, system.provenance.start, system.provenance.end)
    low = sentence.lower()
    return any(h in low for h in _HINTS) and _CARRIES_HURT.search(sentence) is not None
