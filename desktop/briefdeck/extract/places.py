"""Places: gazetteer mentions in reporting text, one fact per distinct place, with a role.

The role comes from the words around the mention in its sentence: troops leaving or handing
over a base -> "withdrawal"; forces or air defences arriving -> "reinforcement"; fired at, hit,
attacked -> "attack target"; anything else "mentioned". A place that only locates another
("Qayyarah Airfield West near Mosul", "Camp Taji, Iraq") is "mentioned".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefdeck.extract.sentences import Document
from briefdeck.model import Place, Provenance

ROLE_RANK = ("withdrawal", "reinforcement", "attack target", "mentioned")
# role, cue pattern, which side of the cue the place stands on ("after", "before", "either").
ROLE_CUES: list[tuple[str, str, str]] = [
    ("withdrawal", r"\b(?:remov\w+|withdr[ae]w\w*|pull\w*\s+(?:out|back)|leav\w+|left|"
                   r"hand\w*\s+over|vacat\w+|draw\w*\s+(?:down|out)|exit\w*|depart\w*|"
                   r"reposition\w*|close\w*\s+(?:down\s+)?)\b(?:\s+(?:from|of))?", "after"),
    ("withdrawal", r"\b(?:out\s+of|away\s+from)\b", "after"),
    ("withdrawal", r"\b(?:to\s+)?(?:draw\s+out\s+of|be\s+handed\s+over|be\s+vacated|"
                   r"handed\s+over|under\s+Iraqi\s+control)\b", "before"),
    ("reinforcement", r"\b(?:air\s+defen[cs]es?|Patriots?|C-RAMs?|THAAD|reinforc\w+|"
                      r"deploy\w*\s+to|arriv\w+\s+(?:at|in)|moved?\s+to|sent\s+to|"
                      r"additional\s+(?:troops|forces|systems))\b", "after"),
    ("reinforcement", r"\bwill\s+(?:soon\s+)?(?:have|get|receive|host)\b", "before"),
    ("attack target", r"\b(?:(?:fired|launched|lobbed)\s+(?:[\w-]+\s+){0,4}?(?:at|on|into|toward)|"
                      r"attack\w*\s+(?:on|at|against)|"
                      r"attacked|struck|hit|slammed\s+into|landed\s+(?:in|at|inside|near|on)|"
                      r"target\w*|strikes?\s+(?:on|near|at|against)|shelled|bombed|"
                      r"stormed?|storming)\b", "after"),
    ("attack target", r"\b(?:was|were|is|are)\s+(?:hit|attacked|struck|targeted|shelled)\b",
     "before"),
]
ROLE_RE = re.compile("|".join(f"(?P<r{i}>{p})" for i, (_, p, _) in enumerate(ROLE_CUES)))
REACH = 90  # characters between cue and place within which the cue counts
LOCATOR = re.compile(r"(?:,\s*|\s+(?:near|in|outside|of|(?:north|south|east|west)(?:east|west)?"
                     r"\s+of|close\s+to)\s+(?:the\s+)?(?:(?:north|south|east|west)\w*\s+)?)$")
# Words between a cue and a place that put them in different clauses.
BLOCKER = re.compile(r"[,;]\s+(?:like|which|who|but|while|although|as|after|because|"
                     r"including|where)\b|;|\bbut\b")
LIST_GLUE = re.compile(r"^(?:[^.;]{0,40}?)(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)"
                       r"(?:possibly\s+|perhaps\s+|maybe\s+)?$")
DEMONYM_BORDER = re.compile(
    r"\b(?P<dem>Syrian|Iraqi|Iranian|Turkish|Jordanian|Kuwaiti|Saudi|Lebanese|Israeli|"
    r"Afghan|Pakistani|Yemeni|Omani)\s+border\b"
)
DEMONYM_COUNTRY = {
    "Syrian": "Syria", "Iraqi": "Iraq", "Iranian": "Iran", "Turkish": "Turkey",
    "Jordanian": "Jordan", "Kuwaiti": "Kuwait", "Saudi": "Saudi Arabia", "Lebanese": "Lebanon",
    "Israeli": "Israel", "Afghan": "Afghanistan", "Pakistani": "Pakistan", "Yemeni": "Yemen",
    "Omani": "Oman",
}
BROAD_KINDS = ("country", "province", "region")
ORG_AFTER = re.compile(r"\s+(?:Operations\s+Command|Command|Council|Brigades?|Division|Corps|"
                       r"Police|University|Governorate\s+Council|Provincial\s+Council)\b")
FLAG_AFTER = re.compile(r"-(?:flagged|registered|owned|operated|managed|based)\b")
POSSIBLE_AFTER = re.compile(r"\bas\s+a\s+possible\b|\bmay\s+be\s+(?:closed|vacated|handed)")
POSSIBLY = re.compile(r"\b(?:possibly|perhaps|maybe|potentially)\s+$")


@dataclass
class PlaceMention:
    """One mention of a place in reporting text (kept for events and the narrative)."""

    key: str  # the gazetteer entry's name: one per distinct place
    name: str  # as written
    start: int
    end: int
    kind: str
    country: str
    lat: float | None
    lon: float | None
    precision: str
    role: str
    locator: bool
    possibly: bool


def _gazetteer():  # imported late: the geo package loads its data on first use
    from briefdeck.geo.gazetteer import Gazetteer

    return Gazetteer.default()


def _role(text: str, sent_start: int, sent_end: int, start: int, end: int) -> str:
    best, best_gap = "mentioned", REACH + 1
    for m in ROLE_RE.finditer(text, max(sent_start, start - REACH), min(sent_end, end + REACH)):
        role, _, side = ROLE_CUES[int(m.lastgroup[1:])]  # type: ignore[index]
        if m.start() < end and start < m.end():
            continue
        if m.end() <= start and side in ("after", "either"):
            gap = start - m.end()
            between = (m.end(), start)
        elif m.start() >= end and side in ("before", "either"):
            gap = m.start() - end
            between = (end, m.start())
        else:
            continue
        if BLOCKER.search(text, *between):
            continue
        if gap < best_gap or (gap == best_gap and ROLE_RANK.index(role) < ROLE_RANK.index(best)):
            best, best_gap = role, gap
    return best


def _list_head(found: list[PlaceMention], text: str, sent_start: int,
               start: int) -> PlaceMention | None:
    """The place this one is listed after, in the same sentence, if any."""
    for prev in reversed(found):
        if prev.start < sent_start:
            return None
        if prev.locator:
            continue
        if start - prev.end <= 60 and LIST_GLUE.match(text[prev.end:start]) and \
                not BLOCKER.search(text, prev.end, start):
            return prev
        return None
    return None


def find_place_mentions(doc: Document, gazetteer=None) -> list[PlaceMention]:
    gaz = gazetteer or _gazetteer()
    text = doc.text
    raw = [(m.start, m.end, m.entry, m.matched_text) for m in gaz.find_mentions(text)]
    for m in DEMONYM_BORDER.finditer(text):
        entry = gaz.lookup(DEMONYM_COUNTRY[m.group("dem")], fuzzy=False)
        if entry is not None:
            raw.append((m.start(), m.end(), entry, m.group(0)))
    raw.sort(key=lambda r: r[0])
    found: list[PlaceMention] = []
    prev_end = -10
    for start, end, entry, written in raw:
        sent = doc.sentence_at(start)
        if sent is None or end > sent.end:
            continue  # boilerplate, captions, page furniture
        if ORG_AFTER.match(text, end):
            continue  # "Nineveh Operations Command" is a headquarters, not the province
        if FLAG_AFTER.match(text, end):
            continue  # "the Panama-flagged carrier": where it is registered, not where it is
        if _inside_name(text, sent.start, sent.end, start, end):
            continue  # "United Kingdom Maritime Trade Operations": a body, not the country
        before = text[max(sent.start, prev_end) : start] if prev_end >= sent.start else ""
        locator = bool(before) and len(before) <= 22 and bool(LOCATOR.search(before))
        if locator and before.lstrip().startswith(",") and entry.kind not in BROAD_KINDS:
            locator = False  # "al-Qaim, Qayyarah": a list, not "Camp Taji, Iraq"
        role = "mentioned" if locator else _role(text, sent.start, sent.end, start, end)
        listed = _list_head(found, text, sent.start, start)
        if role == "mentioned" and not locator and listed is not None:
            role = listed.role  # "al-Qaim, Qayyarah Airfield West and possibly K-1"
        possibly = bool(POSSIBLY.search(text, max(sent.start, start - 20), start)
                        or POSSIBLE_AFTER.search(text, end, min(sent.end, end + 60)))
        found.append(PlaceMention(
            entry.name, written, start, end, entry.kind, entry.country or "",
            entry.lat, entry.lon, entry.precision, role, locator, possibly,
        ))
        prev_end = end
    return found


_NAME_AROUND = re.compile(r"\s+[A-Z]")
_NAME_BEFORE = re.compile(r"\b(?:of|for|in)\s+(?:the\s+)?$")


def _inside_name(text: str, sent_start: int, sent_end: int, start: int, end: int) -> bool:
    """True when a known organization's name covers [start, end) ("Government of Iraq")."""
    if not (_NAME_AROUND.match(text, end) or _NAME_BEFORE.search(text, max(0, start - 12),
                                                                  start)):
        return False  # only a place with more name around it can be inside one
    from briefdeck.extract.organizations import KNOWN_RE

    lo = max(sent_start, start - 60)
    for m in KNOWN_RE.finditer(text, lo, min(sent_end, end + 60)):
        if m.start() <= start and end <= m.end() and m.end() - m.start() > end - start:
            return True
    return False


