"""The analyst's grade of the article's source (Admiralty A-F), chosen from a list: each choice
is an undo command, and the slides and one-pager print it with every sourced fact."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack, QWheelEvent
from PySide6.QtWidgets import QComboBox

from briefdeck.gui.bridge import ModelBridge
from briefdeck.gui.commands import SetSourceField
from briefdeck.model.briefing import Briefing, Change
from briefdeck.model.grades import RELIABILITY, UNGRADED

CHOICES = ((UNGRADED, "Not yet graded"),
           *((grade, f"{grade}: {words}") for grade, words in RELIABILITY.items()))


class SourceGrade(QComboBox):
    def __init__(self, bridge: ModelBridge, stack: QUndoStack, parent: Any = None) -> None:
        super().__init__(parent)
        self.bridge, self.stack = bridge, stack
        for grade, label in CHOICES:
            self.addItem(label, grade)
        self.setToolTip("How reliable this source is (Admiralty grading, A-F). It is printed "
                        "with every fact drawn from it on the slides and the one-pager.")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # not taken by a passing wheel
        self.activated.connect(self._chosen)
        bridge.replaced.connect(self.load)
        bridge.changed.connect(self._on_change)
        self.load(bridge.briefing)

    def wheelEvent(self, event: QWheelEvent) -> None:
        # scrolling the panel past the list must not re-grade the source: only once chosen
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()

    def load(self, briefing: Briefing | None = None) -> None:
        source = briefing.sources[0] if briefing is not None and briefing.sources else None
        self.setEnabled(source is not None)
        index = self.findData(source.reliability if source is not None else UNGRADED)
        self.setCurrentIndex(max(index, 0))

    def _on_change(self, change: Change) -> None:
        if change.area == "sources" and change.field in ("reliability", None):
            self.load(self.bridge.briefing)

    def _chosen(self, index: int) -> None:
        briefing = self.bridge.briefing
        if briefing is None or not briefing.sources:
            return
        source, grade = briefing.sources[0], self.itemData(index)
        if grade != source.reliability:
            label = f"Grade source {grade}" if grade else "Clear source grade"
            self.stack.push(SetSourceField(briefing, source.id, "reliability", grade, label))
