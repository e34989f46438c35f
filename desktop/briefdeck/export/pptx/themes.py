"""House themes: a name -> the .pptx master in templates/ and the colours the writer uses for
what it draws itself (map, timeline, banners' neighbours), which the master cannot style."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from briefdeck.errors import ExportError
from briefdeck.paths import templates_dir


@dataclass(frozen=True)
class Theme:
    name: str
    template: Path
    dark: bool
    text: str  # RRGGBB of body text on the slide background
    muted: str  # secondary text: footer, axis labels, legend
    accent: str
    line: str  # timeline axis and frame lines
    sea: str
    land: str  # countries around the places
    land_home: str  # the country most places are in
    border: str
    label_halo: str  # fill behind map labels so they stay legible over borders
    grid: str  # chart gridlines


def _staff(template: Path) -> Theme:
    return Theme("staff", template, False, text="1F2937", muted="5B6B7F", accent="1F4E79",
                 line="5B6B7F", sea="DCE9F5", land="F4F1EA", land_home="E6DCC8",
                 border="9A9080", label_halo="FFFFFF", grid="D5DCE4")


def _ops(template: Path) -> Theme:
    return Theme("ops", template, True, text="E5E9F0", muted="9FB3C8", accent="4FA3E0",
                 line="9FB3C8", sea="0E2236", land="1F2D3F", land_home="2C3E55",
                 border="5F7A96", label_halo="0B1320", grid="2C3E55")


_THEMES = {"staff": _staff, "ops": _ops}


def theme_names() -> tuple[str, ...]:
    return tuple(_THEMES)


def get_theme(name: str) -> Theme:
    key = (name or "staff").strip().lower()
    if key not in _THEMES:
        raise ExportError(f"unknown deck theme {name!r}; choose one of: {', '.join(_THEMES)}")
    template = templates_dir() / f"{key}.pptx"
    if not template.is_file():
        raise ExportError(f"the {key} theme's master {template} is missing; reinstall briefdeck "
                          "or run scripts/build_templates.py")
    return _THEMES[key](template)


def user_theme(template: Path, dark: bool) -> Theme:
    """Colours for drawing on a user's own template: the house palette matching its darkness."""
    base = _ops(template) if dark else _staff(template)
    return Theme(f"template {template.name}", template, dark, **{
        k: getattr(base, k) for k in ("text", "muted", "accent", "line", "sea", "land",
                                      "land_home", "border", "label_halo", "grid")})
