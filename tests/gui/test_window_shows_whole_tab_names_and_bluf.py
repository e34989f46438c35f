"""At the window's opening size every chart tab's name shows whole (no scroll arrows, no
'One-pa…'), the BLUF box has room for several lines, and a place's label never covers a
country's name on the map."""


def test_the_chart_tabs_fit_beside_the_drafts_box(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    bar = window.charts.tabBar()
    corner = window.charts.cornerWidget()
    needed = sum(bar.tabSizeHint(i).width() for i in range(bar.count()))
    assert needed + corner.sizeHint().width() <= window.charts.width()


def test_the_bluf_box_has_room_for_five_lines(window):
    editor = window.narrative.editors["bluf"]
    assert editor.minimumHeight() >= 5 * editor.fontMetrics().lineSpacing()


def test_a_country_name_keeps_off_a_place_label(qapp):
    import pyqtgraph as pg
    from PySide6.QtCore import QRectF

    from briefdeck.charts.spec import CountryShape, MapPoint, MapSpec
    from briefdeck.gui.chart_views import MapView

    ring = ((40.0, 30.0), (48.0, 30.0), (48.0, 36.0), (40.0, 36.0))
    # a place at the country's middle, with a long label over where its name would stand
    spec = MapSpec(
        "Places",
        (38.0, 28.0, 50.0, 38.0),
        (MapPoint("p1", "A very long air base name", 33.0, 43.5, "attack target", "B91C1C"),),
        countries=(CountryShape("Midland", (ring,)),),
    )
    view = MapView()
    view.resize(380, 300)
    view.show_spec(spec)
    items = [i for i in view.plot_item.items if isinstance(i, pg.TextItem)]
    country = [i for i in items if i.textItem.toPlainText() == "MIDLAND"]
    label = [i for i in items if i.textItem.toPlainText() != "MIDLAND"]
    assert label
    if country:  # moved off the label (or left off: the borders still show the country)
        a, b = country[0], label[0]
        ra = a.mapRectToScene(a.boundingRect())
        rb = b.mapRectToScene(b.boundingRect())
        assert not QRectF(ra).intersects(QRectF(rb))
