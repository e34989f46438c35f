"""Live previews of the pages as they will print: the one-page read-ahead, and the deck's slides
(the handout the PDF writer draws from the deck's own outline). The writers' own output is
rendered by pdfium off the GUI thread, refreshed (while visible) shortly after editing stops."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from briefdeck.gui.bridge import ModelBridge
from briefdeck.gui.theme import colours
from briefdeck.model.briefing import Briefing

QUIET_MS = 800  # wait this long after the last edit before re-rendering
RENDER_SCALE = 2.0  # pdfium pixels per PDF point: sharp when scaled down to the panel


class PreviewSignals(QObject):
    rendered = Signal(object, int, int, str)  # RGB bytes, width, height, note
    failed = Signal(str)


# What each preview shows: (the writer, pdfium pixels per point, pages drawn at most).
PAGES = {"one-pager": ("render_pdf", RENDER_SCALE, 1), "deck": ("render_handout", 1.2, 12)}


class PreviewJob(QRunnable):
    def __init__(self, briefing: Briefing, include_drafts: bool, signals: PreviewSignals,
                 pages: str = "one-pager"):
        super().__init__()
        self.briefing = Briefing.model_validate(briefing.model_dump())  # a listener-free copy
        self.include_drafts, self.signals, self.pages = include_drafts, signals, pages
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            from briefdeck.export import pdf as writers

            writer, scale, most = PAGES[self.pages]
            # The writer's own bytes, drawn in memory: what Export writes, without a file.
            pdf, report = getattr(writers, writer)(self.briefing,
                                                   include_drafts=self.include_drafts)
            pixels, width, height = _render_pages(pdf, scale, most)
        except Exception as exc:  # shown in the panel; the preview must never crash the app
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        note = "DRAFT: unreviewed facts shown" if report.draft else "Accepted facts only"
        self.signals.rendered.emit(pixels, width, height, note)


def _render_pages(pdf: bytes, scale: float, most: int) -> tuple[bytes, int, int]:
    """The first `most` pages, one under another with a grey gap, as one RGB image."""
    import pypdfium2
    from PIL import Image

    document = pypdfium2.PdfDocument(pdf)
    try:
        pages = [document[i].render(scale=scale).to_pil().convert("RGB")
                 for i in range(min(len(document), most))]
    finally:
        document.close()
    gap = 12
    width = max(p.width for p in pages)
    sheet = Image.new("RGB", (width, sum(p.height for p in pages) + gap * (len(pages) - 1)),
                      (209, 213, 219))
    y = 0
    for page in pages:
        sheet.paste(page, ((width - page.width) // 2, y))
        y += page.height + gap
    return sheet.tobytes(), sheet.width, sheet.height


class PreviewPanel(QWidget):
    updated = Signal()

    def __init__(self, bridge: ModelBridge, parent: Any = None, pages: str = "one-pager") -> None:
        super().__init__(parent)
        self.bridge, self.pages = bridge, pages
        one = pages == "one-pager"
        self.what, self.them = ("The one-pager", "it") if one else ("The deck's slides", "them")
        self.include_drafts = False  # what Export writes by default
        self.image: QImage | None = None
        self.busy = False
        self.stale = True
        self.signals = PreviewSignals(self)
        self.signals.rendered.connect(self._show)
        self.signals.failed.connect(self._failed)
        self.note = QLabel(f"{self.what} will show here.")
        self.restyle()
        self.note.setWordWrap(True)
        self.page = QLabel()
        self.page.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.page)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(scroll, 1)
        self._timer = QTimer(self, singleShot=True, interval=QUIET_MS)
        self._timer.timeout.connect(self.render)
        bridge.changed.connect(self.mark_stale)
        bridge.replaced.connect(self.mark_stale)

    def restyle(self) -> None:
        """Re-read the theme's colours (light/dark switch)."""
        self.note.setStyleSheet(f"color:#{colours().label}")

    def mark_stale(self, *_args: object) -> None:
        self.stale = True
        if self.isVisible():
            self._timer.start()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.stale:
            self._timer.start(50)

    def render(self) -> None:
        """Start drawing the one-pager in the thread pool (one at a time)."""
        briefing = self.bridge.briefing
        if briefing is None:
            return
        if self.busy:  # draw again when the running job reports back
            self.stale = True
            return
        self.busy, self.stale = True, False
        self.note.setText(f"Rendering {self.what.lower()}…")
        QThreadPool.globalInstance().start(
            PreviewJob(briefing, self.include_drafts, self.signals, self.pages))

    def _show(self, pixels: bytes, width: int, height: int, note: str) -> None:
        self.busy = False
        self.image = QImage(pixels, width, height, width * 3, QImage.Format.Format_RGB888).copy()
        self._fit()
        # One short line (a wrapped label is clipped by the layout); the long form on hover.
        self.note.setText(note)
        self.note.setToolTip(f"{self.what} as Export writes {self.them}: {note.lower()}")
        self.updated.emit()
        if self.stale and self.isVisible():
            self._timer.start()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """Show the page at the panel's width (the render is sharper than the screen needs)."""
        if self.image is None:
            return
        width = max(self.scroll.viewport().width() - 12, 120)
        self.page.setPixmap(QPixmap.fromImage(self.image.scaledToWidth(
            width, Qt.TransformationMode.SmoothTransformation)))

    def _failed(self, message: str) -> None:
        self.busy = False
        self.note.setText(f"No preview: {message}")
        self.updated.emit()
