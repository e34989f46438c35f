"""The fact form, the narrative panel and the charts follow edits and refuse bad values."""

import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt


def test_form_edit_is_undoable(window, briefing, qtbot):
    window.facts.select_fact("places", "pl-3")
    editor = window.form.editors["country"]
    editor.setText("Iraq")
    editor.editingFinished.emit()
    assert briefing.fact("places", "pl-3").country == "Iraq"
    window.document.stack.undo()
    assert briefing.fact("places", "pl-3").country == "IQ"
    assert window.form.editors["country"].text() == "IQ"


def test_form_shows_the_reason_for_a_refused_value_inline(window, briefing):
    window.facts.select_fact("places", "pl-1")
    editor = window.form.editors["lon"]
    editor.setText("500")
    editor.editingFinished.emit()
    assert briefing.fact("places", "pl-1").lon == 41.09
    assert not window.form.errors["lon"].isHidden()
    assert "180" in window.form.errors["lon"].text()
    assert window.document.stack.count() == 0


def test_narrative_edits_are_commands(window, briefing):
    panel = window.narrative
    panel.editors["key_points"].setPlainText("First point\n\nSecond point\n")
    panel._commit("key_points")
    assert briefing.narrative.key_points == ["First point", "Second point"]
    window.document.stack.undo()
    assert briefing.narrative.key_points == ["Three small bases to close", "Air defence arriving"]
    assert panel.editors["key_points"].toPlainText().splitlines()[0] == "Three small bases to close"


def test_a_bad_as_of_date_is_refused_with_its_reason(window, briefing):
    panel = window.narrative
    panel.editors["as_of"].setText("next Tuesday")
    panel._commit("as_of")
    assert briefing.meta.as_of == "2020-03-16T12:00:00+00:00"
    assert "ISO 8601" in panel.error.text()
    assert window.document.stack.count() == 0


def test_classification_change_recolours_the_banner(window, briefing):
    combo = window.narrative.editors["classification"]
    combo.setCurrentText("SECRET")
    window.narrative._commit("classification")
    assert briefing.meta.classification == "SECRET"
    assert window.banner.text().split(" // ")[0] == "SECRET"
    assert "C8102E" in window.banner.styleSheet()


def test_the_banner_says_what_an_export_would_print(window, briefing):
    from briefdeck.gui.commands import SetFactField

    # nothing accepted yet: an export shows the drafts, marked DRAFT, and so does the banner
    assert not any(f.status == "accepted" for _, f in briefing.all_facts())
    assert window.banner.text() == "UNCLASSIFIED // DRAFT"
    window.facts.select_fact("places", "pl-1")
    window.facts.review("accept")  # now an export shows the accepted facts only
    assert window.banner.text() == "UNCLASSIFIED"
    window.document.stack.push(  # a shown fact marked higher raises the level
        SetFactField(briefing, "places", "pl-1", "marking", "S"))
    assert briefing.fact("places", "pl-1").marking == "S"
    assert window.banner.text() == "SECRET" and "C8102E" in window.banner.styleSheet()
    window.document.stack.undo()
    window.document.stack.undo()
    assert window.banner.text() == "UNCLASSIFIED // DRAFT"


def _map_points(window):
    xs = []
    for item in window.charts.map.plot_item.listDataItems():
        if isinstance(item, pg.ScatterPlotItem):
            xs += [(p.data(), p.pos().y()) for p in item.points()]
    return dict(xs)


def test_map_follows_an_edit_of_a_place(window, briefing, qtbot):
    assert abs(_map_points(window)["pl-3"] - 35.51) < 1e-6
    model = window.facts.models["places"]
    column = [c.field for c in model.columns].index("lat")
    with qtbot.waitSignal(window.charts.refreshed, timeout=2000):
        model.setData(model.index(model.row_of("pl-3"), column), "36.0", Qt.ItemDataRole.EditRole)
    assert abs(_map_points(window)["pl-3"] - 36.0) < 1e-6


def test_rejected_place_leaves_the_map(window, briefing, qtbot):
    window.facts.select_fact("places", "pl-4")
    with qtbot.waitSignal(window.charts.refreshed, timeout=2000):
        window.facts.review("reject")
    assert "pl-4" not in _map_points(window)


