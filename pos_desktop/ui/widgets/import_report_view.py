"""An import report as a user reads it: the counts, why rows were turned down, what was kept
with a warning, and (after a real import) customers per country and type.

The same :class:`ImportReport` the CLI prints; only the first rejected rows and warnings are
listed here (the rejects file holds every rejected row).
"""

from __future__ import annotations

from collections import Counter
from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from pos_desktop.services.import_report import ImportReport, RowNote

ROWS_LISTED = 20


def _counter(title: str, counts: Counter[str]) -> str:
    if not counts:
        return ""
    items = "".join(
        f"<li>{escape(k)}: {v:,}</li>" for k, v in sorted(counts.items(), key=lambda i: -i[1])
    )
    return f"<p><b>{escape(title)}</b></p><ul>{items}</ul>"


def _notes(title: str, notes: list[RowNote], total: int) -> str:
    if not notes:
        return ""
    rows = "".join(
        f"<tr><td>{n.row}</td><td>{escape(n.field)}</td><td>{escape(n.reason)}</td></tr>"
        for n in notes[:ROWS_LISTED]
    )
    more = f"<p>... and {total - ROWS_LISTED:,} more</p>" if total > ROWS_LISTED else ""
    return (
        f"<p><b>{escape(title)}</b></p><table border='1' cellpadding='3' cellspacing='0'>"
        f"<tr><th>Row</th><th>Field</th><th>Reason</th></tr>{rows}</table>{more}"
    )


def _ignored(columns: tuple[str, ...]) -> str:
    if not columns:
        return ""
    names = ", ".join(escape(c) for c in columns)
    return f"<p><b>Columns not imported</b> (no customer field takes them): {names}</p>"


def headline(report: ImportReport) -> str:
    """One line for the message bar: what happened, and for a dry run that nothing was saved."""
    counts = (
        f"{report.rows:,} rows: {report.created:,} created, {report.updated:,} updated,"
        f" {report.unchanged:,} unchanged, {report.rejected:,} rejected"
    )
    if report.dry_run:
        return f"Dry run (nothing was saved): {counts}"
    if report.cancelled:
        return (
            f"Import cancelled; what was imported before is saved. {counts}."
            " Importing the same file again completes it."
        )
    return f"Import finished: {counts}"


def report_html(report: ImportReport) -> str:
    found = (
        f"{report.kind.upper()}"
        + (f", encoding {report.encoding}" if report.encoding else "")
        + (f", delimiter {report.delimiter!r}" if report.delimiter else "")
    )
    parts = [
        f"<p><b>{escape(headline(report))}</b></p>",
        f"<p>File {escape(report.file)} ({escape(found)}); on duplicate:"
        f" {report.on_duplicate.value}; invalid email: {report.invalid_email.value}</p>",
        _ignored(report.ignored_columns),
        (
            f"<p style='color:#b45309'><b>Encoding:</b> {escape(report.encoding_note)}</p>"
            if report.encoding_note
            else ""
        ),
        _counter("Rejected, by reason", report.reasons),
        _notes("First rejected rows", report.rejected_rows, report.rejected),
        _counter("Warnings (the customer is kept, the value as written)", report.warnings),
        _notes("First warnings", report.warning_rows, sum(report.warnings.values())),
        _counter("Duplicates matched by", report.matched_by),
    ]
    if not report.dry_run:
        parts += [
            _counter("Created or updated, per country", report.per_country),
            _counter("Created or updated, per type", report.per_type),
        ]
    return "".join(parts)


class ImportReportView(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)

    def show_report(self, report: ImportReport) -> None:
        self.setHtml(report_html(report))
