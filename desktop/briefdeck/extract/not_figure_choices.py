"""Numbers offered as choices of a multiple-choice question: no counts.

A quiz lists its options one to a line ("- A. Three", "B) 480 interceptors"): each is a
choice the reader may pick, three of them wrong, so none is a count the page asserts. The
answer key, written as sentences, is where the quiz states its facts.
"""

from __future__ import annotations

import regex

from briefdeck.extract.numbers import Quantity

# An option's opening: a bullet (or none), a letter A-E, then "." or ")".
_OPTION_OPENING = regex.compile(r"(?:^|\n)[^\S\n]*+(?:[-•*][^\S\n]++)?[A-Ea-e][.)][^\S\n]++$")
# Another option line: "- B. ...", "C) ..."
_OPTION_LINE = regex.compile(r"\n[^\S\n]*+(?:[-•*][^\S\n]++)?[A-Ea-e][.)][^\S\n]", regex.M)


def an_offered_choice(text: str, q: Quantity) -> bool:
    """Is q the whole answer of one lettered option of a multiple-choice question (with
    other lettered options around it)?"""
    if not _OPTION_OPENING.search(text, max(0, q.start - 8), q.start):
        return False
    line_end = text.find("\n", q.end)
    if line_end < 0:
        line_end = len(text)
    rest = text[q.end : line_end].strip()
    if len(rest.split()) > 3 or rest.endswith((".", "!", ";")):
        return False  # a sentence after the letter ("B. 6 rockets landed later."): a list
    if "?" not in text[max(0, q.start - 400) : q.start]:
        return False  # no question asked before the options
    near = text[max(0, q.start - 300) : min(len(text), q.end + 300)]
    return len(_OPTION_LINE.findall(near)) >= 3
