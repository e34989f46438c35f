"""The form beside the facts table: every field of the selected fact, validated by the model
before any edit is pushed; a refused value shows its reason under the field."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from briefdeck.gui import values
from briefdeck.gui.bridge import ModelBridge
from briefdeck.gui.commands import SetFactField
from briefdeck.gui.theme import KIND_NOUNS, colours
from briefdeck.model.briefing import Change
from briefdeck.model.facts import Fact

LABELS = {"lat": "Latitude", "lon": "Longitude", "value_high": "Upper value",
          "date_text": "Date as written", "date_precision": "Date precision",
          "credibility": "Credibility (1-6)", "marking": "Portion mark", "status": "Review",
          "toll_claimed_by": "Toll according to"}


class FactForm(QScrollArea):
    def __init__(self, bridge: ModelBridge, stack: QUndoStack, parent: Any = None) -> None:
        super().__init__(parent)
        self.bridge, self.stack = bridge, stack
        self.kind: str | None = None
        self.fact_id: str | None = None
        self.editors: dict[str, QLineEdit | QComboBox] = {}
        self.errors: dict[str, QLabel] = {}
        self.setWidgetResizable(True)
        self.setMinimumWidth(240)
        self._body = QWidget()
        self.setWidget(self._body)
        self._layout = QVBoxLayout(self._body)
        self.title = QLabel("<i>Select a fact to see and edit all its fields.</i>")
        self.title.setWordWrap(True)
        self._layout.addWidget(self.title)
        self._form = QFormLayout()
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._layout.addLayout(self._form)
        self.words = QLabel()
        self.words.setWordWrap(True)
        self.words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.restyle()
        self._layout.addWidget(self.words)
        self._layout.addStretch(1)
        bridge.changed.connect(self._on_change)
        bridge.replaced.connect(self._clear)

    def restyle(self) -> None:
        """Re-read the theme's colours (light/dark switch)."""
        self.words.setStyleSheet(f"color:#{colours().words}; font-style:italic")
        for error in self.errors.values():
            error.setStyleSheet(f"color:#{colours().error}")

    def show_fact(self, kind: str | None, fact_id: str | None) -> None:
        self.kind, self.fact_id = kind, fact_id
        while self._form.rowCount():
            self._form.removeRow(0)
        self.editors.clear()
        self.errors.clear()
        fact = self._fact()
        if fact is None:
            self.title.setText("<i>Select a fact to see and edit all its fields.</i>")
            self.words.clear()
            return
        self.title.setText(f"<b>{KIND_NOUNS[kind or '']} {fact.id}</b>")
        cls = type(fact)
        base = [f for f in cls.model_fields if f in Fact.model_fields]
        own = [f for f in cls.model_fields if f not in Fact.model_fields]
        for field in own + base:  # what the fact says first, review and marking after
            if field in values.EDITABLE_SKIP:
                continue
            options = values.choices(cls, field)
            editor: QLineEdit | QComboBox
            if options is not None:
                editor = QComboBox()
                editor.addItems(list(options))
                editor.activated.connect(self._commit_sender)
            else:
                editor = QLineEdit()
                editor.editingFinished.connect(self._commit_sender)
                if values._is_list(values.field_annotation(cls, field)):
                    editor.setPlaceholderText("separate with ;")
            editor.setObjectName(field)  # read back by _commit_sender
            error = QLabel()
            error.setStyleSheet(f"color:#{colours().error}")
            error.setWordWrap(True)
            error.hide()
            holder = QWidget()
            box = QVBoxLayout(holder)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(1)
            box.addWidget(editor)
            box.addWidget(error)
            self._form.addRow(LABELS.get(field, field.replace("_", " ").capitalize()), holder)
            self.editors[field], self.errors[field] = editor, error
        self._load_values()

    # Slots are methods, not lambdas: Qt drops them when the form is destroyed.
    def _clear(self, *_args: object) -> None:
        self.show_fact(None, None)

    def _commit_sender(self, *_args: object) -> None:
        sender = self.sender()
        if sender is not None:
            self._commit(sender.objectName())

    def _fact(self) -> Any:
        briefing = self.bridge.briefing
        if briefing is None or self.kind is None or self.fact_id is None:
            return None
        try:
            return briefing.fact(self.kind, self.fact_id)
        except KeyError:
            return None

    def _load_values(self) -> None:
        fact = self._fact()
        if fact is None:
            return
        for field, editor in self.editors.items():
            value = getattr(fact, field)
            if isinstance(editor, QComboBox):
                editor.setCurrentText(str(value))
            elif not editor.hasFocus() or not editor.isModified():
                editor.setText(values.edit_text(value))
                editor.setModified(False)
        briefing = self.bridge.briefing
        words = briefing.span_text(fact) if briefing else ""
        prov = fact.provenance
        where = f" ({prov.source}, characters {prov.start}-{prov.end})" if prov else ""
        self.words.setText(f"Source words{where}: “{words}”" if words else "No source words")

    def _commit(self, field: str) -> None:
        fact, briefing = self._fact(), self.bridge.briefing
        editor = self.editors.get(field)
        if fact is None or briefing is None or editor is None or self.kind is None:
            return
        text = editor.currentText() if isinstance(editor, QComboBox) else editor.text()
        try:
            value = values.checked(fact, field, text)
        except ValueError as exc:
            self.errors[field].setText(str(exc))
            self.errors[field].show()
            return
        self.errors[field].hide()
        if value != getattr(fact, field):
            self.stack.push(SetFactField(briefing, self.kind, fact.id, field, value))
            if field in ("killed", "wounded") and getattr(fact, "toll_claimed_by", ""):
                self._claimant_hint(fact.toll_claimed_by)

    def _claimant_hint(self, claimant: str) -> None:
        """A count changed on a toll that is a party's word: the claimant still goes out with
        it ("2 killed (according to X)"), so say so where it can be cleared, without clearing
        it for the analyst (the new count may be the same party's revision)."""
        hint = self.errors.get("toll_claimed_by")
        if hint is None:
            return
        hint.setText(f"Still given as {claimant}'s word on every slide: clear this if the new "
                     "count is someone else's.")
        hint.setStyleSheet(f"color:#{colours().words}; font-style:italic")
        hint.show()

    def _on_change(self, change: Change) -> None:
        if change.area != self.kind:
            return
        if change.action == "remove" and change.id == self.fact_id:
            self.show_fact(None, None)
        elif change.id == self.fact_id:
            self._load_values()
