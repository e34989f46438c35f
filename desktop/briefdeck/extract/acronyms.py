"""Acronyms a report defines itself: "the Counter-Terrorism Directorate (CTD)".

A later "the CTD said" is then written out for the reader as "Counter-Terrorism Directorate
(CTD)". The name is the run of capitalised words (with "of", "the", "for", "and" inside) just
before the brackets, and the acronym's capitals must be initials of its words in order, so
"(Photo)" or "(AP)" after a name defines nothing.
"""

from __future__ import annotations

import re

_BRACKETED = re.compile(r"\((?P<acr>[A-Z][A-Za-z]{1,7})\)")
_LINKS = frozenset({"of", "the", "for", "and", "on", "in"})
# A name opening with the Arabic article in lower case: "al-Shabaab", "el-Fasher".
_ARTICLE_NAME = re.compile(r"^(?:al|el|an|ad|as|ash|at|az)-[A-Z]")
_REACH = 90  # characters before the brackets: a name of up to eight or so words


def name_before(text: str, pos: int) -> str:
    """The capitalised run ending just before pos ("Russian Ministry of Defense")."""
    window = text[max(0, pos - _REACH):pos]
    para = window.rfind("\n\n")  # a heading above ("UNITED NATIONS") is no part of it
    words = window[para + 2:].split() if para >= 0 else window.split()
    if para < 0 and pos - _REACH > 0 and words:
        words = words[1:]  # possibly cut in the middle
    run: list[str] = []
    for word in reversed(words):
        if (word[:1].isupper() or _ARTICLE_NAME.match(word)) and word[-1] not in ",;:.)'’" \
                and not word.endswith(("'s", "’s")):
            run.append(word)
        elif word in _LINKS and run:
            run.append(word)
        else:
            break
    while run and (run[-1] in _LINKS or run[-1] in ("The", "A", "An")):  # read backwards:
        run.pop()  # its first word is last
    return " ".join(reversed(run))


def _initials(name: str) -> str:
    # ("al-Shabaab (AS)": the Arabic article counts as an initial too)
    return "".join(part[0].upper() for word in name.split()
                   if word[:1].isupper() or _ARTICLE_NAME.match(word)
                   for part in re.split(r"[-–]", word)
                   if part[:1].isupper() or _ARTICLE_NAME.match(word) and part == word[:2])


def _spells(acronym: str, name: str) -> bool:
    """Whether the acronym's capitals are initials of the name's words, in order. A UN
    body's initials open with the UN's own ("Department of Safety and Security (UNDSS)")."""
    if acronym.startswith("UN") and len(acronym) > 3 and not name.startswith(("United", "UN")):
        acronym = acronym[2:]
    letters = iter(_initials(name))
    words = len(name.split()) + (1 if _ARTICLE_NAME.match(name) else 0)
    return words >= 2 and all(c in letters for c in acronym if c.isupper())


def defined_acronyms(text: str) -> dict[str, str]:
    """{"CTD": "Counter-Terrorism Directorate", ...}: the first definition of each."""
    found: dict[str, str] = {}
    for m in _BRACKETED.finditer(text):
        acronym = m.group("acr")
        if acronym in found or sum(c.isupper() for c in acronym) < 2:
            continue
        name = name_before(text, m.start()).rstrip()
        if name and _spells(acronym, name):
            found[acronym] = name
    return found
