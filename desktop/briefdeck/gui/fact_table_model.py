"""A thin table adapter over briefing.facts_of(kind). Edits become undo commands; rows follow
the model's Change announcements (relayed by the bridge), never the commands."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QUndoStack

from briefdeck.gui import values
from briefdeck.gui.bridge import ModelBridge
from briefdeck.gui.columns import COLUMNS, Column
from briefdeck.gui.commands import SetFactField
from briefdeck.gui.theme import colours, qcolor
from briefdeck.model.briefing import Briefing, Change
from briefdeck.model.facts import FACT_KINDS
from briefdeck.model.tolls import TOLL_MARKS, claim_words, with_claimant

FACT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


# A toll's qualifier in a narrow column: the form beside the table shows it in words.
_TOLLS = ("killed", "wounded")


class FactTableModel(QAbstractTableModel):
    def __init__(self, kind: str, bridge: ModelBridge, stack: QUndoStack, parent: Any = None):
        super().__init__(parent)
        self.kind, self.stack = kind, stack
        self.columns: tuple[Column, ...] = COLUMNS[kind]
        self.cls = FACT_KINDS[kind]
        self.briefing: Briefing | None = None
        self._rows: list[Any] = []  # our own copy of the list, so row signals stay truthful
        self.last_error = ""  # why the last setData was refused (shown by the view)
        bridge.replaced.connect(self.set_briefing)
        bridge.changed.connect(self._on_change)
        if bridge.briefing is not None:
            self.set_briefing(bridge.briefing)

    # -- following the model ----------------------------------------------------------
    def set_briefing(self, briefing: Briefing) -> None:
        self.beginResetModel()
        self.briefing = briefing
        self._rows = list(briefing.facts_of(self.kind))
        self.endResetModel()

    def _on_change(self, change: Change) -> None:
        if change.area != self.kind or self.briefing is None:
            return
        if change.action == "insert":
            fact = self.briefing.fact(self.kind, change.id)
            row = self.briefing.index_of(self.kind, change.id)
            self.beginInsertRows(QModelIndex(), row, row)
            self._rows.insert(row, fact)
            self.endInsertRows()
        elif change.action == "remove":
            row = self.row_of(change.id or "")
            if row >= 0:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()
        elif change.action == "set":
            row = self.row_of(change.id or "")
            if row >= 0:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
        else:
            self.set_briefing(self.briefing)

    # -- reading ----------------------------------------------------------------------
    def row_of(self, fact_id: str) -> int:
        return next((i for i, f in enumerate(self._rows) if f.id == fact_id), -1)

    def fact_at(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.columns[section].header
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.columns[section].field
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self._rows):
                return self._rows[section].id
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        fact = self._rows[index.row()]
        column = self.columns[index.column()]
        value = getattr(fact, column.field)
        if role == Qt.ItemDataRole.DisplayRole:
            if column.decimals is not None and isinstance(value, float):
                return f"{value:.{column.decimals}f}"
            if column.field in _TOLLS and value is not None:  # "more than 40" reads ">40"
                count = TOLL_MARKS.get(getattr(fact, f"{column.field}_qualifier"), "") + str(value)
                # whose word the toll is, as the slides say it: '4 (according to Kataib Hezbollah)'
                return with_claimant(count, fact.toll_claimed_by) if value else count
            return values.display(value)
        if role == Qt.ItemDataRole.EditRole:
            return values.edit_text(value)
        if role == Qt.ItemDataRole.ToolTipRole:
            words = self.briefing.span_text(fact) if self.briefing else ""
            tip = f"{fact.id}: “{words}”" if words else fact.id
            if column.field in _TOLLS and value and fact.toll_claimed_by:
                tip += f"\nToll {claim_words(fact.toll_claimed_by)}"
            return tip
        if role == Qt.ItemDataRole.ForegroundRole:
            if fact.status == "rejected":
                return qcolor(colours().status["rejected"])
            if column.field == "status" and fact.status in colours().status:
                return qcolor(colours().status[fact.status])
        if role == Qt.ItemDataRole.FontRole and fact.status == "rejected":
            font = QFont()
            font.setStrikeOut(column.field != "status")
            return font
        if role == FACT_ID_ROLE:
            return fact.id
        if role == STATUS_ROLE:
            return fact.status
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable)

    # -- editing: through the undo stack ----------------------------------------------
    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.briefing is None:
            return False
        if index.row() >= len(self._rows):
            return False
        fact = self._rows[index.row()]
        field = self.columns[index.column()].field
        try:
            new = values.checked(fact, field, value)
        except ValueError as exc:
            self.last_error = f"{self.columns[index.column()].header}: {exc}"
            return False
        self.last_error = ""
        if new == getattr(fact, field):
            return True
        self.stack.push(SetFactField(self.briefing, self.kind, fact.id, field, new))
        return True

    def choices(self, column: int) -> tuple[str, ...] | None:
        return values.choices(self.cls, self.columns[column].field)
