"""GUI test fixtures: headless Qt, settings and autosave in temporary folders, a small briefing
built in code, and Qt warnings treated as failures."""

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
# platformdirs honours these on Linux: never touch the tester's real settings or recovery file.
_HOME = tempfile.mkdtemp(prefix="briefdeck-gui-tests-")
for _var in ("XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
    os.environ[_var] = os.path.join(_HOME, _var.lower())

import sys  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sample import sample_briefing  # noqa: E402

# Messages of the offscreen platform itself, not of briefdeck.
HARMLESS = ("propagateSizeHints", "QFont::setPointSizeF", "This plugin does not support")


@pytest.fixture(autouse=True)
def _qt_warnings_fail(qtlog):
    from PySide6.QtCore import QThreadPool, QtMsgType

    yield
    QThreadPool.globalInstance().waitForDone()
    serious = (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)
    bad = [r.message for r in qtlog.records
           if r.type in serious and not any(h in r.message for h in HARMLESS)]
    assert bad == [], f"Qt warned: {bad}"


@pytest.fixture
def briefing():
    return sample_briefing()


@pytest.fixture
def settings(tmp_path):
    from briefdeck.gui.settings import Settings

    return Settings(tmp_path / "settings.json")


@pytest.fixture
def window(qtbot, briefing, settings):
    from briefdeck.gui.app import _application
    from briefdeck.gui.main_window import MainWindow

    _application()  # the pyqtgraph options the app sets before any widget
    win = MainWindow(settings=settings)  # closed below, not by qtbot (which would ask to save)
    win.set_briefing(briefing)
    win.show()
    qtbot.waitExposed(win)
    qtbot.wait(1)  # deferred selection and chart refresh
    yield win
    win.document.stack.setClean()  # no "save changes?" question while closing
    win.close()
    win.deleteLater()
