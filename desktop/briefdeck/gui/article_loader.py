"""Drafting a briefing from an article off the GUI thread (reading a PDF and extracting facts
can take seconds). ingest and extract are pure Python without Qt, so they are safe in a worker."""

from __future__ import annotations

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class DraftSignals(QObject):
    drafted = Signal(object, str)  # Briefing, article path
    failed = Signal(str, str)  # message, article path


class DraftJob(QRunnable):
    def __init__(self, path: str, signals: DraftSignals, published: str | None = None) -> None:
        super().__init__()
        self.path, self.signals, self.published = path, signals, published
        self.setAutoDelete(True)

    def run(self) -> None:
        from briefdeck.gui.document import load_any

        try:
            briefing, _is_file = load_any(self.path, self.published)
        except Exception as exc:  # shown in a dialog on the GUI thread
            from briefdeck.gui.file_actions import describe

            self.signals.failed.emit(describe(exc, self.path), self.path)
            return
        self.signals.drafted.emit(briefing, self.path)


def start_draft(path: str, signals: DraftSignals, pool: QThreadPool | None = None,
                published: str | None = None) -> None:
    """Draft the article at `path`; `published` (YYYY-MM-DD) when the article lacks its date."""
    (pool or QThreadPool.globalInstance()).start(DraftJob(path, signals, published))
