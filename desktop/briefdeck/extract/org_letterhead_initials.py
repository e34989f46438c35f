"""A body named in full on a document's letterhead, then only by its initials or short name.

An NGO's memo heads its first lines "Juniper Aid Collective | Lebanon Country Office" and then
writes "a JAC driver", "paid by JAC", "Do not forward outside JAC"; a charity's report heads its
pages "Hearthline Family Foundation | Annual Report" and its story says "someone from Hearthline
Family had booked our tickets". The heading's words are all capitalised, so the generic shapes
take the line for a headline and read no body in it; the short form used in the text shows the
heading's name is the body writing.
"""

from __future__ import annotations

import re

from briefdeck.extract.known_organizations import known_organization
from briefdeck.extract.org_found import Found
from briefdeck.extract.org_words import GENERIC_TAILS

_HEAD_LINES = 8  # a letterhead sits among the document's first lines
# A letterhead's name: capitalised words ending in a body's word ("Alliance", "Foundation").
_NAME = re.compile(rf"(?:[A-Z][a-z]+\s+(?:(?:of|for|and|the)\s+)?){{1,5}}(?:{GENERIC_TAILS})")
_SMALL = frozenset({"of", "for", "and", "the"})


def letterhead_initials(text: str, found: dict[str, Found]) -> None:
    """Add the body a letterhead names when the text goes on to use its initials."""
    pos, seen = 0, 0
    for line in text.split("\n", 40)[:40]:
        start, pos = pos, pos + len(line) + 1
        if not line.strip():
            continue
        seen += 1
        if seen > _HEAD_LINES:
            return
        for piece in re.finditer(r"[^|]+", line):
            words = piece.group(0).strip()
            m = _NAME.fullmatch(words)
            if m is None or words.casefold() in found or known_organization(words):
                continue  # (a known name is the table's: "Kuwait News Agency" is KUNA)
            initials = "".join(w[0] for w in words.split() if w not in _SMALL)
            short = words.rsplit(" ", 1)[0]  # "Hearthline Family" for "... Family Foundation"
            if len(initials) >= 3 and re.search(rf"(?<![\w-]){initials}(?![\w-])", text[pos:]):
                alias = initials
            elif (
                " " in short
                and short.split()[-1] not in _SMALL
                and re.search(  # (alone, not inside the full name again: a title's)
                    rf"(?<![\w-]){re.escape(short)}(?![\w-])(?! {re.escape(words.split()[-1])})",
                    text[pos:],
                )
            ):
                alias = short
            else:
                continue
            at = start + piece.start() + piece.group(0).index(words)
            alone = found.pop(alias.casefold(), None) or found.pop(alias, None)
            entry = found[words.casefold()] = Found(words, at, at + len(words), [alias])
            if alone is not None:  # "CRA" found alone: the same body
                entry.aliases += [a for a in alone.aliases if a not in entry.aliases]
