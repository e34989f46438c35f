"""The deck writer against awkward input: hostile text, long lists, user templates, errors."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from pptx import Presentation

sys.path.insert(0, str(Path(__file__).parent))
from pptx_fixtures import make_briefing  # noqa: E402

from briefdeck.compose import fit  # noqa: E402
from briefdeck.compose.fit import Box, TextStyle  # noqa: E402
from briefdeck.errors import ExportError  # noqa: E402
from briefdeck.export.pptx import write_pptx  # noqa: E402
from briefdeck.model.facts import Figure  # noqa: E402

EMU_PER_PT = 12700


def _titles(prs) -> list[str]:
    return [s.shapes.title.text_frame.text for s in prs.slides]


def _body(slide):
    return next(ph for ph in slide.placeholders if ph.placeholder_format.idx == 1)


def test_control_characters_and_markup_do_not_break_the_file(tmp_path):
    b = make_briefing()
    b.set_fact_field("figures", "fg-1", "label", "Bell\x07 <b>bold</b> & \x1b[31mred\x0b line")
    b.set_meta("title", "Regroup <script>alert(1)</script>\x00")
    b.set_fact_field("places", "pl-1", "name", "Alpha\x01 Ford\x0c")  # on the map, in the notes
    b.set_source_field("src-1", "outlet", "Test\x02 Wire")
    b.set_narrative("bluf", "Units leave Alpha\x01 Ford\x0c today.")
    write_pptx(b, tmp_path / "x.pptx")
    prs = Presentation(str(tmp_path / "x.pptx"))
    facts = next(s for s in prs.slides if s.shapes.title.text_frame.text == "Key facts")
    first = _body(facts).text_frame.paragraphs[0].text
    assert first.startswith("(U) Bell <b>bold</b> & [31mred line")
    assert prs.core_properties.title == "Regroup <script>alert(1)</script>"
    xml = b"".join(part.blob for part in prs.part.package.iter_parts()
                   if part.partname.endswith(".xml"))
    assert b"_x0007_" not in xml and b"\x07" not in xml


def test_very_long_names_are_cut_to_fit_on_the_slide_and_map(tmp_path):
    b = make_briefing()
    long_name = "Installation" + "X" * 400
    b.set_fact_field("places", "pl-1", "name", long_name)
    b.set_fact_field("figures", "fg-1", "label", "word " * 600)
    write_pptx(b, tmp_path / "long.pptx")
    prs = Presentation(str(tmp_path / "long.pptx"))
    label = next(sh for s in prs.slides for sh in s.shapes if sh.name == "Label: pl-1")
    assert label.text_frame.text.endswith("…") and len(label.text_frame.text) < 60
    assert label.left + label.width <= prs.slide_width


def _measured_height(frame, width_pt: float, indent: float) -> float:
    paras = frame.paragraphs
    size = paras[0].runs[0].font.size.pt
    gap = paras[1].space_before.pt if len(paras) > 1 else 0.0
    style = TextStyle(size, gap=gap, indent=indent)
    return fit.block_height([p.text for p in paras], width_pt, style)


def test_many_facts_continue_on_numbered_slides_that_each_fit(tmp_path):
    b = make_briefing()
    for n in range(3, 60):
        label = f"Convoy {n} seen on the northern road near the ford"
        b.insert_fact("figures", Figure(id=f"fg-{n}", value=n, unit="vehicles",
                                        status="accepted", label=label))
    write_pptx(b, tmp_path / "many.pptx")
    prs = Presentation(str(tmp_path / "many.pptx"))
    parts = [t for t in _titles(prs) if t.startswith("Key facts")]
    assert len(parts) > 2 and parts[0] == f"Key facts (1 of {len(parts)})"
    shown = [p.text for s in prs.slides if s.shapes.title.text_frame.text.startswith("Key facts")
             for p in _body(s).text_frame.paragraphs]
    assert len(shown) == 59  # every figure, none lost between slides
    for slide in prs.slides:
        if slide.shapes.title.text_frame.text.startswith("Key facts"):
            body = _body(slide)
            room = Box((body.width - 2 * 91440) / EMU_PER_PT,
                       (body.height - 2 * 45720) / EMU_PER_PT)
            assert _measured_height(body.text_frame, room.width, 27.0) <= room.height


def test_titles_too_long_for_the_template_title_box_are_shortened_to_fit(tmp_path):
    from pptx.util import Inches

    org = Presentation()
    for layout in org.slide_layouts:
        if layout.name in ("Title and Content", "Title Only"):
            title = layout.placeholders[0]  # a narrow title box
            title.left, title.top, title.width, title.height = (
                Inches(0.5), Inches(0.4), Inches(1.6), Inches(1.0))
    org.save(str(tmp_path / "narrow.pptx"))
    write_pptx(make_briefing(), tmp_path / "t.pptx", template=tmp_path / "narrow.pptx")
    prs = Presentation(str(tmp_path / "t.pptx"))
    titles = []
    for slide in list(prs.slides)[1:]:
        title = slide.shapes.title
        size = title.text_frame.paragraphs[0].runs[0].font.size.pt
        room = Box((title.width - 2 * 91440) / EMU_PER_PT, (title.height - 2 * 45720) / EMU_PER_PT)
        assert fit.fits([title.text_frame.text], room, TextStyle(size, bold=True))
        titles.append(title.text_frame.text)
    assert any(t.endswith("…") for t in titles)


def test_unknown_theme_is_a_clear_error(tmp_path):
    with pytest.raises(ExportError, match="unknown deck theme 'neon'.*staff, ops"):
        write_pptx(make_briefing(), tmp_path / "x.pptx", theme="neon")


def test_ops_theme_uses_its_own_dark_master(tmp_path):
    write_pptx(make_briefing(), tmp_path / "ops.pptx", theme="ops")
    prs = Presentation(str(tmp_path / "ops.pptx"))
    clr_map = prs.slide_master.element.find(
        "{http://schemas.openxmlformats.org/presentationml/2006/main}clrMap")
    assert clr_map.get("bg1") == "dk1"  # dark background, light text
    assert [lay.name for lay in prs.slide_layouts][:2] == ["Title", "Content"]


def _foreign_template(path: Path, keep_title_and_content: bool = True) -> Path:
    """python-pptx's default master with layouts renamed as another language would name them,
    and a sample slide left in."""
    prs = Presentation()
    for n, layout in enumerate(list(prs.slide_layouts)):
        if not keep_title_and_content and layout.name not in ("Title Only", "Blank"):
            prs.slide_layouts.remove(layout)
            continue
        layout.name = f"Mise en page {n}"
    prs.slides.add_slide(prs.slide_layouts[0]).shapes.title.text = "Sample slide"
    prs.save(str(path))
    return path


def test_user_template_layouts_are_found_by_placeholder_type(tmp_path):
    template = _foreign_template(tmp_path / "org.pptx")
    report = write_pptx(make_briefing(), tmp_path / "deck.pptx", template=template)
    prs = Presentation(str(tmp_path / "deck.pptx"))
    assert _titles(prs)[0] == "Forces regroup along the river"  # the sample slide is gone
    assert any("sample slides" in w for w in report.warnings)
    facts = next(s for s in prs.slides if s.shapes.title.text_frame.text == "Key facts")
    assert facts.slide_layout.name == "Mise en page 1"  # title and content
    assert [p.text for p in _body(facts).text_frame.paragraphs][0].startswith("(U) Soldiers")
    assert prs.slide_width == Presentation(str(template)).slide_width  # its own 4:3 size kept


def test_user_template_without_a_text_layout_is_a_clear_error(tmp_path):
    template = _foreign_template(tmp_path / "bare.pptx", keep_title_and_content=False)
    with pytest.raises(ExportError, match="bare.pptx has no layout with a title and a text"):
        write_pptx(make_briefing(), tmp_path / "deck.pptx", template=template)
    assert not (tmp_path / "deck.pptx").exists()


def test_missing_or_damaged_template_is_a_clear_error(tmp_path):
    with pytest.raises(ExportError, match="does not exist"):
        write_pptx(make_briefing(), tmp_path / "d.pptx", template=tmp_path / "none.pptx")
    bad = tmp_path / "bad.pptx"
    bad.write_bytes(b"not a zip")
    with pytest.raises(ExportError, match="cannot be opened"):
        write_pptx(make_briefing(), tmp_path / "d.pptx", template=bad)


def test_unwritable_destination_is_an_export_error(tmp_path):
    with pytest.raises(ExportError, match="does not exist"):
        write_pptx(make_briefing(), tmp_path / "no" / "such" / "deck.pptx")


def test_a_user_template_with_a_wider_font_gets_a_warning(tmp_path):
    from lxml import etree
    from pptx.opc.constants import RELATIONSHIP_TYPE as RT

    prs = Presentation()
    theme = prs.slide_master.part.part_related_by(RT.THEME)
    root = etree.fromstring(theme.blob)
    ns = {"a": "http://schemas.openxmlformats.org/drawingml/2006/main"}
    root.find(".//a:fontScheme/a:minorFont/a:latin", ns).set("typeface", "Verdana")
    theme._blob = etree.tostring(root)
    prs.save(str(tmp_path / "verdana.pptx"))
    report = write_pptx(make_briefing(), tmp_path / "d.pptx", template=tmp_path / "verdana.pptx")
    assert any("Verdana may be wider" in w for w in report.warnings)
    house = write_pptx(make_briefing(), tmp_path / "h.pptx")
    assert not any("wider" in w for w in house.warnings)


def _overlap(a, b) -> bool:
    return (a.left < b.left + b.width and b.left < a.left + a.width
            and a.top < b.top + b.height and b.top < a.top + a.height)


def test_crowded_map_labels_never_overlap_and_the_rest_are_named_in_the_notes(tmp_path):
    from briefdeck.model.facts import Place

    b = make_briefing()
    for n in range(4, 40):
        b.insert_fact("places", Place(id=f"pl-{n}", name=f"Checkpoint {n}", status="accepted",
                                      lat=33.3 + n * 0.001, lon=44.4, role="mentioned"))
    write_pptx(b, tmp_path / "crowd.pptx")
    prs = Presentation(str(tmp_path / "crowd.pptx"))
    slide = next(s for s in prs.slides if s.shapes.title.text_frame.text == "Places in the report")
    labels = [sh for sh in slide.shapes if sh.name.startswith("Label: ")]
    assert 3 <= len(labels) < 39
    assert not any(_overlap(a, b) for i, a in enumerate(labels) for b in labels[i + 1:])
    credit = next(sh for sh in slide.shapes if sh.name == "Map credit").text_frame.text
    assert f"{39 - len(labels)} place names left off" in credit
    assert "Checkpoint 39" in slide.notes_slide.notes_text_frame.text


def test_events_on_the_same_day_are_spread_in_order_and_say_so(tmp_path):
    from briefdeck.model.facts import Event

    b = make_briefing()
    for n in range(3, 9):
        b.insert_fact("events", Event(id=f"ev-{n}", date="2020-03-12", date_precision="day",
                                      summary=f"Patrol {n} reports contact", status="accepted"))
    write_pptx(b, tmp_path / "same.pptx")
    prs = Presentation(str(tmp_path / "same.pptx"))
    slide = next(s for s in prs.slides if s.shapes.title.text_frame.text == "Timeline of events")
    labels = [sh for sh in slide.shapes if sh.name.startswith("Label: ")]
    assert len(labels) == 8
    assert not any(_overlap(a, b) for i, a in enumerate(labels) for b in labels[i + 1:])
    assert any(sh.name == "Timeline scale note" for sh in slide.shapes)
