"""Teletext pages pasted as text: each page is one story, its toll that story's own."""

from __future__ import annotations

from pathlib import Path

from briefdeck.extract import draft_briefing
from briefdeck.ingest import read_article

_FASTEXT = " News  Sport  Weather  Travel"
_PAGES = f"""P200  TVX 200  Sun 08 Mar  08:10:02
 TVX NEWS         WORLD
----------------------------------------
 Tanker struck off Yemen coast      201
 Jets hit port in western Yemen     202
 Two villages shelled in Lebanon    203
----------------------------------------
{_FASTEXT}

P201  TVX 201  Sun 08 Mar  08:11:15
 TVX NEWS         MIDDLE EAST
 TANKER STRUCK OFF YEMEN COAST
----------------------------------------
One seaman died and two were hurt when
a drone struck an oil tanker in the
Gulf of Aden on Saturday morning, its
owner said.

It was struck near the bridge, the
owner said. Earlier reports said three
sailors had been hurt.
                      Next: Jets 202
{_FASTEXT}

P202  TVX 202  Sun 08 Mar  08:12:40
 TVX NEWS         MIDDLE EAST
 JETS HIT PORT IN WESTERN YEMEN
----------------------------------------
Warplanes struck targets around the
port of Hodeidah overnight.

The strikes hit a radar site, officials
said. The local health office said
four people were killed and 9 wounded.
                      Next: Lebanon 203
{_FASTEXT}

P203  TVX 203  Sun 08 Mar  08:13:55
 TVX NEWS         MIDDLE EAST
 TWO VILLAGES SHELLED IN LEBANON
----------------------------------------
Air raids on two villages in the south
of Lebanon killed four people on Sunday,
the Lebanese health ministry said.

It said a raid on a shop in Khiam killed
one man and a raid on a farm in the town
of Bint Jbeil killed three. Seven people
were wounded, the ministry said.
{_FASTEXT}
"""


def _events(tmp_path: Path) -> list[tuple[str, int, int, str]]:
    path = tmp_path / "pages.txt"
    path.write_text(_PAGES, encoding="utf-8")
    facts = draft_briefing(read_article(path), published="2026-03-08").facts
    return [(e.date, e.killed or 0, e.wounded or 0, e.place) for e in facts.events]


def test_a_toll_told_on_a_page_counts_that_pages_story(tmp_path: Path) -> None:
    events = _events(tmp_path)
    tolls = [(d, k, w) for d, k, w, _ in events]
    assert ("2026-03-07", 1, 2) in tolls  # the tanker: the lede's count, not the earlier one
    assert ("2026-03-08", 4, 9) in tolls  # the port's strikes: the count on their page
    # no happening of the tanker's page takes the strikes' dead, nor the earlier count
    assert not any(k == 4 and w != 9 and w != 7 for _, k, w in tolls)
    assert ("2026-03-08", 0, 3) not in tolls


def test_a_page_told_place_by_place_is_one_happening_and_its_headline_none(
    tmp_path: Path,
) -> None:
    events = _events(tmp_path)
    shelled = [e for e in events if e[0] == "2026-03-08" and e[1] in (1, 3, 4) and e[2] != 9]
    assert [(k, w) for _, k, w, _ in shelled] == [(4, 7)]
    assert "Khiam" in shelled[0][3] and "Bint Jbeil" in shelled[0][3]
    assert not any(p.isupper() for *_, p in events if p)  # a capitals headline names none
