"""Title, classification, prepared by, as-of, BLUF, key points and outlook, each edit an undo
command; invalid entries (a bad date-time, say) are refused with the model's reason."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from briefdeck.gui.bridge import ModelBridge
from briefdeck.gui.commands import SetMeta, SetNarrative
from briefdeck.gui.theme import colours
from briefdeck.model.briefing import Briefing, Change
from briefdeck.model.marking import LEVELS

META = ("title", "classification", "prepared_by", "as_of")
NARRATIVE = ("bluf", "key_points", "outlook")
_HEIGHTS = {"bluf": (96, 150), "key_points": (70, 110), "outlook": (44, 70)}  # min, max px
LABELS = {"title": "Title", "classification": "Classification", "prepared_by": "Prepared by",
          "as_of": "As of", "bluf": "BLUF", "key_points": "Key points", "outlook": "Outlook"}


class NarrativePanel(QWidget):
    def __init__(self, bridge: ModelBridge, stack: QUndoStack, parent: Any = None) -> None:
        super().__init__(parent)
        self.bridge, self.stack = bridge, stack
        self.editors: dict[str, QLineEdit | QComboBox | QPlainTextEdit] = {}
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field in META + NARRATIVE:
            editor: QLineEdit | QComboBox | QPlainTextEdit
            if field == "classification":
                editor = QComboBox()
                editor.addItems(list(LEVELS.values()))
                editor.activated.connect(self._commit_sender)
            elif field in NARRATIVE:
                editor = QPlainTextEdit()
                editor.setTabChangesFocus(True)
                # the BLUF is what the reader reads first: room for five lines of it
                editor.setMaximumHeight(_HEIGHTS[field][1])
                editor.setMinimumHeight(_HEIGHTS[field][0])
                editor.installEventFilter(self)  # commit when focus leaves
                if field == "key_points":
                    editor.setPlaceholderText("One key point per line")
            else:
                editor = QLineEdit()
                editor.editingFinished.connect(self._commit_sender)
                if field == "as_of":
                    editor.setPlaceholderText("YYYY-MM-DDTHH:MM, e.g. 2020-03-16T12:00:00+00:00")
            editor.setObjectName(field)  # read back by _commit_sender
            self.editors[field] = editor
            form.addRow(LABELS[field], editor)
        self.error = QLabel()
        self.restyle()
        self.error.setWordWrap(True)
        form.addRow("", self.error)
        bridge.replaced.connect(self.load)
        bridge.changed.connect(self._on_change)
        if bridge.briefing is not None:
            self.load(bridge.briefing)

    def restyle(self) -> None:
        """Re-read the theme's colours (light/dark switch)."""
        self.error.setStyleSheet(f"color:#{colours().error}")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            for field, editor in self.editors.items():
                if editor is watched:
                    self._commit(field)
        return super().eventFilter(watched, event)

    def load(self, briefing: Briefing | None = None) -> None:
        briefing = briefing or self.bridge.briefing
        if briefing is None:
            return
        for field, editor in self.editors.items():
            record = briefing.meta if field in META else briefing.narrative
            value = getattr(record, field)
            text = "\n".join(value) if isinstance(value, list) else str(value)
            if isinstance(editor, QComboBox):
                editor.setCurrentText(text)
            elif isinstance(editor, QPlainTextEdit):
                if editor.toPlainText() != text:
                    editor.setPlainText(text)
            elif editor.text() != text:
                editor.setText(text)
                editor.setCursorPosition(0)  # show the start of a long title
        self.error.clear()

    def _on_change(self, change: Change) -> None:
        if change.area in ("meta", "narrative"):
            self.load()

    def _commit_sender(self, *_args: object) -> None:
        sender = self.sender()  # a method, not a lambda: Qt drops it with the panel
        if sender is not None:
            self._commit(sender.objectName())

    def _commit(self, field: str) -> None:
        briefing = self.bridge.briefing
        if briefing is None:
            return
        editor = self.editors[field]
        if isinstance(editor, QComboBox):
            value: Any = editor.currentText()
        elif isinstance(editor, QPlainTextEdit):
            value = editor.toPlainText()
            if field == "key_points":
                value = [line.strip() for line in value.splitlines() if line.strip()]
        else:
            value = editor.text()
        record = briefing.meta if field in META else briefing.narrative
        if value == getattr(record, field):
            return
        try:  # dry run on a copy: a refused value never reaches the undo stack
            setattr(record.model_copy(), field, value)
        except Exception as exc:
            self.error.setText(f"{LABELS[field]}: {_reason(exc)}")
            return
        self.error.clear()
        command = SetMeta if field in META else SetNarrative
        self.stack.push(command(briefing, field, value, f"Edit {LABELS[field]}"))


def _reason(exc: Exception) -> str:
    errors = getattr(exc, "errors", None)
    if callable(errors):
        return str(errors()[0]["msg"]).removeprefix("Value error, ")
    return str(exc)
