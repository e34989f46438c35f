"""Name normalisation and tokenising shared by gazetteer keys and article text.

Both sides go through the same per-token fold, so "Ain al-Asad", "AIN AL ASAD"
and "Ayn al-Assad"-style spellings meet on one key without per-name regexes.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

# Arabic definite article as it appears in transliterations ("al-Qaim", "el Zour").
ARTICLES = frozenset({"al", "el"})

# A word: letters/digits, with apostrophes inside ("Qa'im", "Ba'qubah").
_WORD = re.compile(r"[^\W_]+(?:['’ʼʻ`][^\W_]+)*")
_APOSTROPHES = str.maketrans("", "", "'’ʼʻ`ʿʾ‘")
# Letters that Unicode does not decompose into a base letter and a mark (Białystok, Chełm).
_UNDECOMPOSED = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ħ": "h",
        "ı": "i",
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
    }
)
_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_DOUBLED = re.compile(r"([a-z])\1+")
# What may stand between two words of one name: spaces and one hyphen or dash. Not a tab:
# it separates a table's cells ("23 FEB 25<tab>Harim, Idlib").
_NAME_GAP = re.compile(r"[ \u00a0]*[-‐–]?[ \u00a0]*")


@lru_cache(maxsize=200_000)
def fold_token(word: str) -> str:
    """Fold one word: diacritics, case, apostrophes, doubled letters.

    Doubled letters are collapsed because transliterations disagree on them
    (Qayyarah/Qayarah, Asad/Assad, Hasakah/Hassakah).
    """
    text = word.translate(_APOSTROPHES)
    if text.isascii():  # most names: nothing to decompose
        text = text.lower()
    else:
        text = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED))
        text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = _NON_ALNUM.sub("", text)
    return _DOUBLED.sub(r"\1", text)


@lru_cache(maxsize=200_000)
def name_key(name: str) -> tuple[str, ...]:
    """Key of a place name: folded words without Arabic articles."""
    words = [fold_token(w) for w in _split_words(name)]
    words = [w for w in words if w]
    kept = tuple(w for w in words if w not in ARTICLES)
    return kept or tuple(words)


def _split_words(name: str) -> list[str]:
    return [m.group() for m in _WORD.finditer(name)]


def at_word_start(*words: str) -> str:
    r"""Regex source for \b(?:w1|w2|...) before words that open on a word character,
    written so that a scan of a long text is fast: each word, then a lookbehind that no word
    character stands before it. A pattern opening on literals lets `re` jump to their first
    letters; one opening on \b is tried at every position of the text."""
    return "(?:" + "|".join(f"{re.escape(w)}(?<!\\w{re.escape(w)})" for w in words) + ")"


# A capital where a word starts, the same way: r"\b[A-Z]" (for patterns read over a whole text).
CAPITAL_AT_WORD_START = r"[A-Z](?<!\w.)"


class Token(NamedTuple):  # a tuple: a long article makes a hundred thousand of them
    start: int
    end: int
    key: str  # folded form
    article: bool  # "al"/"el": skipped when matching, kept in the span


def tokenize(text: str) -> list[Token]:
    """Words of text with offsets; a trailing possessive 's is left outside."""
    tokens: list[Token] = []
    append, make = tokens.append, tuple.__new__  # a hundred thousand words: no attribute lookups
    seen: dict[str, tuple[int, str, bool]] = {}  # word -> (letters trimmed, key, article?)
    for m in _WORD.finditer(text):
        word = m.group()
        known = seen.get(word)
        if known is None:
            trim = 2 if len(word) > 2 and word[-2] in "'’" and word[-1] in "sS" else 0
            key = fold_token(word[:-2] if trim else word)
            known = seen[word] = (trim, key, key in ARTICLES)
        trim, key, article = known
        if key:
            start, end = m.span()
            append(make(Token, (start, end - trim, key, article)))
    return tokens


def joinable(text: str, left: Token, right: Token) -> bool:
    """May left and right be words of one name? (no sentence or clause break)"""
    gap = text[left.end : right.start]
    if gap == " " or _NAME_GAP.fullmatch(gap):  # one space: most gaps, no regex
        return True
    if gap.strip(" ") == "\n" and text[left.start:left.end] == "Air" and \
            text[right.start:right.end] in _AIR_SITE_WORDS:
        return True  # "near Isa Air<line break>Base": a hard-wrapped e-mail or digest line
    # Initialisms such as "U.S. Embassy": a one-letter word followed by a dot.
    return left.end - left.start == 1 and gap.rstrip(" ") == "."


_AIR_SITE_WORDS = frozenset({"Base", "Station", "Field"})


def is_capitalised(text: str, token: Token) -> bool:
    first = text[token.start]
    return first.isupper() or first.isdigit()


def sentence_initial(text: str, token: Token) -> bool:
    """True when the word opens a sentence, line or quotation."""
    before = text[max(0, token.start - 12) : token.start].rstrip(" \t\u00a0\"“‘'(")
    return not before or before[-1] in ".!?:\n\r"
