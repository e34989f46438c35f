"""User text -> reportlab paragraph markup that prints literally.

reportlab's Paragraph parses its text as XML-like markup: `0.1 <A <0.9` raises, `<img src=...>`
would fetch a URL, `&nbsp;` would become a space. Every piece of user text goes through
`literal()` before the writer adds its own tags."""

from __future__ import annotations

import re
import unicodedata
from xml.sax.saxutils import escape

from briefdeck.compose.printable_words import printable

# C0 and C1 controls, DEL, and Unicode line/paragraph separators; tabs and newlines are
# handled first. Lone surrogates cannot be encoded in a PDF string at all.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_SPACES = re.compile(r"[ \t\u00a0]{2,}")


def clean(text: str, *, keep_newlines: bool = False) -> str:
    """Drop control characters, fold tabs and runs of spaces; newlines kept only when asked."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.replace("\t", " ")
    if not keep_newlines:
        text = text.replace("\n", " ")
    text = _CONTROL.sub("", text)
    text = printable(text)  # the deck's rule: no pictograph printed as a box
    return _SPACES.sub(" ", text).strip()


def literal(text: str, *, keep_newlines: bool = False) -> str:
    """Paragraph markup that shows `text` exactly (less control characters)."""
    escaped = escape(clean(text, keep_newlines=keep_newlines))
    return escaped.replace("\n", "<br/>") if keep_newlines else escaped


def shorten(text: str, limit: int) -> str:
    """At most `limit` characters, cut at a word boundary with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit * 0.6:
        cut = cut[:space]
    return cut.rstrip(" ,;:.-\u2013\u2014") + "\u2026"
