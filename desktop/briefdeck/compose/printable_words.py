"""Words as an output can print them. A post's or channel's decoration ("🔴 BREAKING",
"🔄 UPDATE", a flag "🇮🇶", a tick "☑️") is no word of the report: a symbol the shipped font
(Liberation Sans, the decks' and the one-pager's face) cannot draw would print as an empty box,
so it goes. Letters the font cannot draw stay (a name must never lose its letters; the PDF
writer warns of them), and so do symbols it can draw ("→", "±", "°"). The source text itself
stays as read: this is only for slide and page text."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# what only shapes a pictograph: the zero-width joiner, the presentation selectors, the keycap
# mark, and the tag characters of a subdivision flag
_EMOJI_GLUE = re.compile("[\u200d\ufe0e\ufe0f\u20e3\U000e0020-\U000e007f]")
_SPACES = re.compile(r"[ \u00a0]{2,}")


@lru_cache(maxsize=1)
def _drawable() -> frozenset[int]:
    """The code points the regular face of the shipped font can draw."""
    from briefdeck.compose.fit import _font

    return frozenset(_font(False).face.charToGlyph)


def printable(text: str) -> str:
    """`text` less the pictographs the font cannot draw, spaces left by them folded."""
    if text.isascii():  # (the common case costs one scan)
        return text
    out = _EMOJI_GLUE.sub("", text)
    drawable = _drawable()
    kept = "".join(
        c
        for c in out
        if ord(c) < 0x2000 or ord(c) in drawable or not unicodedata.category(c).startswith("S")
    )
    if len(kept) == len(text):
        return text
    return _SPACES.sub(" ", kept).strip(" \u00a0")
