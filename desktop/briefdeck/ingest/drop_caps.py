"""A long read's split drop cap joined back to its word.

A magazine page often sets its first letter apart ("<div class="dropcap">T</div><p>he first
drone ..."): the page reader keeps the letter as a line of its own and the paragraph opens with
"he first drone", so the opening sentence (often the story's first dated event) reads as a
fragment. A lone capital letter set just before a paragraph that opens in lower case belongs to
that paragraph's first word, except that "A" and "I" are words of their own: "A drone
struck", "I ran". Such a letter stays a word when the joined word is none the page uses
elsewhere ("Adrone"; "Iran" is) and the page either set a space after the letter or uses the
paragraph's first word again on its own ("A drone ... the drone"; "fter" is no word).
"""

from __future__ import annotations

import re
from collections import Counter

import lxml.html

_LETTER_TAGS = frozenset({"div", "span", "p", "b", "strong", "em", "i"})
_PARAGRAPH_TAGS = frozenset({"p", "div"})
_FIRST_WORD = re.compile(r"[a-z][\w'’-]*")


def join_drop_caps(tree: lxml.html.HtmlElement) -> None:
    """Move each split drop cap into the paragraph that follows it."""
    for el in list(tree.iter(*_LETTER_TAGS)):
        letter = (el.text_content() or "").strip()
        if len(letter) != 1 or not letter.isupper() or len(el) or el.getparent() is None:
            continue
        after = el.getnext()
        if after is None or after.tag not in _PARAGRAPH_TAGS or (el.tail or "").strip():
            continue
        opening = (after.text or "").lstrip()
        if not opening[:1].islower():
            continue
        apart = letter in "AI" and _a_word_apart(tree, letter, opening, opening != after.text)
        after.text = letter + (" " if apart else "") + opening
        el.drop_tree()


def _a_word_apart(tree, letter: str, opening: str, spaced: bool) -> bool:
    """Whether a drop cap "A" or "I" is a word of its own before the paragraph's opening."""
    first = _FIRST_WORD.match(opening)
    if first is None:
        return spaced
    words = Counter(re.findall(r"[\w'’-]+", (tree.text_content() or "").lower()))
    joined = (letter + first.group(0)).lower()
    if words[joined]:  # "Iran", "After" elsewhere on the page: one word
        return False
    return spaced or words[first.group(0)] > 1  # the opening word used again on the page
