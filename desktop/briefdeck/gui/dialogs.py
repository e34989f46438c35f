"""Message boxes in one place (tests patch QMessageBox to answer them)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMessageBox

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
