"""Sales reports for managers: a period's net sales by day, hour, VAT rate, payment method,
cashier and category.

The period is whole local days (the booth's ``tz``), first to last inclusive, for the exhibition
this terminal sells for, in its currency. The figures are net sales as ``services/net_sales.py``
defines them for every view: invoices issued in the period, less voids and credit notes made in
it (a credit note counts when it was made, at the till and for the cashier who refunded; money
by payment method is what was received less what went back, by the method it went back by).
Days and hours come from the per-hour totals every sale, void and refund keeps
(``hourly_sales``); the other breakdowns are summed from the rows in SQL.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from pos_desktop.adapters.csv_text import safe_csv_writer
from pos_desktop.domain.errors import ValidationError
from pos_desktop.domain.money import ZERO, format_amount, round_money
from pos_desktop.domain.phrases import say
from pos_desktop.domain.roles import Actor, Permission
from pos_desktop.domain.spreadsheet_cells import Cell
from pos_desktop.services.net_sales import Amounts, Breakdown, By, Scope, breakdown, money_by_method
from pos_desktop.services.station import StationResolver
from pos_desktop.storage.models import HourlySales
from pos_desktop.storage.uow import Database

__all__ = ["Amounts", "ReportService", "SalesReport", "sales_report_csv", "sales_report_document"]

MAX_DAYS = 366


@dataclass(frozen=True, slots=True)
class SalesReport:
    exhibition_name: str
    currency: str
    first_day: date
    last_day: date
    #: Net sales; ``count``: invoices issued less invoices voided.
    totals: Amounts
    discounts: Decimal
    by_day: tuple[tuple[date, Amounts], ...]  # every day of the period, oldest first
    by_vat_rate: tuple[tuple[Decimal, Amounts], ...]  # count = lines
    by_payment_method: tuple[tuple[str, int, Decimal], ...]  # method, payments, amount
    by_cashier: tuple[tuple[str, int, Decimal], ...]  # cashier, invoices, gross
    voided: tuple[int, Decimal]  # invoices voided in the period, their gross
    #: Credit notes made in the period, their gross.
    refunded: tuple[int, Decimal] = (0, ZERO)
    #: Invoices issued in the period, before voids and refunds: ``issued - voided - refunded``
    #: is the net gross.
    issued: tuple[int, Decimal] = (0, ZERO)
    by_hour: tuple[tuple[int, Amounts], ...] = ()  # local hour 0-23, over the whole period
    by_category: tuple[tuple[str, Amounts], ...] = ()  # "" = no category; count = lines

    @property
    def unpaid(self) -> Decimal:
        """Billed but not received in the period: after an edit raised a total, an invoice
        left open, or a payment taken on a later day (that day shows it as negative)."""
        return self.totals.gross - sum((amount for _, _, amount in self.by_payment_method), ZERO)


class ReportService:
    def __init__(self, db: Database, station: StationResolver) -> None:
        self._db = db
        self._station = station

    def sales(self, actor: Actor, first_day: date, last_day: date, tz: tzinfo) -> SalesReport:
        actor.require(Permission.REPORT_VIEW)
        if last_day < first_day:
            raise ValidationError.single(say("period"), say("the last day is before the first day"))
        if (last_day - first_day).days >= MAX_DAYS:
            raise ValidationError.single(
                say("period"), say("choose at most {count} days", count=MAX_DAYS)
            )
        since = datetime.combine(first_day, time.min, tzinfo=tz)
        until = datetime.combine(last_day + timedelta(days=1), time.min, tzinfo=tz)
        with self._db.reader() as uow:
            session = uow.session
            exhibition = self._station.current_exhibition(session)
            currency = exhibition.currency
            scope = Scope(currency, since, until, exhibition_id=exhibition.id)
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
            cashiers = breakdown(session, scope, By.CASHIER)
            rates = breakdown(session, scope, By.VAT_RATE)
            categories = breakdown(session, scope, By.CATEGORY)
            methods = money_by_method(session, scope)
            name = exhibition.name

        def money(amount: Decimal | None) -> Decimal:
            return round_money(amount or ZERO, currency)

        def amounts(count: int, net: Decimal, vat: Decimal, gross: Decimal) -> Amounts:
            return Amounts(int(count), money(net), money(vat), money(gross))

        days = (last_day - first_day).days + 1
        nothing = Amounts(0, ZERO, ZERO, ZERO)
        per_day = {first_day + timedelta(days=n): nothing for n in range(days)}
        per_hour = dict.fromkeys(range(24), nothing)
        for hour_start, count, net, vat, gross in hours:
            local = hour_start.astimezone(tz)
            hour_amounts = amounts(count, net, vat, gross)
            per_day[local.date()] = per_day[local.date()].plus(hour_amounts)
            per_hour[local.hour] = per_hour[local.hour].plus(hour_amounts)
        total = cashiers.total()
        voided = Breakdown.part_total(cashiers.voided)
        refunded = Breakdown.part_total(cashiers.refunded)
        issued = Breakdown.part_total(cashiers.sold)
        return SalesReport(
            name,
            currency,
            first_day,
            last_day,
            Amounts.of(total, total.invoices, currency),
            money(total.discount),
            tuple(per_day.items()),
            tuple(
                (rate.normalize(), Amounts.of(t, t.lines, currency))
                for (rate,), t in rates.net().items()
            ),
            tuple((m, money_.count, money(money_.amount)) for m, money_ in methods.items()),
            tuple(
                sorted(
                    ((c, t.invoices, money(t.gross)) for (c,), t in cashiers.net().items()),
                    key=lambda row: (-row[2], row[0]),
                )
            ),
            (voided.invoices, money(voided.gross)),
            refunded=(refunded.credit_notes, money(refunded.gross)),
            issued=(issued.invoices, money(issued.gross)),
            by_hour=tuple(per_hour.items()),
            by_category=tuple(
                (category or "", Amounts.of(t, t.lines, currency))
                for (category,), t in categories.net().items()
            ),
        )


def sales_report_csv(report: SalesReport) -> str:
    """One CSV a spreadsheet opens: a section per breakdown, amounts as plain decimals."""
    cur = report.currency
    out = io.StringIO()
    rows = safe_csv_writer(out)  # an exhibition called "@Expo" stays text

    def money(amount: Decimal) -> str:
        return format_amount(amount, cur)

    def figures(label: str, a: Amounts) -> list[Cell]:
        return [label, a.count, money(a.net), money(a.vat), money(a.gross)]

    rows.writerow(["Sales report", report.exhibition_name, cur])
    rows.writerow(["From", report.first_day.isoformat(), "To", report.last_day.isoformat()])
    rows.writerow([])
    rows.writerow(["Day", "Invoices", "Net", "VAT", "Gross"])
    for day, a in report.by_day:
        rows.writerow(figures(day.isoformat(), a))
    rows.writerow(figures("Total", report.totals))
    rows.writerow([])
    rows.writerow(["Hour", "Invoices", "Net", "VAT", "Gross"])
    for hour, a in report.by_hour:
        rows.writerow(figures(f"{hour:02d}:00", a))
    rows.writerow([])
    rows.writerow(["VAT rate %", "Lines", "Net", "VAT", "Gross"])
    for rate, a in report.by_vat_rate:
        rows.writerow(figures(format(rate, "f"), a))
    rows.writerow([])
    rows.writerow(["Category", "Lines", "Net", "VAT", "Gross"])
    for category, a in report.by_category:
        rows.writerow(figures(category, a))
    rows.writerow([])
    rows.writerow(["Payment method", "Payments", "Amount"])
    for method, count, amount in report.by_payment_method:
        rows.writerow([method, count, money(amount)])
    rows.writerow([])
    rows.writerow(["Cashier", "Invoices", "Gross"])
    for cashier, count, gross in report.by_cashier:
        rows.writerow([cashier, count, money(gross)])
    rows.writerow([])
    rows.writerow(["Issued invoices", report.issued[0], money(report.issued[1])])
    rows.writerow(["Voided invoices", report.voided[0], money(report.voided[1])])
    rows.writerow(["Credit notes", report.refunded[0], money(report.refunded[1])])
    rows.writerow(["Net sales", report.totals.count, money(report.totals.gross)])
    rows.writerow(["Discounts given", "", money(report.discounts)])
    rows.writerow(["Not paid", "", money(report.unpaid)])
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

    def counted(pair: tuple[int, Decimal]) -> dict[str, Any]:
        return {"count": pair[0], "gross": format_amount(pair[1], cur)}

    return {
        "exhibition": report.exhibition_name,
        "currency": cur,
        "from": report.first_day.isoformat(),
        "to": report.last_day.isoformat(),
        "totals": amounts(report.totals),
        "discounts": format_amount(report.discounts, cur),
        "unpaid": format_amount(report.unpaid, cur),
        "days": [{"day": d.isoformat(), **amounts(a)} for d, a in report.by_day],
        "hours": [{"hour": h, **amounts(a)} for h, a in report.by_hour],
        "vat_rates": [{"rate": format(r, "f"), **amounts(a)} for r, a in report.by_vat_rate],
        "categories": [{"category": c, **amounts(a)} for c, a in report.by_category],
        "payment_methods": [
            {"method": m, "count": n, "amount": format_amount(amount, cur)}
            for m, n, amount in report.by_payment_method
        ],
        "cashiers": [
            {"cashier": c, "count": n, "gross": format_amount(gross, cur)}
            for c, n, gross in report.by_cashier
        ],
        "issued": counted(report.issued),
        "voided": counted(report.voided),
        "refunded": counted(report.refunded),
    }
