"""Shared test set-up: every test runs headless, whatever the caller's environment."""

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
# A drafting stage that fails raises here, instead of being told to the analyst and skipped.
os.environ.setdefault("BRIEFDECK_STRICT_DRAFT", "1")

REPO = Path(__file__).resolve().parents[1]
SEED = REPO.parent / "shared" / "seed" / "iraq-troop-consolidation.txt"


@pytest.fixture
def seed_path() -> Path:
    if not SEED.is_file():
        pytest.skip("seed article ../shared/seed/iraq-troop-consolidation.txt not present")
    return SEED
