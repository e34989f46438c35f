"""A live preview of the one-page read-ahead: the PDF writer's own output rendered by pdfium,
drawn off the GUI thread, refreshed (while visible) shortly after the analyst stops editing."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from briefdeck.gui.bridge import ModelBridge
from briefdeck.model.briefing import Briefing

QUIET_MS = 800  # wait this long after the last edit before re-rendering
RENDER_SCALE = 2.0  # pdfium pixels per PDF point: sharp when scaled down to the panel


class PreviewSignals(QObject):
    rendered = Signal(object, int, int, str)  # RGB bytes, width, height, note
    failed = Signal(str)


class PreviewJob(QRunnable):
    def __init__(self, briefing: Briefing, include_drafts: bool, signals: PreviewSignals):
        super().__init__()
        self.briefing = Briefing.model_validate(briefing.model_dump())  # a listener-free copy
        self.include_drafts, self.signals = include_drafts, signals
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            from briefdeck.export.pdf import render_pdf

            # The writer's own bytes, drawn in memory: what Export writes, without a file.
            pdf, report = render_pdf(self.briefing, include_drafts=self.include_drafts)
            pixels, width, height = _render_first_page(pdf)
        except Exception as exc:  # shown in the panel; the preview must never crash the app
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        note = "DRAFT: unreviewed facts shown" if report.draft else "Accepted facts only"
        self.signals.rendered.emit(pixels, width, height, note)


def _render_first_page(pdf: bytes) -> tuple[bytes, int, int]:
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        image = document[0].render(scale=RENDER_SCALE).to_pil().convert("RGB")
    finally:
        document.close()
    return image.tobytes(), image.width, image.height


class PreviewPanel(QWidget):
    updated = Signal()

    def __init__(self, bridge: ModelBridge, parent: Any = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.include_drafts = False  # what Export writes by default
        self.image: QImage | None = None
        self.busy = False
        self.stale = True
        self.signals = PreviewSignals(self)
        self.signals.rendered.connect(self._show)
        self.signals.failed.connect(self._failed)
        self.note = QLabel("The one-pager appears here.")
        self.note.setStyleSheet("color:#4B5563")
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
        self.note.setText("Rendering the one-pager…")
        QThreadPool.globalInstance().start(PreviewJob(briefing, self.include_drafts, self.signals))

    def _show(self, pixels: bytes, width: int, height: int, note: str) -> None:
        self.busy = False
        self.image = QImage(pixels, width, height, width * 3, QImage.Format.Format_RGB888).copy()
        self._fit()
        self.note.setText(f"The one-pager as Export writes it ({note.lower()})")
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
