"""The facts panel: one table per fact kind, reviewed by keyboard (A accept, R reject,
U back to draft, J/K next/previous), filtered by status, with a count of what is left."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from briefdeck.gui.bridge import ModelBridge
from briefdeck.gui.commands import InsertFact, RemoveFact, SetFactField
from briefdeck.gui.fact_table_model import FACT_ID_ROLE, STATUS_ROLE, FactTableModel
from briefdeck.gui.new_fact import blank_fact
from briefdeck.gui.theme import KIND_LABELS, KIND_NOUNS, kind_text_colour
from briefdeck.model.briefing import Change
from briefdeck.model.facts import FACT_KINDS

FILTERS: dict[str, set[str]] = {
    "All facts": {"draft", "accepted", "rejected"},
    "To review": {"draft"},
    "Accepted": {"accepted"},
    "Rejected": {"rejected"},
}
REVIEW_KEYS = {Qt.Key.Key_A: "accept", Qt.Key.Key_R: "reject", Qt.Key.Key_U: "draft",
               Qt.Key.Key_J: "next", Qt.Key.Key_K: "previous", Qt.Key.Key_Delete: "delete"}
VERBS = {"accepted": "Accept", "rejected": "Reject", "draft": "Reopen"}


class StatusFilter(QSortFilterProxyModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.allowed = FILTERS["All facts"]
        self.setDynamicSortFilter(True)

    def set_allowed(self, allowed: set[str]) -> None:
        if not hasattr(self, "beginFilterChange"):  # Qt < 6.10
            self.allowed = allowed
            self.invalidateFilter()
            return
        self.beginFilterChange()
        self.allowed = allowed
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: Any) -> bool:
        index = self.sourceModel().index(row, 0, parent)
        return self.sourceModel().data(index, STATUS_ROLE) in self.allowed


class ChoiceDelegate(QStyledItemDelegate):
    """Combo boxes for fields with a fixed set of values; reports refused entries."""

    refused = Signal(str)

    def __init__(self, model: FactTableModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.model = model

    def createEditor(self, parent: QWidget, option: Any, index: QModelIndex) -> QWidget:
        options = self.model.choices(index.column())
        if options is None:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.addItems(list(options))
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentText(str(index.data(Qt.ItemDataRole.EditRole)))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex) -> None:
        value = editor.currentText() if isinstance(editor, QComboBox) else editor.text()
        if not model.setData(index, value, Qt.ItemDataRole.EditRole) and self.model.last_error:
            self.refused.emit(self.model.last_error)


class ReviewTableView(QTableView):
    review_key = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                      Qt.KeyboardModifier.KeypadModifier)
        if plain and event.key() in REVIEW_KEYS and self.state() != self.State.EditingState:
            self.review_key.emit(REVIEW_KEYS[Qt.Key(event.key())])
            return
        super().keyPressEvent(event)


class FactsPanel(QWidget):
    fact_selected = Signal(str, str)  # kind, fact id
    message = Signal(str)  # for the status bar

    def __init__(self, bridge: ModelBridge, stack: QUndoStack, parent: Any = None) -> None:
        super().__init__(parent)
        self.bridge, self.stack = bridge, stack
        self.models: dict[str, FactTableModel] = {}
        self.proxies: dict[str, StatusFilter] = {}
        self.views: dict[str, ReviewTableView] = {}
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setStyleSheet("QTabBar::tab { padding: 4px 7px; }")
        for kind in FACT_KINDS:
            self.tabs.addTab(self._make_table(kind), KIND_LABELS[kind])
        self.tabs.currentChanged.connect(self._emit_selection)

        self.filter = QComboBox()
        self.filter.addItems(list(FILTERS))
        self.filter.currentTextChanged.connect(self.set_filter)
        self.left = QLabel()
        self.left.setToolTip("Drafts not yet accepted or rejected (all kinds)")
        bar = QHBoxLayout()
        bar.addWidget(QLabel("Show"))
        bar.addWidget(self.filter)
        bar.addSpacing(12)
        bar.addWidget(self.left)
        bar.addStretch(1)
        for text, tip, slot in (
            ("Accept", "Accept the selected fact (A)", lambda: self.review("accept")),
            ("Reject", "Reject the selected fact (R)", lambda: self.review("reject")),
            ("Add", "Add a blank fact to this tab", self.add_fact),
            ("Delete", "Delete the selected fact (Del)", self.delete_fact),
        ):
            button = QToolButton()
            button.setText(text)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.tabs)
        bridge.changed.connect(self._on_change)
        bridge.replaced.connect(self._on_replaced)
        self._update_counts()

    def _make_table(self, kind: str) -> QTableView:
        model = FactTableModel(kind, self.bridge, self.stack, self)
        proxy = StatusFilter(self)
        proxy.setSourceModel(model)
        view = ReviewTableView()
        view.setModel(proxy)
        delegate = ChoiceDelegate(model, view)
        delegate.refused.connect(self.message)
        view.setItemDelegate(delegate)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.SelectedClicked)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().setDefaultSectionSize(24)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = view.horizontalHeader()
        header.setHighlightSections(False)
        for i, column in enumerate(model.columns):
            view.setColumnWidth(i, column.width)
            if column.stretch:
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
        view.review_key.connect(self._on_key)
        view.selectionModel().currentRowChanged.connect(self._emit_selection)
        self.models[kind], self.proxies[kind], self.views[kind] = model, proxy, view
        return view

    # -- selection ----------------------------------------------------------------------
    def current_kind(self) -> str:
        return list(FACT_KINDS)[self.tabs.currentIndex()]

    def current_fact_id(self) -> str | None:
        view = self.views[self.current_kind()]
        index = view.currentIndex()
        return index.data(FACT_ID_ROLE) if index.isValid() else None

    def select_fact(self, kind: str, fact_id: str) -> None:
        row = self.models[kind].row_of(fact_id)
        if row < 0:
            return
        proxy = self.proxies[kind]
        index = proxy.mapFromSource(self.models[kind].index(row, 0))
        if not index.isValid():  # hidden by the filter: show everything
            self.filter.setCurrentText("All facts")
            index = proxy.mapFromSource(self.models[kind].index(row, 0))
        self.tabs.setCurrentIndex(list(FACT_KINDS).index(kind))
        self._select_row(kind, index.row())

    def _select_row(self, kind: str, row: int) -> None:
        view = self.views[kind]
        proxy = self.proxies[kind]
        if proxy.rowCount() == 0:
            view.clearSelection()
            return
        row = max(0, min(row, proxy.rowCount() - 1))
        view.selectRow(row)
        view.setCurrentIndex(proxy.index(row, view.currentIndex().column()
                                         if view.currentIndex().isValid() else 0))
        view.scrollTo(proxy.index(row, 0))

    def _emit_selection(self, *_args: object) -> None:
        fact_id = self.current_fact_id()
        if fact_id:
            self.fact_selected.emit(self.current_kind(), fact_id)

    # -- review ---------------------------------------------------------------------------
    def set_filter(self, name: str) -> None:
        if self.filter.currentText() != name:
            self.filter.setCurrentText(name)
            return
        for proxy in self.proxies.values():
            proxy.set_allowed(FILTERS[name])

    def _on_key(self, action: str) -> None:
        if action in ("accept", "reject", "draft"):
            self.review(action)
        elif action == "delete":
            self.delete_fact()
        else:
            kind = self.current_kind()
            row = self.views[kind].currentIndex().row()
            self._select_row(kind, row + (1 if action == "next" else -1))

    def review(self, action: str) -> None:
        status = {"accept": "accepted", "reject": "rejected", "draft": "draft"}[action]
        kind, fact_id = self.current_kind(), self.current_fact_id()
        briefing = self.bridge.briefing
        if fact_id is None or briefing is None:
            self.message.emit("Select a fact to review first")
            return
        view = self.views[kind]
        row = view.currentIndex().row()
        if briefing.fact(kind, fact_id).status != status:
            label = f"{VERBS[status]} {KIND_NOUNS[kind]} {fact_id}"
            self.stack.push(SetFactField(briefing, kind, fact_id, "status", status, label))
        # Move on to the next fact; a filtered-out row has already made room for it.
        still_here = self.proxies[kind].index(row, 0).data(FACT_ID_ROLE) == fact_id
        self._select_row(kind, row + 1 if still_here else row)

    def add_fact(self) -> None:
        briefing = self.bridge.briefing
        if briefing is None:
            return
        kind = self.current_kind()
        fact = blank_fact(briefing, kind)
        self.stack.push(InsertFact(briefing, kind, fact))
        self.select_fact(kind, fact.id)

    def delete_fact(self) -> None:
        kind, fact_id = self.current_kind(), self.current_fact_id()
        if fact_id and self.bridge.briefing is not None:
            row = self.views[kind].currentIndex().row()
            self.stack.push(RemoveFact(self.bridge.briefing, kind, fact_id))
            self._select_row(kind, row)

    def _on_replaced(self, _briefing: object) -> None:
        self._update_counts()
        # Start on the first kind that has facts, with its first row selected.
        kind = next((k for k in FACT_KINDS if self.models[k].rowCount()), "places")
        self.tabs.setCurrentIndex(list(FACT_KINDS).index(kind))
        # After every other view has taken the new briefing in (they may clear on replace).
        QTimer.singleShot(0, lambda: self._select_row(kind, 0))

    # -- counts ---------------------------------------------------------------------------
    def _on_change(self, change: Change) -> None:
        if change.area in FACT_KINDS and (change.action != "set" or change.field == "status"):
            self._update_counts()

    def restyle(self) -> None:
        """Re-read the theme's colours (light/dark switch): tab texts and status cells."""
        self._update_counts()
        for view in self.views.values():
            view.viewport().update()

    def _update_counts(self) -> None:
        briefing = self.bridge.briefing
        left = 0
        for i, kind in enumerate(FACT_KINDS):
            facts = briefing.facts_of(kind) if briefing else []
            drafts = sum(1 for f in facts if f.status == "draft")
            left += drafts
            self.tabs.setTabText(i, f"{KIND_LABELS[kind]} {len(facts)}")
            self.tabs.tabBar().setTabTextColor(i, kind_text_colour(kind))
        self.left.setText("All reviewed" if left == 0 else f"{left} left to review")
        self.left_count = left
