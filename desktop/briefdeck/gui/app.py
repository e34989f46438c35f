"""Start the app: `run(path=None, screenshot=None) -> exit status`.

With `screenshot`, the window is laid out at 1400x900, painted once, saved as a PNG and the app
exits 0 (for docs and checks on machines without a display: QT_QPA_PLATFORM=offscreen)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

SCREENSHOT_SIZE = (1400, 900)


def _application():  # -> QApplication
    os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
    from PySide6.QtWidgets import QApplication

    from briefdeck.gui import theme

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("briefdeck")
    app.setOrganizationName("briefdeck")
    app.setWindowIcon(theme.app_icon())
    app.setFont(theme.with_symbol_fallback(app.font()))  # emoji in tables, forms and notes
    apply_theme(app)
    if not app.property("briefdeck_follows_scheme"):  # once per QApplication
        app.setProperty("briefdeck_follows_scheme", True)
        app.styleHints().colorSchemeChanged.connect(lambda _scheme: apply_theme(app, True))
    return app


def apply_theme(app, restyle_windows: bool = False) -> None:
    """Light or dark as the system (or BRIEFDECK_THEME) says; then the open windows restyle."""
    from briefdeck.gui import theme

    theme.apply_scheme(app)
    if "pyqtgraph" in sys.modules:  # else chart_views sets the options when it first loads
        from briefdeck.gui.chart_views import configure_pyqtgraph

        configure_pyqtgraph()
    if restyle_windows:
        for widget in app.topLevelWidgets():
            if hasattr(widget, "apply_theme"):
                widget.apply_theme()


def build_window(path: str | None = None, unattended: bool = False):  # -> MainWindow
    """The window on a briefing file, an article (drafted) or the demo briefing.

    Interactive: a file that cannot be opened is reported in a dialog and the window stays
    empty; articles are drafted in the background. Unattended (screenshots): the article is
    drafted before returning, and a failure raises instead of waiting on a dialog."""
    from briefdeck.gui.document import demo_briefing, load_any
    from briefdeck.gui.main_window import MainWindow

    window = MainWindow()
    if path is None:
        window.set_briefing(demo_briefing())
    elif unattended:
        briefing, is_briefing = load_any(path)
        window.files.show_loaded(briefing, str(path), is_briefing)
    else:
        window.files.open_path(path)
    return window


def grab_png(window, out: str | Path) -> Path:
    """Paint the window and write it as a PNG (atomically)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtWidgets import QApplication

    from briefdeck.files import atomic_write

    for _ in range(3):  # layout, then deferred chart refreshes, then paint
        QApplication.processEvents()
    window.charts.refresh()
    QApplication.processEvents()
    pixmap = window.grab()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not pixmap.save(buffer, "PNG"):
        raise OSError("could not encode the window as PNG")
    buffer.close()
    return atomic_write(out, bytes(data.data()))


def _offer_recovery(window) -> None:
    from briefdeck.gui.autosave import pending_recovery
    from briefdeck.gui.dialogs import ask_restore

    found = pending_recovery()
    if found is None:
        return
    file, original = found
    if ask_restore(window, original):
        from briefdeck.model import io

        try:
            briefing = io.load(file)
        except Exception:
            return
        window.document.replace(briefing, original or None)
        window.document.stack.resetClean()  # restored work is unsaved until saved
        window.statusBar().showMessage("Restored unsaved work", 8000)
    else:
        file.unlink(missing_ok=True)


def run(path: str | None = None, screenshot: str | None = None) -> int:
    app = _application()
    if screenshot:
        try:
            window = build_window(path, unattended=True)
        except Exception as exc:  # no one to answer a dialog: one line on stderr, status 1
            from briefdeck.gui.file_actions import describe

            print(f"briefdeck: error: {describe(exc, path or '')}", file=sys.stderr)
            return 1
        window.resize(*SCREENSHOT_SIZE)
        window.show()
        try:
            grab_png(window, screenshot)
        finally:
            window.document.stack.setClean()  # nothing to ask about on the way out
            window.close()
        return 0
    from briefdeck.gui.autosave import Autosaver

    window = build_window(path)
    window.restore_layout()
    window.show()
    _offer_recovery(window)
    window.autosaver = Autosaver(window.document, parent=window)
    window.autosaver.start()
    return app.exec()
