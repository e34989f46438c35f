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
    template: str = ""  # the organisation's own .pptx master, instead of a theme
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
        try:
            from briefdeck.batch import Look, write_outputs

            look = Look(req.theme, req.template or None, req.paper, req.include_drafts)
            targets = {fmt: path for fmt, path in (("pptx", req.pptx), ("pdf", req.pdf)) if path}
            reports = [report for _fmt, report in write_outputs(self.briefing, targets, look)]
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
