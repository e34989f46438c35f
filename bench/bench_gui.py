"""GUI timings (prints figures; not a test).

1. Launch to first painted window, `briefdeck.gui` on the demo briefing vs a bare PySide6 +
   pyqtgraph window: each a fresh subprocess, median of 5 runs.
2. Edit to refreshed charts on a seed-sized briefing (the seed article drafted, else the demo):
   the full path a user sees (command -> model Change -> bridge -> debounce -> the chart in
   view; the other charts redraw when their tab opens), and all three charts rebuilt. Median
   of 15 edits.

Run: QT_QPA_PLATFORM=offscreen /work/venv/bin/python bench/bench_gui.py
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
REPO = Path(__file__).resolve().parents[1]
SEED = REPO.parent / "shared" / "seed" / "iraq-troop-consolidation.txt"
RUNS = 5

# The child reports its first Paint event, then (briefdeck) the map drawn, then leaves
# without teardown.
_PAINT_WATCH = """
import os, sys
from PySide6.QtCore import QEvent, QObject
class Watch(QObject):
    painted = False
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            sys.stdout.write("painted\\n"); sys.stdout.flush()
            if DONE_AT_PAINT:
                os._exit(0)
        return False
"""
BRIEFDECK_CHILD = _PAINT_WATCH + """
DONE_AT_PAINT = False
from briefdeck.gui.app import _application, build_window
app = _application()
w = build_window(None)
def drawn():
    sys.stdout.write("charts\\n"); sys.stdout.flush(); os._exit(0)
w.charts.refreshed.connect(drawn)
watch = Watch(); app.installEventFilter(watch)
w.resize(1400, 900); w.show(); app.exec()
"""
BARE_CHILD = _PAINT_WATCH + """
DONE_AT_PAINT = True
from PySide6.QtWidgets import QApplication, QMainWindow
import pyqtgraph as pg
app = QApplication([])
pg.setConfigOptions(background="w")
w = QMainWindow(); w.setCentralWidget(pg.PlotWidget())
watch = Watch(); app.installEventFilter(watch)
w.resize(1400, 900); w.show(); app.exec()
"""


def launch_time(code: str) -> tuple[float, float]:
    """Seconds from starting the process to its first paint, and to its charts drawn (the
    same for the bare window, whose plot is part of its first paint)."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, cwd=REPO)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    painted = time.perf_counter() - start
    if line.strip() != "painted":
        raise RuntimeError("the child never painted its window")
    charts = painted
    line = proc.stdout.readline()
    if line.strip() == "charts":
        charts = time.perf_counter() - start
    proc.wait(timeout=60)
    return painted, charts


def seed_sized_briefing():
    try:
        from briefdeck.extract import draft_briefing
        from briefdeck.ingest import read_article

        if SEED.is_file():
            return draft_briefing(read_article(str(SEED))), "seed article drafted"
    except Exception as exc:  # a part still being written: fall back to the demo
        print(f"(seed drafting unavailable: {exc})")
    from briefdeck.gui.document import demo_briefing

    return demo_briefing(), "demo briefing"


def edit_to_charts() -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    from briefdeck.gui.app import _application
    from briefdeck.gui.commands import SetFactField
    from briefdeck.gui.main_window import MainWindow
    from briefdeck.gui.settings import Settings

    app = _application()
    briefing, what = seed_sized_briefing()
    window = MainWindow(settings=Settings(Path(os.devnull + ".json")))
    window.set_briefing(briefing)
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    places = [p for p in briefing.facts.places if p.lat is not None]
    facts = sum(1 for _ in briefing.all_facts())
    print(f"\nEdit -> refreshed charts ({what}: {facts} facts, {len(places)} located places)")
    if not places:
        print("  no located place to edit; skipped")
        return
    target = places[0]
    full, rebuild = [], []
    for i in range(15):
        loop = QEventLoop()
        window.charts.refreshed.connect(loop.quit)
        start = time.perf_counter()
        lat = target.lat + (0.01 if i % 2 == 0 else -0.01)
        window.document.stack.push(SetFactField(briefing, "places", target.id, "lat", lat))
        QTimer.singleShot(5000, loop.quit)
        loop.exec()
        full.append(time.perf_counter() - start)
        window.charts.refreshed.disconnect(loop.quit)
        start = time.perf_counter()
        window.charts.refresh()
        window.charts.draw_all()
        rebuild.append(time.perf_counter() - start)
    print(f"  edit to the chart in view redrawn (incl. {window.charts._timer.interval()} ms "
          f"coalescing timer): median {statistics.median(full) * 1000:.1f} ms")
    print(f"  all three charts rebuilt (build_charts + map, timeline, figures views): "
          f"median {statistics.median(rebuild) * 1000:.1f} ms")
    edit_to_page(window, target)
    window.document.stack.setClean()
    window.close()


