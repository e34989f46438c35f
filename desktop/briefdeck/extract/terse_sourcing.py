"""Sourcing in a working note's terse phrasing, where reporting verbs are dropped.

Analysts' map notes, reading notes and desk logs name a source in a few words set beside the
claim instead of "said in a statement": "Claimed by X on Telegram", "(CENTCOM)" or
"(X statement, Sat morning)" at a clause's end, "First reports (Outlet) said", "per the X's
statement", "per two U.S. officials", "the X post of 17 Nov", "X public affairs told us",
"reported ... by Outlet", "a statement on a Telegram channel linked to X", and a body's label
before a colon in the middle of a line ("... shrapnel. Kurdistan Region CTD: one guard
wounded."). Each scan is gated on a plain substring and reads only a known body or an outlet,
so an ordinary parenthesis or label is no source.
"""

from __future__ import annotations

import re
from typing import Any

from briefdeck.extract.attribution_kinds import OUTLETS, classify, org_kind
from briefdeck.extract.known_organizations import known_organization

Found = tuple[int, int, str, int | None]

_NAME = r"[A-Z][\w'’.-]*+(?:[ \t]++(?:[A-Z][\w'’.-]*+|in|of|al|the|for)){0,5}"
_OUTLET = re.compile(r"(?:" + OUTLETS + r")(?![\w-])")

# "Claimed by X on Telegram": a group's claim on its channel.
# (with its channel: "attacks claimed by X" alone is the group's record, no sourcing)
_CLAIMED_BY = re.compile(
    r"\b[Cc]laimed[ \t]+by[ \t]+(?:the[ \t]+)?(?P<who>" + _NAME + r")"
    r"(?=[ \t]+(?:on|in|via)[ \t]+(?:its[ \t]+|an?[ \t]+)?(?:Telegram|"
    r"channel|statement|post|video)\b)"
)
# "First reports (Rudaw) said": the outlet that first reported, set in parentheses.
_REPORTS_BY = re.compile(
    r"\b(?:[Ff]irst|[Ee]arly|[Ii]nitial|[Ee]arlier)[ \t]+reports?[ \t]+"
    r"\((?P<who>[^()\n]{2,40}+)\)[ \t]+(?:said|says|had|gave|put)\b"
)


def first_reports(text: str, start: int, end: int) -> bool:
    """True for "First reports (Outlet) said" at text[start:end] ("First reports"): the
    reports are no body; the outlet in the brackets is the source (_REPORTS_BY)."""
    return text.startswith(" (", end) and _REPORTS_BY.match(text, start) is not None


# "Al-Manar carries a Hezbollah statement claiming it": an outlet carrying a body's statement.
# The body speaks (the outlet is read apart, as an outlet).
_CARRIES_STATEMENT = re.compile(
    r"\b(?:carries|carried|runs|ran|published|publishes)[ \t]+an?[ \t]+(?P<who>"
    + _NAME
    + r")[ \t]+(?:statement|communiqu[ée]|claim)\b"
)


def carried_statement_owner(text: str, start: int, quote_at: int) -> str:
    """The known body whose statement an outlet carries, in text[start:quote_at] just before a
    quote ("X carries a Y statement claiming it: "...""): the quoted words are Y's, or ''."""
    if "statement" not in text[start:quote_at] and "claim" not in text[start:quote_at]:
        return ""
    found = [*_CARRIES_STATEMENT.finditer(text, max(start, quote_at - 200), quote_at)]
    if not found or _QUOTE_MARK.search(text, found[-1].end(), quote_at):
        return ""
    who = _trim(found[-1].group("who"))
    return known_organization(who) or "" if _body(who) and not _outlet(who) else ""


_QUOTE_MARK = re.compile(r"[\"“”]")