def _timeline_texts(window) -> list[str]:
    return [i.textItem.toPlainText() for i in window.charts.timeline.plot_item.items
            if isinstance(i, pg.TextItem)]


def test_a_chart_tab_opened_after_an_edit_shows_the_edit(window, briefing, qtbot):
    from briefdeck.gui.commands import SetFactField

    assert window.charts.shown_chart() == "map"
    with qtbot.waitSignal(window.charts.refreshed, timeout=2000):
        window.document.stack.push(
            SetFactField(briefing, "events", "ev-1", "summary", "Rockets hit the airfield"))
    window.charts.setCurrentIndex(1)  # the timeline tab, drawn as it opens
    assert window.charts.shown_chart() == "timeline"
    assert any(t.startswith("Rockets hit the airfield") for t in _timeline_texts(window))


def test_clicking_a_chart_point_selects_its_fact(window):
    window.charts.fact_clicked.emit("ev-2")
    assert (window.facts.current_kind(), window.facts.current_fact_id()) == ("events", "ev-2")


def test_save_commits_the_text_still_being_typed(window, briefing, tmp_path, qtbot):
    from briefdeck.model import io

    bluf = window.narrative.editors["bluf"]
    bluf.setFocus()
    qtbot.waitUntil(bluf.hasFocus, timeout=1000)
    bluf.setPlainText("Typed but not yet committed.")
    window.document.path = tmp_path / "typed.briefing.json"
    assert window.files.save()
    saved = io.load(tmp_path / "typed.briefing.json")
    assert saved.narrative.bluf == "Typed but not yet committed."


def test_map_labels_of_neighbouring_places_do_not_overlap(qapp):
    from PySide6.QtCore import QRectF

    from briefdeck.gui.chart_views import place_labels

    points = [(100.0, 100.0), (104.0, 102.0), (300.0, 100.0)]
    anchors = place_labels(points, ["K-1 Air Base", "Kirkuk", "Far away"],
                           QRectF(0, 0, 400, 300))
    assert anchors[0] != anchors[1]  # the close pair is labelled on different sides
    assert anchors[2][0] < 0  # with room to spare, a label sits to the right of its marker


def test_crowded_map_labels_give_way_to_the_more_important_places(qapp):
    from PySide6.QtCore import QRectF

    from briefdeck.gui.chart_views import place_labels

    # Five places within a few pixels: not every name fits; the first in order always does.
    points = [(200.0 + i, 150.0 + i) for i in range(5)]
    names = ["Green Zone", "Union III", "Baghdad", "Victory Base Complex", "Baghdad airport"]
    anchors = place_labels(points, names, QRectF(0, 0, 400, 300), order=[4, 3, 2, 1, 0])
    assert anchors[4] is not None
    assert any(a is None for a in anchors)


def test_one_pager_preview_renders_the_pdf_writers_page(window, qtbot):
    pytest.importorskip("briefdeck.export.pdf")
    with qtbot.waitSignal(window.preview.updated, timeout=30000):
        window.charts.setCurrentWidget(window.preview)
    assert "No preview" not in window.preview.note.text(), window.preview.note.text()
    pixmap = window.preview.page.pixmap()
    assert not pixmap.isNull() and pixmap.height() > pixmap.width()  # a portrait page


def test_deck_preview_renders_the_slides_as_pages(window, qtbot):
    pytest.importorskip("briefdeck.export.pdf")
    with qtbot.waitSignal(window.deck_preview.updated, timeout=30000):
        window.charts.setCurrentWidget(window.deck_preview)
    assert "No preview" not in window.deck_preview.note.text(), window.deck_preview.note.text()
    image = window.deck_preview.image
    assert image is not None and image.height() > 2 * image.width()  # several pages stacked


def _timeline_labels_outside(view) -> list[str]:
    frame = view.plot_item.getViewBox().sceneBoundingRect()
    return [item.textItem.toPlainText() for item in view.plot_item.items
            if isinstance(item, pg.TextItem)
            and not frame.adjusted(-1, -1, 1, 1).contains(item.sceneBoundingRect())]


