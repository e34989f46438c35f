"""Briefings built in code for the one-pager's tests (own words; nothing from the seed)."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from pypdf import PdfReader

from briefdeck.model import (
    Briefing,
    Casualties,
    Event,
    Figure,
    Place,
    Provenance,
    Quote,
    Source,
    System,
)
from briefdeck.model.briefing import Meta, Narrative

HOSTILE = (
    "0.1 <A <0.9",
    "AT&T",
    '<img src="http://x">',
    "&nbsp; stays &amp; literal",
)


def small_briefing(status: str = "accepted") -> Briefing:
    """A compact report on a fictional garrison: one casualty event, moving forces, a system."""
    b = Briefing(
        meta=Meta(title="Garrison at Northfield thins out as radar arrives",
                  classification="UNCLASSIFIED", prepared_by="J. Analyst, J2 desk",
                  as_of="2021-05-04T09:30:00+00:00"),
        sources=[Source(id="src-1", outlet="Example Wire", headline="Forces shift north",
                        published="2021-05-03", reliability="B")],
        narrative=Narrative(
            bluf="Northfield garrison shrinks by a third while a new radar covers the valley.",
            key_points=["Two companies move to the river base within weeks.",
                        "The radar is expected to be working by the end of the month."],
            outlook="Expect further moves once the radar is accepted.",
        ),
    )
    prov = Provenance(source="src-1", start=0, end=5)
    facts = [
        ("events", Event(id="ev-1", status=status, date="2021-04-28", date_precision="day",
                         kind="attack", summary="Mortar rounds land inside Northfield camp",
                         place="Northfield", killed=1, wounded=4,
                         casualties=[Casualties(party="garrison", killed=1, wounded=4)],
                         provenance=prov, credibility=2)),
        ("events", Event(id="ev-2", status=status, date="2021-04", date_precision="month",
                         kind="announcement", summary="Ministry announces the drawdown")),
        ("places", Place(id="pl-1", status=status, name="Northfield", kind="installation",
                         country="Examplestan", lat=34.1, lon=43.2, role="withdrawal")),
        ("places", Place(id="pl-2", status=status, name="River Base", kind="installation",
                         country="Examplestan", lat=33.2, lon=44.1, role="reinforcement")),
        ("places", Place(id="pl-3", status=status, name="Old Market", kind="city",
                         country="Examplestan", lat=33.6, lon=43.7, role="mentioned")),
        ("systems", System(id="sy-1", status=status, name="Skywatch radar",
                           category="air defence", posture="arriving", place="River Base")),
        ("figures", Figure(id="fg-1", status=status, value=300, unit="troops",
                           qualifier="about", label="Troops leaving Northfield")),
        ("quotes", Quote(id="qu-1", status=status, speaker="Garrison spokesperson",
                         text="the move was long planned")),
    ]
    for kind, fact in facts:
        b.insert_fact(kind, fact)
    return b


def many_facts_briefing(count: int = 500) -> Briefing:
    """The small briefing plus `count` low-weight mentioned places and figures."""
    b = small_briefing()
    for i in range(count):
        if i % 2:
            b.insert_fact("places", Place(id=f"pl-x{i}", status="accepted",
                                          name=f"Hamlet number {i}", kind="city",
                                          country="Examplestan", role="mentioned"))
        else:
            b.insert_fact("figures", Figure(id=f"fg-x{i}", status="accepted", value=i + 1,
                                            unit="vehicles", label=f"Vehicles counted at post {i}"))
    return b


def pdf_text(data: bytes | Path) -> tuple[PdfReader, str]:
    reader = PdfReader(BytesIO(data) if isinstance(data, bytes) else data)
    return reader, "\n".join(page.extract_text() or "" for page in reader.pages)


def squash(text: str) -> str:
    """Text with all whitespace removed: PDF extraction breaks lines where the page wraps."""
    return "".join(text.split())
