"""The one-pager's outline: which facts matter most, how they read, what the page shows."""

from __future__ import annotations

from briefdeck.charts import BarSpec, ChartSet, MapSpec, TimelineSpec
from briefdeck.charts.spec import TimelineItem
from briefdeck.compose.figure_words import figure_amount
from briefdeck.compose.page import event_date_label, page_outline
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

NO_CHARTS = ChartSet(MapSpec("Places", (0, 0, 1, 1), ()), TimelineSpec("Timeline", ()),
                     BarSpec("Figures", (), ()))


def _briefing(status: str = "accepted") -> Briefing:
    b = Briefing(meta=Meta(title="  Depot raid  ", classification="CUI",
                           as_of="2022-02-01T06:00:00+00:00", prepared_by="Desk 4"),
                 sources=[Source(id="src-1", outlet="Example Daily", published="2022-01-31",
                                 reliability="C")],
                 narrative=Narrative(bluf="Depot raided.", key_points=["One", " ", "Two"]))
    for kind, fact in [
        ("quotes", Quote(id="qu-1", status=status, speaker="A mayor", text="calm returned")),
        ("places", Place(id="pl-1", status=status, name="Side Street", role="mentioned")),
        ("figures", Figure(id="fg-1", status=status, value=40, unit="trucks",
                           label="Trucks seen")),
        ("systems", System(id="sy-1", status=status, name="Gun battery", posture="deployed")),
        ("places", Place(id="pl-2", status=status, name="East Depot", kind="installation",
                         role="attack target")),
        ("events", Event(id="ev-1", status=status, kind="announcement",
                         summary="Curfew announced", date="2022-01-30", date_precision="day")),
        ("events", Event(id="ev-2", status=status, kind="attack", summary="Depot raided",
                         date="2022-01-29", date_precision="day", place="East Depot",
                         killed=2, wounded=1, marking="C", credibility=3,
                         provenance=Provenance(source="src-1", start=0, end=4))),
        ("events", Event(id="ev-3", status="rejected", kind="attack", summary="Rumoured raid")),
    ]:
        b.insert_fact(kind, fact)
    return b


def test_facts_ranked_casualty_event_first_and_context_place_last() -> None:
    ranked = [f.fact_id for f in page_outline(_briefing(), charts=NO_CHARTS).facts]
    assert ranked[0] == "ev-2"  # people hurt, on a known date
    assert ranked.index("pl-2") < ranked.index("sy-1") < ranked.index("fg-1")
    assert ranked.index("fg-1") < ranked.index("qu-1") < ranked.index("pl-1")
    assert ranked.index("ev-1") < ranked.index("fg-1")
    assert ranked[-1] == "pl-1"


def test_rejected_facts_never_reach_the_page() -> None:
    ids = {f.fact_id for f in page_outline(_briefing(), charts=NO_CHARTS).facts}
    assert "ev-3" not in ids and len(ids) == 7


def test_reading_order_puts_events_by_date_before_places() -> None:
    outline = page_outline(_briefing(), charts=NO_CHARTS)
    order = [f.fact_id for f in outline.reading_order(outline.facts)]
    assert order[:2] == ["ev-2", "ev-1"]  # 29 Jan before 30 Jan
    assert order.index("pl-2") < order.index("sy-1") < order.index("fg-1") < order.index("qu-1")


def test_event_line_has_date_lead_casualties_mark_and_grade() -> None:
    outline = page_outline(_briefing(), charts=NO_CHARTS)
    raid = next(f for f in outline.facts if f.fact_id == "ev-2")
    assert raid.lead == "29 Jan 2022"
    assert "2 killed" in raid.text and "1 wounded" in raid.text
    assert raid.text.startswith("Depot raided (East Depot)")  # the place, when not named
    assert raid.mark == "C" and raid.grade == "C3"


def test_event_names_the_place_once() -> None:
    b = _briefing()
    b.set_fact_field("events", "ev-2", "summary", "Raid on East Depot")
    raid = next(f for f in page_outline(b, charts=NO_CHARTS).facts if f.fact_id == "ev-2")
    assert raid.text.count("East Depot") == 1


def test_casualties_by_party_are_summed() -> None:
    b = _briefing()
    b.set_fact_field("events", "ev-2", "casualties", [
        Casualties(party="guards", killed=1, wounded=2), Casualties(party="drivers", killed=3)])
    raid = next(f for f in page_outline(b, charts=NO_CHARTS).facts if f.fact_id == "ev-2")
    assert "4 killed" in raid.text and "2 wounded" in raid.text
    # each party's dead and wounded apart, so that the parts add up to the toll
    assert "(guards: 1 killed, 2 wounded; drivers: 3 killed)" in raid.text


def test_outline_carries_header_banner_and_sources() -> None:
    outline = page_outline(_briefing(), charts=NO_CHARTS)
    assert outline.title == "Depot raid"
    assert outline.as_of == "010600ZFEB22"
    assert outline.marking == "C" and outline.banner == "CONFIDENTIAL" and not outline.draft
    assert outline.key_points == ("One", "Two")
    assert outline.sources[0].reliability == "C" and outline.sources[0].published == "31 Jan 2022"


