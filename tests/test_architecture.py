"""The core (everything outside gui/) must run headless: no PySide6, no pyqtgraph."""

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "desktop" / "briefdeck"
QT_MODULES = {"PySide6", "pyqtgraph", "shiboken6"}


def _imported_roots(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    roots: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


def test_no_module_outside_gui_imports_qt():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE)
        if rel.parts[0] == "gui":
            continue
        bad = _imported_roots(path) & QT_MODULES
        if bad:
            offenders.append(f"{rel}: {', '.join(sorted(bad))}")
    assert offenders == []


def test_core_layers_load_without_qt_in_the_process():
    code = (
        "import sys\n"
        "import briefdeck.model, briefdeck.model.io, briefdeck.compose, briefdeck.charts.spec\n"
        "import briefdeck.export, briefdeck.cli\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in {'PySide6','pyqtgraph'})\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
