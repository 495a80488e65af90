"""What a product file would do, then what it did: rows created, updated, unchanged, rejected.

The Products screen first checks a file (a dry run: the import's own report, nothing saved) and
shows it here; ``Import`` (Enter) runs it for real, ``Cancel`` (Esc) leaves the catalogue as it
was. After the import the same dialog shows the outcome, with every rejected row and why.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.services.product_files import ProductImportReport
from pos_desktop.ui.i18n import said, tr


def to_check_html(report: ProductImportReport) -> str:
    """A mixed or guessed encoding: the rows whose names to look at before importing."""
    if not report.encoding_note:
        return ""
    rows = "".join(
        f"<tr><td>{row}</td><td>{escape(note)}</td></tr>" for row, note in report.to_check
    )
    encoding = tr("ProductImportDialog", "<b>Encoding:</b> {note}").format(
        note=escape(report.encoding_note)
    )
    row_title, check_title = tr("ProductImportDialog", "Row"), tr("ProductImportDialog", "Check")
    return (
        f"<p style='color:#b45309'>{encoding}</p>"
        "<table border='1' cellpadding='3' cellspacing='0'>"
        f"<tr><th>{row_title}</th><th>{check_title}</th></tr>{rows}</table>"
    )


def rejected_html(report: ProductImportReport) -> str:
    if not report.rejected:
        return "<p>" + tr("ProductImportDialog", "No row was rejected.") + "</p>"
    rows = "".join(
        f"<tr><td>{o.row}</td><td>{escape(o.sku)}</td><td>{escape(o.reason)}</td></tr>"
        for o in report.rejected
    )
    heading = tr(
        "ProductImportDialog", "<b>Rejected rows</b> (fix them in the file and import it again)"
    )
    titles = (
        tr("ProductImportDialog", "Row"),
        tr("ProductImportDialog", "SKU"),
        tr("ProductImportDialog", "Reason"),
    )
    headers = "".join(f"<th>{title}</th>" for title in titles)
    return (
        f"<p>{heading}</p><table border='1' cellpadding='3' cellspacing='0'>"
        f"<tr>{headers}</tr>{rows}</table>"
    )


class ProductImportDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("ProductImportDialog", "Import products"))
        self.resize(640, 420)
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.details = QTextBrowser()
        self.details.setOpenLinks(False)
        self.buttons = QDialogButtonBox()
        self.import_button = QPushButton(tr("ProductImportDialog", "&Import"))
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.buttons)

    def show_report(self, path: Path, report: ProductImportReport) -> None:
        """A dry run offers to import what it found (if anything would change); an import's
        outcome only closes."""
        changes = report.count("created") + report.count("updated")
        if report.dry_run:
            verdict = (
                tr("ProductImportDialog", "Import it?")
                if changes
                else tr("ProductImportDialog", "Nothing in it would change the catalogue.")
            )
            self.headline.setText(
                f"<b>{escape(path.name)}</b>: {escape(said(report.headline()))}. {verdict}"
            )
        else:
            self.headline.setText(
                tr("ProductImportDialog", "<b>Imported {file}</b>: {outcome}").format(
                    file=escape(path.name), outcome=escape(report.headline())
                )
            )
        self.details.setHtml(to_check_html(report) + rejected_html(report))
        self.import_button.setVisible(report.dry_run)
        self.import_button.setEnabled(report.dry_run and changes > 0)
        self.close_button.setText(
            tr("ProductImportDialog", "Cancel")
            if report.dry_run and changes
            else tr("ProductImportDialog", "Close")
        )
        self.import_button.setDefault(self.import_button.isEnabled())
        self.close_button.setDefault(not self.import_button.isEnabled())
        for button in (self.import_button, self.close_button):
            # Styled as the default by a property, read again now: the bold text of
            # ``:default`` alone was wider than the size the button was given, and cut.
            button.setProperty("role", "primary" if button.isDefault() else "")
            button.style().unpolish(button)
            button.style().polish(button)
