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
from pos_desktop.ui.i18n import said, tr

ROWS_LISTED = 20


def _counter(title: str, counts: Counter[str]) -> str:
    if not counts:
        return ""
    items = "".join(
        f"<li>{escape(said(k))}: {v:,}</li>" for k, v in sorted(counts.items(), key=lambda i: -i[1])
    )
    return f"<p><b>{escape(title)}</b></p><ul>{items}</ul>"


def _notes(title: str, notes: list[RowNote], total: int) -> str:
    if not notes:
        return ""
    rows = "".join(
        f"<tr><td>{n.row}</td><td>{escape(said(n.field))}</td><td>{escape(said(n.reason))}</td></tr>"
        for n in notes[:ROWS_LISTED]
    )
    more = tr("ImportReport", "... and {count} more").format(count=f"{total - ROWS_LISTED:,}")
    more = f"<p>{escape(more)}</p>" if total > ROWS_LISTED else ""
    heads = "".join(
        f"<th>{escape(head)}</th>"
        for head in (
            tr("ImportReport", "Row"),
            tr("ImportReport", "Field"),
            tr("ImportReport", "Reason"),
        )
    )
    return (
        f"<p><b>{escape(title)}</b></p><table border='1' cellpadding='3' cellspacing='0'>"
        f"<tr>{heads}</tr>{rows}</table>{more}"
    )


def _ignored(columns: tuple[str, ...]) -> str:
    if not columns:
        return ""
    names = ", ".join(escape(c) for c in columns)
    ignored = tr(
        "ImportReport", "<b>Columns not imported</b> (no customer field takes them): {names}"
    )
    return f"<p>{ignored.format(names=names)}</p>"


def headline(report: ImportReport) -> str:
    """One line for the message bar: what happened, and for a dry run that nothing was saved."""
    counts = tr(
        "ImportReport",
        "{rows} rows: {created} created, {updated} updated, {unchanged} unchanged, "
        "{rejected} rejected",
    ).format(
        rows=f"{report.rows:,}",
        created=f"{report.created:,}",
        updated=f"{report.updated:,}",
        unchanged=f"{report.unchanged:,}",
        rejected=f"{report.rejected:,}",
    )
    if report.dry_run:
        return tr("ImportReport", "Dry run (nothing was saved): {counts}").format(counts=counts)
    if report.cancelled:
        return tr(
            "ImportReport",
            "Import cancelled; what was imported before is saved. {counts}. Importing the same "
            "file again completes it.",
        ).format(counts=counts)
    return tr("ImportReport", "Import finished: {counts}").format(counts=counts)


def report_html(report: ImportReport) -> str:
    found = report.kind.upper()
    if report.encoding:
        found += tr("ImportReport", ", encoding {encoding}").format(encoding=report.encoding)
    if report.delimiter:
        delimiter = tr("ImportReport", ", delimiter {delimiter}")
        found += delimiter.format(delimiter=repr(report.delimiter))
    file = tr(
        "ImportReport", "File {file} ({found}); on duplicate: {duplicate}; invalid email: {email}"
    )
    encoding = tr("ImportReport", "<b>Encoding:</b> {note}")
    note = escape(said(report.encoding_note)) if report.encoding_note else ""
    parts = [
        f"<p><b>{escape(headline(report))}</b></p>",
        "<p>"
        + file.format(
            file=escape(report.file),
            found=escape(found),
            duplicate=report.on_duplicate.value,
            email=report.invalid_email.value,
        )
        + "</p>",
        _ignored(report.ignored_columns),
        (
            f"<p style='color:#b45309'>{encoding.format(note=note)}</p>"
            if report.encoding_note
            else ""
        ),
        _counter(tr("ImportReport", "Rejected, by reason"), report.reasons),
        _notes(tr("ImportReport", "First rejected rows"), report.rejected_rows, report.rejected),
        _counter(
            tr("ImportReport", "Warnings (the customer is kept, the value as written)"),
            report.warnings,
        ),
        _notes(
            tr("ImportReport", "First warnings"),
            report.warning_rows,
            sum(report.warnings.values()),
        ),
        _counter(tr("ImportReport", "Duplicates matched by"), report.matched_by),
    ]
    if not report.dry_run:
        parts += [
            _counter(tr("ImportReport", "Created or updated, per country"), report.per_country),
            _counter(tr("ImportReport", "Created or updated, per type"), report.per_type),
        ]
    return "".join(parts)


class ImportReportView(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)

    def show_report(self, report: ImportReport) -> None:
        self.setHtml(report_html(report))
