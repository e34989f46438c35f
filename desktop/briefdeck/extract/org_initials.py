"""Initials whose meaning the report settles: initials two services share (read by which
country the report speaks of more), and initials the report spells out as something else, in
a glossary or in brackets after other words (see organizations.py)."""

from __future__ import annotations

import re

from briefdeck.extract.acronyms import name_before
from briefdeck.extract.known_organizations import KNOWN_ALTERNATIVES, KNOWN_NAMES, KNOWN_RE

# Initials two countries' services share: read by which country the report speaks of more.
_SHARED_INITIALS = {"IAF": (("Israeli Air Force", ("Israel", "IDF")),
                            ("Indian Air Force", ("India",))),
                    "SNA": (("Syrian National Army", ("Syria",)),
                            ("Somali National Army", ("Somalia", "Somali", "Mogadishu")))}


def _initials_meaning(text: str, initials: str) -> str:
    return max(_SHARED_INITIALS[initials],
               key=lambda c: sum(text.count(w) for w in c[1]))[0]


_BRACKETED = re.compile(r"\(([A-Z][A-Z&.-]{1,11})\)")


# A report's list of abbreviations: "Abbreviations: KIA killed in action; IDF indirect fire."
_GLOSSARY = re.compile(r"(?:Abbreviations|Glossary|Acronyms)\s*:?[ \t]*(?P<list>[^\n]+)")
_GLOSSARY_ENTRY = re.compile(r"(?:^|;)\s*(?P<abbr>[A-Z][A-Za-z0-9]{1,6})\s+[–—=:-]?\s*"
                             r"(?P<words>[a-z][a-z -]+?)\s*(?=;|\.?\s*$)")


def _glossary_terms(text: str) -> frozenset[str]:
    """Initials the report's glossary spells out in common words ("IDF indirect fire"): there
    they are no organisation's initials."""
    return frozenset(e.group("abbr") for g in _GLOSSARY.finditer(text)
                     for e in _GLOSSARY_ENTRY.finditer(g.group("list")))


# The last word of a toll, before the party it counts in brackets.
_TOLL_WORD = re.compile(r"killed|wounded|injured|hurt|dead|missing|KIA|WIA")


def _defined_otherwise(text: str, initials: str, name: str) -> bool:
    """Whether the report puts the initials in brackets after words that are not the table's
    name for them."""
    at = text.find(f"({initials})")
    if at < 0:
        return False
    last = text[max(0, at - 30):at].split()[-1:]
    if len(name_before(text, at).split()) < 2 and not (last and last[0].isalpha()
                                                        and last[0].islower()):
        return False  # "9 killed in SY (SOHR)": a source cited after a claim, no definition
        # (but "indirect fire (IDF)" spells its initials out in common words)
    if last and _TOLL_WORD.fullmatch(last[0]):
        return False  # "0 killed / 3 wounded (JAF)": whose toll, no definition
    before = text[max(0, at - 80):at]
    return not any(KNOWN_NAMES[KNOWN_ALTERNATIVES.which(k)] == name
                   for k in KNOWN_RE.finditer(before))
