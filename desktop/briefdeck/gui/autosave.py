"""Autosave: every minute, unsaved work is written to a recovery file in the user's state
folder; the next start offers it back. A clean save or a deliberate discard removes it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer

from briefdeck.gui.document import Document
from briefdeck.gui.settings import state_dir

INTERVAL_MS = 60_000


def recovery_paths(folder: Path | None = None) -> tuple[Path, Path]:
    folder = folder or state_dir()
    return folder / "recovery.briefing.json", folder / "recovery.json"


class Autosaver(QObject):
    def __init__(self, document: Document, folder: Path | None = None, parent: Any = None):
        super().__init__(parent)
        self.document = document
        self.file, self.info = recovery_paths(folder)
        self.timer = QTimer(self, interval=INTERVAL_MS)
        self.timer.timeout.connect(self.save_now)
        document.stack.cleanChanged.connect(self._clean_changed)

    def start(self) -> None:
        self.timer.start()

    def save_now(self) -> bool:
        """Write the recovery file when there is unsaved work; True when written."""
        if not self.document.dirty:
            return False
        from briefdeck.files import atomic_write
        from briefdeck.model import io

        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(self.file, io.to_json(self.document.briefing).encode("utf-8"))
            path = str(self.document.path) if self.document.path else ""
            atomic_write(self.info, json.dumps({"path": path}).encode("utf-8"))
        except Exception:
            return False  # autosave is best effort; the next tick tries again
        return True

    def discard(self) -> None:
        self.file.unlink(missing_ok=True)
        self.info.unlink(missing_ok=True)

    def _clean_changed(self, clean: bool) -> None:
        if clean:
            self.discard()


def pending_recovery(folder: Path | None = None) -> tuple[Path, str] | None:
    """(recovery file, original path or '') when a previous session left unsaved work."""
    file, info = recovery_paths(folder)
    if not file.is_file():
        return None
    try:
        original = json.loads(info.read_text(encoding="utf-8")).get("path", "")
    except (OSError, ValueError, AttributeError):
        original = ""
    return file, str(original or "")
