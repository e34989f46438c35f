"""A small briefing written for the deck tests (invented wording, not the seed article)."""

from __future__ import annotations

from briefdeck.model.briefing import Briefing, Meta, Narrative, Source
from briefdeck.model.facts import (
    Attribution,
    Event,
    Figure,
    Person,
    Place,
    Provenance,
    Quote,
    System,
)

SOURCE_TEXT = (
    "Coalition engineers began closing the river outpost at Alpha Ford this week. "
    "About 1,200 soldiers will move north to Bravo Field by the end of the month. "
    "A battery of interceptors reached Bravo Field on Tuesday, officials said. "
    "Rockets struck Charlie Camp on 11 March, killing two soldiers and wounding four. "
    "A second salvo on 14 March wounded three more. "
    "\"We are not leaving the region,\" a spokesperson told reporters."
)


def _span(words: str) -> Provenance:
    start = SOURCE_TEXT.index(words)
    return Provenance(source="src-1", start=start, end=start + len(words))


def make_briefing(status: str = "accepted") -> Briefing:
    """Every fact accepted (or all `status`), one CONFIDENTIAL figure, one draft system."""
    b = Briefing(
        meta=Meta(title="Forces regroup along the river", classification="UNCLASSIFIED",
                  prepared_by="J2 Test Cell", as_of="2020-03-16T18:00:00+00:00"),
        sources=[Source(id="src-1", outlet="Test Wire", headline="Outposts close as units move",
                        published="2020-03-16", text=SOURCE_TEXT, reliability="B")],
        narrative=Narrative(
            bluf="U.S. and coalition units leave Alpha Ford for Bravo Field. Air defences "
                 "arrive as rocket fire continues.",
            key_points=["Alpha Ford closes this month.", "Bravo Field gains interceptors."],
            outlook="Expect more moves onto fewer, better-defended sites.",
        ),
    )
    facts = [
        ("places", Place(id="pl-1", name="Alpha Ford", kind="installation", country="Iraq",
                         lat=34.4, lon=41.1, role="withdrawal",
                         provenance=_span("Alpha Ford"))),
        ("places", Place(id="pl-2", name="Bravo Field", kind="installation", country="Iraq",
                         lat=36.2, lon=43.9, role="reinforcement",
                         provenance=_span("Bravo Field"))),
        ("places", Place(id="pl-3", name="Charlie Camp", kind="installation", country="Iraq",
                         lat=33.5, lon=44.3, role="attack target",
                         provenance=_span("Charlie Camp"))),
        ("figures", Figure(id="fg-1", value=1200, unit="soldiers", qualifier="about",
                           text="about 1,200 soldiers", label="Soldiers moving north",
                           provenance=_span("About 1,200 soldiers"))),
        ("figures", Figure(id="fg-2", value=3, unit="batteries", label="Held figure",
                           marking="C", note="From a held report; no source text.")),
        ("events", Event(id="ev-1", date="2020-03-11", date_precision="day", kind="attack",
                         summary="Rockets hit Charlie Camp", place="Charlie Camp", killed=2,
                         wounded=4, provenance=_span("Rockets struck Charlie Camp"))),
        ("events", Event(id="ev-2", date="2020-03-14", date_precision="day", kind="attack",
                         summary="Second salvo on Charlie Camp", place="Charlie Camp",
                         wounded=3, provenance=_span("A second salvo"))),
        ("systems", System(id="sy-1", name="Interceptor battery", category="air defence",
                           posture="arriving", place="Bravo Field",
                           provenance=_span("A battery of interceptors"))),
        ("people", Person(id="pe-1", name="Dana Reyes", title="spokesperson")),
        ("quotes", Quote(id="qu-1", speaker="a spokesperson",
                         text="We are not leaving the region",
                         provenance=_span("We are not leaving the region"))),
        ("attributions", Attribution(id="at-1", text="officials said", kind="anonymous official",
                                     provenance=_span("officials said"))),
    ]
    for kind, fact in facts:
        b.insert_fact(kind, fact)
        b.set_fact_field(kind, fact.id, "status", status)
    if status == "accepted":  # one fact nobody has reviewed yet
        b.insert_fact("systems", System(id="sy-2", name="Unreviewed radar", posture="deployed"))
    return b
