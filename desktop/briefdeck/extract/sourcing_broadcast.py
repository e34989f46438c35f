"""Sourcing a newscast voices in its own way: the guest an anchor brings on ("Joining us now
from Capitol Hill is Representative Jane Roe, who sits on ...") speaks in the turns that
follow, so the introduction names the source; and a statement the desk received ("We've just
received a statement from the prime minister's office, which calls the attack ...") is its
owner's words. Mixed-case scripts and captions read through a recased copy say both alike."""

from __future__ import annotations

import re

from briefdeck.extract.guest_turns import INTRODUCTION
from briefdeck.extract.person_kinds import FORMER, OFFICIAL_TITLE

# "Joining us now from Capitol Hill is", "With us tonight is" (the anchor's words, not a
# speaker's "standing with us are"): the guest's title and name after
_GUEST = re.compile(
    rf"\b{INTRODUCTION}"
    r"(?:\s+(?:from|in|on|at)\s+[^,.;\n]{1,40}?)?\s+(?:is|are)\s+"
    # (a lower-case role may come first: "defense analyst Tom Rivers")
    r"(?P<who>(?:[a-z][\w-]*[ \t]+){0,3}[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){1,5})")
_NO_OFFICE = re.compile(r"(?i)\b(?:analyst|expert|researcher|professor|fellow|author|journalist"
                        r"|correspondent|reporter)\b")
# "a statement from the Iraqi prime minister's office, which calls the attack": the owner
# speaking, when the statement's words follow it
_STATEMENT_FROM = re.compile(
    r"\b[Aa]n?\s+(?:new\s+|brief\s+|short\s+|written\s+|joint\s+)?statement\s+from\s+"
    r"(?P<who>(?:the\s+)?[\w.'’-]+(?:\s+(?!which\b|that\b)[\w.'’-]+){0,5}?)"
    r"(?=,?\s+(?:which|that)\s+(?:\w+ly\s+)?(?:says|said|calls|called|describes|described|"
    r"condemns|condemned|accuses|accused|blames|blamed|denies|denied|confirms|confirmed|"
    r"claims|claimed|reads|states|stated)\b|,?\s+saying\b)")

# an owner named in lower case: "the provincial governor's office", "the army"
_OWNER = re.compile(r"\b(?:office|ministry|command|army|military|government|police|council|"
                    r"embassy|presidency|spokes(?:man|woman|person))$")


def broadcast_sources(text: str) -> list[tuple[int, int, str, int | None]]:
    """(start, end, kind, count) of each guest introduced and each statement received."""
    out: list[tuple[int, int, str, int | None]] = []
    if "oining us" in text or "oining me" in text or "ith us" in text:
        for m in _GUEST.finditer(text):
            who = m.group("who")
            kind = "other" if FORMER.search(who) or _NO_OFFICE.search(who) or \
                not OFFICIAL_TITLE.search(who) else "named official"
            out.append((m.start("who"), m.end("who"), kind, 1))
    if "statement from" in text:
        out += [(m.start(), m.end("who"), "spokesperson", 1)
                for m in _STATEMENT_FROM.finditer(text)
                if any(c.isupper() for c in m.group("who")) or _OWNER.search(m.group("who"))]
    return out


# "But Congresswoman, the administration says --" and the guest talks over it: a question cut
# off at its verb reports nothing
_CUT_OFF = re.compile(r"[ \t]*(?:--+|[—–])[ \t]*(?:\n|$)")


def cut_off(text: str, end: int) -> bool:
    """Whether the words naming a source break off right after them, at a dash ending the line."""
    return _CUT_OFF.match(text, end) is not None
