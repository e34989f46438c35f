"""Sourcing in message traffic written all in capitals: "QRF REPORTS ROUTE CLEAR",
"TF ALPHA TOC DETECTED TWO UAS", "MILITIA CHANNEL POSTED CLAIM".

Spot reports and signals drop articles and lower case, so the patterns written for mixed
case never see their subjects. Here a line without a lower-case letter is read on its own
terms: the capitalised words of a clause (after a line start or a clause mark) that end on a
reporting verb are a source. A person noun last ("LIAISON", "SOURCE") makes it an unnamed
insider; any other subject is a unit, office or channel speaking.
"""

from __future__ import annotations

import re

from briefdeck.extract.known_organizations import known_organization
from briefdeck.extract.sourcing_caps_relays import caps_relays, caps_released_speaker

_VERBS = ("REPORTS", "REPORTED", "REPORT", "DETECTED", "POSTED", "CLAIMED", "STATED", "STATES",
          "ANNOUNCED", "CONFIRMED", "CONFIRMS", "ASSESSES")
# who: up to seven capitalised words (digits and a parenthesised initialism allowed) from a
# line start or clause mark; the verb after one space ("SELF-REPORTED" is no verb)
_CAPS_SOURCE = re.compile(
    # (a log's pipe-separated column opens a clause too: "| X CLAIMED ON TELEGRAM")
    r"(?:^|(?<=[.;:,|])[ \t]+|^[ \t]*(?:\d{1,2}\.[ \t]+)?(?:\([A-Z/]{1,6}\)[ \t]+)?)"
    r"(?P<who>[A-Z][A-Z0-9&/'-]*(?:[ \t]+(?:[A-Z0-9][A-Z0-9&/'-]*|\([A-Z0-9]{2,8}\))){0,6})"
    r"[ \t]+(?P<verb>" + "|".join(_VERBS) + r")\b", re.M)
# words that make the run a clause of its own, not a subject ("CLAIM NOT CONFIRMED",
# "NO CASUALTIES WERE REPORTED")
_NOT_SUBJECT = frozenset("NOT NO NONE WAS WERE IS ARE BE BEEN HAS HAVE HAD ALSO AND OR THE "
                         "ALL ANY ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE TEN SEVERAL "
                         "MULTIPLE".split())
# a past participle with its agent or its verdict after it is passive: "UAS DETECTED BY
# RADAR", "DEBRIS CONFIRMED AS ROCKET MOTOR"
# (but "CLAIMED ON TELEGRAM": where it was said, the verb active)
_PASSIVE_NEXT = re.compile(r"[ \t]+(?:BY|AS|AT|IN|ON(?![ \t]+(?:TELEGRAM|TWITTER|X|FACEBOOK|ITS|"
                           r"THEIR|SOCIAL|A[ \t]+CHANNEL|WEBSITE)\b)|NEAR|VIC)\b")
# "REPORT" is a verb only before what is reported, a count of something or a clause ("ASAYISH
# REPORT 2X SUSPECTS DETAINED"); else a noun ("SPOT REPORT FOLLOWS")
# (a report's title with its number, "SITUATION REPORT 031-25", is no count)
_REPORTED_NEXT = re.compile(r"[ \t]+(?:\d{1,4}X?[ \t]+[A-Z]{2}|NO\b|THAT\b)")
# "UNITED STATES DISTRICT COURT", "MEMBER STATES": the plural noun, no verb of saying
_STATES_NOUN = frozenset("UNITED MEMBER ARAB GULF BALTIC ALLIED ISLAMIC NEIGHBORING "
                         "NEIGHBOURING FEDERATED".split())
_PERSON_LAST = frozenset("LIAISON SOURCE SOURCES OFFICIAL OFFICIALS OFFICER OFFICERS CONTACT "
                         "INFORMANT WITNESS WITNESSES RESIDENT RESIDENTS".split())


_SMALL = frozenset("OF IN THE AND FOR AL".split())


def _is_source(m: re.Match[str], text: str) -> bool:
    """Whether a run of capitals before a verb is a source (not a clause of its own)."""
    words = m.group("who").split()
    if any(w in _NOT_SUBJECT for w in words) or words[0][0].isdigit():
        return False
    if m.group("verb") == "STATES" and words[-1] in _STATES_NOUN:
        return False
    if m.group("verb").endswith("ED") and _PASSIVE_NEXT.match(text, m.end()):
        return False
    return m.group("verb") != "REPORT" or _REPORTED_NEXT.match(text, m.end()) is not None


def caps_speaker(text: str, quote_at: int) -> str:
    """Who speaks the words quoted at quote_at on an all-capitals line: the source its clause
    names before them ("X CLAIMED ON TELEGRAM A DRONE ATTACK ON "..."" is X's), or ''."""
    line_start = text.rfind("\n", 0, quote_at) + 1
    line_end = text.find("\n", quote_at)
    line = text[line_start:len(text) if line_end < 0 else line_end]
    if any(c.islower() for c in line):
        return ""
    released = caps_released_speaker(text, quote_at)  # "PER X WING STATEMENT RELEASED:"
    if released:
        return released
    who = ""
    for m in _CAPS_SOURCE.finditer(text, line_start, quote_at):
        if _is_source(m, text):
            who = m.group("who")
    if not who:
        return ""
    # (a body the corpus of names knows is given its own spelling, not the log's capitals)
    titled = " ".join(w.lower() if w in _SMALL else w.capitalize() for w in who.split())
    return known_organization(titled) or who


def caps_sources(text: str) -> list[tuple[int, int, str, int | None]]:
    """(start, end, kind, count) of each source an all-capitals line names."""
    relays = caps_relays(text)  # "PER BDOC ...": the office an entry cites
    if not any(v in text for v in ("REPORT", "DETECTED", "POSTED", "CLAIMED", "STATE",
                                   "ANNOUNCED", "CONFIRM", "ASSESS")):
        return relays  # (most texts hold none of these in capitals: no scan)
    out: list[tuple[int, int, str, int | None]] = []
    for m in _CAPS_SOURCE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line = text[line_start:len(text) if line_end < 0 else line_end]
        if any(c.islower() for c in line):
            continue  # a mixed-case line: the ordinary patterns read it
        if not _is_source(m, text):
            continue
        last = m.group("who").split()[-1]
        kind = "anonymous official" if last in _PERSON_LAST else "spokesperson"
        count = None if kind == "anonymous official" and last.endswith("S") else 1
        out.append((m.start("who"), m.end("verb"), kind, count))
    return out + [r for r in relays if not any(s < r[1] and r[0] < e for s, e, _, _ in out)]
