"""The article as read: boilerplate greyed, each fact's words highlighted in its kind's colour.
Clicking a highlight selects its fact; a selection can become a new fact (its provenance)."""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QFont,
    QMouseEvent,
    QTextCharFormat,
    QTextCursor,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from briefdeck.gui.bridge import ModelBridge
from briefdeck.gui.source_grade import SourceGrade
from briefdeck.gui.theme import (
    KIND_COLOURS,
    KIND_NOUNS,
    colours,
    drawable_text,
    qcolor,
    with_symbol_fallback,
)
from briefdeck.model.briefing import Briefing, Change, Source

# The fields a highlight is drawn from: a fact's words, and whether it is rejected (its tooltip
# shows the status). Editing any other field leaves the article as it is.
HIGHLIGHT_FIELDS = frozenset({"provenance", "status", None})


class Utf16Offsets:
    """Python indexes count code points, Qt's text positions count UTF-16 units."""

    def __init__(self, text: str) -> None:
        self.wide = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]

    def to_qt(self, i: int) -> int:
        return i + bisect_right(self.wide, i - 1)

    def from_qt(self, q: int) -> int:
        i = q
        while self.to_qt(i) > q:
            i -= 1
        return i


class SourceText(QPlainTextEdit):
    clicked_at = Signal(int)  # a Python index into the source text
    new_fact_requested = Signal(str, int, int)  # kind, start, end (Python indexes)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        font = with_symbol_fallback(QFont("DejaVu Serif"))
        font.setPointSizeF(10.5)
        self.setFont(font)
        self.offsets = Utf16Offsets("")
        self.setPlaceholderText("This briefing does not carry its article's text (the demo leaves "
                                "it out). Open an article (Ctrl+O) to see each fact's words "
                                "highlighted in it.")

    def set_source_text(self, text: str) -> None:
        self.offsets = Utf16Offsets(text)
        self.setPlainText(drawable_text(text, self.font()))  # no empty boxes for emoji

    def selected_span(self) -> tuple[int, int] | None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return (self.offsets.from_qt(cursor.selectionStart()),
                self.offsets.from_qt(cursor.selectionEnd()))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            pos = self.cursorForPosition(event.position().toPoint()).position()
            self.clicked_at.emit(self.offsets.from_qt(pos))

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        span = self.selected_span()
        menu.addSeparator()
        for kind in ("places", "figures", "events", "quotes", "attributions", "systems",
                     "organizations", "people"):
            action = menu.addAction(f"New {KIND_NOUNS[kind]} from selection")
            action.setEnabled(span is not None and span[1] > span[0])
            if span:
                action.triggered.connect(
                    lambda _c=False, k=kind, s=span: self.new_fact_requested.emit(k, s[0], s[1]))
        menu.exec(event.globalPos())


