"""The signers a government form names in its typed boxes.

A contract form (a modification's or an order's) has a box "NAME AND TITLE OF SIGNER (Type or
print)" and one for the contracting officer; the box's content is the line under its label,
"Jane Q. Roe, Vice President, Contracts": the person and the office they sign in.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from briefdeck.extract.person_name_words import FIRST

_BOX = re.compile(
    r"NAME[ \t]+AND[ \t]+TITLE[ \t]+OF[ \t]+[A-Z][A-Z/ \t]{1,40}?(?:[ \t]*\([^()\n]{1,30}\))?"
    r"[ \t]*\n\s{0,8}"
    rf"(?P<name>{FIRST}(?:[ \t]+[A-Z]\.)?(?:[ \t]+[A-Z][a-z'’-]+){{1,2}}),[ \t]*"
    r"(?P<title>[A-Z][^\n]{1,80}?)[ \t]*$",
    re.M,
)


def form_signers(text: str) -> Iterator[tuple[str, str, int, int]]:
    """(name, title, start, end) of each signer a form's name-and-title box types."""
    if "NAME AND TITLE" not in text:
        return
    for m in _BOX.finditer(text):
        yield m.group("name"), " ".join(m.group("title").split()), m.start("name"), \
            m.end("name")