@pytest.mark.parametrize("width", [260, 420, 900])
def test_timeline_labels_stay_inside_the_view_after_a_resize(qapp, qtbot, width):
    from briefdeck.charts.spec import TimelineItem, TimelineSpec
    from briefdeck.gui.chart_views import TimelineView

    days = ["2024-01-02", "2024-01-03", "2024-02-10", "2024-03-01", "2024-03-02"]
    items = tuple(
        TimelineItem(f"ev-{n}", day, "day", f"Rockets strike the northern garrison {n}", "attack",
                     "C0392B", killed=n)
        for n, day in enumerate(days)
    )
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(700, 320)
    view.show()
    view.show_spec(TimelineSpec("Timeline of events", items))
    view.resize(width, 320)  # the splitter moved: the labels are laid out again
    qtbot.waitUntil(lambda: abs(view.plot_item.getViewBox().size().width()
                                - view._drawn_size.width()) <= 4, timeout=2000)
    qapp.processEvents()
    assert not _timeline_labels_outside(view)
    labels = [t for t in (i.textItem.toPlainText() for i in view.plot_item.items
                          if isinstance(i, pg.TextItem))]
    assert all(label.endswith(f"({n} killed)") for n, label in enumerate(labels) if n)


def _map_fit(window) -> float:
    """How far the map's frame is from the shape of its plot (0 when it fills it)."""
    import math

    view = window.charts.map
    if view.spec is None or view.spec.empty:
        return 1.0
    lon_min, lat_min, lon_max, lat_max = view.spec.bounds
    framed = ((lon_max - lon_min) * math.cos(math.radians((lat_min + lat_max) / 2))
              / (lat_max - lat_min))
    box = view.plot_item.getViewBox()
    return abs(framed / (box.width() / box.height()) - 1)


def test_the_map_fills_its_tab_and_follows_its_shape(window, qtbot):
    assert window.charts.shown_chart() == "map"
    qtbot.waitUntil(lambda: _map_fit(window) < 0.06, timeout=3000)
    box = window.charts.map.plot_item.getViewBox()
    height = box.height()
    window.resize(window.width(), window.height() + 400)  # a taller map: reframed to fill it
    qtbot.waitUntil(lambda: box.height() > height + 60, timeout=3000)
    qtbot.waitUntil(lambda: _map_fit(window) < 0.06, timeout=3000)


def test_a_long_claimed_toll_leaves_the_gui_timeline_label_some_words_not_a_bare_ellipsis(qapp):
    from PySide6.QtGui import QFontMetrics

    from briefdeck.charts.spec import TimelineItem
    from briefdeck.gui.chart_views import LABEL_FONT, MIN_SUMMARY_PX, _timeline_label

    item = TimelineItem("ev-1", "2024-01-02", "day", "MQ-9 Reaper strike in Al-Qaim", "strike",
                        "C0392B", killed=3, claimed_by="Popular Mobilization Forces and the "
                        "Islamic Resistance in Iraq")
    metrics = QFontMetrics(LABEL_FONT)
    text = _timeline_label(item, metrics, 260)
    words, toll = text.split(" (", 1)
    assert metrics.horizontalAdvance(words) >= MIN_SUMMARY_PX - 15 and words.startswith("MQ-9")
    assert toll == "3 killed; according to PMF and IRI)"
    roomy = _timeline_label(item, metrics, 900)  # room for the whole name: it stays whole
    assert roomy.endswith("according to Popular Mobilization Forces and the Islamic Resistance "
                          "in Iraq)")


def test_the_apps_map_labels_the_lead_events_place_first_as_the_deck_does(qapp, monkeypatch):
    from briefdeck.charts.spec import MapPoint, MapSpec
    from briefdeck.gui import chart_views

    seen: list[list[int]] = []
    real = chart_views.place_map_labels
    monkeypatch.setattr(chart_views, "place_map_labels",
                        lambda xy, labels, frame, order, *rest: seen.append(list(order))
                        or real(xy, labels, frame, order, *rest))
    # a place named in passing, a target of earlier attacks, and the lead event's site
    points = (
        MapPoint("pl-1", "Mentioned town", 33.3, 44.4, "mentioned", "6B7280", priority=2),
        MapPoint("pl-2", "Earlier target", 33.4, 44.3, "attack target", "B91C1C", priority=1),
        MapPoint("pl-3", "Lead site", 33.35, 44.35, "mentioned", "6B7280", priority=0),
    )
    view = chart_views.MapView()
    view.show_spec(MapSpec("Places", (44.0, 33.0, 45.0, 34.0), points))
    assert seen and seen[-1][0] == 2  # the lead event's place claims room before the target
