"""A draft event: one clause's happening with its date, places, weapons and toll, before
the drafts are merged into events (event_merge.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefdeck.extract.casualties import Casualty
from briefdeck.extract.dates import DateMention
from briefdeck.extract.places import PlaceMention

BROAD_PRECISIONS = ("country", "province", "region")
# The kinds of event that hurt people: the ones a toll, a site and a follow-up belong to.
VIOLENT = frozenset({"attack", "strike"})
_TRAILING_JOIN = re.compile(r"(?:[\s,]+(?:and|but|after|while|when|before|once))+[\s,]*$")
# a live page's "10:25 | " or "07:10 " before a capital
_LEAD_WORDS = re.compile(r"^(?:\d{1,2}[:.]\d\d(?:\s*\|\s*|\s+(?=(?-i:[A-Z]))))?"
                         r"(?:(?:like|the|those|and|but|after|as|while|when|also|then|once|"
                         r"before|that|which)\s+)*", re.I)

# "...: you are getting the best battalion": what is said after the happening, not the happening
_SAID_TO = re.compile(r":\s+(?:you|we|I|he|she|they|it)\s")


@dataclass
class Draft:
    kind: str
    start: int
    end: int
    date: DateMention | None = None
    places: list[str] = field(default_factory=list)
    weapons: list[str] = field(default_factory=list)
    casualties: list[Casualty] = field(default_factory=list)
    summary: str = ""
    paragraph: int = -1
    sentence: int = -1  # index of the last sentence that told of it
    other: bool = False  # "another base was also targeted": not a repeat of the day's attack
    said: bool = False  # dated by when it was said: other news of that day is not merged in
    intercept: bool = False  # "drones were downed over X": a part of that day's attack
    last_paragraph: int = -1  # the last paragraph that tells of it
    keys: set[str] = field(default_factory=set)  # gazetteer keys of its places
    sites: set[str] = field(default_factory=set)  # those finer than a province or country
    countries: set[str] = field(default_factory=set)  # the countries its places lie in
    mentions: list[PlaceMention] = field(default_factory=list)  # its places as found
    entry: int = -1  # the live-blog entry it was told in (stamped_entries.py), if any
    item: int = -1  # the lettered or numbered item it was told in (event_items.py), if any
    section: int = -1  # the dated section of a brief it was told in: one incident each
    told_in: set[int] = field(default_factory=set)  # every sentence that told of it
    points: list[tuple[float, float]] = field(default_factory=list)  # where its sites are
    row: tuple[str, ...] = ()  # an incident table's row: its cells, lower case
    # "hours before the attack on Wednesday, two rockets ...": a happening of its own, dated
    # by its distance from another (event_anchored.py), never merged into it
    apart: bool = False
    # its toll gathered from debris falling on several towns: more debris may add to it
    spread: bool = False
    # "hit about 70 nautical miles west of Hodeidah": at sea, its place only measured from
    offshore: bool = False
    # its toll as each source labelled it ("KH statement: four killed"): alternatives
    # (toll_alternatives.py), and where the last of them ended
    tellers: dict[str, list[Casualty]] = field(default_factory=dict)
    tellers_end: int = -1

    def at_sea(self) -> bool:
        """Is a sea or strait one of its places ("in the Red Sea")?"""
        return any(m.kind == "region" and not m.country for m in self.mentions)

    def __post_init__(self) -> None:
        self.last_paragraph = max(self.last_paragraph, self.paragraph)
        self.told_in.add(self.sentence)

    def told_again(self, sentence: int) -> None:
        """Sentence tells more of it (the next sentences may go on about it too)."""
        self.sentence = sentence
        self.told_in.add(sentence)

    def locate(self, places: list[PlaceMention]) -> None:
        self.keys |= {p.key for p in places}
        self.countries |= {p.country for p in places if p.country}
        self.mentions += places
        sites = [p for p in places if p.precision not in BROAD_PRECISIONS]
        self.sites |= {p.key for p in sites}
        self.points += [(p.lat, p.lon) for p in sites if p.lat is not None and p.lon is not None]



def trim(text: str, start: int, end: int) -> tuple[int, int]:
    end = max(start, end)  # a span never ends before it starts
    while start < end and (text[start].isspace() or text[start] in ",;:"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    tail = _TRAILING_JOIN.search(text, start, end)
    return start, tail.start() if tail else end


def inside_span(items, start: int, end: int):
    return [x for x in items if start <= x.start and x.end <= end]


def summary(text: str, start: int, end: int) -> str:
    words = " ".join(text[start:end].split()).strip(" ,;:.")
    words = _LEAD_WORDS.sub("", words)
    if ": " in words and (said := _SAID_TO.search(words)) is not None:
        words = words[:said.start()]  # "..., who takes command today: you are getting ..."
    if len(words) > 140:
        words = words[:140].rsplit(" ", 1)[0] + "…"
    return words[:1].upper() + words[1:]



def distinct(places: list[PlaceMention]) -> list[PlaceMention]:
    """One mention per place ("Qayyarah Airfield West, also known as Q-West" is one)."""
    seen: dict[str, PlaceMention] = {}
    for p in places:
        seen.setdefault(p.key, p)
    return list(seen.values())