class SourcePanel(QWidget):
    fact_clicked = Signal(str, str)  # kind, fact id
    new_fact_requested = Signal(str, str, int, int)  # kind, source id, start, end

    def __init__(self, bridge: ModelBridge, stack: QUndoStack, parent: Any = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.source: Source | None = None
        self.selected: tuple[str, str] | None = None
        self.spans: list[tuple[int, int, str, str]] = []  # start, end, kind, id
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.find_box = QLineEdit()
        self.find_box.setPlaceholderText("Find in article (Enter for next)")
        self.find_box.setClearButtonEnabled(True)
        self.find_box.returnPressed.connect(self.find_next)
        self.text = SourceText()
        self.text.clicked_at.connect(self._clicked_at)
        self.text.new_fact_requested.connect(self._new_fact)
        self.grade = SourceGrade(bridge, stack)
        graded = QHBoxLayout()
        graded.addWidget(QLabel("Reliability"))
        graded.addWidget(self.grade, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(graded)
        layout.addWidget(self.find_box)
        layout.addWidget(self.text, 1)
        self._refresh_timer = QTimer(self, singleShot=True, interval=0)
        self._refresh_timer.timeout.connect(self.refresh_highlights)
        bridge.replaced.connect(self.set_briefing)
        bridge.changed.connect(self._on_change)
        if bridge.briefing is not None:
            self.set_briefing(bridge.briefing)

    def set_briefing(self, briefing: Briefing) -> None:
        self.source = briefing.sources[0] if briefing.sources else None
        self.selected = None
        src = self.source
        if src is None:
            self.heading.setText("<i>No article: open one to see its text here.</i>")
            self.text.set_source_text("")
        else:
            self._show_heading(src)
            self.text.set_source_text(src.text)
        self.refresh_highlights()

    def restyle(self) -> None:
        """Re-read the theme's colours (light/dark switch), keeping the scroll position."""
        if self.bridge.briefing is None:
            return
        if self.source is not None:
            self._show_heading(self.source)
        self.refresh_highlights()

    def _show_heading(self, src: Source) -> None:
        bits = [b for b in (src.outlet, src.published, src.byline) if b]
        self.heading.setText(f"<b>{_esc(src.headline or 'Article')}</b><br>"
                             f"<span style='color:#{colours().note}'>{_esc(' · '.join(bits))}"
                             "</span>")

    def _on_change(self, change: Change) -> None:
        if change.area == "sources" and change.field in ("text", "boilerplate", "headline"):
            if self.bridge.briefing is not None:
                self.set_briefing(self.bridge.briefing)
        elif change.area not in ("meta", "narrative") and (
                change.action != "set" or change.field in HIGHLIGHT_FIELDS):
            self._refresh_timer.start()  # a latitude or a note changes no highlight

    # -- highlights -------------------------------------------------------------------------
    def refresh_highlights(self) -> None:
        briefing, src = self.bridge.briefing, self.source
        selections: list[QTextEdit.ExtraSelection] = []
        self.spans = []
        if briefing is None or src is None:
            self.text.setExtraSelections(selections)
            return
        c = colours()
        grey = QTextCharFormat()
        grey.setForeground(qcolor(c.boilerplate))
        grey.setFontItalic(True)
        for span in src.boilerplate:
            selections.append(self._selection(span.start, span.end, grey))
        for kind, fact in briefing.all_facts():
            prov = fact.provenance
            if prov is None or prov.source != src.id or fact.status == "rejected":
                continue
            self.spans.append((prov.start, prov.end, kind, fact.id))
            chosen = self.selected == (kind, fact.id)
            fmt = QTextCharFormat()
            fmt.setBackground(qcolor(KIND_COLOURS[kind],
                                     c.selected_alpha if chosen else c.highlight_alpha))
            if chosen:
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setToolTip(f"{KIND_NOUNS[kind]} {fact.id} ({fact.status})")
            selections.append(self._selection(prov.start, prov.end, fmt))
        self.text.setExtraSelections(selections)

    def _selection(self, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        sel = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.text.document())
        size = self.text.document().characterCount() - 1
        cursor.setPosition(min(self.text.offsets.to_qt(start), size))
        cursor.setPosition(min(self.text.offsets.to_qt(end), size),
                           QTextCursor.MoveMode.KeepAnchor)
        sel.cursor = cursor
        sel.format = fmt
        return sel

    def show_fact(self, kind: str, fact_id: str) -> None:
        """Highlight the fact's words more strongly and scroll them into view."""
        self.selected = (kind, fact_id)
        self.refresh_highlights()
        span = next(((s, e) for s, e, k, i in self.spans if (k, i) == (kind, fact_id)), None)
        if span:
            cursor = QTextCursor(self.text.document())
            cursor.setPosition(min(self.text.offsets.to_qt(span[0]),
                                   self.text.document().characterCount() - 1))
            self.text.setTextCursor(cursor)
            self.text.centerCursor()

    def fact_at(self, index: int) -> tuple[str, str] | None:
        """The narrowest highlighted fact covering a text position."""
        hits = [(e - s, k, i) for s, e, k, i in self.spans if s <= index < e]
        return min(hits)[1:] if hits else None

    def _clicked_at(self, index: int) -> None:
        hit = self.fact_at(index)
        if hit:
            self.fact_clicked.emit(*hit)

    def _new_fact(self, kind: str, start: int, end: int) -> None:
        if self.source is not None:
            self.new_fact_requested.emit(kind, self.source.id, start, end)

    def find_next(self) -> None:
        words = self.find_box.text()
        if words and not self.text.find(words):
            self.text.moveCursor(QTextCursor.MoveOperation.Start)
            self.text.find(words)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
