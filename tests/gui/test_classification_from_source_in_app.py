"""In the app an article marked FOUO opens at CUI and the status bar says why; lowering the
classification is the analyst's call, told again at export."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox


@pytest.fixture
def no_dialogs(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, title, text, *a: shown.append(text))
    return shown


def test_a_fouo_article_opens_at_cui_and_the_status_bar_says_so(
    window, tmp_path, no_dialogs, qtbot
):
    article = tmp_path / "gate.txt"
    article.write_text(
        "FOR OFFICIAL USE ONLY\nGate report\n\nA sentry post near Tikrit was "
        "fired on late on Tuesday, officials said.\n",
        encoding="utf-8",
    )
    with qtbot.waitSignal(window.files.opened, timeout=30000):
        assert window.files.open_path(article, published="2024-05-08")
    briefing = window.document.briefing
    assert briefing.meta.classification == "CUI"
    assert "CUI" in window.banner.text()
    message = window.statusBar().currentMessage()
    assert "Source marked FOR OFFICIAL USE ONLY: banners set to CUI" in message
    assert no_dialogs == []
    # the analyst lowers it on purpose: honoured, and the warning is back
    briefing.set_meta("classification", "UNCLASSIFIED")
    from briefdeck.gui.file_actions import _marking

    assert "the briefing is marked UNCLASSIFIED" in (_marking(briefing, drafted=False) or "")
