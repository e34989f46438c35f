"""The deck read back with python-pptx: slides, texts, banners, notes, charts, map, timeline."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.enum.chart import XL_CHART_TYPE
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pptx.util import Emu

sys.path.insert(0, str(Path(__file__).parent))
from pptx_fixtures import SOURCE_TEXT, make_briefing  # noqa: E402

from briefdeck.export.pptx import write_pptx  # noqa: E402
from briefdeck.model.marking import BANNER_COLOURS  # noqa: E402


@pytest.fixture(scope="module")
def deck_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("deck") / "brief.pptx"
    write_pptx(make_briefing(), path)
    return path


@pytest.fixture(scope="module")
def deck(deck_path):
    return Presentation(str(deck_path))


def titles(prs) -> list[str]:
    return [s.shapes.title.text_frame.text if s.shapes.title else "" for s in prs.slides]


def slide_titled(prs, title: str):
    return next(s for s in prs.slides if s.shapes.title.text_frame.text == title)


def body_texts(slide) -> list[str]:
    body = next(ph for ph in slide.placeholders if ph.placeholder_format.idx == 1)
    return [p.text for p in body.text_frame.paragraphs]


def test_deck_is_16_9(deck):
    assert deck.slide_width * 9 == deck.slide_height * 16


def test_slides_follow_the_briefing_story_in_order(deck):
    assert titles(deck) == [
        "Forces regroup along the river", "Bottom line up front", "Situation", "Key facts",
        "Actors", "Places in the report", "Casualties by event", "Timeline of events",
        "Systems and posture", "In their words", "Outlook", "Sources and reliability",
    ]


def test_cover_shows_classification_preparer_and_dtg(deck):
    cover = deck.slides[0]
    words = " ".join(sh.text_frame.text for sh in cover.shapes if sh.has_text_frame)
    assert "Prepared by: J2 Test Cell" in words
    assert "161800ZMAR20" in words
    assert "CONFIDENTIAL" in words  # the held figure raises the whole deck's level


def test_every_slide_has_banners_top_and_bottom(deck):
    for slide in deck.slides:
        banners = [sh for sh in slide.shapes if sh.name.startswith("Classification banner")]
        assert len(banners) == 2
        tops = sorted(sh.top for sh in banners)
        assert tops[0] == 0
        assert tops[1] + banners[0].height == deck.slide_height


def test_banner_takes_the_highest_marking_of_the_facts_on_the_slide(deck):
    def banner(slide):
        return next(sh for sh in slide.shapes if sh.name == "Classification banner (top)")

    facts = banner(slide_titled(deck, "Key facts"))
    assert facts.text_frame.text == "CONFIDENTIAL"
    assert str(facts.fill.fore_color.rgb) == BANNER_COLOURS["C"][0]
    assert banner(slide_titled(deck, "Systems and posture")).text_frame.text == "UNCLASSIFIED"


def test_bullets_carry_portion_marks(deck):
    bullets = body_texts(slide_titled(deck, "Key facts"))
    assert bullets == ["(U) Soldiers moving north: about 1,200 soldiers",
                       "(C) Held figure: 3 batteries"]


def test_only_accepted_facts_by_default(deck):
    systems = body_texts(slide_titled(deck, "Systems and posture"))
    assert not any("Unreviewed radar" in b for b in systems)


def test_include_drafts_adds_drafts_and_marks_the_deck_draft(tmp_path):
    report = write_pptx(make_briefing(), tmp_path / "d.pptx", include_drafts=True)
    prs = Presentation(str(tmp_path / "d.pptx"))
    assert report.draft
    systems = body_texts(slide_titled(prs, "Systems and posture"))
    assert any("Unreviewed radar" in b for b in systems)
    for slide in prs.slides:
        top = next(sh for sh in slide.shapes if sh.name == "Classification banner (top)")
        assert top.text_frame.text.endswith("// DRAFT")


def test_unreviewed_briefing_uses_drafts_and_is_marked_draft(tmp_path):
    report = write_pptx(make_briefing(status="draft"), tmp_path / "d.pptx")
    prs = Presentation(str(tmp_path / "d.pptx"))
    assert report.draft
    assert "(U) Soldiers moving north: about 1,200 soldiers" in body_texts(
        slide_titled(prs, "Key facts"))
    assert "DRAFT" in prs.slides[0].shapes[2].text_frame.text


def test_notes_give_the_source_sentence_behind_each_bullet(deck):
    notes = slide_titled(deck, "Key facts").notes_slide.notes_text_frame.text
    sentence = "About 1,200 soldiers will move north to Bravo Field by the end of the month."
    assert sentence in SOURCE_TEXT and sentence in notes
    assert "reliability B" in notes


def test_notes_fall_back_to_the_fact_itself_without_source_text(deck):
    notes = slide_titled(deck, "Key facts").notes_slide.notes_text_frame.text
    assert "Held figure: 3 batteries" in notes.split("(C) Held figure: 3 batteries", 1)[1]
    assert "From a held report" in notes


def test_every_content_slide_has_speaker_notes(deck):
    for slide in list(deck.slides)[1:]:
        assert slide.has_notes_slide and slide.notes_slide.notes_text_frame.text.strip()


def test_casualties_are_a_native_stacked_bar_chart_with_the_briefing_numbers(deck):
    frame = next(sh for sh in slide_titled(deck, "Casualties by event").shapes if sh.has_chart)
    chart = frame.chart
    assert chart.chart_type == XL_CHART_TYPE.BAR_STACKED
    assert not chart.has_title  # no phantom series-name title
    assert list(chart.plots[0].categories) == ["Charlie Camp, 11 Mar 2020",
                                               "Charlie Camp, 14 Mar 2020"]
    values = {s.name: list(s.values) for s in chart.series}
    assert values == {"Killed": [2.0, 0.0], "Wounded": [4.0, 3.0]}


def _all_shapes(shapes):
    for shape in shapes:
        yield shape
        if shape.shape_type == MSO_SHAPE_TYPE.GROUP:
            yield from _all_shapes(shape.shapes)


def test_map_is_editable_vector_shapes_inside_the_map_frame(deck):
    slide = slide_titled(deck, "Places in the report")
    shapes = list(_all_shapes(slide.shapes))
    frame = next(sh for sh in shapes if sh.name == "Map frame")
    countries = [sh for sh in shapes if sh.name.startswith("Country: ")]
    assert "Country: Iraq" in {c.name for c in countries}
    assert all(c.shape_type == MSO_SHAPE_TYPE.FREEFORM for c in countries)
    for sh in countries + [s for s in shapes if s.name.startswith(("Place: ", "Label: "))]:
        assert frame.left - 1 <= sh.left and sh.left + sh.width <= frame.left + frame.width + 1
        assert frame.top - 1 <= sh.top and sh.top + sh.height <= frame.top + frame.height + 1
    assert frame.left + frame.width <= deck.slide_width


def test_map_marks_each_place_in_its_role_colour_with_a_label_and_legend(deck):
    shapes = list(_all_shapes(slide_titled(deck, "Places in the report").shapes))
    markers = {sh.name: str(sh.fill.fore_color.rgb) for sh in shapes
               if sh.name.startswith("Place: ")}
    assert markers == {"Place: pl-1": "D97706", "Place: pl-2": "2563EB", "Place: pl-3": "DC2626"}
    labels = {sh.text_frame.text for sh in shapes if sh.name.startswith("Label: ")}
    assert labels == {"Alpha Ford", "Bravo Field", "Charlie Camp"}
    legend = {sh.text_frame.text for sh in shapes if sh.name.startswith("Legend text: ")}
    assert legend == {"Withdrawal", "Reinforcement", "Attack target"}


def test_timeline_has_a_marker_and_dated_label_per_event(deck):
    slide = slide_titled(deck, "Timeline of events")
    markers = [sh for sh in slide.shapes if sh.name.startswith("Event: ")]
    labels = {sh.name: sh.text_frame.text for sh in slide.shapes if sh.name.startswith("Label: ev")}
    assert len(markers) == 2
    assert labels["Label: ev-1"].startswith("11 Mar 2020")
    assert "Second salvo" in labels["Label: ev-2"]


def test_footer_names_the_source_and_as_of_time_and_numbers_slides(deck):
    for number, slide in enumerate(deck.slides, 1):
        footer = next(sh for sh in slide.shapes if sh.name == "Footer")
        assert "Test Wire" in footer.text_frame.text and "161800ZMAR20" in footer.text_frame.text
        box = next(sh for sh in slide.shapes if sh.name == "Slide number")
        field = box._element.xpath(".//a:fld")
        assert field and field[0].get("type") == "slidenum"
        assert box.text_frame.text == str(number)


def test_document_properties_come_from_the_briefing(deck):
    props = deck.core_properties
    assert props.title == "Forces regroup along the river"
    assert props.author == "J2 Test Cell"
    assert props.created.isoformat().startswith("2020-03-16T18:00")
    assert props.modified == props.created
    assert "CONFIDENTIAL" in props.subject


def _text_of(path: Path) -> list[list[str]]:
    prs = Presentation(str(path))
    return [[sh.name + "=" + (sh.text_frame.text if sh.has_text_frame else "")
             for sh in _all_shapes(s.shapes)] + [s.notes_slide.notes_text_frame.text]
            for s in prs.slides]


def test_same_briefing_exports_the_same_slides_and_text(tmp_path, deck_path):
    again = tmp_path / "again.pptx"
    write_pptx(make_briefing(), again)
    assert _text_of(again) == _text_of(deck_path)


def test_no_placeholder_relies_on_autofit(deck):
    for slide in deck.slides:
        for sh in slide.shapes:
            if sh.has_text_frame:
                body_pr = sh.text_frame._txBody.bodyPr
                assert body_pr.find("{*}normAutofit") is None
                assert body_pr.find("{*}spAutoFit") is None


def test_chart_shapes_stay_on_the_slide(deck):
    for slide in deck.slides:
        for sh in _all_shapes(slide.shapes):
            if sh.width is None:
                continue
            assert 0 <= sh.left and sh.left + sh.width <= deck.slide_width + Emu(1)
            assert 0 <= sh.top and sh.top + sh.height <= deck.slide_height + Emu(1)


def test_same_briefing_gives_a_byte_identical_deck(tmp_path):
    import time
    import zipfile

    first, second = tmp_path / "a.pptx", tmp_path / "b.pptx"
    write_pptx(make_briefing(), first)
    time.sleep(1.1)  # zip entries are stamped to the second
    write_pptx(make_briefing(), second)
    assert first.read_bytes() == second.read_bytes()
    with zipfile.ZipFile(first) as deck:  # still a deck with its chart workbooks inside
        assert any(n.endswith(".xlsx") for n in deck.namelist())
        assert deck.testzip() is None


def test_notes_say_a_source_is_not_yet_graded_rather_than_grade_f(tmp_path):
    briefing = make_briefing()
    briefing.set_source_field("src-1", "reliability", "")
    write_pptx(briefing, tmp_path / "u.pptx")
    deck = Presentation(str(tmp_path / "u.pptx"))
    notes = slide_titled(deck, "Key facts").notes_slide.notes_text_frame.text
    assert "reliability not yet graded" in notes and "reliability F" not in notes
