"""Where briefdeck's shipped data lives (assets/, templates/), in a checkout or installed."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ENV_VAR = "BRIEFDECK_ASSETS"  # tests and packagers may point assets elsewhere


def _data_root(name: str) -> Path:
    # A checkout or editable install: desktop/briefdeck/paths.py -> parents[2] is the repo root.
    in_repo = Path(__file__).resolve().parents[2] / name
    if in_repo.is_dir():
        return in_repo
    # A wheel install puts the folders under <prefix>/share/briefdeck.
    return Path(sys.prefix) / "share" / "briefdeck" / name


def assets_dir() -> Path:
    override = os.environ.get(ENV_VAR)
    return Path(override) if override else _data_root("assets")


def templates_dir() -> Path:
    return _data_root("templates")
