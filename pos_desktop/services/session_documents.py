"""X and Z reports on paper: the one sheet the receipt printer and the PDF both print.

:func:`session_report_sheet` turns a :class:`SessionReport` into a
:class:`~pos_desktop.domain.report_sheet.ReportSheet`; the print queue renders it as ESC/POS
for the till's printer, :func:`session_report_pdf` as an A4 or Letter page for the archive.
The drawer section adds up from top to bottom (float, cash sales, cash refunds, cash back
for voids, cash in, cash out = expected cash), and so does the sales section (issued, voids,
refunds = net sales), so a manager can check both with a pencil.

Thread rule: pure functions of their arguments; the PDF takes tens of milliseconds, so call it
from a worker, never on the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo
from decimal import Decimal

from pos_desktop.adapters.pdf import seller_info
from pos_desktop.adapters.pdf.report_sheet import report_sheet_pdf
from pos_desktop.config import ShopSettings
from pos_desktop.domain.money import format_amount
from pos_desktop.domain.receipt import ShopInfo, rate_text
from pos_desktop.domain.report_sheet import ReportSheet, SheetRow, SheetSection
from pos_desktop.services.receipts import shop_info
from pos_desktop.services.session_report import SessionReport

TITLES = {"X": "X REPORT", "Z": "Z REPORT"}
#: A partial report's title (made offline on the journal, see ``SessionReport.partial``).
OFFLINE_TITLES = {"X": "X REPORT - OFFLINE", "Z": "DRAWER COUNT - OFFLINE"}
#: Printed instead of the figures the journal cannot know.
OFFLINE_NOTE = (
    "Made while the line to the server was down: this till knows only its sales since then."
    " Expected cash, the difference and the shift's totals are on the Z report: print it again"
    " when the line is back."
)
_Money = Callable[[Decimal], str]


def report_name(kind: str, session_id: int) -> str:
    """``Z report 12``: the document's name in the print queue and on the PDF."""
    return f"{kind} report {session_id}"


def report_file_stem(report: SessionReport) -> str:
    """``z-report-12-T1``: a file name a manager can sort in the archive folder."""
    return f"{report.kind.lower()}-report-{report.session_id}-{report.terminal}"


def session_report_sheet(
    report: SessionReport, shop: ShopInfo, *, copy: bool = False
) -> ReportSheet:
    """The report as a sheet; ``copy`` marks a reprint "COPY" as receipts are marked."""
    cur = report.currency

    def m(amount: Decimal) -> str:
        return format_amount(amount, cur)

    def when(moment: datetime) -> str:
        return f"{moment.astimezone(shop.timezone):%Y-%m-%d %H:%M}"

    facts = [
        ("Session", str(report.session_id)),
        ("Till", report.terminal),
        ("Opened", f"{when(report.opened_at)} {report.opened_by}"),
    ]
    if report.closed_at is not None:
        facts.append(("Closed", f"{when(report.closed_at)} {report.closed_by or ''}".strip()))
        if report.audit_seal is not None:
            facts.append(("Audit", report.audit_seal.printed))
    else:
        facts.append(("As of", when(report.as_of)))
    facts.append(("Amounts in", cur))
    if report.partial:
        return _partial_sheet(report, shop, tuple(facts), m, copy=copy)
    return ReportSheet(
        name=report_name(report.kind, report.session_id),
        title=TITLES[report.kind],
        header=(*shop.header, shop.exhibition) if shop.exhibition else shop.header,
        facts=tuple(facts),
        sections=(
            _drawer(report, m),
            *_movements(report, m, shop.timezone),
            _sales(report, m),
            SheetSection(
                "Payments by method",
                tuple(
                    SheetRow(method.capitalize(), (str(n), m(amount)))
                    for method, n, amount in report.by_payment_method
                ),
                ("Count", "Amount"),
            ),
            SheetSection(
                "VAT by rate",
                tuple(
                    SheetRow(rate_text(rate), (m(a.net), m(a.vat), m(a.gross)))
                    for rate, a in report.by_vat_rate
                ),
                ("Net", "VAT", "Gross"),
            ),
            SheetSection(
                "Sales by cashier",
                tuple(
                    SheetRow(cashier, (str(n), m(gross))) for cashier, n, gross in report.by_cashier
                ),
                ("Invoices", "Gross"),
            ),
        ),
        copy=copy,
    )


