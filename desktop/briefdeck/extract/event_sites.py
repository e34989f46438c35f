"""Which site an event is at, in the analyst's words: a base's initials spelled out, the town a
brief's section tells of, the ground a "seized"/"entered" names; kept apart from the clause
reading in events.py because each is a look at the page around a place, not at the sentence."""

from __future__ import annotations

import re

from briefdeck.extract.event_draft import BROAD_PRECISIONS
from briefdeck.extract.places import PlaceMention

# "BDSC", "VBC": a site named by its initials
SITE_INITIALS = re.compile(r"[A-Z]{2,6}")


def spelled_out(text: str, name: str) -> str:
    """The site's full name where the text gives it with its initials ("Victory Base Complex
    (VBC)"), so an event reads as the analyst's place list does; else the initials."""
    if not SITE_INITIALS.fullmatch(name):
        return name
    # (a filing's defined term quotes them: "Baghdad Diplomatic Support Center ("BDSC")")
    m = re.search(rf"((?:[A-Z][\w'’-]*\s+){{1,5}}[A-Z][\w'’-]*)\s*\([\"“]?{name}[\"”]?\)", text)
    if m is None:
        return name
    words = m.group(1).split()[-len(name):]  # as many words as initials, where they match
    full = " ".join(words)
    return full if "".join(w[0] for w in words).upper() == name else name


_TAKEN_WORD = re.compile(r"\S+\s+[\"“”']?(?:the\s+)?(?:(?:[a-z]+ern|central|(?:outskirts|centre|"
                         r"center)\s+of)\s+)?")


def place_taken(text: str, t_start: int, places: list[PlaceMention]) -> bool:
    """Is the word after "seized", "entered" a town, a village or a base (not a country:
    "entered Syria" is a crossing, not ground taken)?"""
    m = _TAKEN_WORD.match(text, t_start)
    at = m.end() if m else t_start
    return any(p.start == at and p.precision not in BROAD_PRECISIONS and p.kind != "country"
               for p in places)


# "35 km north of Mogadishu", "the Afgooye-Mogadishu road": a place named to find another
_REFERENCE_POINT = re.compile(r"(?:\b(?:of|from|to)\s+(?:the\s+)?|-)$")


def section_place(text: str, places: list[PlaceMention], start: int,
                   end: int) -> list[PlaceMention]:
    """The place of a brief's section: the first town or site named in its heading or, if
    none, in its body."""
    for p in sorted(places, key=lambda p: p.start):
        if start <= p.start < end and not p.locator and p.precision not in BROAD_PRECISIONS \
                and not _REFERENCE_POINT.search(text, max(start, p.start - 8), p.start) \
                and not text.startswith("-", p.end):
            return [p]
    return []


def _initials_form(short: str, full: str) -> bool:
    """Whether short is full with its leading words as initials: "MSS Conoco" and "Mission
    Support Site Conoco" (a base's initials before its own name are the same base)."""
    head, _, rest = short.partition(" ")
    if not rest or not SITE_INITIALS.fullmatch(head) or not full.endswith(" " + rest):
        return False
    words = full[: -len(rest) - 1].split()
    return len(words) == len(head) and "".join(w[0] for w in words).upper() == head


def one_name_per_site(names: list[str]) -> list[str]:
    """names without a site named again in its other form: "MSS Conoco, Mission Support Site
    Conoco" is one place, kept as first named."""
    if len(names) < 2:
        return names
    kept: list[str] = []
    for n in names:
        if not any(_initials_form(k, n) or _initials_form(n, k) for k in kept):
            kept.append(n)
    return kept


def site_names(text: str, place: str) -> str:
    """An event's place list with each site named once: bare initials spelled out ("BDSC"), and
    a site told both in initials and in full ("MSS Conoco, Mission Support Site Conoco") kept
    as first named."""
    names = place.split(", ")
    if any(SITE_INITIALS.fullmatch(n) for n in names):
        names = list(dict.fromkeys(spelled_out(text, n) for n in names))
    if len(names) > 1 and any(SITE_INITIALS.match(n) for n in names):
        names = one_name_per_site(names)
    return ", ".join(names)
