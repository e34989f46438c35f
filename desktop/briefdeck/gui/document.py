"""The open document: the Briefing, where it is saved, its undo stack and the bridge that
relays its changes. Opening another briefing swaps it here and every view follows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from briefdeck.gui.bridge import ModelBridge
from briefdeck.model.briefing import Briefing

BRIEFING_SUFFIX = ".briefing.json"


class Document(QObject):
    path_changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.stack = QUndoStack(self)
        self.bridge = ModelBridge(self)
        self.path: Path | None = None
        self.origin = ""  # the article it was drafted from, when not yet saved
        self.briefing = Briefing()
        self.bridge.attach(self.briefing)

    def replace(self, briefing: Briefing, path: str | Path | None, origin: str = "") -> None:
        self.stack.clear()
        self.briefing = briefing
        self.path = Path(path) if path else None
        self.origin = origin
        self.bridge.attach(briefing)
        self.stack.setClean()
        self.path_changed.emit()

    @property
    def dirty(self) -> bool:
        return not self.stack.isClean()

    def display_name(self) -> str:
        if self.path:
            return self.path.name
        if self.origin:
            return Path(self.origin).stem + BRIEFING_SUFFIX
        return "Untitled" + BRIEFING_SUFFIX

    def save(self, path: str | Path) -> None:
        from briefdeck.model import io

        target = Path(path)
        io.save(self.briefing, target)
        self.path = target
        self.stack.setClean()
        self.path_changed.emit()


def load_any(path: str | Path, published: str | None = None) -> tuple[Briefing, bool]:
    """A briefing file, or an article drafted into one (its relative dates read from
    `published`, YYYY-MM-DD, when given). Returns (briefing, is_briefing_file); raises
    BriefdeckError (or another Exception from a part still being written)."""
    name = str(path).lower()
    if name.endswith(".json"):
        from briefdeck.model import io

        return io.load(path), True
    from briefdeck.extract import draft_briefing
    from briefdeck.ingest import read_article

    return draft_briefing(read_article(str(path)), published=published), False


def demo_briefing() -> Briefing:
    """The shipped demo briefing, or an empty one while it is not there (or unreadable)."""
    try:
        from briefdeck.model import io
        from briefdeck.paths import assets_dir

        demo = assets_dir() / "demo.briefing.json"
        if demo.is_file():
            return io.load(demo)
    except Exception:  # the demo is a convenience; never fail to start over it
        pass
    return Briefing()
