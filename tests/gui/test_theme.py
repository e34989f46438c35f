"""Light and dark following the system (or BRIEFDECK_THEME), and the app icon."""

import pytest
from PySide6.QtGui import QPalette


def _is_dark(colour) -> bool:
    return colour.lightness() < 100


def _highlight_colours(window) -> list[str]:
    from PySide6.QtGui import QColor

    argb = QColor.NameFormat.HexArgb
    return [sel.format.background().color().name(argb)
            for sel in window.source.text.extraSelections() if sel.format.hasProperty(
                sel.format.Property.BackgroundBrush)]


@pytest.fixture
def themed(window, monkeypatch, qtbot):
    """Switch the running app's scheme by the override; light again afterwards."""
    from PySide6.QtWidgets import QApplication

    from briefdeck.gui.app import apply_theme

    def switch(scheme: str) -> None:
        monkeypatch.setenv("BRIEFDECK_THEME", scheme)
        apply_theme(QApplication.instance(), restyle_windows=True)
        qtbot.wait(1)  # widgets take the new application palette from posted events

    yield switch
    switch("light")


def test_dark_theme_darkens_window_charts_and_changes_highlights(window, themed):
    window.source.show_fact("places", window.document.briefing.facts.places[0].id)
    light_highlights = _highlight_colours(window)
    assert light_highlights, "the sample briefing should highlight some facts"
    themed("dark")
    assert _is_dark(window.palette().color(QPalette.ColorRole.Window))
    for view in (window.charts.map, window.charts.timeline, window.charts.figures):
        assert _is_dark(view.backgroundBrush().color())
    assert _highlight_colours(window) != light_highlights


def test_switching_back_to_light_restores_the_light_look(window, themed):
    light_window = window.palette().color(QPalette.ColorRole.Window)
    themed("dark")
    themed("light")
    assert window.palette().color(QPalette.ColorRole.Window) == light_window
    assert not _is_dark(light_window)
    for view in (window.charts.map, window.charts.timeline, window.charts.figures):
        assert view.backgroundBrush().color().name() == "#ffffff"


def test_window_icon_renders_at_small_and_large_sizes(window):
    from PySide6.QtWidgets import QApplication

    icon = QApplication.windowIcon()
    assert not icon.isNull()
    for size in (16, 256):
        image = icon.pixmap(size, size).toImage()
        assert image.width() == size
        assert len({image.pixelColor(x, size // 2).name() for x in range(size)}) > 1


def test_main_actions_have_icons(window):
    names = {a.text().split("\t")[0].replace("&", ""): a for m in window.menuBar().actions()
             for a in m.menu().actions()}
    for text in ("Open…", "Save", "Export…", "Undo", "Redo", "Accept", "Reject"):
        assert not names[text].icon().isNull(), text
