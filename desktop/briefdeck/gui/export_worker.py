"""Export off the GUI thread: a QRunnable writes the deck and/or PDF from a snapshot of the
briefing; its signals live on a separate QObject (a QRunnable is not a QObject)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from briefdeck.model.briefing import Briefing


@dataclass
class ExportRequest:
    pptx: str = ""
    pdf: str = ""
    theme: str = "staff"
    paper: str = "letter"
    include_drafts: bool = False
    reports: list[Any] = field(default_factory=list)


class ExportSignals(QObject):
    finished = Signal(object)  # list[ExportReport]
    failed = Signal(str)


class ExportJob(QRunnable):
    def __init__(self, briefing: Briefing, request: ExportRequest, signals: ExportSignals):
        super().__init__()
        # A snapshot (without listeners): the analyst may keep editing while the files are written.
        self.briefing = Briefing.model_validate(briefing.model_dump())
        self.request, self.signals = request, signals
        self.setAutoDelete(True)

    def run(self) -> None:
        req = self.request
        reports: list[Any] = []
        try:
            from briefdeck import export

            if req.pptx:
                reports.append(export.write_pptx(self.briefing, req.pptx, theme=req.theme,
                                                 include_drafts=req.include_drafts))
            if req.pdf:
                reports.append(export.write_pdf(self.briefing, req.pdf, paper=req.paper,
                                                include_drafts=req.include_drafts))
        except Exception as exc:  # reported to the user in a dialog on the GUI thread
            self.signals.failed.emit(_message(exc))
            return
        self.signals.finished.emit(reports)


def _message(exc: Exception) -> str:
    from briefdeck.errors import BriefdeckError

    if isinstance(exc, BriefdeckError):
        return str(exc)
    return f"Export failed ({type(exc).__name__}: {exc})"


def start_export(briefing: Briefing, request: ExportRequest, signals: ExportSignals,
                 pool: QThreadPool | None = None) -> None:
    (pool or QThreadPool.globalInstance()).start(ExportJob(briefing, request, signals))
