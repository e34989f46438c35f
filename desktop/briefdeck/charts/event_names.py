"""What a chart calls an event: its own summary when that opens on a subject the reader can see
("A drone struck the Tanf garrison"), else what happened where, built from its kind, weapons and
place ("Drone attack on Tanf garrison"). A summary cut out of its paragraph often opens on a
pronoun or a fragment ("They have targeted...", "Third hit the post...") that names nobody once
it stands alone on a timeline. A mail's line about the writer's own work ("Quick summary on
last night's attack for the client note") names the attack but tells no happening."""

from __future__ import annotations

import re
from typing import Any

from briefdeck.charts.unworded_lines import unworded
from briefdeck.compose.working_remarks import working_remark

# What opens a line without being its words: bullets, emoji, table bars, a paragraph's own
# classification mark ("(C) Earlier this month..."), a dateline or cue ("(CNN) --", "(READER:)").
# (and an INTSUM's or a report's paragraph number: "1.4 A Kurdish security official ...")
_LEAD_NOISE = re.compile(r"^(?:[^\w(\"\u201c]+|\([^()]{1,24}\)\s*[:\u2014\u2013-]*\s*|"
                         r"\d{1,2}(?:\.\d{1,2}){1,3}\.?\s+(?=[A-Z(]))+")
# A spreadsheet's or table's row read as a sentence opens on its date cell ("2026-11-03 Ain
# al-Asad AB, Anbar, IQ Rocket attack 1x 107mm rocket 0 0 ..."): prose puts "On" first.
_ROW_DATE = re.compile(r"^(?:\d{4}-\d{2}-\d{2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4})\s+(?![:,])")

# Openers that point back to a sentence the chart does not show.
_NO_SUBJECT = frozenset(
    "they it he she we i you this that these those its their his her our both others "
    "and but also then which who whom where while latter former "
    # a questioner's or a chair's words, not a happening: "Let me start with the attack at
    # Erbil on 19 November", "So three wounded in total"
    "let so well".split()
)
# A line that opens on its verb lost its subject to the sentence before: "Arrived on 24
# November" (what did?)
_SUBJECTLESS = frozenset("arrived reached left departed deployed launched fired landed".split())
# "Third hit the post" counts a weapon the chart never named; "Second salvo on..." names one.
_ORDINALS = frozenset("one another first second third fourth fifth sixth last other".split())
_VERBS = frozenset("hit struck was were is landed fell came exploded missed went had hits "
                   "strikes got caused killed wounded".split())

_NOUNS = {
    "attack": "attack", "strike": "strike", "withdrawal": "withdrawal",
    "deployment": "deployment", "handover": "handover", "announcement": "announcement",
}
_PREPOSITIONS = {"deployment": "to", "withdrawal": "from", "handover": "of"}
# Places one strikes "on"; a town or a region is where something happened ("in").
_TARGET_WORDS = re.compile(
    r"\b(?:base|airbase|air base|airfield|airport|garrison|camp|post|outpost|embassy|consulate|"
    r"tower|port|depot|compound|facility|headquarters|barracks|ship|vessel|tanker|carrier|"
    r"platform|field|station|crossing|ab|landing zone|lz)\b", re.IGNORECASE)
_WATERS = re.compile(r"\b(?:sea|gulf|strait|ocean|bay)\b", re.IGNORECASE)
# "Pentagon said Monday that drones hit Erbil Air Base": who told it opens the line, and the
# label runs out before what happened. The teller stays in the notes and the key facts.
_TOLD_THAT = re.compile(
    r"^(?:The\s+)?(?:[A-Z][\w.'’-]*\s+){1,5}(?:said|says|reported|reports|announced|"
    r"confirmed|stated)(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|today|yesterday|earlier|later|overnight))*\s+that\s+")


# ... unless what it told points back to the teller: "(the Jordan Armed Forces said that) on
# 1 Dec its air defences intercepted two drones"
_POINTS_BACK = re.compile(r"(?i)(?:\S+\s+){1,4}?(?:its|their|his|her)\b")


def summary_words(summary: str) -> str:
    """An event's summary without what opens it but is not its words (bullets, a paragraph's
    classification mark or number, a dateline)."""
    return _LEAD_NOISE.sub("", (summary or "").strip())


