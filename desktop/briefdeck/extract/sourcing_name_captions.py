"""Speakers a broadcast names on screen: a newsroom script's name super ("SUPER: BRIG. GEN.
JANE ROE / SPOKESMAN, ARMED FORCES") before a sound bite, a subtitle file's lower-third caption
("CAPT. JOHN ROE Master, MV Example") before the speaker's dashed lines.

The caption is the sourcing of the bite that follows it: the person, with the role the caption
gives, decides the kind (a spokesman is a named official; a former official, an analyst or a
merchant ship's master speaks as another source). The reporter's own super is no source. A
later "Roe said" in the script is the same person again, counted at the caption.
"""

from __future__ import annotations

import re

from briefdeck.extract.person_kinds import FORMER, OFFICIAL_TITLE

_NAME = (r"(?:(?:[A-Z]{2,5}\.[ \t]+){0,3})(?P<name>[A-Z][A-Z'’-]+(?:[ \t]+[A-Z][A-Z'’-]+){1,3})")
# "SUPER: BRIG. GEN. RAMI ROE / SPOKESMAN, JORDAN ARMED FORCES"
_SUPER = re.compile(rf"(?m)^SUPER:[ \t]+{_NAME}[ \t]*/[ \t]*(?P<role>[^\n]{{3,90}})$")
# "CMDR. JANE ROE Spokesperson, U.S. Naval Forces" on its own line, a dashed line after it
_LOWER_THIRD = re.compile(rf"(?m)^{_NAME}[ \t]+(?P<role>[A-Z][a-z][^\n]{{2,90}})$"
                          r"(?=\n\s*(?:\n\s*)?-\s)")
# A bite follows a super: a quotation, or the script's IN:/OUT: cue lines, before the next super.
_BITE = re.compile(r"\n\s*(?:IN:|[\"“])")
_REPORTER = re.compile(r"(?i)\b(?:reporting|correspondent|reporter|anchor|producer|"
                       r"photographer|camera)\b")
# A merchant ship's master and the like speak for themselves: no office.
_NO_OFFICE = re.compile(r"(?i)^(?:master\b|analyst|expert|researcher|professor|fellow|resident|"
                        r"witness|survivor|crew)|\b(?:analyst|expert|researcher|professor)\b")


def _kind(role: str) -> str:
    role = role.title() if role.isupper() else role
    if FORMER.search(role) or _NO_OFFICE.search(role):
        return "other"
    return "named official" if OFFICIAL_TITLE.search(role) else "other"


def name_captions(text: str) -> tuple[list[tuple[int, int, str, int | None]], set[str]]:
    """(start, end, kind, count) of each on-screen name caption before a bite, and the
    surnames they name (casefolded)."""
    found: list[tuple[int, int, str, int | None]] = []
    names: set[str] = set()
    if "SUPER:" in text:
        for m in _SUPER.finditer(text):
            after = text[m.end():m.end() + 300]
            nxt = after.find("SUPER:")
            bite = _BITE.search(after, 0, nxt if nxt >= 0 else len(after))
            if bite is None or _REPORTER.search(m.group("role")):
                continue
            start = m.start() + 6  # (the caption, past its "SUPER:" cue)
            while text[start] in " \t":
                start += 1
            found.append((start, m.end(), _kind(m.group("role").strip()), 1))
            names.add(m.group("name").split()[-1].casefold())
    if "\n- " in text or "\n-\t" in text:
        for m in _LOWER_THIRD.finditer(text):
            if _REPORTER.search(m.group("role")):
                continue
            found.append((m.start(), m.end(), _kind(m.group("role").strip()), 1))
            names.add(m.group("name").split()[-1].casefold())
    return found, names


_SAID_AGAIN = re.compile(r"(?P<who>[A-Z][\w'’-]+)\s+(?:said|says|added|told)$")


def captioned_again(text: str, start: int, end: int, names: set[str]) -> bool:
    """Whether text[start:end] is "Roe said" for a speaker a caption named."""
    m = _SAID_AGAIN.match(text, start, end)
    return m is not None and m.group("who").casefold() in names