# "whom the IDF described as Hezbollah operatives": a body's description of the people hit.
_DESCRIBED_AS = re.compile(
    r"\b(?:whom|which)[ \t]+(?:the[ \t]+)?(?P<who>" + _NAME + r")[ \t]+(?:described|"
    r"identified|named)[ \t]+as[ \t]+(?:[\w'’-]++[ \t]+){0,5}?[\w'’-]*+(?<=[a-z])(?=[ \t]*+"
    r"(?:[\d,.;:()\[]|$))"
)

# "The ministry updated it at 07:55": a body named before updating its toll, at a clock time.
_UPDATED_AT = re.compile(
    r"\b[Tt]he[ \t]+(?:ministry|army|military|command|coalition|agency|directorate|"
    r"mission)[ \t]+(?:updated|revised|raised|corrected)[ \t]+(?:it|the[ \t]+toll|its[ \t]+"
    r"toll|the[ \t]+figures?|its[ \t]+figures?)[ \t]+at[ \t]+\d{1,2}[:.]?\d{2}\b"
)

# "(X statement, Sat morning)": the body's statement and when, closing a clause.
_PAREN_STATEMENT = re.compile(
    r"\((?P<who>" + _NAME + r")[ \t]+(?:statement|post|release|"
    r"readout|Telegram)(?:[ \t]*+,[^()\n]{1,30}+)?\)"
)
# "... in response to the attack (CENTCOM)." a body alone in parentheses before the stop.
_PAREN_BODY = re.compile(r"\((?P<who>[A-Z][\w.-]*+(?:[ \t]+[A-Z][\w.-]*+){0,2})\)(?=[.;])")
# "per the SDF's statement", "per embassy statement", "per two U.S. officials"
_PER = re.compile(
    r"\bper[ \t]+(?:(?P<body>(?:the[ \t]+)?(?:[\w'’.-]++[ \t]+){0,3}?)"
    r"(?:statement|post|release|readout|communiqu[ée])\b|"
    r"(?P<officials>(?:two|three|four|five|several|multiple|\d{1,2})[ \t]+"
    r"(?:[A-Z][\w.]*+[ \t]+|senior[ \t]+|military[ \t]+|defen[cs]e[ \t]+){0,3}"
    r"(?:officials|sources|diplomats)\b))"
)
# "matches the ARCENT post of 17 Nov": a body's dated post or statement.
_DATED_POST = re.compile(
    r"\bthe[ \t]+(?P<who>[A-Z][\w.-]*+(?:[ \t]+[A-Z][\w.-]*+){0,2})[ \t]+"
    r"(?:post|statement|release|readout|update)[ \t]+(?:of|on|from)[ \t]+"
    r"\d{1,2}[ \t]+[A-Z][a-z]{2}"
)
# "OSD public affairs told us": an office answering the writer.
_TOLD_US = re.compile(
    r"(?P<who>[A-Z][\w.-]*+(?:[ \t]+[A-Z][\w.-]*+){0,2})[ \t]+(?:public[ \t]+"
    r"affairs|press[ \t]+office|media[ \t]+office|PAO)[ \t]+told[ \t]+"
    r"(?:us|me)\b"
)
# "reported at Harir last week by Kurdistan24": the outlet after a passive "reported".
_REPORTED_BY = re.compile(
    r"\breported[ \t]+(?:[\w-]++[ \t]+){0,5}?by[ \t]+(?P<who>[A-Z][\w'’-]*+"
    r"(?:[ \t]+[A-Z][\w'’-]*+){0,3})"
)
# "A statement on a Telegram channel linked to X": the group's channel speaking.
_CHANNEL_STATEMENT = re.compile(
    r"\b[Aa][ \t]+statement[ \t]+(?:posted[ \t]+)?on[ \t]+an?[ \t]+"
    r"(?:Telegram|WhatsApp)[ \t]+channel(?:[ \t]+(?:linked|close|"
    r"affiliated|tied)[ \t]+to[ \t]+(?:the[ \t]+)?" + _NAME + ")?"
)
# "Al-Rai is reporting three wounded": an outlet in the present, as a digest's post writes.
_IS_REPORTING = re.compile(
    r"(?P<who>[A-Z][\w'’-]*+(?:[ \t]+[A-Z][\w'’-]*+){0,2})[ \t]+"
    r"(?:is|are)[ \t]+(?:now[ \t]+|also[ \t]+)?reporting\b"
    r"(?![ \t]+(?:from|for|on[ \t]+behalf))"
)
# "KUNA has the same wording": a second outlet or body carrying the same account.
_HAS_THE_SAME = re.compile(
    r"(?P<who>[A-Z][\w'’-]*+(?:[ \t]+[A-Z][\w'’-]*+){0,2})[ \t]+"
    r"(?:has|had|carries|carried|gives|gave|ran|runs)[ \t]+the[ \t]+same\b"
)
# "... by shrapnel. Kurdistan Region CTD: one guard wounded.": a label after a full stop.
_MID_LABEL = re.compile(
    r"(?P<who>[A-Z][\w.-]*+(?:[ \t]+[A-Z][\w.-]*+){0,3}):"
    r"[ \t]+(?=\S)"
)


