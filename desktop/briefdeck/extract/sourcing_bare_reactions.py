"""A government's or its officials' condemnation without quoted words of its own. Unnamed
officials condemning ("Iraqi officials condemned it") are a source as their saying is. A
government condemning is a source where the condemnation carries its account: what it called
the act ("condemned the strike as a violation of sovereignty"), a claim joined to it
("condemned the attack and denied that it was launched from Iraq") or its strongest terms. A
bare "the government condemned the attack" only reports a stance, as "Qatar condemned the
attack" does (sourcing_bodies.py keeps the reactions with quoted words).
"""

from __future__ import annotations

import regex

from briefdeck.extract.attribution_kinds import count_of

_REACTED = regex.compile(
    r"(?<![\w'’-])(?P<who>(?:[Tt]he\s++)?(?:[A-Z][\w'’.-]*+[ \t]++){1,2}?(?:government|officials)"
    r"|[Tt]he\s++(?:[A-Z][\w'’.-]*+\s++){0,2}?(?:[Mm]inistry|[Gg]overnment)\s++of\s++"
    r"(?:[A-Z][\w-]*+\s++(?:and\s++)?){0,3}?[A-Z][\w-]*+)"
    r"\s++(?:(?:has|have|also|publicly|strongly|swiftly|later)\s++){0,2}(?:condemned|denounced)$"
)  # (searched in a short window that ends on the verb the plain string search found)


# What the condemnation carries, read in the rest of its sentence (a bounded window).
_ACCOUNT = regex.compile(
    r"\s++(?:in\s++the\s++strongest\s++(?:possible\s++)?terms"
    r"|[^.;:]{0,80}?\s(?:as\s++(?:an?\s++)?(?:[a-z\"“]|violation)"
    r"|and\s++(?:denied|said|rejected|accused|blamed|called|warned|vowed|demanded|urged)\b)"
    r"|[^.;]{0,120}?\bdescribed\s++as\s++[\"“])"
)


def bare_reactions(text: str) -> list[tuple[int, int, str, int | None]]:
    """(start, end, kind, count) of each government or its officials condemning."""
    found = []
    for verb in ("condemned", "denounced"):
        at = text.find(verb)
        while at >= 0:
            end = at + len(verb)
            m = _REACTED.search(text, max(0, at - 130), end)
            if m is None or text[end : end + 1].isalnum():
                pass
            elif m.group("who").endswith("officials"):
                found.append((m.start(), end, "anonymous official", count_of(m.group("who"))))
            elif _ACCOUNT.match(text, end, min(len(text), end + 200)):
                found.append((m.start(), end, "spokesperson", 1))
            at = text.find(verb, end)
    return sorted(found)