def test_nothing_reviewed_makes_a_draft_outline() -> None:
    outline = page_outline(_briefing(status="draft"), charts=NO_CHARTS)
    assert outline.draft and outline.banner.endswith("// DRAFT")


def test_chart_choice_prefers_a_timeline_of_two_or_more_events() -> None:
    item = TimelineItem("ev-1", "2022-01-01", "day", "x", "attack", "DC2626")
    two = ChartSet(NO_CHARTS.map, TimelineSpec("T", (item, item)), NO_CHARTS.figures)
    one = ChartSet(NO_CHARTS.map, TimelineSpec("T", (item,)),
                   BarSpec("F", ("a",), ()))
    assert page_outline(_briefing(), charts=two).chart == "timeline"
    assert page_outline(_briefing(), charts=NO_CHARTS).chart == ""
    assert page_outline(_briefing(), charts=one).chart == "timeline"  # bars without series


def test_figure_amounts_read_as_written() -> None:
    assert figure_amount(Figure(id="f", value=5200, unit="personnel",
                                qualifier="about")) == "about 5,200 personnel"
    assert figure_amount(Figure(id="f", value=200, value_high=300, unit="troops",
                                qualifier="range")) == "200\u2013300 troops"
    assert figure_amount(Figure(id="f", value=2.5, unit="km")) == "2.5 km"


def test_a_figure_whose_label_only_spells_the_amount_reads_once() -> None:
    b = Briefing(meta=Meta(title="Drones", as_of="2022-02-01T06:00:00+00:00"),
                 sources=[Source(id="src-1", outlet="Example Daily", published="2022-01-31")])
    b.facts.figures = [
        Figure(id="f1", value=4, unit="drones", text="four", label="four drones",
               status="accepted"),
        Figure(id="f2", value=300, unit="troops", qualifier="about", text="a few hundred",
               label="a few hundred troops in Syria", status="accepted")]
    lines = {f.fact_id: (f.lead, f.text) for f in page_outline(b, charts=NO_CHARTS).facts}
    assert lines["f1"] == ("four drones", "")  # as written, not a value made from a word
    assert lines["f2"] == ("a few hundred troops", "in Syria")


def test_event_dates_follow_their_precision() -> None:
    assert event_date_label("2020-03-11", "day") == "11 Mar 2020"
    assert event_date_label("2020-03", "month") == "Mar 2020"
    assert event_date_label("2020-03-01", "month") == "Mar 2020"
    assert event_date_label("2020", "year") == "2020"
    assert event_date_label(None) == ""


def test_a_place_without_a_point_says_it_is_not_on_the_map() -> None:
    facts = {f.fact_id: f for f in page_outline(_briefing(), charts=NO_CHARTS).facts}
    assert facts["pl-2"].text.endswith("not on the map")
    b = _briefing()
    b.facts.places[1].lat, b.facts.places[1].lon = 33.3, 44.4
    placed = {f.fact_id: f for f in page_outline(b, charts=NO_CHARTS).facts}
    assert "map" not in placed["pl-2"].text


def test_a_party_the_report_does_not_name_is_not_written_out() -> None:
    b = _briefing()
    b.set_fact_field("events", "ev-2", "casualties", [Casualties(party="unspecified", killed=2)])
    raid = next(f for f in page_outline(b, charts=NO_CHARTS).facts if f.fact_id == "ev-2")
    assert raid.text.endswith("; 2 killed and 1 wounded") and "unspecified" not in raid.text
    b.set_fact_field("events", "ev-2", "casualties", [
        Casualties(party="U.S.", wounded=5), Casualties(party="unspecified", wounded=2)])
    raid = next(f for f in page_outline(b, charts=NO_CHARTS).facts if f.fact_id == "ev-2")
    assert raid.text.endswith("7 wounded (U.S. 5)")  # the rest told of no party: nothing said
    b.set_fact_field("events", "ev-2", "casualties", [
        Casualties(party="U.S.", killed=1, wounded=2), Casualties(party="unspecified", killed=1)])
    raid = next(f for f in page_outline(b, charts=NO_CHARTS).facts if f.fact_id == "ev-2")
    assert raid.text.endswith("2 killed and 2 wounded (U.S.: 1 killed, 2 wounded)")


def test_who_was_hurt_and_whose_word_it_is_share_one_pair_of_brackets() -> None:
    b = _briefing()
    b.set_fact_field("events", "ev-2", "casualties", [Casualties(party="fighters", killed=2)])
    b.set_fact_field("events", "ev-2", "toll_claimed_by", "the Militia")
    raid = next(f for f in page_outline(b, charts=NO_CHARTS).facts if f.fact_id == "ev-2")
    assert raid.text.endswith("2 killed and 1 wounded (fighters; according to the Militia)")
    assert ") (" not in raid.text
