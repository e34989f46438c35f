"""People a report names only as casualties, or only by the name they went by.

Local agencies name the dead and wounded in passing, set off after the group they belong to,
with no role word nearby: "one of the two wounded civilians, Jane Roe, succumbed to her
wounds"; a ministry lists its fallen with the title it gives them ("Martyr Peshmerga Jane Roe
Smith"). Monitors name a militant leader by the name he was known by, in quotation marks: "a
leader known as "Abu Omar al-Shami"" (a kunya, Abu/Umm and a name, is always a person).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from briefdeck.extract.person_patterns import FIRST, SURNAME

# the group, the name set off by commas, then what befell them
_CASUALTY = re.compile(
    rf"\b(?:civilians?|soldiers?|victims?|wounded|injured|casualties|dead|fighters?|residents?|"
    rf"villagers?|children|men|women),\s+(?P<name>{FIRST}(?:\s+{SURNAME}){{1,2}}),\s+"
    r"(?:succumbed|died|was\s+(?:killed|wounded|injured|among|pronounced))\b")
# a person noun, then the name he went by in quotation marks
_KNOWN_AS = re.compile(
    r"\b(?:leader|commander|emir|official|member|militant|fighter|man|figure)\b[^.;\"“”]{0,30}?"
    r"\b(?:known|nicknamed|dubbed)\s+(?:as\s+)?[\"“](?P<name>(?:Abu|Umm)\s+[A-Z][\w'’-]+"
    r"(?:\s+(?:al-|Al-|el-)?[A-Z][\w'’-]+){0,2})[\"”]")

# The fallen named with the title their side gives them: "Martyr Peshmerga Jane Roe Smith" (a
# ministry's list of its dead), and a fighter "who was wounded" named before dying of it.
_MARTYR = re.compile(
    rf"\bMartyr[ \t]+(?:(?P<side>Peshmerga|fighter|soldier|hero|officer|policeman|mujahid)[ \t]+)?"
    rf"(?P<name>{FIRST}(?:[ \t]+{SURNAME}){{1,3}})\b")
_WOUNDED_HERO = re.compile(
    rf"\b(?:hero|martyr|fighter|soldier|policeman)[ \t]+"
    rf"(?P<name>{FIRST}(?:[ \t]+{SURNAME}){{1,3}}),"
    r"\s+who\s+(?:was|had\s+been)\s+(?:wounded|injured)\b")


# The dead a group mourns by name: "Hezbollah mourned one of the two, Jane Roe," / "mourned
# its fighter John Doe".
_MOURNED = re.compile(
    rf"\b(?:mourned|eulogi[sz]ed)\s+(?:one\s+of\s+the\s+[a-z]+,\s+|(?:its|their|a|the)\s+"
    rf"(?:member|fighter|commander|martyr|son)\s+)?(?P<name>{FIRST}(?:\s+{SURNAME}){{1,3}})"
    r"(?=\s*[,.;(]|\s+[a-z])")


# One of the fallen named as a speaker remembers them: "His name was Jane Roe, and ...".
_NAME_WAS = re.compile(rf"\b(?:His|Her)[ \t]+name[ \t]+(?:was|is)[ \t]+"
                       rf"(?P<name>{FIRST}(?:[ \t]+{SURNAME}){{1,2}})(?=[ \t]*[,.;]|[ \t]+and\b)")


def named_casualties(text: str) -> Iterator[tuple[str, str, int, int]]:
    """(name, title, start, end) for each casualty named in passing or militant by kunya."""
    if "succumbed" in text or "died" in text or "was killed" in text:
        for m in _CASUALTY.finditer(text):
            yield m.group("name"), "", m.start("name"), m.end("name")
    if "mourned" in text or "eulogi" in text:
        for m in _MOURNED.finditer(text):
            yield m.group("name"), "", m.start("name"), m.end("name")
    if "Martyr " in text:
        for m in _MARTYR.finditer(text):
            yield m.group("name"), m.group("side") or "", m.start("name"), m.end("name")
    if "who was wounded" in text or "who was injured" in text or "who had been" in text:
        for m in _WOUNDED_HERO.finditer(text):
            yield m.group("name"), "", m.start("name"), m.end("name")
    if "name was " in text or "name is " in text:
        for m in _NAME_WAS.finditer(text):
            yield m.group("name"), "", m.start("name"), m.end("name")
    if "Abu " in text or "Umm " in text:
        for m in _KNOWN_AS.finditer(text):
            yield m.group("name"), "", m.start("name"), m.end("name")
