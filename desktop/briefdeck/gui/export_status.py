"""The export's place in the status bar: a busy bar while files are written in the background,
then a button that opens what was written."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget


class ExportStatus(QWidget):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy: the writers report no steps
        self.bar.setMaximumWidth(120)
        self.bar.setToolTip("Exporting in the background; you can keep working")
        self.open_button = QPushButton()
        self.open_button.setFlat(True)
        self.open_button.clicked.connect(self.open_result)
        self.written: list[Path] = []
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.bar)
        row.addWidget(self.open_button)
        self.idle()

    def busy(self) -> None:
        self.written = []
        self.open_button.hide()
        self.bar.show()

    def idle(self) -> None:
        self.bar.hide()
        self.open_button.setVisible(bool(self.written))

    def done(self, reports: list[Any]) -> None:
        self.written = [Path(r.path) for r in reports]
        if self.written:
            self.open_button.setText(f"Open {self.written[0].name}")
            self.open_button.setToolTip("\n".join(str(p) for p in self.written))
        self.idle()

    def open_result(self) -> bool:
        """Open the first file written in the desktop's viewer for it."""
        if not self.written:
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written[0])))
