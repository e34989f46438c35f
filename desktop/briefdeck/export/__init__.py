"""Writers of the deck (python-pptx) and the one-pager (reportlab). No Qt.

Imports are deferred so that importing briefdeck.export stays cheap for the app and the CLI."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefdeck.export.report import ExportReport

if TYPE_CHECKING:
    from briefdeck.model.briefing import Briefing


def write_pptx(briefing: Briefing, path: str | Path, **options: Any) -> ExportReport:
    from briefdeck.export.pptx import write_pptx as _write

    return _write(briefing, path, **options)


def write_pdf(briefing: Briefing, path: str | Path, **options: Any) -> ExportReport:
    from briefdeck.export.pdf import write_pdf as _write

    return _write(briefing, path, **options)


__all__ = ["ExportReport", "write_pdf", "write_pptx"]
