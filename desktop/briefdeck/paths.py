"""Where briefdeck's shipped data lives (assets/, templates/), in a checkout or installed."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def _data_root(name: str) -> Path:
    # A checkout or editable install: desktop/briefdeck/paths.py -> repository root.
    here = Path(__file__).resolve().parents[2] / name
    if here.is_dir():
        return here
    # A wheel install puts the folders under <prefix>/share/briefdeck (see pyproject.toml).
    installed = Path(sys.prefix) / "share" / "briefdeck" / name
    if installed.is_dir():
        return installed
    raise FileNotFoundError(f"briefdeck's {name}/ folder is missing (looked in {here} and {installed})")


def assets_dir() -> Path:
    return _data_root("assets")


def templates_dir() -> Path:
    return _data_root("templates")
