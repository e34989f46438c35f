"""What an export tells its caller: where it wrote, how much, and what the user should know."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class ExportReport:
    path: Path
    pages: int = 0  # slides of a deck, pages of a PDF
    draft: bool = False
    warnings: list[str] = field(default_factory=list)
