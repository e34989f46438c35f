"""A writer's bio at the end of a story names where the writer works, not where anything happened.

"Hanna Lindqvist is The Meridian Review's security correspondent, based in Erbil and Amman. She
has covered the wars in Iraq and Syria since 2014." -- "Marcus Hale is a senior reporter at
Defense One ... He previously reported from Baghdad and Kabul.": a paragraph that opens with a
name introduced as a correspondent, reporter, editor, journalist or writer, late in the text,
is the outlet's note on its writer; no place in it is a place of the report (the same places in
the story still count).
"""

from __future__ import annotations

import re

_TRADE = (r"correspondent|reporter|journalist|editor|writer|columnist|contributor|"
          r"freelancer|bureau\s+chief")
# A whole paragraph: the name, "is a/an/the ...", a trade within its first sentence.
BIO = re.compile(r"(?m)^[ \t]*[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3} is (?:a|an|the|The) "
                 rf"[^.\n]{{0,80}}?\b(?:{_TRADE})\b[^\n]{{0,400}}$")
LATE = 0.6  # a bio closes the story: it starts past this share of the text ...
TAIL = 1500  # ... or within this many characters of its end (a short story)


def author_bios(text: str) -> list[tuple[int, int]]:
    """Spans of the writer's bio paragraphs near the end of the text, in order."""
    late = min(int(len(text) * LATE), max(0, len(text) - TAIL))
    if text.find(" is ", late) < 0:
        return []
    return [m.span() for m in BIO.finditer(text, late)]
