"""Work off the GUI thread (export) and on a timer (autosave)."""

import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from briefdeck.export.report import ExportReport
from briefdeck.gui.export_worker import ExportRequest
from briefdeck.model import io


@pytest.fixture
def fake_writers(monkeypatch):
    import briefdeck.export as export

    calls = []

    def fake(kind):
        def write(briefing, path, **options):
            calls.append((kind, threading.current_thread() is threading.main_thread(),
                          briefing.meta.title, options))
            Path(path).write_bytes(b"x")
            return ExportReport(Path(path), pages=3, draft=True, warnings=["a warning"])
        return write

    monkeypatch.setattr(export, "write_pptx", fake("pptx"))
    monkeypatch.setattr(export, "write_pdf", fake("pdf"))
    return calls


def test_export_writes_off_the_gui_thread_from_a_snapshot(window, tmp_path, qtbot, fake_writers):
    request = ExportRequest(pptx=str(tmp_path / "d.pptx"), pdf=str(tmp_path / "d.pdf"),
                            include_drafts=True)
    with qtbot.waitSignal(window.files.exported, timeout=5000) as blocker:
        window.files.export(request)
        window.document.briefing.set_meta("title", "Changed after export started")
    kinds = [(kind, on_main) for kind, on_main, _t, _o in fake_writers]
    assert kinds == [("pptx", False), ("pdf", False)]
    assert all(title == "Coalition consolidation in Iraq" for _k, _m, title, _o in fake_writers)
    assert fake_writers[0][3]["include_drafts"] is True
    assert [r.path.name for r in blocker.args[0]] == ["d.pptx", "d.pdf"]
    assert "Exported d.pptx" in window.statusBar().currentMessage()


def test_export_with_an_own_template_hands_it_to_the_deck_writer(window, tmp_path, qtbot,
                                                                 fake_writers):
    from briefdeck.gui.export_dialog import ExportDialog

    dialog = ExportDialog(tmp_path / "brief")
    dialog.want_pdf.setChecked(False)
    dialog.template.setText(str(tmp_path / "org.pptx"))
    assert not dialog.theme.isEnabled()  # a template replaces the theme
    with qtbot.waitSignal(window.files.exported, timeout=5000):
        window.files.export(dialog.request())
    assert [kind for kind, *_ in fake_writers] == ["pptx"]
    assert fake_writers[0][3]["template"] == str(tmp_path / "org.pptx")


def test_status_bar_shows_progress_then_a_way_to_open_the_result(window, tmp_path, qtbot,
                                                                fake_writers, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    status = window.export_status
    request = ExportRequest(pptx=str(tmp_path / "d.pptx"))
    with qtbot.waitSignal(window.files.exported, timeout=5000):
        window.files.export(request)
        assert not status.bar.isHidden()  # busy while the worker writes
    assert status.bar.isHidden() and not status.open_button.isHidden()
    assert "d.pptx" in status.open_button.text()
    status.open_button.click()
    assert opened and opened[0].toLocalFile() == str(tmp_path / "d.pptx")


def test_export_failure_is_shown_in_a_dialog(window, tmp_path, qtbot, monkeypatch):
    import briefdeck.export as export
    from briefdeck.errors import ExportError

    def broken(*_a, **_k):
        raise ExportError("template has no Title layout")

    monkeypatch.setattr(export, "write_pptx", broken)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: shown.append(text))
    with qtbot.waitSignal(window.files.export_signals.failed, timeout=5000):
        window.files.export(ExportRequest(pptx=str(tmp_path / "x.pptx")))
    qtbot.waitUntil(lambda: bool(shown), timeout=2000)
    assert shown == ["template has no Title layout"]
    assert not window.files.exporting


def test_real_export_writes_both_files(window, tmp_path, qtbot):
    pytest.importorskip("briefdeck.export.pptx")
    pytest.importorskip("briefdeck.export.pdf")
    request = ExportRequest(pptx=str(tmp_path / "real.pptx"), pdf=str(tmp_path / "real.pdf"))
    with qtbot.waitSignals([window.files.exported], timeout=60000,
                           raising=True):
        window.files.export(request)
    assert (tmp_path / "real.pptx").stat().st_size > 0
    assert (tmp_path / "real.pdf").read_bytes()[:4] == b"%PDF"


def test_autosave_writes_a_recovery_file_only_with_unsaved_work(window, tmp_path):
    from briefdeck.gui.autosave import Autosaver, pending_recovery

    saver = Autosaver(window.document, folder=tmp_path)
    assert saver.save_now() is False and pending_recovery(tmp_path) is None
    window.document.briefing  # noqa: B018
    window.facts.select_fact("places", "pl-1")
    window.facts.review("accept")
    assert saver.save_now() is True
    file, original = pending_recovery(tmp_path)
    assert io.load(file).fact("places", "pl-1").status == "accepted"
    assert original == ""
    window.document.save(tmp_path / "saved.briefing.json")  # clean again: nothing to recover
    assert pending_recovery(tmp_path) is None


def test_recovery_is_offered_and_restored_as_unsaved_work(window, monkeypatch, tmp_path):
    from briefdeck.gui import app
    from briefdeck.gui.autosave import recovery_paths
    from briefdeck.gui.settings import state_dir

    file, info = recovery_paths()
    file.parent.mkdir(parents=True, exist_ok=True)
    copy = io.from_json(io.to_json(window.document.briefing))  # deep copies drag listeners along
    copy.meta.title = "Recovered"
    io.save(copy, file)
    info.write_text('{"path": ""}')
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    app._offer_recovery(window)
    assert window.document.briefing.meta.title == "Recovered"
    assert window.document.dirty
    assert file.parent == state_dir()
    file.unlink()


def test_closing_and_discarding_removes_the_recovery_file_and_keeps_the_layout(
        window, tmp_path, monkeypatch):
    from briefdeck.gui.autosave import Autosaver, pending_recovery

    window.autosaver = Autosaver(window.document, folder=tmp_path, parent=window)
    window.facts.select_fact("places", "pl-1")
    window.facts.review("reject")
    assert window.autosaver.save_now()
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Discard)
    window.close()
    assert not window.isVisible()
    assert pending_recovery(tmp_path) is None
    assert set(window.settings.get("layout")) == {"geometry", "panels"}