def event_name(ev: Any) -> str:
    """The event's summary if it stands on its own, else 'Drone attack on Tanf garrison'."""
    summary = summary_words(ev.summary)
    told = _TOLD_THAT.match(summary)
    if told and len(summary) - told.end() > 12 and not _POINTS_BACK.match(summary, told.end()):
        summary = summary[told.end():]
        summary = summary[:1].upper() + summary[1:]
    # "Event" would say less than any summary does; a writer's remark on their own work
    # ("Quick summary on last night's attack for the client note") tells no happening; nor
    # does a log's capitals row or a paper's purpose line (unworded_lines.py)
    if working_remark(summary) or table_row(summary) or unworded(summary):
        return what_happened_where(ev)
    if summary and (ev.kind == "other" or _stands_alone(summary)):
        return summary
    return what_happened_where(ev)


def table_row(summary: str) -> bool:
    """Is the summary a table's row read as one line (its date cell first)?"""
    return _ROW_DATE.match(summary.strip()) is not None


def _stands_alone(summary: str) -> bool:
    if not summary[0].isupper() and not summary[0].isdigit():
        return False  # "and then struck...": the sentence began earlier
    words = [w.casefold() for w in re.split(r"[\s,;:]+", summary, maxsplit=3)]
    if words[0] == "the":  # "The third hit the barracks"
        words = words[1:]
    if not words or words[0] in _NO_SUBJECT or words[0] in _SUBJECTLESS or words[0] in _VERBS:
        return False
    if summary.rstrip().endswith("?"):  # a question put to someone tells no happening
        return False
    if words[0] in _ORDINALS:
        nxt = words[1] if len(words) > 1 else ""
        return bool(nxt) and nxt not in _VERBS and not nxt.endswith("ed")
    return True


def event_noun(kind: str) -> str:
    """'attack', 'deployment', ...: an event of this kind in one word; 'event' when unknown."""
    return _NOUNS.get(kind, "event")


def what_happened_where(ev: Any) -> str:
    """'Drone attack on Tanf garrison', 'Strike in Al-Bukamal', 'Deployment to Iraq', 'Attack'."""
    noun = event_noun(ev.kind)
    weapon = _weapon_word(ev.weapons) if ev.kind in ("attack", "strike") else ""
    head = f"{weapon} {noun}" if weapon else noun
    places = sites_once([p.strip() for p in (ev.place or "").split(",") if p.strip()])
    if places:
        joined = places[0] if len(places) == 1 else ", ".join(places[:-1]) + " and " + places[-1]
        head += f" {_preposition(ev.kind, places[0])} {_the(joined)}"
    return head[:1].upper() + head[1:]


# What an attacker fires; a jet or an interceptor named beside an attack is as often the defence.
_MUNITION = re.compile(r"drone|\bua[sv]|rocket|missile|mortar|artillery|shell|bomb|\bied|reaper",
                       re.IGNORECASE)


def _weapon_word(weapons: list[str]) -> str:
    """The first munition named, as a modifier: 'drones' -> 'drone', '107 mm Katyusha rockets'
    -> '107 mm Katyusha rocket'; 'one-way attack drones' -> 'drone' (no 'attack drone attack')."""
    fired = [w for w in weapons if _MUNITION.search(w)]
    if not fired:
        return ""
    words = fired[0].split()
    if len(words) > 4 or any(w.casefold() in ("attack", "strike") for w in words):
        words = words[-1:]
    last = words[-1]
    if last.endswith("s") and not last.endswith("ss") and last[:-1].isalpha():
        words[-1] = last[:-1]
    return " ".join(words)


def _preposition(kind: str, place: str) -> str:
    if kind in _PREPOSITIONS:
        return _PREPOSITIONS[kind]
    if kind in ("attack", "strike") and _TARGET_WORDS.search(place) and not _WATERS.search(place):
        return "on"
    return "in"


def _the(place: str) -> str:
    """'Red Sea' is 'the Red Sea' in a sentence; 'Tanf garrison' stays as the report names it."""
    if _WATERS.search(place.split(" and ")[0]) and not place.casefold().startswith("the "):
        return "the " + place
    return place


_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")


def sites_once(places: list[str]) -> list[str]:
    """Places of one event with a site named twice said once: the town beside its base or
    airport ('Ain al-Asad, Ain al-Asad Air Base'), or a site's short name beside its full one
    ('Erbil airport, Erbil International Airport'), keep the fuller name only."""
    words = [frozenset(_WORD.findall(p.casefold())) for p in places]
    return [p for i, p in enumerate(places)
            if not any(j != i and words[i] < words[j] and _TARGET_WORDS.search(places[j])
                       for j in range(len(places)))]


def place_once(place: str) -> str:
    """An event's place field ('A, B') with a site named twice said once."""
    parts = [p.strip() for p in (place or "").split(",") if p.strip()]
    return ", ".join(sites_once(parts)) if len(parts) > 1 else (place or "")
