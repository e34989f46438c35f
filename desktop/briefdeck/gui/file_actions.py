"""Open, save, save as, export and recent files: the file side of the window, with every
failure shown as a dialog (never a crash), and parts of briefdeck imported only when used."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QWidget

from briefdeck.gui.article_loader import DraftSignals, start_draft
from briefdeck.gui.dialogs import Button, ask_date, ask_save_changes, show_error
from briefdeck.gui.document import BRIEFING_SUFFIX, Document, load_any
from briefdeck.gui.export_worker import ExportSignals, start_export
from briefdeck.gui.settings import Settings

OPEN_FILTER = ("Briefings and articles (*.briefing.json *.json *.txt *.md *.html *.htm *.pdf "
               "*.docx *.eml *.srt *.vtt *.xml *.rss *.atom);;Briefings (*.briefing.json "
               "*.json);;All files (*)")
SAVE_FILTER = "Briefings (*.briefing.json)"
SET_PUBLISHED = "File ▸ Set Publication Date…"  # the menu path named in the undated warning


class FileActions(QObject):
    message = Signal(str)  # status bar text
    notice = Signal(str)  # status bar text that must stay until the next (a marking warning)
    export_started = Signal()
    exported = Signal(object)  # list[ExportReport]
    export_failed = Signal(str)
    opened = Signal(str)  # a briefing or a drafted article is now the document

    def __init__(self, window: QWidget, document: Document, settings: Settings) -> None:
        super().__init__(window)
        self.window, self.document, self.settings = window, document, settings
        self.export_signals = ExportSignals(self)
        self.export_signals.finished.connect(self._export_done)
        self.export_signals.failed.connect(self._export_failed)
        self.exporting = False
        self.drafting = ""  # the article being drafted in the background, if any
        self.draft_signals = DraftSignals(self)
        self.draft_signals.drafted.connect(self._drafted)
        self.draft_signals.failed.connect(self._draft_failed)

    # -- opening ----------------------------------------------------------------------
    def open_dialog(self) -> None:
        if not self.confirm_discard():
            return
        path, _ = QFileDialog.getOpenFileName(self.window, "Open briefing or article",
                                              self.settings.get("last_folder", ""), OPEN_FILTER)
        if path:
            self.open_path(path)

    def open_path(self, path: str | Path, wait: bool = False,
                  published: str | None = None) -> bool:
        """Open a briefing file at once; draft an article in the background (unless `wait`),
        reading its relative dates from `published` (YYYY-MM-DD) when given.
        False when it failed (the error is shown); True when opened or drafting has started."""
        if not wait and not str(path).lower().endswith(".json"):
            if self.drafting:
                self.message.emit(f"Still drafting {Path(self.drafting).name}")
                return False
            self.drafting = str(path)
            self.message.emit(f"Drafting a briefing from {Path(path).name}…")
            start_draft(str(path), self.draft_signals, published=published)
            return True
        try:
            briefing, is_briefing = load_any(path, published)
        except Exception as exc:  # malformed file, unreadable article, or a missing part
            show_error(self.window, "Cannot open", describe(exc, path))
            return False
        self.show_loaded(briefing, str(path), is_briefing)
        return True

    def show_loaded(self, briefing: Any, path: str, is_briefing: bool) -> None:
        if is_briefing:
            self.document.replace(briefing, path)
        else:
            self.document.replace(briefing, None, origin=path)
        self.settings.add_recent(path)
        self.settings.set("last_folder", str(Path(path).resolve().parent))
        # told now (a marking again at export); a part that could not be drafted first
        told = [*getattr(briefing, "drafting_problems", []), _undated(briefing),
                _marking(briefing)]
        told = [t for t in told if t]
        if told:
            self.notice.emit(f"Opened {Path(path).name} — {'; '.join(told)}")
        else:
            self.message.emit(f"Opened {Path(path).name}")
        self.opened.emit(path)

    def set_published_dialog(self) -> None:
        """Draft the article again with the publication date the analyst gives, so that
        'on Monday' and 'last week' become dates (the article did not say when it was out)."""
        article = self.document.origin
        if not article:
            self.message.emit("The publication date is read when an article is drafted: "
                              "open the article itself to set it")
            return
        if self.drafting:
            self.message.emit(f"Still drafting {Path(self.drafting).name}")
            return
        sources = self.document.briefing.sources
        date = ask_date(self.window, "Set publication date",
                        f"When was {Path(article).name} published?\n\nIts facts are drafted "
                        "again, with dates such as \u201con Monday\u201d read from this day; "
                        "edits made to the drafts are replaced.",
                        sources[0].published if sources else "")
        if date and self.confirm_discard():
            self.open_path(article, published=date)

    def _drafted(self, briefing: Any, path: str) -> None:
        self.drafting = ""
        self.show_loaded(briefing, path, False)

    def _draft_failed(self, message: str, _path: str) -> None:
        self.drafting = ""
        self.message.emit("Could not draft the article")
        show_error(self.window, "Cannot open", message)

    def fill_recent(self, menu: QMenu) -> None:
        menu.clear()
        recent = self.settings.recent_files()
        for path in recent:
            menu.addAction(Path(path).name, lambda p=path: self.confirm_discard()
                           and self.open_path(p)).setToolTip(path)
        if not recent:
            menu.addAction("No recent files").setEnabled(False)

    # -- saving -----------------------------------------------------------------------
    def commit_pending_edits(self) -> None:
        """Finish the edit in progress (a field still being typed in commits on focus loss),
        so Save, Export and Close see what is on screen."""
        widget = QApplication.focusWidget()
        if widget is not None:
            widget.clearFocus()
            widget.setFocus()

    def save(self) -> bool:
        self.commit_pending_edits()
        if self.document.path is None:
            return self.save_as()
        return self._save_to(self.document.path)

    def save_as(self) -> bool:
        folder = self.settings.get("last_folder", "")
        suggested = str(Path(folder) / self.document.display_name()) if folder else \
            self.document.display_name()
        path, _ = QFileDialog.getSaveFileName(self.window, "Save briefing", suggested, SAVE_FILTER)
        if not path:
            return False
        if not path.lower().endswith(".json"):
            path += BRIEFING_SUFFIX
        return self._save_to(Path(path))

    def _save_to(self, path: Path) -> bool:
        try:
            self.document.save(path)
        except Exception as exc:
            show_error(self.window, "Cannot save", describe(exc, path))
            return False
        self.settings.add_recent(path)
        self.message.emit(f"Saved {path}")
        return True

    def confirm_discard(self) -> bool:
        """True when it is fine to drop the open document (saved, discarded or clean)."""
        if not self.document.dirty:
            return True
        answer = ask_save_changes(self.window, self.document.display_name())
        if answer == Button.Save:
            return self.save()
        return answer == Button.Discard

    # -- exporting --------------------------------------------------------------------
    def export_dialog(self) -> None:
        from briefdeck.gui.export_dialog import ExportDialog

        if self.exporting:
            self.message.emit("An export is already running")
            return
        self.commit_pending_edits()
        base = self.document.path or Path(self.settings.get("last_folder", "") or ".") / \
            self.document.display_name()
        stem = base.parent / base.name.removesuffix(BRIEFING_SUFFIX).removesuffix(".json")
        dialog = ExportDialog(stem, self.window)
        if dialog.exec():
            self.export(dialog.request())

    def export(self, request: Any) -> None:
        if not (request.pptx or request.pdf):
            self.message.emit("Nothing to export: choose the deck, the one-pager or both")
            return
        self.exporting = True
        self.message.emit("Exporting…")
        self.export_started.emit()
        start_export(self.document.briefing, request, self.export_signals)

    def _export_done(self, reports: list[Any]) -> None:
        self.exporting = False
        parts = []
        for r in reports:
            unit = "slides" if str(r.path).endswith(".pptx") else "page(s)"
            parts.append(f"{Path(r.path).name} ({r.pages} {unit}{', DRAFT' if r.draft else ''})")
        warnings = [w for r in reports for w in r.warnings]
        marked = _marking(self.document.briefing, drafted=False)  # what the draft did was told
        if marked:  # the moment of sharing: say it first
            warnings.insert(0, marked)
        (self.notice if marked else self.message).emit(
            "Exported " + ", ".join(parts)
            + (f"; {len(warnings)} warning(s): {warnings[0]}" if warnings else ""))
        self.exported.emit(reports)

    def _export_failed(self, message: str) -> None:
        self.exporting = False
        self.message.emit("Export failed")
        self.export_failed.emit(message)
        show_error(self.window, "Export failed", message)


def _undated(briefing: Any) -> str | None:
    """The CLI's undated warning, pointing to where the app sets the date instead."""
    from briefdeck.batch import undated_warning

    return undated_warning(briefing, how=f"set it with {SET_PUBLISHED}")


def _marking(briefing: Any, drafted: bool = True) -> str | None:
    """The source's marking the banners do not show; with `drafted`, also the banners the
    draft set from it ("Source marked FOR OFFICIAL USE ONLY: banners set to CUI")."""
    from briefdeck.batch import marking_warning

    return marking_warning(briefing, drafted=drafted)


def describe(exc: Exception, path: str | Path) -> str:
    from briefdeck.errors import BriefdeckError

    if isinstance(exc, BriefdeckError):
        return str(exc)
    if isinstance(exc, ImportError):
        return f"{path}: this part of briefdeck is not available yet ({exc})"
    return f"{path}: {type(exc).__name__}: {exc}"
