"""The Export dialog: which files to write (deck, one-pager), where, and how."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from briefdeck.gui.export_worker import ExportRequest


class ExportDialog(QDialog):
    def __init__(self, stem: Path, parent: Any = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export briefing")
        self.setMinimumWidth(520)
        self.want_pptx, self.want_pdf = QCheckBox("Slide deck"), QCheckBox("One-page read-ahead")
        self.want_pptx.setChecked(True)
        self.want_pdf.setChecked(True)
        self.pptx_path = QLineEdit(str(stem.with_suffix(".pptx")))
        self.pdf_path = QLineEdit(str(stem.with_suffix(".pdf")))
        self.theme = QComboBox()
        self.theme.addItems(["staff", "ops"])
        self.template = QLineEdit()
        self.template.setPlaceholderText("none: use the theme")
        self.template.setToolTip("Your organisation's PowerPoint master (.pptx); layouts are "
                                 "found by name or placeholder type")
        self.template.textChanged.connect(lambda text: self.theme.setEnabled(not text.strip()))
        self.paper = QComboBox()
        self.paper.addItems(["letter", "a4"])
        self.drafts = QCheckBox("Include unreviewed facts (marks the output DRAFT)")
        form = QFormLayout(self)
        form.addRow(self.want_pptx, self._with_browse(self.pptx_path, "PowerPoint (*.pptx)"))
        form.addRow("Deck theme", self.theme)
        form.addRow("Or own template", self._with_browse(self.template, "PowerPoint (*.pptx)",
                                                          opening=True))
        form.addRow(self.want_pdf, self._with_browse(self.pdf_path, "PDF (*.pdf)"))
        form.addRow("Paper", self.paper)
        form.addRow("", self.drafts)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Export")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _with_browse(self, edit: QLineEdit, pattern: str, opening: bool = False) -> QWidget:
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit, 1)
        button = QPushButton("Browse…")

        def browse() -> None:
            if opening:
                path, _ = QFileDialog.getOpenFileName(self, "Template", edit.text(), pattern)
            else:
                path, _ = QFileDialog.getSaveFileName(self, "Export to", edit.text(), pattern)
            if path:
                edit.setText(path)

        button.clicked.connect(browse)
        row.addWidget(button)
        return holder

    def request(self) -> ExportRequest:
        return ExportRequest(
            pptx=self.pptx_path.text().strip() if self.want_pptx.isChecked() else "",
            pdf=self.pdf_path.text().strip() if self.want_pdf.isChecked() else "",
            theme=self.theme.currentText(),
            template=self.template.text().strip(),
            paper=self.paper.currentText(),
            include_drafts=self.drafts.isChecked(),
        )
