"""A toll the report left open ("at least 3 killed", "more than 40 wounded") reads the same way
on every surface: the page, the deck's timeline and notes, the one-pager and the app's chart.
A slide must never firm up a number the reporting did not."""

from __future__ import annotations

import json
from pathlib import Path

from pdf_fixtures import pdf_text, squash
from pptx import Presentation

from briefdeck.charts.build import figures_spec, timeline_spec
from briefdeck.charts.spec import TimelineItem
from briefdeck.compose.page import page_outline
from briefdeck.export import write_pdf, write_pptx
from briefdeck.model import Briefing, Event, Source
from briefdeck.model.tolls import event_toll


def _attack(**tolls) -> Event:
    return Event(id="ev-1", status="accepted", kind="attack", date="2024-01-28",
                 date_precision="day", summary="Drone strikes a border outpost",
                 place="Tower 22", **tolls)


def _briefing() -> Briefing:
    b = Briefing()
    b.sources.append(Source(text="A drone hit the outpost.", outlet="Test Wire"))
    b.insert_fact("events", _attack(killed=3, wounded=40, wounded_qualifier="more than"))
    b.insert_fact("events", Event(id="ev-2", status="accepted", kind="strike",
                                  date="2024-02-02", date_precision="day",
                                  summary="Retaliatory strikes on militia depots",
                                  killed=16, killed_qualifier="at least"))
    return b


def test_each_count_keeps_its_own_qualifier():
    assert event_toll(_attack(killed=3, wounded=40, wounded_qualifier="more than")) == (
        "3 killed, more than 40 wounded")
    assert event_toll(_attack(killed=5, killed_qualifier="about")) == "about 5 killed"
    assert event_toll(_attack()) == ""


def test_timeline_spec_carries_the_worded_toll_to_the_renderers():
    items = {i.fact_id: i for i in timeline_spec(_briefing().facts.events).items}
    assert items["ev-1"].toll == "3 killed, more than 40 wounded"
    assert items["ev-2"].death_toll == "at least 16 killed"
    assert items["ev-1"].killed == 3 and items["ev-1"].wounded == 40  # sizes stay numbers


def test_an_item_given_only_counts_reads_them_as_exact():
    item = TimelineItem("ev-9", "2024-01-01", "day", "Rockets", "attack", "C0392B",
                        killed=2, wounded=1)
    assert item.toll == "2 killed, 1 wounded" and item.death_toll == "2 killed"


def test_casualty_bars_name_the_open_toll_a_bar_cannot_show():
    spec = figures_spec(_briefing().facts.events, [])
    assert spec.categories == ("Tower 22, 28 Jan 2024 (more than 40 wounded)",
                               "Strike, 2 Feb 2024 (at least 16 killed)")


def test_page_line_keeps_at_least_and_more_than():
    facts = {f.fact_id: f for f in page_outline(_briefing()).facts}
    assert "3 killed and more than 40 wounded" in facts["ev-1"].text
    assert "at least 16 killed" in facts["ev-2"].text


def test_deck_timeline_and_notes_keep_the_qualifiers(tmp_path: Path):
    write_pptx(_briefing(), tmp_path / "d.pptx")
    deck = Presentation(str(tmp_path / "d.pptx"))
    shapes = " ".join(sh.text_frame.text for s in deck.slides for sh in s.shapes
                      if sh.has_text_frame)
    notes = " ".join(s.notes_slide.notes_text_frame.text for s in deck.slides
                     if s.has_notes_slide)
    assert "more than 40 wounded" in shapes and "at least 16 killed" in shapes
    assert "at least 16 killed" in notes
    assert "(16 killed)" not in shapes + notes


def test_one_pager_keeps_the_qualifiers(tmp_path: Path):
    write_pdf(_briefing(), tmp_path / "p.pdf")
    _, text = pdf_text(tmp_path / "p.pdf")
    assert squash("at least 16 killed") in squash(text)
    assert squash("more than 40 wounded") in squash(text)


def test_a_saved_briefing_keeps_the_qualifiers_and_an_old_one_reads_exact(tmp_path: Path):
    from briefdeck.model.io import load, save

    save(_briefing(), tmp_path / "b.json")
    again = load(tmp_path / "b.json")
    assert again.facts.events[0].wounded_qualifier == "more than"
    raw = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))
    for ev in raw["facts"]["events"]:  # written before tolls had qualifiers
        ev.pop("killed_qualifier"), ev.pop("wounded_qualifier")
    (tmp_path / "old.json").write_text(json.dumps(raw), encoding="utf-8")
    old = load(tmp_path / "old.json")
    assert old.facts.events[1].killed_qualifier == "exact"


def test_a_long_summary_gives_way_to_the_toll_on_the_deck_timeline(tmp_path: Path):
    b = _briefing()
    b.set_fact_field("events", "ev-1", "summary", "A one-way attack drone launched from "
                     "across the border struck the living quarters of a small logistics outpost "
                     "before dawn while most of the soldiers were asleep in their containers")
    write_pptx(b, tmp_path / "d.pptx")
    deck = Presentation(str(tmp_path / "d.pptx"))
    labels = [sh.text_frame.text for s in deck.slides for sh in s.shapes
              if sh.name == "Label: ev-1"]
    assert labels and labels[0].endswith("(3 killed, more than 40 wounded)")


def test_an_open_toll_labels_its_bar_as_it_reads_in_the_deck_and_on_the_page(tmp_path: Path):
    spec = figures_spec(_briefing().facts.events, [])
    assert [s.marks for s in spec.series] == [("", "\u2265"), (">", "")]
    write_pptx(_briefing(), tmp_path / "d.pptx")
    deck = Presentation(str(tmp_path / "d.pptx"))
    chart = next(sh.chart for s in deck.slides for sh in s.shapes if sh.has_chart)
    wounded = chart.plots[0].series[1]
    assert wounded.points[0].data_label.text_frame.text == ">40"
    assert wounded.data_labels.show_value  # the series' other bars keep their numbers
    from briefdeck.export.pdf.chartdraw import _mark

    assert _mark(spec, 0) == ">" and _mark(spec, 1) == "\u2265"


def test_a_long_claimed_toll_leaves_the_timeline_label_a_line_of_what_happened(tmp_path: Path):
    b = _briefing()
    b.set_fact_field("events", "ev-1", "summary", "MQ-9 Reaper strike in Al-Qaim")
    b.set_fact_field("events", "ev-1", "toll_claimed_by",
                     "Popular Mobilization Forces and the Islamic Resistance in Iraq")
    write_pptx(b, tmp_path / "d.pptx")
    deck = Presentation(str(tmp_path / "d.pptx"))
    label = next(sh for s in deck.slides for sh in s.shapes if sh.name == "Label: ev-1")
    paragraphs = [p.text for p in label.text_frame.paragraphs]
    assert paragraphs[1].startswith("MQ-9"), paragraphs  # not a bare "…"
    # (too long to fit beside it whole: the claimants by initials, the notes name them)
    assert paragraphs[-1].endswith("; according to PMF and IRI)")
