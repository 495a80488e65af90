"""Sales reports for managers: a period's takings by day, VAT rate, payment method and cashier.

The period is whole local days (the booth's ``tz``), first to last inclusive, for the exhibition
this terminal sells for, in its currency. Only issued invoices count; voided ones are listed
apart so the manager sees what was taken back. Day totals come from the per-hour totals every
sale keeps (``hourly_sales``); the other breakdowns sum lines and payments in SQL.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select

from pos_desktop.adapters.table_writers import safe_csv_writer
from pos_desktop.domain.errors import ValidationError
from pos_desktop.domain.invoice import InvoiceStatus
from pos_desktop.domain.money import ZERO, format_amount, round_money
from pos_desktop.domain.roles import Actor, Permission
from pos_desktop.services.station import StationResolver
from pos_desktop.storage.models import HourlySales, Invoice, InvoiceLine, Payment
from pos_desktop.storage.uow import Database

MAX_DAYS = 366


def vat_by_rate(
    *invoices: ColumnElement[bool],
) -> Select[Decimal, int, Decimal, Decimal, Decimal]:
    """Lines, net, VAT and gross per VAT rate of the invoices that meet ``invoices``: the VAT
    table of the sales report and of the X/Z report."""
    return (
        select(
            InvoiceLine.vat_rate,
            func.count(InvoiceLine.id),
            func.sum(InvoiceLine.net),
            func.sum(InvoiceLine.vat),
            func.sum(InvoiceLine.gross),
        )
        .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
        .where(*invoices)
        .group_by(InvoiceLine.vat_rate)
        .order_by(InvoiceLine.vat_rate)
    )


@dataclass(frozen=True, slots=True)
class Amounts:
    count: int
    net: Decimal
    vat: Decimal
    gross: Decimal

    def plus(self, other: Amounts) -> Amounts:
        return Amounts(
            self.count + other.count,
            self.net + other.net,
            self.vat + other.vat,
            self.gross + other.gross,
        )


@dataclass(frozen=True, slots=True)
class SalesReport:
    exhibition_name: str
    currency: str
    first_day: date
    last_day: date
    totals: Amounts
    discounts: Decimal
    by_day: tuple[tuple[date, Amounts], ...]  # every day of the period, oldest first
    by_vat_rate: tuple[tuple[Decimal, Amounts], ...]  # count = lines
    by_payment_method: tuple[tuple[str, int, Decimal], ...]  # method, payments, amount
    by_cashier: tuple[tuple[str, int, Decimal], ...]  # cashier, invoices, gross
    voided: tuple[int, Decimal]  # invoices voided that were issued in the period, their gross

    @property
    def unpaid(self) -> Decimal:
        """Billed but not (yet) paid: after an edit raised a total, or an invoice left open."""
        return self.totals.gross - sum((amount for _, _, amount in self.by_payment_method), ZERO)


class ReportService:
    def __init__(self, db: Database, station: StationResolver) -> None:
        self._db = db
        self._station = station

    def sales(self, actor: Actor, first_day: date, last_day: date, tz: tzinfo) -> SalesReport:
        actor.require(Permission.REPORT_VIEW)
        if last_day < first_day:
            raise ValidationError.single("period", "the last day is before the first day")
        if (last_day - first_day).days >= MAX_DAYS:
            raise ValidationError.single("period", f"choose at most {MAX_DAYS} days")
        since = datetime.combine(first_day, time.min, tzinfo=tz)
        until = datetime.combine(last_day + timedelta(days=1), time.min, tzinfo=tz)
        with self._db.reader() as uow:
            session = uow.session
            exhibition = self._station.current_exhibition(session)
            currency = exhibition.currency

            def issued(*extra: ColumnElement[bool]) -> list[ColumnElement[bool]]:
                return [
                    Invoice.exhibition_id == exhibition.id,
                    Invoice.currency == currency,
                    Invoice.issued_at >= since,
                    Invoice.issued_at < until,
                    *extra,
                ]

            counted = Invoice.status == InvoiceStatus.ISSUED.value
            hours = session.execute(
                select(
                    HourlySales.hour_start,
                    func.sum(HourlySales.invoices),
                    func.sum(HourlySales.net),
                    func.sum(HourlySales.vat),
                    func.sum(HourlySales.gross),
                )
                .where(
                    HourlySales.exhibition_id == exhibition.id,
                    HourlySales.currency == currency,
                    HourlySales.hour_start >= since,
                    HourlySales.hour_start < until,
                )
                .group_by(HourlySales.hour_start)
            ).all()
            rates = session.execute(vat_by_rate(*issued(counted))).all()
            methods = session.execute(
                select(Payment.method, func.count(Payment.id), func.sum(Payment.amount))
                .join(Invoice, Invoice.id == Payment.invoice_id)
                .where(*issued(counted))
                .group_by(Payment.method)
                .order_by(Payment.method)
            ).all()
            cashiers = session.execute(
                select(Invoice.cashier_name, func.count(Invoice.id), func.sum(Invoice.gross))
                .where(*issued(counted))
                .group_by(Invoice.cashier_name)
                .order_by(func.sum(Invoice.gross).desc())
            ).all()
            discounts = session.scalar(select(func.sum(Invoice.discount)).where(*issued(counted)))
            voided_count, voided_gross = session.execute(
                select(func.count(Invoice.id), func.sum(Invoice.gross)).where(
                    *issued(Invoice.status == InvoiceStatus.VOIDED.value)
                )
            ).one()
            name = exhibition.name

        def money(amount: Decimal | None) -> Decimal:
            return round_money(amount or ZERO, currency)

        def amounts(count: int, net: Decimal, vat: Decimal, gross: Decimal) -> Amounts:
            return Amounts(int(count), money(net), money(vat), money(gross))

        days = (last_day - first_day).days + 1
        nothing = Amounts(0, ZERO, ZERO, ZERO)
        per_day = {first_day + timedelta(days=n): nothing for n in range(days)}
        for hour_start, count, net, vat, gross in hours:
            day = hour_start.astimezone(tz).date()
            per_day[day] = per_day[day].plus(amounts(count, net, vat, gross))
        by_day = tuple(per_day.items())
        totals = nothing
        for _, of_day in by_day:
            totals = totals.plus(of_day)
        return SalesReport(
            name,
            currency,
            first_day,
            last_day,
            totals,
            money(discounts),
            by_day,
            tuple((rate.normalize(), amounts(c, n, v, g)) for rate, c, n, v, g in rates),
            tuple((method, int(c), money(amount)) for method, c, amount in methods),
            tuple((cashier, int(c), money(gross)) for cashier, c, gross in cashiers),
            (int(voided_count or 0), money(voided_gross)),
        )


def sales_report_csv(report: SalesReport) -> str:
    """One CSV a spreadsheet opens: a section per breakdown, amounts as plain decimals."""
    cur = report.currency
    out = io.StringIO()
    rows = safe_csv_writer(out)  # an exhibition called "@Expo" stays text

    def money(amount: Decimal) -> str:
        return format_amount(amount, cur)

    rows.writerow(["Sales report", report.exhibition_name, cur])
    rows.writerow(["From", report.first_day.isoformat(), "To", report.last_day.isoformat()])
    rows.writerow([])
    rows.writerow(["Day", "Invoices", "Net", "VAT", "Gross"])
    for day, a in report.by_day:
        rows.writerow([day.isoformat(), a.count, money(a.net), money(a.vat), money(a.gross)])
    t = report.totals
    rows.writerow(["Total", t.count, money(t.net), money(t.vat), money(t.gross)])
    rows.writerow([])
    rows.writerow(["VAT rate %", "Lines", "Net", "VAT", "Gross"])
    for rate, a in report.by_vat_rate:
        rows.writerow([format(rate, "f"), a.count, money(a.net), money(a.vat), money(a.gross)])
    rows.writerow([])
    rows.writerow(["Payment method", "Payments", "Amount"])
    for method, count, amount in report.by_payment_method:
        rows.writerow([method, count, money(amount)])
    rows.writerow([])
    rows.writerow(["Cashier", "Invoices", "Gross"])
    for cashier, count, gross in report.by_cashier:
        rows.writerow([cashier, count, money(gross)])
    rows.writerow([])
    rows.writerow(["Discounts given", "", money(report.discounts)])
    rows.writerow(["Not paid", "", money(report.unpaid)])
    rows.writerow(["Voided invoices", report.voided[0], money(report.voided[1])])
    return out.getvalue()


def sales_report_document(report: SalesReport) -> dict[str, Any]:
    """The report as JSON (``report sales --json``); amounts as decimal strings."""
    cur = report.currency

    def amounts(a: Amounts) -> dict[str, Any]:
        return {
            "count": a.count,
            "net": format_amount(a.net, cur),
            "vat": format_amount(a.vat, cur),
            "gross": format_amount(a.gross, cur),
        }

    return {
        "exhibition": report.exhibition_name,
        "currency": cur,
        "from": report.first_day.isoformat(),
        "to": report.last_day.isoformat(),
        "totals": amounts(report.totals),
        "discounts": format_amount(report.discounts, cur),
        "unpaid": format_amount(report.unpaid, cur),
        "days": [{"day": d.isoformat(), **amounts(a)} for d, a in report.by_day],
        "vat_rates": [{"rate": format(r, "f"), **amounts(a)} for r, a in report.by_vat_rate],
        "payment_methods": [
            {"method": m, "count": n, "amount": format_amount(amount, cur)}
            for m, n, amount in report.by_payment_method
        ],
        "cashiers": [
            {"cashier": c, "count": n, "gross": format_amount(gross, cur)}
            for c, n, gross in report.by_cashier
        ],
        "voided": {"count": report.voided[0], "gross": format_amount(report.voided[1], cur)},
    }
