"""Settings, recent files and the export dialog."""

from pathlib import Path

from briefdeck.gui.settings import MAX_RECENT, Settings


def test_damaged_settings_file_starts_afresh(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text("{not json")
    settings = Settings(path)
    assert settings.recent_files() == []
    settings.set("last_folder", "/somewhere")
    assert Settings(path).get("last_folder") == "/somewhere"


def test_recent_files_are_newest_first_without_duplicates_or_missing_files(tmp_path):
    settings = Settings(tmp_path / "settings.json")
    files = []
    for i in range(MAX_RECENT + 2):
        f = tmp_path / f"b{i}.briefing.json"
        f.write_text("{}")
        files.append(f)
        settings.add_recent(f)
    settings.add_recent(files[3])
    files[-1].unlink()
    recent = Settings(tmp_path / "settings.json").recent_files()
    assert recent[0] == str(files[3].resolve())
    assert str(files[-1].resolve()) not in recent
    assert len(recent) == len(set(recent)) <= MAX_RECENT


def test_recent_menu_lists_the_remembered_files(window, tmp_path):
    from PySide6.QtWidgets import QMenu

    f = tmp_path / "r.briefing.json"
    f.write_text("{}")
    window.settings.add_recent(f)
    menu = QMenu()
    window.files.fill_recent(menu)
    assert [a.text() for a in menu.actions()] == ["r.briefing.json"]


def test_export_dialog_offers_paths_beside_the_briefing(qapp):
    from briefdeck.gui.export_dialog import ExportDialog

    dialog = ExportDialog(Path("/data/iraq"))
    dialog.want_pdf.setChecked(False)
    dialog.drafts.setChecked(True)
    request = dialog.request()
    assert request.pptx == str(Path("/data/iraq.pptx"))
    assert request.pdf == "" and request.include_drafts is True
    dialog.deleteLater()
