"""People a release names in full once, with the short form it uses after in brackets.

Sanctions and indictment releases introduce each designated person as "Jane Q. Roe (Roe)" or
"Leung Kar-wai (Leung)": the bracketed word is the name's own last word (or, family name first,
its first word), which no company's or body's short form is ("Blue Crescent Electronics FZE
(Blue Crescent)" is two words; "(KH)" is initials).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from briefdeck.extract.person_patterns import FIRST, SURNAME

# the bracketed short form, found first (cheap), then the name read back from it
_SHORT = re.compile(r"[ \t]\((?P<short>(?:al-|el-|Al-|El-)?[A-Z][a-z][\w'’-]*)\)")
_NAME_BEFORE = re.compile(rf"(?<![\w'’.-])(?P<name>{FIRST}(?:[ \t]+{SURNAME}){{1,3}})$")
# a capitalised word just before: the run is the tail of a longer name, not a person's
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w'’.-]*[ \t]+$")


def named_short_forms(text: str) -> Iterator[tuple[str, str, int, int]]:
    """(name, title, start, end) for each "Full Name (Surname)" introduction."""
    if " (" not in text:
        return
    for m in _SHORT.finditer(text):
        at = m.start()
        before = _NAME_BEFORE.search(text, max(0, at - 60), at)
        if before is None:
            continue
        words = before.group("name").split()
        short = m.group("short").casefold()
        if short not in (words[-1].casefold(), words[0].casefold()):
            continue
        if _CAPITAL_BEFORE.search(text, max(0, before.start() - 30), before.start()):
            continue
        yield before.group("name"), "", before.start("name"), before.end("name")