_PARTICLES = frozenset(("in", "of", "al", "the", "for", "and", "-", "&"))


def _all(text: str, *needles: str) -> list[int]:
    """Where each of the needles occurs (plain finds: cheaper than a regex over the text)."""
    out = []
    for needle in needles:
        at = text.find(needle)
        while at >= 0:
            out.append(at)
            at = text.find(needle, at + 1)
    return out


def _body(who: str) -> bool:
    """A known body, or a known body's initials after its region ("Kurdistan Region CTD")."""
    who = who.strip()
    if known_organization(who):
        return True
    words = who.split()
    return len(words) > 1 and words[-1].isupper() and known_organization(words[-1]) is not None


def _outlet(who: str) -> bool:
    return _OUTLET.fullmatch(who.strip()) is not None or org_kind(who) == "other outlet"


def _trim(who: str) -> str:
    """The name without the particles a greedy name picked up at its end."""
    words = who.split()
    while words and words[-1] in ("in", "of", "al", "the", "for"):
        words.pop()
    return " ".join(words)


def _defines(text: str, start: int, who: str) -> bool:
    """Whether "(X)" defines the initials of the name before it ("Armed Conflict Location
    and Event Data Project (ACLED)", "U.S. Central Command (CENTCOM)"): the name's capitalised
    run starts on the initials' first letter, or is the body's own name."""
    before = text[max(0, start - 80) : start].split()
    run: list[str] = []
    while before and (before[-1][:1].isupper() or before[-1] in _PARTICLES):
        run.insert(0, before.pop())
    while run and run[0] in _PARTICLES:
        run.pop(0)
    if not run:
        return False
    if run[0][0] == who[0] or known_organization(" ".join(run)) == known_organization(who):
        return True
    return any(
        known_organization(" ".join(run[i:])) == known_organization(who) for i in range(1, len(run))
    )


