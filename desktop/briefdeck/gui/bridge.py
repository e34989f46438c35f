"""Re-emits a Briefing's model Changes as a Qt signal, so views subscribe with connect()."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from briefdeck.model.briefing import Briefing, Change


class ModelBridge(QObject):
    changed = Signal(object)  # a briefdeck.model.Change
    replaced = Signal(object)  # a new Briefing is now the document

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._briefing: Briefing | None = None

    @property
    def briefing(self) -> Briefing | None:
        return self._briefing

    def attach(self, briefing: Briefing) -> None:
        if self._briefing is not None:
            self._briefing.unsubscribe(self._relay)
        self._briefing = briefing
        briefing.subscribe(self._relay)
        self.replaced.emit(briefing)

    def detach(self) -> None:
        if self._briefing is not None:
            self._briefing.unsubscribe(self._relay)
            self._briefing = None

    def _relay(self, change: Change) -> None:
        self.changed.emit(change)