def edit_to_page(window, target) -> None:  # noqa: ANN001
    """Edit -> the one-pager preview redrawn (PDF writer + pdfium, off the GUI thread)."""
    from PySide6.QtCore import QEventLoop, QTimer

    from briefdeck.gui.commands import SetFactField

    charts = window.charts
    charts.setCurrentIndex(next(i for i in range(charts.count())
                                if charts.tabText(i) == "One-pager"))
    times = []
    for i in range(8):
        loop = QEventLoop()
        window.preview.updated.connect(loop.quit)
        start = time.perf_counter()
        lat = target.lat + (0.01 if i % 2 == 0 else -0.01)
        window.document.stack.push(
            SetFactField(window.document.briefing, "places", target.id, "lat", lat))
        QTimer.singleShot(10000, loop.quit)
        loop.exec()
        times.append(time.perf_counter() - start)
        window.preview.updated.disconnect(loop.quit)
    print(f"  edit to one-pager preview redrawn (incl. "
          f"{window.preview._timer.interval()} ms typing pause): "
          f"median {statistics.median(times[1:]) * 1000:.0f} ms")


def edit_at_scale(count: int = 10_000) -> None:
    """A table edit in a 10,000-fact briefing: time until the edit is painted and until the
    charts that follow it are redrawn (the GUI thread is busy for both)."""
    from PySide6.QtCore import QEventLoop, QTimer

    from briefdeck.gui.app import _application
    from briefdeck.gui.main_window import MainWindow
    from briefdeck.gui.settings import Settings

    sys.path.insert(0, str(Path(__file__).parent))
    from bench_scale import build_briefing

    app = _application()
    briefing = build_briefing(count)
    window = MainWindow(settings=Settings(Path(os.devnull + ".json")))
    window.set_briefing(briefing)
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    target = briefing.facts.places[len(briefing.facts.places) // 2]
    paint, charts = [], []
    from briefdeck.gui.commands import SetFactField

    for i in range(6):
        loop = QEventLoop()
        window.charts.refreshed.connect(loop.quit)
        start = time.perf_counter()
        window.document.stack.push(
            SetFactField(briefing, "places", target.id, "lat", target.lat + (-1) ** i * 0.01))
        window.facts.repaint()  # what the user sees of the edit itself
        paint.append(time.perf_counter() - start)
        QTimer.singleShot(20000, loop.quit)
        loop.exec()
        charts.append(time.perf_counter() - start)
        window.charts.refreshed.disconnect(loop.quit)
    print(f"\nTable edit at {count:,} facts ({len(briefing.facts.places):,} places)")
    print(f"  edit to table repainted: median {statistics.median(paint) * 1000:.1f} ms")
    print(f"  edit to the chart in view (map) redrawn: "
          f"median {statistics.median(charts) * 1000:.0f} ms")
    window.document.stack.setClean()
    window.close()


def main() -> None:
    print(f"Launch to first painted window, median of {RUNS} fresh processes "
          f"({os.environ['QT_QPA_PLATFORM']} platform)")
    medians = {}
    for name, code in (("bare PySide6 + pyqtgraph window", BARE_CHILD),
                       ("briefdeck (demo briefing)", BRIEFDECK_CHILD)):
        runs = [launch_time(code) for _ in range(RUNS)]
        times = [painted for painted, _ in runs]
        medians[name] = statistics.median(times)
        print(f"  {name:34s} median {medians[name] * 1000:6.0f} ms "
              f"(min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f})")
    bare, ours = medians.values()
    print(f"  ratio briefdeck / bare: {ours / bare:.2f} (aim 1.3)")
    print(f"  briefdeck launch to map drawn: median "
          f"{statistics.median(c for _, c in runs) * 1000:.0f} ms")
    edit_to_charts()
    edit_at_scale()


if __name__ == "__main__":
    main()
