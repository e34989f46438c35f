"""A long read's split drop cap joined back to its word.

A magazine page often sets its first letter apart ("<div class="dropcap">T</div><p>he first
drone ..."): the page reader keeps the letter as a line of its own and the paragraph opens with
"he first drone", so the opening sentence (often the story's first dated event) reads as a
fragment. A lone capital letter set just before a paragraph that opens in lower case belongs to
that paragraph's first word.
"""

from __future__ import annotations

import lxml.html

_LETTER_TAGS = frozenset({"div", "span", "p", "b", "strong", "em", "i"})
_PARAGRAPH_TAGS = frozenset({"p", "div"})


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
        after.text = letter + opening
        el.drop_tree()
