"""A party's numbered statement titled in its own invective gets an analyst's neutral title.

"Statement No. 4 of the Islamic Revolution Guards Corps regarding the punishment of the
American aggressor" is the party's framing, not a briefing's title. A reader writes "IRGC
statement No. 4": the issuer (by the initials the report itself uses, if it does) and the
number. A statement whose subject is told plainly ("... on the attack at Harir") keeps it.
"""

from __future__ import annotations

import re

# "Statement No. 4 of the X regarding Y", "Communiqué No. 12 issued by the X on Y"
_NUMBERED = re.compile(
    r"^(?P<kind>Statement|Communiqu[eé]|Bulletin|Declaration)\s+(?:No\.?|Number)\s*"
    r"(?P<num>\d{1,4})\s+(?:issued\s+)?(?:of|by|from)\s+(?:the\s+)?"
    r"(?P<issuer>[A-Z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]*){0,7})\s+"
    r"(?:regarding|concerning|about|on)\s+(?P<subject>.+)$")
# Words of a party's invective: who is named so is an enemy, not a subject a reader would
# title with.
_LOADED = re.compile(
    r"\b(?:aggress(?:or|ors|ion)|criminals?|criminal|enemy|enemies|occupiers?|occupying|"
    r"Zionists?|terrorists?|infidels?|arrogant|arrogance|crusaders?|satanic|tyrants?|"
    r"punish(?:ment|ing)?|martyr\w*|heroic|blessed|usurp\w*|mercenar\w+)\b", re.IGNORECASE)


def neutral_statement_title(headline: str, near: list[str]) -> str:
    """The analyst's title for a party's numbered statement whose own title is invective, or
    the headline as it stands. near: the lines around it, where the issuer's initials may be
    used ("(IRGC Public Relations)")."""
    m = _NUMBERED.match(headline)
    if m is None or not _LOADED.search(m.group("subject")):
        return headline
    issuer = m.group("issuer")
    initials = "".join(w[0] for w in issuer.split() if w[0].isupper())
    if len(initials) >= 2 and any(re.search(rf"\b{initials}\b", line) for line in near):
        issuer = initials
    return f"{issuer} {m.group('kind').lower()} No. {m.group('num')}"


# "PRESS RELEASE" over "No PR-31/2026-ISPR": an issuer's numbered release, both lines flagged
# as its page's furniture, still names the document when no headline comes before its text.
_RELEASE = re.compile(r"^(?:press|news|media)\s+(?:release|statement)$", re.IGNORECASE)
_RELEASE_NUMBER = re.compile(r"^(?:No\.?|Number)\s*[A-Z0-9][\w/.-]{0,30}$")


def numbered_release(line: str, below: str) -> str:
    """'Press release No PR-31/2026-ISPR' for a release's kind over its number, else ''."""
    if len(line) > 20 or not _RELEASE.match(line) or not _RELEASE_NUMBER.match(below):
        return ""
    kind = " ".join(line.split()).lower()
    return f"{kind[:1].upper()}{kind[1:]} {below}"
