"""briefdeck.geo must stay usable headless: no Qt or pyqtgraph imports."""

import os
import subprocess
import sys
from pathlib import Path

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"


def test_geo_package_imports_no_qt():
    code = (
        "import sys, briefdeck.geo as g; g.Gazetteer.default(); g.load_countries(); "
        "qt = ('PySide6', 'PySide2', 'pyqtgraph', 'PyQt5', 'PyQt6'); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in qt))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(DESKTOP)},
    )
    assert out.stdout.strip() == "[]"
