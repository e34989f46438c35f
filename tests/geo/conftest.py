"""Make the package importable from a plain checkout (source root is desktop/)."""

import sys
from pathlib import Path

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"
if str(DESKTOP) not in sys.path:
    sys.path.insert(0, str(DESKTOP))