def extract_places(mentions: list[PlaceMention]) -> list[Place]:
    """One Place per gazetteer entry: first mention's words and span, strongest role."""
    merged: dict[str, PlaceMention] = {}
    roles: dict[str, str] = {}
    for m in mentions:
        if m.key not in merged:
            merged[m.key], roles[m.key] = m, m.role
        elif ROLE_RANK.index(m.role) < ROLE_RANK.index(roles[m.key]):
            roles[m.key] = m.role
    places = []
    for i, (key, m) in enumerate(merged.items(), 1):
        kind = m.kind if m.kind in ("installation", "city", "province", "region", "country") \
            else "other"
        precision = m.precision if m.precision in ("installation", "city", "province",
                                                   "country") else "unknown"
        places.append(Place(
            id=f"pl-{i}", name=_display_name(m), kind=kind,  # type: ignore[arg-type]
            country=m.country, lat=m.lat, lon=m.lon,
            precision=precision, role=roles[key],  # type: ignore[arg-type]
            provenance=Provenance(source="src-1", start=m.start, end=m.end),
        ))
    return places


def _display_name(m: PlaceMention) -> str:
    """The report's own spelling, except for a demonym ("Syrian border" is Syria)."""
    if DEMONYM_BORDER.fullmatch(m.name) or (m.name.isupper() and len(m.name) > 4):
        return m.key  # and a dateline's "BAGHDAD" is Baghdad
    return m.name
