"""The app's map draws a province, a region or a sea as a faint ring beneath the dots,
coloured by its role, its name in italics and beside the ring, and its key says what the ring
means, as the deck and the one-pager do."""

from __future__ import annotations


def _spec():
    from briefdeck.charts.spec import MapPoint, MapSpec

    points = (
        MapPoint(
            "pl-1",
            "Western Province",
            33.1,
            41.9,
            "attack target",
            "DC2626",
            priority=1,
            area="province",
        ),
        MapPoint("pl-2", "River Town", 33.3, 44.4, "mentioned", "6B7280", priority=2),
        MapPoint("pl-3", "Hill Base", 34.4, 43.0, "attack target", "DC2626", priority=0),
    )
    return MapSpec(
        "Places",
        (40.0, 31.0, 46.0, 36.0),
        points,
        legend=(("attack target", "DC2626"), ("mentioned", "6B7280")),
    )


def test_the_apps_map_draws_an_area_as_a_ring_beneath_the_dots_with_an_italic_name(qapp):
    import pyqtgraph as pg

    from briefdeck.charts.areas import AREA_KEY
    from briefdeck.gui.chart_views import MapView

    view = MapView()
    view.resize(500, 400)
    view.show_spec(_spec())
    scatters = [i for i in view.plot_item.items if isinstance(i, pg.ScatterPlotItem)]
    rings = [s for s in scatters if list(s.data["data"]) == ["pl-1"]]
    dots = [s for s in scatters if "pl-1" not in list(s.data["data"])]
    assert len(rings) == 1 and dots
    ring = rings[0]
    assert ring.zValue() < min(d.zValue() for d in dots)  # beneath every dot
    assert ring.opts["size"] > 2 * max(d.opts["size"] for d in dots)
    assert ring.opts["brush"].color().alpha() < 100  # a faint fill
    assert ring.opts["pen"].color().name().upper() == "#DC2626"  # the role's colour
    texts = {i.toPlainText(): i for i in view.plot_item.items if isinstance(i, pg.TextItem)}
    assert texts["Western Province"].textItem.font().italic()
    assert not texts["Hill Base"].textItem.font().italic()
    assert AREA_KEY.lower() in view.plot_item.titleLabel.text


def test_an_areas_name_goes_beside_its_ring_not_on_a_dot_beside_it(qapp):
    from PySide6.QtCore import QRectF

    from briefdeck.gui.chart_views import place_map_labels

    # a ring of radius 15 px at (100, 100), with room on its right
    spots = place_map_labels(
        [(100.0, 100.0), (300.0, 200.0)],
        ["Western Province", "Town"],
        QRectF(0, 0, 400, 300),
        rings=[15.0, 0.0],
    )
    (ax, ay), _ = spots[0]
    assert ax < 0 and ay == 0.5  # to the right of the ring, level with it
    # the label starts clear of the ring's edge, not at a dot's
    from PySide6.QtGui import QFontMetricsF

    from briefdeck.gui.chart_views import AREA_FONT

    width = QFontMetricsF(AREA_FONT).horizontalAdvance("Western Province") + 4
    assert -ax * width >= 15.0
