"""Make the package importable from a plain checkout (source root is desktop/)."""

import sys
from pathlib import Path

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"
if str(DESKTOP) not in sys.path:
    sys.path.insert(0, str(DESKTOP))


import pytest  # noqa: E402 (after the path set-up above)


@pytest.fixture(scope="session")
def gaz():
    """The app's gazetteer, loaded once for all geo tests."""
    from briefdeck.geo import Gazetteer

    return Gazetteer.default()
