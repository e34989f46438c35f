"""The title set before a speaker's name belongs to the sourcing.

"Defence analyst Dr Priya Raman, of the Royal United Services Institute, said" sources the
claim to an analyst: the words that say what the speaker is ("Defence analyst", "Airport
director general", "Conservative defence critic") are how the report weighs the source, and
they decide its kind (a director general is an official, an analyst is not). The scans that
find named speakers start at the name (or at a rank the people index holds); this pass moves
such a sourcing's start back over a descriptive title written in lower case just before it.
"""

from __future__ import annotations

import re

from briefdeck.extract.attribution_kinds import person_kind
from briefdeck.extract.club_officers import club_officer_kind
from briefdeck.extract.people import PeopleIndex

# The noun a descriptive title ends on ("security analyst", "senior paramedic").
_ROLE_NOUN = (r"analyst|expert|researcher|fellow|professor|critic|paramedic|medic|"
              r"director(?:[ \t]+general)?|manager|commander|officer|official|chief|head|"
              r"governor|mayor|minister|lawmaker|legislator|adviser|advisor|correspondent|"
              r"reporter|journalist|activist|doctor|surgeon|commentator|historian|economist|"
              r"consultant|strategist|scholar|lecturer|specialist|envoy|ambassador|diplomat|"
              r"spokes(?:man|woman|person)|coordinator|chair(?:man|woman)?|secretary|lawyer|master|"
              # a seat in a party's or a state's leading body: "political bureau member"
              r"(?:political[ \t]+bureau|politburo|council|committee|cabinet)[ \t]+member")
# Up to two capitalised words (an owner, a party, a sentence's first word) and up to three
# lower-case ones before the noun, ending just before the name.
_TITLE_BEFORE = re.compile(r"(?<![\w'’.&-])(?P<title>(?:[A-Z][\w'’&-]*[ \t]+){0,2}"
                           r"(?:[a-z][\w-]*[ \t]+){0,3}?(?:" + _ROLE_NOUN + r")[ \t]+)$")
# An owner's post set off before the name, as the name is after it: "Arlo's CFO, Jane Roe,
# told", "the firm's general counsel, Jane Roe, said" (a sentence's start: the owner opens it).
_APPOSED_ROLE = re.compile(r"(?<![\w'’.&-])(?P<title>[A-Z][\w&-]*(?:'s|’s)[ \t]+(?:[a-z-]+[ \t]+)"
                           r"{0,3}?(?:C[EFOT]O|" + _ROLE_NOUN + r")),[ \t]+$")
# A name the speaker goes by, after what they are: "a Kataib Hezbollah media figure who posts
# as Abu X", "a militia commander known as Abu Y".
_GOES_BY = re.compile(r"(?<![\w'’.&-])(?P<title>(?:[Aa]n?|[Tt]he)[ \t]+"
                      r"(?:[A-Z][\w'’&-]*[ \t]+){0,3}(?:[a-z][\w-]*[ \t]+){0,3}?"
                      r"(?:figure|activist|commander|blogger|fighter|"
                      r"member|cleric|" + _ROLE_NOUN + r")[ \t]+(?:who[ \t]+(?:posts|writes|goes)"
                      r"[ \t]+(?:as|by)|known[ \t]+as|nicknamed)[ \t]+)$")
# An office written in capitals before a name the index holds with no office (bare, or with
# an honorific it took for the title): "Official Spokesperson for the Ministry of Foreign
# Affairs Dr. Jane Roe said", "Head of the Regional Security Council Jane Roe said".
_OFFICE_BEFORE = re.compile(r"(?<![\w'’.&-])(?P<title>[A-Z][\w'’&-]*(?:[ \t]+(?:[A-Z][\w'’&-]*|"
                            r"to|for|of|the|and|on|in)){1,14}[ \t]+)$")
# A party's or a movement's name before the title the index holds ("Party defense expert"):
# "Green Party defense expert Jane Roe" is the Green Party's.
_PARTY_OWNER = re.compile(r"(?<![\w'’.&-])(?:[A-Z][\w'’&-]*[ \t]+){1,2}$")
_PARTY_WORD = ("Party ", "Movement ", "Alliance ", "Bloc ", "Front ", "League ")
# Sentence openers and articles that are no part of a title.
_NOT_TITLE = frozenset("The A An On In At By For But And Or So Then When While After Before "
                       "Meanwhile Also Earlier Later Separately However Last This That Its "
                       "Their His Her Our According".split())
# lower-case words that show the "title" is a clause ("the man who led the raid, officer X")
_CLAUSE_WORD = re.compile(r"\b(?:who|which|that|and|or|of|to|with|by|said|says|told)\b")


def titled_start(text: str, start: int, end: int, kind: str,
                 people: PeopleIndex) -> tuple[int, str]:
    """(start, kind) of a named speaker's sourcing text[start:end], moved back over the
    descriptive title before the name."""
    kind = club_officer_kind(start, end, kind, people)  # ("Post Commander Jane Roe")
    if kind not in ("other", "named official") or not text[start:start + 1].isupper():
        return start, kind
    person = people.mention_at(start, end)
    if person is None or person[0] != start:
        return start, kind
    if text.startswith(_PARTY_WORD, start):
        owner = _PARTY_OWNER.search(text, max(0, start - 40), start)
        if owner and text[owner.start():start].split()[0] not in _NOT_TITLE:
            return owner.start(), person_kind(person[2], people, text[owner.start():end])
    if kind == "other":  # (an office the index read already made the speaker an official)
        office = _OFFICE_BEFORE.search(text, max(0, start - 120), start)
        title = office.group("title") if office else ""
        if title and person_kind(person[2], people, title) == "named official":
            return office.start(), "named official"  # type: ignore[union-attr]
    alias = _GOES_BY.search(text, max(0, start - 90), start)
    if alias:
        return alias.start(), person_kind(person[2], people, alias.group("title"))
    apposed = _APPOSED_ROLE.search(text, max(0, start - 60), start)
    if apposed and "," in text[start:end]:  # "Arlo's CFO, Jane Roe, told": hers, set off
        return apposed.start(), person_kind(person[2], people, apposed.group("title"))
    m = _TITLE_BEFORE.search(text, max(0, start - 60), start)
    if m is None or _CLAUSE_WORD.search(m.group("title")):
        return start, kind
    words = list(re.finditer(r"\S+", m.group("title")))
    skip = 0
    while skip < len(words) - 1 and words[skip].group() in _NOT_TITLE:
        skip += 1
    title = " ".join(w.group() for w in words[skip:])
    return m.start() + words[skip].start(), person_kind(person[2], people, title)
