"""'He' after a woman's relative was brought in: the relative, not the woman.

A letter or a family's story names a person, then a relative of theirs by kin alone: "Jane
Roe, a retired nurse, has a son serving abroad. He wrote to her after the attack, and she read
us his letter. '...,' he wrote." The one spoken of last by name is Jane Roe, but the text calls
her "she" and "her"; "he" is the son brought in just after her, and the speaker is "Roe's son"
(the analyst's words for someone the text never names).
"""

from __future__ import annotations

import re

_KIN = {
    "he": r"son|grandson|husband|brother|father|grandfather|nephew|uncle|boyfriend|fiancé",
    "she": r"daughter|granddaughter|wife|sister|mother|grandmother|niece|aunt|girlfriend|"
           r"fiancée",
}
# "has a grandson serving", "had a daughter in the army": a relative brought in by kin alone.
_HAS_KIN = {pronoun: re.compile(rf"\b(?:has|had|have)\s+an?\s+(?:(?:young|younger|older|"
                                rf"eldest|teenage)\s+)?(?P<kin>{kin})\b")
            for pronoun, kin in _KIN.items()}
# The named person called by the other pronoun: "wrote to her", "she shared".
_OTHER = {"he": re.compile(r"\b(?:she|her|hers|herself)\b", re.I),
          "she": re.compile(r"\b(?:he|him|his|himself)\b", re.I)}
_REACH = 400  # characters from the name to the pronoun: the same few sentences


def kin_spoken_of(text: str, pos: int, named_at: int, name: str) -> str:
    """'he'/'she' at pos, the person `name` named last at named_at: "<Surname>'s <kin>" when a
    relative of that gender was brought in since and the person is called by the other
    pronoun; else ''."""
    pronoun = text[pos:pos + 4].split()[0].lower() if text[pos:pos + 4].strip() else ""
    if pronoun not in _KIN or not name or pos - named_at > _REACH:
        return ""
    kin = _HAS_KIN[pronoun].search(text, named_at, pos)
    if kin is None or not _OTHER[pronoun].search(text, named_at, pos):
        return ""
    return f"{name.split()[-1]}'s {kin.group('kin')}"
