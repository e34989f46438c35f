"""Message boxes in one place (tests patch QMessageBox, or these functions, to answer them)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QLabel, QMessageBox, QVBoxLayout

Button = QMessageBox.StandardButton


def show_error(parent: Any, title: str, message: str) -> None:
    QMessageBox.critical(parent, title, message)


def ask_save_changes(parent: Any, name: str) -> Button:
    """Save, Discard or Cancel."""
    return QMessageBox.question(
        parent, "Unsaved changes", f"Save the changes to {name} before closing?",
        Button.Save | Button.Discard | Button.Cancel, Button.Save)


def ask_restore(parent: Any, original: str) -> bool:
    what = f" to {original}" if original else ""
    answer = QMessageBox.question(
        parent, "Restore unsaved work",
        f"briefdeck closed before changes{what} were saved. Restore them?",
        Button.Yes | Button.No, Button.Yes)
    return answer == Button.Yes


def ask_date(parent: Any, title: str, text: str, initial: str = "") -> str | None:
    """A day picked on a calendar, as YYYY-MM-DD; None when cancelled. Starts on `initial`
    (YYYY-MM-DD...) when it is a date, else today."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    layout = QVBoxLayout(dialog)
    label = QLabel(text)
    label.setWordWrap(True)
    layout.addWidget(label)
    picker = QDateEdit(calendarPopup=True)
    picker.setDisplayFormat("yyyy-MM-dd")
    start = QDate.fromString((initial or "")[:10], "yyyy-MM-dd")
    picker.setDate(start if start.isValid() else QDate.currentDate())
    layout.addWidget(picker)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return picker.date().toString("yyyy-MM-dd")
