"""US towns named with their state: "Camden, Arkansas", "Andover, Mass.", "Troy, Ala.".

Defence-industry and home-base stories place plants and units in small American towns that
share their names with bigger places elsewhere ("Camden" is also a London borough and a city in
New Jersey). The state written after the comma settles which one, so this layer trusts nothing
else: a town is read from assets/gazetteer/us_towns.tsv (every US place of 500+ people, built by
scripts/build_gazetteer.py) only when its state follows it, and then it replaces whatever the
main gazetteer had read for those words.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_left
from pathlib import Path

from briefdeck.geo.places import GazetteerEntry
from briefdeck.geo.textnorm import name_key

STATES = {
    "AL": ("Alabama", "Ala."), "AK": ("Alaska",), "AZ": ("Arizona", "Ariz."),
    "AR": ("Arkansas", "Ark."), "CA": ("California", "Calif."), "CO": ("Colorado", "Colo."),
    "CT": ("Connecticut", "Conn."), "DE": ("Delaware", "Del."), "FL": ("Florida", "Fla."),
    "GA": ("Georgia", "Ga."), "HI": ("Hawaii",), "ID": ("Idaho",), "IL": ("Illinois", "Ill."),
    "IN": ("Indiana", "Ind."), "IA": ("Iowa",), "KS": ("Kansas", "Kan."),
    "KY": ("Kentucky", "Ky."), "LA": ("Louisiana", "La."), "ME": ("Maine",),
    "MD": ("Maryland", "Md."), "MA": ("Massachusetts", "Mass."), "MI": ("Michigan", "Mich."),
    "MN": ("Minnesota", "Minn."), "MS": ("Mississippi", "Miss."), "MO": ("Missouri", "Mo."),
    "MT": ("Montana", "Mont."), "NE": ("Nebraska", "Neb."), "NV": ("Nevada", "Nev."),
    "NH": ("New Hampshire", "N.H."), "NJ": ("New Jersey", "N.J."), "NM": ("New Mexico", "N.M."),
    "NY": ("New York", "N.Y."), "NC": ("North Carolina", "N.C."),
    "ND": ("North Dakota", "N.D."), "OH": ("Ohio",), "OK": ("Oklahoma", "Okla."),
    "OR": ("Oregon", "Ore."), "PA": ("Pennsylvania", "Pa."), "RI": ("Rhode Island", "R.I."),
    "SC": ("South Carolina", "S.C."), "SD": ("South Dakota", "S.D."),
    "TN": ("Tennessee", "Tenn."), "TX": ("Texas",), "UT": ("Utah",), "VT": ("Vermont", "Vt."),
    "VA": ("Virginia", "Va."), "WA": ("Washington", "Wash."), "WV": ("West Virginia", "W.Va."),
    "WI": ("Wisconsin", "Wis."), "WY": ("Wyoming", "Wyo."), "DC": ("D.C.",),
}  # fmt: skip
_CODE = {spelling: code for code, spellings in STATES.items() for spelling in spellings}
_STATE = "|".join(re.escape(s) for s in sorted(_CODE, key=len, reverse=True))
# A state's end: no word goes on; an abbreviation's stop may end the sentence too ("Anniston,
# Ala. In case of rain"), where a capital after a full name makes another name.
_STATE_END = r"(?:(?<=\.)(?!\w)|(?![\w.]|\s+[A-Z&]))"
# Up to three capitalised words, a comma, a state; not "Alabama Republican" or "Texas A&M"
# (a capitalised word straight after the state makes it part of another name).
TOWN_STATE = re.compile(
    rf"\b((?:[A-Z][\w'’.-]*\s+){{0,2}}[A-Z][\w'’-]*),\s+({_STATE}){_STATE_END}"
)
# TOWN_STATE's tail alone, a far cheaper scan (literal comma first): no match, no town.
_STATE_AFTER_COMMA = re.compile(rf",\s+(?:{_STATE}){_STATE_END}")
# A capitalised word before the town makes it the end of a person's name ("Sen. John
# Boozman, Ark."), unless it is one that opens a place ("In Troy, Ala.").
_PREV_WORD = re.compile(r"\b([A-Z][\w'’-]*)\.?\s+$")
OPENERS = frozenset({"in", "at", "near", "from", "of", "to", "outside", "and", "the", "for",
                     "by", "on", "around", "between"})


class USTowns:
    """assets/gazetteer/us_towns.tsv, read on first use."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._rows: dict[tuple[str, str], GazetteerEntry] | None = None
        self._lock = threading.Lock()  # one gazetteer serves worker threads

    def get(self, state: str, key: tuple[str, ...]) -> GazetteerEntry | None:
        """The most populous town of that folded name in that state (postal code)."""
        with self._lock:
            if self._rows is None:
                self._rows = self._read()
        return self._rows.get((state, " ".join(key)))

    def _read(self) -> dict[tuple[str, str], GazetteerEntry]:
        rows: dict[tuple[str, str], GazetteerEntry] = {}
        for line in self._path.read_text(encoding="utf-8").splitlines():
            if not line or line.startswith("#"):
                continue
            state, key, name, lat, lon, pop = line.split("\t")
            old = rows.get((state, key))
            if old is None or int(pop) > old.population:
                rows[(state, key)] = GazetteerEntry(
                    name, "city", "United States", float(lat), float(lon), "city",
                    population=int(pop), source="geonames", notes=STATES.get(state, (state,))[0],
                )  # fmt: skip
        return rows


