"""Pictures of the app for the README: the window and each chart tab, on a given briefing or
article. Run headless: QT_QPA_PLATFORM=offscreen python scripts/screenshots.py ARTICLE OUTDIR"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(source: str, out_dir: str) -> int:
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    from briefdeck.gui.app import _application, build_window, grab_png

    _application()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    window = build_window(source, unattended=True)
    window.resize(1400, 900)
    window.show()
    grab_png(window, out / "app.png")
    charts = window.charts
    for index in range(charts.count()):
        charts.setCurrentIndex(index)
        settle = time.monotonic() + 0.3  # a chart built as its tab opens is laid out again
        while time.monotonic() < settle:
            QApplication.processEvents()
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:  # the one-pager renders in the background
            QThreadPool.globalInstance().waitForDone(100)
            QApplication.processEvents()
            page = charts.widget(index)  # the page previews render in the background
            if getattr(page, "image", True) is not None and not getattr(page, "busy", False):
                break
        name = charts.tabText(index).lower().replace(" ", "-").replace("&", "")
        charts.grab().save(str(out / f"panel-{name}.png"))
    window.facts.grab().save(str(out / "panel-facts.png"))
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(*sys.argv[1:3]))