def terse_sources(text: str, people: Any) -> list[Found]:
    """(start, end, kind, count) of each source a terse note names."""
    out: list[Found] = []
    if "laimed by " in text:
        for m in _CLAIMED_BY.finditer(text):
            who = _trim(m.group("who"))
            if _body(who):
                out.append((m.start(), m.start("who") + len(who), "spokesperson", 1))
    if "reports (" in text or "report (" in text:
        for m in _REPORTS_BY.finditer(text):
            if _outlet(m.group("who")):
                out.append((m.start(), m.end(), "other outlet", 1))
    if "(" in text:
        for m in _PAREN_STATEMENT.finditer(text):
            who = _trim(m.group("who"))
            if _body(who):
                out.append((m.start() + 1, m.end() - 1, org_kind(who), 1))
        for m in _PAREN_BODY.finditer(text):
            who = m.group("who")
            if _body(who) and not _outlet(who) and not _defines(text, m.start(), who):
                out.append((m.start() + 1, m.end() - 1, org_kind(who), 1))
    if " per " in text:
        for m in _PER.finditer(text):
            if m.group("officials"):
                kind, count = classify(m.group("officials"), people, m.start("officials"))
                if kind == "anonymous official":
                    out.append((m.start(), m.end(), kind, count))
            else:
                out.append((m.start(), m.end(), "spokesperson", 1))
    for at in _all(text, " post of ", " statement of ", " statement on ", " update of "):
        m = _DATED_POST.search(text, max(0, at - 40), at + 20)
        if m and _body(m.group("who")):
            out.append((m.start(), m.end(), org_kind(m.group("who")), 1))
    for at in _all(text, " reporting"):
        m = _IS_REPORTING.search(text, max(0, at - 50), at + 20)
        if m and m.end() == at + 10:
            who = m.group("who")
            if _body(who) or _outlet(who):
                out.append((m.start(), m.end(), org_kind(who), 1))
            elif len(who.split()) == 1 and not people.resolve(who):
                out.append((m.start(), m.end(), "other outlet", 1))  # a paper by its name
    for at in _all(text, " the same"):
        m = _HAS_THE_SAME.search(text, max(0, at - 50), at + 10)
        if m and m.end() == at + 9 and (_body(m.group("who")) or _outlet(m.group("who"))):
            out.append((m.start(), m.end(), org_kind(m.group("who")), 1))
    for at in _all(text, " told us", " told me"):
        m = _TOLD_US.search(text, max(0, at - 60), at + 8)
        if m:
            out.append((m.start(), m.end(), "spokesperson", 1))
    if "reported " in text and " by " in text:
        for m in _REPORTED_BY.finditer(text):
            if _outlet(m.group("who")):
                out.append((m.start(), m.end(), "other outlet", 1))
    # (each scan from its verb's plain finds: cheaper than a regex over the whole text)
    for at in _all(text, " carries a", " carried a", " runs a", " ran a", " published a"):
        m = _CARRIES_STATEMENT.match(text, at + 1)
        who = _trim(m.group("who")) if m else ""
        if m and _body(who) and not _outlet(who):
            out.append((m.start(), m.end(), "spokesperson", 1))
    seen: set[int] = set()
    for at in _all(text, " it at ", " toll at ", " figures at "):
        m = _UPDATED_AT.search(text, max(0, at - 50), at + 14)
        if m and m.start() not in seen:
            seen.add(m.start())
            out.append((m.start(), m.end(), "spokesperson", 1))
    for at in _all(text, " described as ", " identified as ", " named as "):
        m = _DESCRIBED_AS.search(text, max(0, at - 70), at + 80)
        who = _trim(m.group("who")) if m and m.start() not in seen else ""
        if m and _body(who) and not _outlet(who):
            seen.add(m.start())
            out.append((m.start(), m.end(), org_kind(who), 1))
    if " channel" in text:
        for m in _CHANNEL_STATEMENT.finditer(text):
            out.append((m.start(), m.end(), "spokesperson", 1))
    at = text.find(": ")
    while at >= 0:  # (from each ": ": a scan of every full stop costs more)
        stop = max(text.rfind(". ", max(0, at - 40), at), text.rfind("; ", max(0, at - 40), at))
        # (a sentence ends on a word, not on initials: "U.S. Central Command: ..." is one
        # name; and a claim goes on in lower case or a number, where a glossary's "X: Long
        # Name" or a headline goes on in capitals)
        m = (
            _MID_LABEL.match(text, stop + 2, at + 3)
            if stop >= 2
            and text[stop - 2 : stop].isalnum()
            and text[stop - 1].islower()
            and (text[at + 2 : at + 3].islower() or text[at + 2 : at + 3].isdigit())
            else None
        )
        if m and m.end("who") == at and _body(m.group("who")):
            end = text.find("\n", m.end())
            end = min(m.end() + 24, len(text) if end < 0 else end)
            out.append((m.start(), end, org_kind(m.group("who")), 1))
        at = text.find(": ", at + 2)
    return out
