"""A body's notice as a source: "the Federal Aviation Administration issued a notice
barring", "the civil aviation authority issued NOTAMs closing the airspace", "the agency
updated its Conflict Zone Information Bulletin for Iraq".

Aviation and shipping authorities speak through notices and bulletins, not "said": the
body that issued it, the notice and what it does are the sourcing (the body's
spokesperson, as its statement would be; a document named by its title is a document).
"""

from __future__ import annotations

import regex

_DOC_WORDS = ("otice", "NOTAM", "ulletin", "dvisory", "irective", "ircular")
_ISSUED = regex.compile(
    r"\b(?:issued|published|updated|released|put\s++out)\s++(?:(?:its|a|an|new)\s++){0,2}+"
    r"(?P<doc>Notices?\s++to\s++Air(?:men|\s++Missions)(?:\s++\(NOTAMs?\))?+|notices?|"
    r"(?:(?!Bulletin|Advisory|Directive|Circular)[A-Z][a-z]++\s++){0,4}+"
    r"(?:Bulletin|Advisory|Directive|Circular)|"
    r"(?:travel\s++|security\s++)?(?:bulletin|advisory|directive|circular))(?!\w)"
    # what the notice does, or what it is for: "closing Erbil airspace", "for Iraq"
    r"(?:\s++(?:closing|barring|banning|restricting|prohibiting)(?:\s++[\w.-]++){0,2}+|"
    r"\s++for\s++[A-Z][\w-]*+(?:\s++[A-Z][\w-]*+){0,2}+)?+"
)
_NAME_WORD = regex.compile(r"^(?:[A-Z][\w.’'-]*+|\([A-Z]{2,8}\)|of|for|the)$")


def _body_before(text: str, at: int) -> int:
    """Where the body's name before text[at] starts ("the U.S. Federal Aviation
    Administration issued"), or at itself when no capitalised name stands there."""
    window = text[max(0, at - 120) : at]
    words = window.split(" ")
    if words and words[-1] == "":
        words.pop()
    start, taken = at, 0
    pos = len(window) - 1  # the space before `at`
    for word in reversed(words):
        if not word or not _NAME_WORD.match(word) or taken >= 9:
            break
        pos -= len(word)
        taken += 1
        if word in ("the", "The"):  # "On Tuesday the FAA": the name starts at "the"
            start = max(0, at - 120) + pos
            break
        if word[:1].isupper():
            start = max(0, at - 120) + pos
        pos -= 1
    return start


def issued_notices(text: str) -> list[tuple[int, int, str, int | None]]:
    if not any(w in text for w in _DOC_WORDS):
        return []
    found = []
    for m in _ISSUED.finditer(text):
        start, end = _body_before(text, m.start()), m.end()
        if start == m.start():
            continue  # "it issued a notice": the body named before speaks again
        if text[start:m.start()].split()[0] in ("We", "I"):
            continue  # "We issued Advisory No. 1": the writer's own notice, no source
        while text[end - 1] in ".,":  # "barring U.S. operators." cut after "U.S."
            end -= 1
        # a document named by its title ("Notices to Air Missions", "Conflict Zone
        # Information Bulletin") is a document to look up; "a notice" is the body speaking
        titled = any(c.isupper() for c in m.group("doc"))
        found.append((start, end, "document" if titled else "spokesperson", 1))
    return found
