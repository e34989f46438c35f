"""The main window: assembles the panels around one Document and wires them together.
Behaviour lives in the panels, the commands and FileActions; this file only connects them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QGroupBox, QLabel, QMainWindow, QSplitter, QVBoxLayout, QWidget

from briefdeck.compose.selection import select_facts
from briefdeck.gui.charts_panel import ChartsPanel
from briefdeck.gui.commands import InsertFact
from briefdeck.gui.dialogs import Button, ask_save_changes
from briefdeck.gui.document import Document
from briefdeck.gui.export_status import ExportStatus
from briefdeck.gui.fact_form import FactForm
from briefdeck.gui.facts_panel import FactsPanel
from briefdeck.gui.file_actions import FileActions
from briefdeck.gui.narrative_panel import NarrativePanel
from briefdeck.gui.new_fact import fact_from_span
from briefdeck.gui.preview_panel import PreviewPanel
from briefdeck.gui.settings import Settings
from briefdeck.gui.source_panel import SourcePanel
from briefdeck.gui.theme import action_icon, colours
from briefdeck.model.briefing import Briefing
from briefdeck.model.marking import BANNER_COLOURS, banner_text

APP_NAME = "briefdeck"


def _boxed(title: str, widget: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(6, 6, 6, 6)
    layout.addWidget(widget)
    return box


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.document = Document(self)
        self.settings = settings or Settings()
        bridge, stack = self.document.bridge, self.document.stack
        self.source = SourcePanel(bridge, stack)
        self.facts = FactsPanel(bridge, stack)
        self.form = FactForm(bridge, stack)
        self.narrative = NarrativePanel(bridge, stack)
        self.charts = ChartsPanel(bridge)
        self.preview = PreviewPanel(bridge)
        self.charts.addTab(self.preview, "One-pager")
        self.deck_preview = PreviewPanel(bridge, pages="deck")
        self.charts.addTab(self.deck_preview, "Deck")
        self.files = FileActions(self, self.document, self.settings)
        self.autosaver: Any = None  # set by the app when autosave runs
        self.banner = QLabel()
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._assemble()
        self._make_menus()
        self._wire()
        self.resize(1400, 900)
        self._update_title()
        self._update_banner()

    # -- layout ---------------------------------------------------------------------------
    def _assemble(self) -> None:
        centre = QSplitter(Qt.Orientation.Vertical)
        centre.addWidget(_boxed("Facts", self.facts))
        centre.addWidget(_boxed("Selected fact", self.form))
        centre.setSizes([430, 390])
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(_boxed("Briefing", self.narrative))
        right.addWidget(self.charts)
        right.setSizes([440, 380])  # (room for a BLUF of a few sentences to be read)
        right.setStretchFactor(1, 1)  # a taller window gives the charts the room
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(_boxed("Article", self.source))
        self.splitter.addWidget(centre)
        self.splitter.addWidget(right)
        # (the right column wide enough for its five tabs' names and the drafts box)
        self.splitter.setSizes([310, 680, 410])
        for i in range(3):
            self.splitter.setCollapsible(i, False)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 0, 4, 4)
        layout.setSpacing(4)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(body)
        self.summary = QLabel()
        self.export_status = ExportStatus()
        self.statusBar().addPermanentWidget(self.export_status)
        self.statusBar().addPermanentWidget(self.summary)
        self.apply_theme()
        self.statusBar().showMessage("Ready")

    def _make_menus(self) -> None:
        stack, files = self.document.stack, self.files
        file_menu = self.menuBar().addMenu("&File")
        self._action(file_menu, "&Open…", QKeySequence.StandardKey.Open, files.open_dialog,
                     "open")
        self.recent_menu = file_menu.addMenu("Open &Recent")
        self.recent_menu.aboutToShow.connect(lambda: files.fill_recent(self.recent_menu))
        file_menu.addSeparator()
        self._action(file_menu, "&Save", QKeySequence.StandardKey.Save, files.save, "save")
        self._action(file_menu, "Save &As…", QKeySequence.StandardKey.SaveAs, files.save_as)
        self._action(file_menu, "&Export…", QKeySequence("Ctrl+E"), files.export_dialog,
                     "export")
        file_menu.addSeparator()
        self._action(file_menu, "Set Publication &Date…", QKeySequence(),
                     files.set_published_dialog).setStatusTip(
            "Draft the article again, reading dates such as 'on Monday' from the day it was "
            "published")
        file_menu.addSeparator()
        self._action(file_menu, "&Quit", QKeySequence.StandardKey.Quit, self.close)
        edit_menu = self.menuBar().addMenu("&Edit")
        undo = stack.createUndoAction(self, "&Undo")
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = stack.createRedoAction(self, "&Redo")
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        undo.setIcon(action_icon("undo"))
        redo.setIcon(action_icon("redo"))
        edit_menu.addActions([undo, redo])
        edit_menu.addSeparator()
        self._action(edit_menu, "&Find in Article", QKeySequence.StandardKey.Find,
                     self._focus_find)
        review = self.menuBar().addMenu("&Review")
        for text, key, action in (("Accept", "A", "accept"), ("Reject", "R", "reject"),
                                  ("Back to Draft", "U", "draft")):
            item = review.addAction(f"{text}\t{key}", lambda a=action: self.facts.review(a))
            item.setToolTip(f"Also the {key} key in the facts table")
            if action in ("accept", "reject"):
                item.setIcon(action_icon(action))
        review.addSeparator()
        for name in ("To review", "All facts", "Accepted", "Rejected"):
            review.addAction(f"Show {name.lower()}", lambda n=name: self.facts.set_filter(n))

    def apply_theme(self) -> None:
        """Re-read the theme's colours everywhere they are drawn by hand (light/dark switch)."""
        self.summary.setStyleSheet(f"color:#{colours().label}; padding-right:6px")
        for panel in (self.source, self.form, self.narrative, self.preview, self.deck_preview):
            panel.restyle()
        self.charts.restyle()  # redrawn once the event loop runs: the first paint never waits
        self.facts.restyle()

    def _action(self, menu: Any, text: str, key: Any, slot: Any,
                icon: str | None = None) -> QAction:
        action = menu.addAction(text)
        if icon:
            action.setIcon(action_icon(icon))
        action.setShortcut(QKeySequence(key))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    # -- wiring ---------------------------------------------------------------------------
    def _wire(self) -> None:
        doc = self.document
        # Methods, not lambdas, as slots: Qt drops them when the window is destroyed.
        doc.stack.cleanChanged.connect(self._update_title)
        doc.path_changed.connect(self._update_title)
        doc.bridge.replaced.connect(self._update_banner)
        doc.bridge.changed.connect(self._on_change)
        self.facts.fact_selected.connect(self._fact_selected)
        self.source.fact_clicked.connect(self.facts.select_fact)
        self.source.new_fact_requested.connect(self._new_fact_from_span)
        self.charts.fact_clicked.connect(self._chart_clicked)
        self.charts.currentChanged.connect(self._charts_tab_changed)
        self.files.export_started.connect(self.export_status.busy)
        self.files.exported.connect(self.export_status.done)
        self.files.export_failed.connect(self.export_status.idle)
        for signal in (self.facts.message, self.files.message, self.charts.failed):
            signal.connect(self._show_message)
        self.files.notice.connect(self.statusBar().showMessage)  # stays until the next

    def _on_change(self, change: Any) -> None:
        if change.area == "meta":
            self._update_banner()
        elif change.action != "set" or change.field in ("status", "marking"):
            self._update_summary()
            self._update_banner()  # DRAFT or not, and the level, follow what is reviewed

    def _update_summary(self) -> None:
        facts = [f for _, f in self.document.briefing.all_facts()]
        accepted = sum(1 for f in facts if f.status == "accepted")
        rejected = sum(1 for f in facts if f.status == "rejected")
        where = str(self.document.path) if self.document.path else "not saved yet"
        self.summary.setText(f"{len(facts)} facts · {accepted} accepted · {rejected} rejected"
                             f"  |  {where}")

    def _fact_selected(self, kind: str, fact_id: str) -> None:
        self.form.show_fact(kind, fact_id)
        self.source.show_fact(kind, fact_id)

    def _chart_clicked(self, fact_id: str) -> None:
        for kind, fact in self.document.briefing.all_facts():
            if fact.id == fact_id:
                self.facts.select_fact(kind, fact_id)
                return

    def _new_fact_from_span(self, kind: str, source_id: str, start: int, end: int) -> None:
        briefing = self.document.briefing
        fact = fact_from_span(briefing, kind, source_id, start, end)
        self.document.stack.push(InsertFact(briefing, kind, fact))
        self.facts.select_fact(kind, fact.id)

    def _focus_find(self) -> None:
        self.source.find_box.setFocus()
        self.source.find_box.selectAll()

    def _charts_tab_changed(self, _index: int) -> None:
        # "Show drafts" steers the charts; the one-pager shows what Export writes.
        pages = (self.preview, self.deck_preview)
        self.charts.drafts.setVisible(self.charts.currentWidget() not in pages)

    def _show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def _update_title(self, *_args: object) -> None:
        self._update_summary()
        self.setWindowTitle(f"{self.document.display_name()}[*] — {APP_NAME}")
        self.setWindowModified(self.document.dirty)

    def _update_banner(self, *_args: object) -> None:
        """The banner an export would print by default: the highest level of what it shows,
        and "// DRAFT" while unreviewed facts go out (nothing accepted yet)."""
        briefing = self.document.briefing
        try:
            selection = select_facts(briefing)
            mark = selection.marking
            background, text = BANNER_COLOURS[mark]
            self.banner.setText(banner_text(mark, selection.draft))
            self.banner.setToolTip(
                "The banner an export prints now" + (
                    ": nothing is accepted yet, so the drafts go out marked DRAFT"
                    if selection.draft else " (accepted facts only)"))
        except ValueError:  # a classification briefdeck does not know: shown as written
            background, text = "6B7280", "FFFFFF"
            self.banner.setText(briefing.meta.classification)
            self.banner.setToolTip("")
        self.banner.setStyleSheet(f"background:#{background}; color:#{text}; font-weight:bold;"
                                  "padding:2px; letter-spacing:1px")

    # -- document -------------------------------------------------------------------------
    def set_briefing(self, briefing: Briefing, path: str | None = None) -> None:
        self.document.replace(briefing, path)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.facts.views[self.facts.current_kind()].setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.files.commit_pending_edits()
        if self.document.dirty:
            answer = ask_save_changes(self, self.document.display_name())
            if answer == Button.Cancel or (answer == Button.Save and not self.files.save()):
                event.ignore()
                return
        if self.autosaver is not None:  # saved or deliberately discarded: nothing to recover
            self.autosaver.discard()
        self.settings.set("layout", {
            "geometry": self.saveGeometry().toBase64().data().decode("ascii"),
            "panels": self.splitter.saveState().toBase64().data().decode("ascii"),
        })
        event.accept()

    def restore_layout(self) -> None:
        """The window size and panel widths of the last session, if any."""
        layout = self.settings.get("layout")
        if isinstance(layout, dict):
            try:
                self.restoreGeometry(QByteArray.fromBase64(layout["geometry"].encode("ascii")))
                self.splitter.restoreState(QByteArray.fromBase64(layout["panels"].encode("ascii")))
            except (KeyError, AttributeError):
                pass  # an older or damaged settings file: keep the defaults