def _partial_sheet(
    report: SessionReport,
    shop: ShopInfo,
    facts: tuple[tuple[str, str], ...],
    m: _Money,
    *,
    copy: bool,
) -> ReportSheet:
    """What a report made on the offline journal can say for sure: the float and the count
    (no expected cash or difference worked out from part of the shift's sales)."""
    rows = [SheetRow("Float", (m(report.float_amount),))]
    if report.counted_cash is not None:
        rows.append(SheetRow("Counted cash", (m(report.counted_cash),), bold=True))
    return ReportSheet(
        name=report_name(report.kind, report.session_id),
        title=OFFLINE_TITLES[report.kind],
        header=(*shop.header, shop.exhibition) if shop.exhibition else shop.header,
        facts=facts,
        sections=(
            SheetSection("Cash drawer", tuple(rows)),
            SheetSection("Offline", (SheetRow(OFFLINE_NOTE, ()),)),
        ),
        copy=copy,
    )


def _drawer(report: SessionReport, m: _Money) -> SheetSection:
    rows = [
        SheetRow("Float", (m(report.float_amount),)),
        SheetRow("Cash sales", (m(report.cash_received),)),
        SheetRow("Cash refunds", (m(-report.cash_refunded),)),
    ]
    if report.cash_returned_for_voids:
        rows.append(SheetRow("Cash back for voids", (m(-report.cash_returned_for_voids),)))
    rows += [
        SheetRow("Cash in", (m(report.cash_in),)),
        SheetRow("Cash out", (m(-report.cash_out),)),
        SheetRow("Expected cash", (m(report.expected_cash),), bold=True),
    ]
    if report.counted_cash is not None and report.difference is not None:
        rows += [
            SheetRow("Counted cash", (m(report.counted_cash),), bold=True),
            SheetRow("Difference", (m(report.difference),), bold=True),
        ]
    return SheetSection("Cash drawer", tuple(rows))


def _movements(report: SessionReport, m: _Money, zone: tzinfo | None) -> list[SheetSection]:
    """Each cash in (+) and out (-) with its time, reason and who moved it."""
    if not report.movements:
        return []
    rows = tuple(
        SheetRow(
            f"{at.astimezone(zone):%H:%M} {kind} {why} ({who})",
            (m(amount if kind == "in" else -amount),),
        )
        for at, kind, amount, why, who in report.movements
    )
    return [SheetSection("Cash in and out", rows)]


def _sales(report: SessionReport, m: _Money) -> SheetSection:
    """Issued, less voids, less refunds: the sales (gross) that the rest of the sheet breaks
    down by payment method, VAT rate and cashier."""
    s = report.sales
    issued, issued_gross = report.issued
    voids, voided = report.voids
    refunds, refunded = report.refunds
    return SheetSection(
        "Sales",
        (
            SheetRow(f"Issued ({issued})", (m(issued_gross),)),
            SheetRow(f"Voids ({voids})", (m(-voided),)),
            SheetRow(f"Refunds ({refunds})", (m(-refunded),)),
            SheetRow("Gross", (m(s.gross),), bold=True),
            SheetRow("Net", (m(s.net),)),
            SheetRow("VAT", (m(s.vat),)),
            SheetRow("Invoices", (str(s.count),)),
            SheetRow("Discounts given", (m(report.discounts),)),
        ),
    )


def report_shop_info(shop: ShopSettings, report: SessionReport) -> ShopInfo:
    """The receipt's header (``[shop]``) over the report's event and till; no receipt footer."""
    return shop_info(shop, "", exhibition=report.exhibition_name, terminal=report.terminal)


def session_report_pdf(
    report: SessionReport, shop: ShopSettings, *, paper: str | None = None
) -> bytes:
    """The report on ``paper`` (default ``shop.paper``: A4 or Letter, as invoices)."""
    sheet = session_report_sheet(report, report_shop_info(shop, report))
    return report_sheet_pdf(
        sheet, seller_info(shop, report.exhibition_name), paper=paper or shop.paper
    )
