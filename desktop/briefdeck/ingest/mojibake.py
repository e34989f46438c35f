"""Mojibake repaired: UTF-8 text that was once read as Windows-1252 (or Latin-1) and saved
again, so that "’" reads "â€™", "é" reads "Ã©" and an emoji "ðŸ’¬".

Content farms and copy-paste chains produce it; read as it is, a name ("JosÃ© Dela PeÃ±a")
is no name and a quote's marks are no quote marks. ftfy undoes the wrong decoding, and
decides itself, piece by piece, whether a piece is plainly damaged: clean text (a French
"café", curly quotes) is left as it is. Only its encoding repairs are used; quotes, widths,
ligatures and line breaks stay as written. A cheap search for the damage's signature (a UTF-8
lead byte read as a Latin letter, then a continuation byte read as a cp1252 character) comes
first, so that a clean document costs one scan.
"""

from __future__ import annotations

import re

# A UTF-8 lead byte (0xC2-0xF4 read as "Â".."ô"), then a continuation byte (0x80-0xBF) as
# cp1252 shows it: "€", "‚" ... "Ÿ", its five undefined bytes (C1 controls), or 0xA0-0xBF.
_SIGNATURE = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030"
    "\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161"
    "\u203a\u0153\u017e\u0178]"
)
WARNING = "mojibake repaired: the text had once been decoded with the wrong encoding (â€™ for ’)"

_config = None


def _fixer_config():
    global _config
    if _config is None:
        import ftfy  # imported on the first damaged text only

        _config = ftfy.TextFixerConfig(
            unescape_html=False,
            remove_terminal_escapes=False,
            fix_latin_ligatures=False,
            fix_character_width=False,
            uncurl_quotes=False,
            fix_line_breaks=False,
            fix_surrogates=False,
            remove_control_chars=False,
            normalization=None,
            explain=False,
        )
    return _config


def repair(text: str, warnings: list[str] | None = None) -> str:
    """The text with its mojibake undone (a note added to warnings), or the text unchanged."""
    if not _SIGNATURE.search(text):
        return text
    import ftfy

    fixed = ftfy.fix_text(text, _fixer_config())
    if fixed != text and warnings is not None:
        warnings.append(WARNING)
    return fixed