def state_towns(towns: USTowns, text: str) -> list[tuple[int, int, GazetteerEntry]]:
    """(start, end, town) for every "Town, State" in text whose town the state has."""
    if ", " not in text or not _STATE_AFTER_COMMA.search(text):
        return []
    out = []
    for m in TOWN_STATE.finditer(text):
        state = _CODE[m.group(2)]
        words = m.group(1).split()
        for k in range(len(words)):  # the longest name first: "Grand Prairie" before "Prairie"
            name = " ".join(words[k:])
            town = towns.get(state, name_key(name))
            if town is None:
                continue
            start = m.end(1) - len(name)
            prev = _PREV_WORD.search(text, max(0, start - 30), start)
            if prev is not None and prev.group(1).lower() not in OPENERS:
                break  # "Rep. Mike Rogers, Ala.": a person and their state
            out.append((start, m.end(1), town))
            break
    return out


# "in McConnelsville": a town named bare, after a word that opens a place
_BARE_TOWN = re.compile(r"\b(?:in|near|outside|from)\s+"
                        r"([A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*)?)(?![\w'’-])")
_NOT_TOWNS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august",
                        "september", "october", "november", "december", "monday", "tuesday",
                        "wednesday", "thursday", "friday", "saturday", "sunday", "congress",
                        "washington"})


def towns_named_again(towns: USTowns, text: str, placed: list[tuple[int, int, GazetteerEntry]],
                      taken: list[tuple[int, int]]) -> list[tuple[int, int, GazetteerEntry]]:
    """Once "ZANESVILLE, Ohio" has set the story in Ohio, "A Zanesville soldier" is that town
    again and "headquartered in McConnelsville" a town of the same state: local news names its
    towns bare after placing the first. Only after the first town with its state, only names
    nothing else read as a place (taken), and other towns only after "in", "near", "from"."""
    if not placed:
        return []
    first = min(s for s, _, _ in placed)
    spans = sorted([(s, e) for s, e, _ in placed] + list(taken))
    starts = [s for s, _ in spans]
    out: list[tuple[int, int, GazetteerEntry]] = []
    covered: set[int] = set()  # the characters of the towns found here

    def free(a: int, b: int) -> bool:  # (by bisection: a long report has many mentions)
        i = bisect_left(starts, b)
        if any(spans[j][1] > a for j in range(max(0, i - 3), i)):
            return False
        return a not in covered and b - 1 not in covered

    for town in {t.name: t for _, _, t in placed}.values():
        for m in re.finditer(rf"\b{re.escape(town.name)}\b(?!,)", text[first:]):
            a, b = first + m.start(), first + m.end()
            if free(a, b):
                out.append((a, b, town))
                covered.update(range(a, b))
    states = {_CODE.get(t.notes or "", "") for _, _, t in placed} - {""}
    if len(states) == 1:
        state = next(iter(states))
        for m in _BARE_TOWN.finditer(text, first):
            name = m.group(1)
            if name.casefold() in _NOT_TOWNS or not free(m.start(1), m.end(1)):
                continue
            town = towns.get(state, name_key(name))
            if town is not None:
                out.append((m.start(1), m.end(1), town))
                covered.update(range(m.start(1), m.end(1)))
    return out
