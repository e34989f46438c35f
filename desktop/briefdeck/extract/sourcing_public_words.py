"""Office holders the report does not name who spoke in public: "a Houthi leader said in a
speech", "the Ministry recalls the words of the Minister of Foreign Affairs".

An unnamed source is anonymous when it speaks in private. A leader who gives a speech, or a
minister whose public words a note recalls by title, speaks openly for the office: the
office is the source, as "the regional governor said" is (sourcing_offices.py).
"""

from __future__ import annotations

import re

# "a Houthi leader said in a speech", "the group's commander said in a televised address", "a
# rebel leader said in a speech"
_IN_A_SPEECH = re.compile(
    r"(?<![\w'’-])(?:[Aa]n?|[Tt]he|[Oo]ne)[ \t]+(?:(?:senior|top|military|political|religious)"
    r"[ \t]+)?(?:(?:[A-Z][\w'’-]*|rebel|militia|opposition|tribal|party|group['’]s)[ \t]+){0,2}"
    r"(?:leader|commander|cleric|chief)[ \t]+"
    r"(?:also[ \t]+)?(?:said|warned|vowed|declared|announced)[ \t]+in[ \t]+(?:a|an|his|her)[ \t]+"
    r"(?:(?:televised|recorded|video|public|weekly|fiery)[ \t]+)?(?:speech|address|sermon)\b"
)
# "recalls the words of the Minister of Foreign Affairs": a public office by its title
_WORDS_OF = re.compile(
    r"\b(?:recalls|recalled|cites|cited|echoes|echoed|repeats|repeated|quotes|quoted)[ \t]+"
    r"the[ \t]+(?:public[ \t]+)?(?:words|remarks|statement)[ \t]+of[ \t]+(?:the[ \t]+|its[ \t]+)?"
    r"(?:(?:Prime|Deputy)[ \t]+)?(?:Minister|President|Secretary|Spokes(?:man|woman|person)|"
    r"Governor|Ambassador)(?:[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*"
    r"(?:[ \t]+(?:and[ \t]+)?[A-Z][\w'’-]*){0,3})?"
)


def public_words(text: str) -> list[tuple[int, int, str, int | None]]:
    """(start, end, kind, count) of each unnamed office holder speaking in public."""
    out: list[tuple[int, int, str, int | None]] = []
    if " speech" in text or " address" in text or " sermon" in text:
        out += [(m.start(), m.end(), "spokesperson", 1) for m in _IN_A_SPEECH.finditer(text)]
    if " the words of " in text or " the remarks of " in text or " the statement of " in text:
        out += [(m.start(), m.end(), "spokesperson", 1) for m in _WORDS_OF.finditer(text)]
    return out
