"""A small briefing written for the GUI tests (own words; not the seed article's prose)."""

from __future__ import annotations

from briefdeck.model import (
    Briefing,
    Event,
    Figure,
    Meta,
    Narrative,
    Place,
    Provenance,
    Quote,
    Source,
    Span,
    System,
)
from briefdeck.model.briefing import Facts

HEADLINE = "Coalition to pull troops back from three small Iraqi bases"
BOILER = "Subscribe to our newsletter for more stories like this one.\n\n"
TEXT = (
    HEADLINE + "\n\n" + BOILER
    + "Defence officials said several hundred coalition troops will leave small bases at "
    "al-Qaim and Qayyarah West, and perhaps K-1 near Kirkuk, over the coming weeks.\n\n"
    "A rocket barrage hit Camp Taji on 11 March, killing three service members. "
    "\"We will keep advising our partners from other bases,\" a spokesperson told reporters.\n\n"
    "Patriot air defence batteries are expected to arrive in Iraq later.\n"
)


def span(words: str, after: int = 0) -> Provenance:
    start = TEXT.index(words, after)
    return Provenance(source="src-1", start=start, end=start + len(words))


def sample_briefing() -> Briefing:
    bp_start = TEXT.index(BOILER)
    source = Source(
        id="src-1", outlet="Test Wire", headline=HEADLINE, published="2020-03-16",
        text=TEXT, boilerplate=[Span(start=bp_start, end=bp_start + len(BOILER))],
        reliability="B",
    )
    facts = Facts(
        places=[
            Place(id="pl-1", name="al-Qaim", kind="installation", country="IQ", lat=34.37,
                  lon=41.09, role="withdrawal", provenance=span("al-Qaim")),
            Place(id="pl-2", name="Qayyarah West", kind="installation", country="IQ",
                  lat=35.77, lon=43.13, role="withdrawal", provenance=span("Qayyarah West")),
            Place(id="pl-3", name="K-1", kind="installation", country="IQ", lat=35.51,
                  lon=44.35, role="withdrawal", provenance=span("K-1")),
            Place(id="pl-4", name="Camp Taji", kind="installation", country="IQ", lat=33.53,
                  lon=44.26, role="attack target", provenance=span("Camp Taji")),
        ],
        figures=[
            Figure(id="fg-1", value=300, qualifier="about", unit="troops",
                   text="several hundred", label="Troops leaving small bases",
                   provenance=span("several hundred")),
            Figure(id="fg-2", value=3, unit="killed", text="three", label="Killed at Taji",
                   provenance=span("three")),
        ],
        events=[
            Event(id="ev-1", date="2020-03-11", date_precision="day", date_text="on 11 March",
                  kind="attack", summary="Rocket barrage on Camp Taji", place="Camp Taji",
                  weapons=["rockets"], killed=3, provenance=span("A rocket barrage")),
            Event(id="ev-2", date="2020-03", date_precision="month", kind="withdrawal",
                  summary="Troops leave small bases", place="al-Qaim",
                  provenance=span("will leave small bases")),
        ],
        systems=[
            System(id="sy-1", name="Patriot", category="air defence", posture="arriving",
                   provenance=span("Patriot")),
        ],
        quotes=[
            Quote(id="qu-1", speaker="coalition spokesperson",
                  text="We will keep advising our partners from other bases",
                  provenance=span("We will keep advising our partners from other bases")),
        ],
    )
    return Briefing(
        meta=Meta(title="Coalition consolidation in Iraq", prepared_by="J2 desk",
                  as_of="2020-03-16T12:00:00+00:00"),
        sources=[source],
        narrative=Narrative(bluf="The coalition is consolidating into fewer, larger bases.",
                            key_points=["Three small bases to close", "Air defence arriving"],
                            outlook="Further attacks on remaining bases are likely."),
        facts=facts,
    )
