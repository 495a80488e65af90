"""The sales report on paper: the PDF a manager files or mails to the accountant.

The same :class:`~pos_desktop.domain.report_sheet.ReportSheet` the X and Z reports use, set on
A4 or Letter by ``adapters/pdf/report_sheet.py``; every figure is the report's own, formatted
once here, so the screen, the CSV, the JSON and the PDF cannot disagree.

Thread rule: pure functions of their arguments; the PDF takes tens of milliseconds, so call it
from a worker, never on the UI thread.
"""

from __future__ import annotations

from decimal import Decimal

from pos_desktop.adapters.pdf import seller_info
from pos_desktop.adapters.pdf.report_sheet import report_sheet_pdf
from pos_desktop.config import ShopSettings
from pos_desktop.domain.money import format_amount
from pos_desktop.domain.receipt import rate_text
from pos_desktop.domain.report_sheet import ReportSheet, SheetRow, SheetSection
from pos_desktop.services.net_sales import Amounts
from pos_desktop.services.reports import SalesReport

FIGURES = ("Count", "Net", "VAT", "Gross")


def sales_report_sheet(report: SalesReport, shop_name: str) -> ReportSheet:
    cur = report.currency

    def m(amount: Decimal) -> str:
        return format_amount(amount, cur)

    def row(label: str, a: Amounts, *, bold: bool = False) -> SheetRow:
        return SheetRow(label, (str(a.count), m(a.net), m(a.vat), m(a.gross)), bold=bold)

    t = report.totals
    name = f"Sales report {report.first_day.isoformat()} to {report.last_day.isoformat()}"
    active_hours = [(h, a) for h, a in report.by_hour if a.count or a.gross]
    return ReportSheet(
        name=name,
        title="SALES REPORT",
        header=tuple(dict.fromkeys(n for n in (shop_name, report.exhibition_name) if n)),
        facts=(
            ("From", report.first_day.isoformat()),
            ("To", report.last_day.isoformat()),
            ("Amounts in", cur),
        ),
        sections=(
            SheetSection(
                "Net sales",
                (
                    SheetRow(f"Issued ({report.issued[0]})", (m(report.issued[1]),)),
                    SheetRow(f"Voids ({report.voided[0]})", (m(-report.voided[1]),)),
                    SheetRow(f"Refunds ({report.refunded[0]})", (m(-report.refunded[1]),)),
                    SheetRow("Gross", (m(t.gross),), bold=True),
                    SheetRow("Net", (m(t.net),)),
                    SheetRow("VAT", (m(t.vat),)),
                    SheetRow("Invoices", (str(t.count),)),
                    SheetRow("Discounts given", (m(report.discounts),)),
                    SheetRow("Not paid", (m(report.unpaid),)),
                ),
            ),
            SheetSection(
                "By day",
                (
                    *(row(f"{d:%a %Y-%m-%d}", a) for d, a in report.by_day),
                    row("Total", t, bold=True),
                ),
                FIGURES,
            ),
            SheetSection("By hour", tuple(row(f"{h:02d}:00", a) for h, a in active_hours), FIGURES),
            SheetSection(
                "VAT by rate", tuple(row(rate_text(r), a) for r, a in report.by_vat_rate), FIGURES
            ),
            SheetSection(
                "By category",
                tuple(row(c or "(none)", a) for c, a in report.by_category),
                FIGURES,
            ),
            SheetSection(
                "Payments by method",
                tuple(
                    SheetRow(method.capitalize(), (str(n), m(amount)))
                    for method, n, amount in report.by_payment_method
                ),
                ("Count", "Amount"),
            ),
            SheetSection(
                "Sales by cashier",
                tuple(SheetRow(c, (str(n), m(g))) for c, n, g in report.by_cashier),
                ("Invoices", "Gross"),
            ),
        ),
    )


def sales_report_pdf(report: SalesReport, shop: ShopSettings, *, paper: str | None = None) -> bytes:
    """The report on ``paper`` (default ``shop.paper``: A4 or Letter)."""
    seller = seller_info(shop, report.exhibition_name)
    sheet = sales_report_sheet(report, seller.name)
    return report_sheet_pdf(sheet, seller, paper=paper or shop.paper)
