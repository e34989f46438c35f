"""A toll the report has since raised is no key fact: an alert series ('three killed', then
'six killed, 11 wounded', then 'nine killed, 14 wounded') shows only the latest count, while a
second incident's own toll and a share of the toll stay."""

from __future__ import annotations

from briefdeck.compose.selection import select_facts
from briefdeck.model import Briefing, Figure
from briefdeck.model.briefing import Meta, Source
from briefdeck.model.facts import Event, Provenance

SERIES = (
    "FLASH: Drone strike on harbour, three killed - port radio.\n\n"
    "UPDATE: A drone strike on the harbour killed six people and wounded 11, the health "
    "office said.\n\n"
    "WRAP: The health office said nine people were killed and 14 wounded at the harbour. "
    "Four of the dead were dockers. A separate strike on a farm killed two people."
)


def _fig(n: int, words: str, value: float, unit: str, nth: int = 0) -> Figure:
    start = SERIES.index(words)
    for _ in range(nth):
        start = SERIES.index(words, start + 1)
    return Figure(id=f"fg-{n}", value=value, unit=unit, text=words.split()[0],
                  label=words, provenance=Provenance(start=start, end=start + len(
                      words.split()[0])))


def _briefing(figures: list[Figure]) -> Briefing:
    b = Briefing(meta=Meta(title="Harbour strike"),
                 sources=[Source(text=SERIES, published="2026-12-03")])
    b.facts.events = [
        Event(id="ev-1", date="2026-12-03", date_precision="day", kind="attack",
              summary="Drone strike on the harbour", place="Harbour", killed=9, wounded=14),
        Event(id="ev-2", date="2026-12-03", date_precision="day", kind="attack",
              summary="Strike on a farm", place="Farm", killed=2),
    ]
    b.facts.figures = figures
    return b


def _kept(figures: list[Figure]) -> list[str]:
    return [f.label for f in select_facts(_briefing(figures), include_drafts=True).of("figures")]


def test_earlier_takes_of_a_raised_toll_give_way_to_the_latest():
    figs = [_fig(1, "three killed", 3, "killed"), _fig(2, "six people", 6, "people"),
            _fig(3, "11", 11, "wounded"), _fig(4, "nine people", 9, "people"),
            _fig(5, "14 wounded", 14, "wounded")]
    assert _kept(figs) == ["nine people", "14 wounded"]


def test_another_incident_toll_and_a_share_of_the_dead_stay():
    figs = [_fig(1, "two people", 2, "people"), _fig(2, "Four of the dead", 4, "killed"),
            _fig(3, "nine people", 9, "people")]
    assert _kept(figs) == ["two people", "Four of the dead", "nine people"]


def test_a_count_that_is_not_a_toll_is_never_compared():
    figs = [_fig(1, "three killed", 3, "drones"), _fig(2, "nine people", 9, "people")]
    assert _kept(figs) == ["three killed", "nine people"]
