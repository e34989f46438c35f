"""How one drafted fact reads in a briefing line: a list of names, a day, a toll, where.

The BLUF and the key points tell the same attacks and places in the same words, so the words
are made once here: "18 Nov 2026: attack on al-Tanf (drones); 1 killed; 6 wounded.", "3
contractors wounded", " near Duqm" for a place the report only measures from.
"""

from __future__ import annotations

import re
from datetime import date

from briefdeck.extract.narrative_acts import act_noun, sites
from briefdeck.extract.party_words import party_people
from briefdeck.model import Event, Place
from briefdeck.model.date_words import MONTHS
from briefdeck.model.tolls import qualified, with_claimant

BASE_SUFFIX = re.compile(r"\s+(?:Air\s+Base|Airbase|air\s+base|Airfield)$")
# ("martyred": a party's word for its own dead)
TOLL_WORDS = re.compile(r"\b(?:kill\w*|wound\w*|injur\w*|dead|died|casualt\w+|martyr\w*)\b",
                        re.I)
BROAD = ("country", "region", "province")


def listing(items: list[str]) -> str:
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def when(event: Event) -> str:
    if not event.date:
        return ""
    parts = event.date.split("-")
    if len(parts) == 3:
        d = date.fromisoformat(event.date)
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if len(parts) == 2:
        return f"{MONTHS[int(parts[1]) - 1]} {parts[0]}"
    return parts[0]


def _toll(event: Event) -> str:
    def part(word: str, total: int | None, field: str) -> str:
        if not total:
            return ""
        count = qualified(total, getattr(event, f"{field}_qualifier"))  # "at least 3"
        # (a party read with numbers in it, "2 coalition, 1 SDF", is no party to print)
        rows = [f"{getattr(c, field)} {party_people(c.party, getattr(c, field))}"
                for c in event.casualties
                if getattr(c, field) and c.party != "unspecified"
                and not any(ch.isdigit() for ch in c.party)]
        detail = f" ({', '.join(rows)})" if rows and len(event.casualties) > 1 else ""
        if rows and len(event.casualties) == 1:
            party = event.casualties[0].party
            said = party_people(party, total)  # a country is its people: "2 Syrians"
            detail = f" {_plural(said) if total > 1 and said == party else said}"
            return f"{count}{detail} {word}"
        return f"{count} {word}{detail}"

    # a toll only a party to the fight gives says whose claim it is, never stated as fact
    return with_claimant("; ".join(p for p in (part("killed", event.killed, "killed"),
                                               part("wounded", event.wounded, "wounded")) if p),
                         event.toll_claimed_by)


# Parties that name a body or a mass, not one person: no plural "-s" ("2 Iraqi police").
_MASS = frozenset("personnel staff crew police army military people militia force forces "
                  "security".split())


def _plural(party: str) -> str:
    """'4 contractor wounded' reads '4 contractors wounded'."""
    last = party.rsplit(" ", 1)[-1]
    if last.isalpha() and last.islower() and last not in _MASS and not last.endswith(("s", "y")):
        return party + "s"
    return party


def _short(name: str) -> str:
    return BASE_SUFFIX.sub("", name.removeprefix("possibly "))


def _in(name: str, text: str) -> bool:
    return _short(name).casefold() in text.casefold()


# A place the report measures from ("70 nautical miles south-east of Duqm", "off Hodeidah"):
# what was hit lay near it, not in it.
_NAME = r"([A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*){0,3})"
_MEASURED_FROM = re.compile(
    r"\b(?:miles|km|kilometres|kilometers|nm|metres|meters)\s+(?:\w+\s+)?(?:north|south|east|"
    r"west)[\w-]*\s+of\s+(?:the\s+)?(?:[A-Z]\w+\s+)?(?:(?:port|coast|city|town)\s+"
    r"(?:city\s+)?of\s+)?" + _NAME
    + r"|\boff\s+(?:the\s+)?(?:(?:coast|port)\s+of\s+)?" + _NAME)


Near = dict[str, dict[str, str]]  # event id -> place name -> "near" or "off"


def referenced_from(text: str, events: list[Event]) -> Near:
    """For each attack told as measured from a place ("70 nautical miles south-east of Duqm",
    "off Hodeidah") near where it is told: that place's word, 'near' or 'off'."""
    found: Near = {}
    for e in events:
        if e.kind not in ("attack", "strike") or e.provenance is None:
            continue
        start, end = e.provenance.start, e.provenance.end
        said = {(m.group(1) or m.group(2)).casefold(): "near" if m.group(1) else "off"
                for m in _MEASURED_FROM.finditer(text, max(0, start - 300), end + 300)}
        for name in e.place.split(", "):
            short = _short(name).casefold()
            word = next((w for n, w in said.items() if short and n.startswith(short)), None)
            if word:
                found.setdefault(e.id, {})[name] = word
    return found


def _at(event: Event, places: list[Place], near: Near | None = None) -> str:
    """' on Camp Taji' for a target, ' in Syria' for a country or region, ' near Duqm' for a
    place the report only measures from."""
    kinds = {p.name: p.kind for p in places}
    names = sites(event)  # "Erbil International Airport", not also "Erbil airport"
    narrow = [n for n in names if kinds.get(n, "") not in BROAD]
    if not names:
        return ""
    word = "on" if narrow and event.kind in ("attack", "strike") else "in"
    if narrow and event.kind == "withdrawal":
        word = "from"  # forces withdraw from a base, not in it
    told = (near or {}).get(event.id, {})
    if word == "on" and told and all(n in told for n in narrow):
        word = "off" if all(told[n] == "off" for n in narrow) else "near"
    return f" {word} {listing(narrow or names)}"


def _short_list(names: list[str], most: int = 4) -> str:
    if len(names) <= most:
        return listing(names)
    return listing(names[: most - 1] + [f"{len(names) - most + 1} other sites"])


def _incident(event: Event, places: list[Place], near: Near | None = None) -> str:
    """'Attack on Camp Taji with rockets on 3 Jun 2026: 4 wounded.'"""
    weapons = f" with {listing(event.weapons)}" if event.weapons else ""
    toll = _toll(event).replace("; ", ", ")
    return _cap(f"{act_noun(event)}{_at(event, places, near)}{weapons} on {when(event)}: {toll}.")


def _timeline(event: Event, places: list[Place], near: Near | None = None) -> str:
    """'18 Nov 2026: attack on al-Tanf (drones); 1 killed; 6 wounded.'"""
    toll = _toll(event)
    weapons = f" ({listing(event.weapons)})" if event.weapons else ""
    return (f"{when(event)}: {act_noun(event)}{_at(event, places, near)}{weapons}"
            + (f"; {toll}." if toll else "."))


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]
