"""The manager's dashboard: today's figures and where the money and visitors came from.

Figures are for the exhibition this terminal sells for, in its currency; "today" and the hours
are the booth's local time (``tz``), not UTC, because that is the day the manager means.
Revenue is net sales, as in every report (``services/net_sales.py``): invoices issued, less
voids and credit notes in the hour they were made, so a refund at noon lowers noon's bar.

Revenue comes from the per-hour totals that every sale, edit, void and refund keeps up to date
(``hourly_sales``), the customer pies from counts kept as customers are written
(``customer_counts``): a few hundred rows, however many invoices and customers there are.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from decimal import Decimal

from sqlalchemy import func, select

from pos_desktop.domain.clock import Clock
from pos_desktop.domain.money import ZERO, round_money
from pos_desktop.domain.roles import Actor, Permission
from pos_desktop.services.invoice_views import InvoiceSummary, invoice_summary
from pos_desktop.services.station import StationResolver
from pos_desktop.services.stock import levels_select
from pos_desktop.storage.models import (
    Customer,
    CustomerCount,
    HourlySales,
    Invoice,
    Product,
    StockLevel,
)
from pos_desktop.storage.uow import Database

DAYS_SHOWN = 14
LATEST = 5
LOW_STOCK_SHOWN = 8


@dataclass(frozen=True, slots=True)
class DashboardFigures:
    exhibition_name: str
    currency: str
    day: date
    revenue_today: Decimal
    invoices_today: int
    new_customers_today: int
    average_basket_today: Decimal
    revenue_by_day: tuple[tuple[date, Decimal], ...]  # oldest first, DAYS_SHOWN days to today
    revenue_by_hour: tuple[tuple[int, Decimal], ...]  # today, 0..23
    customers_by_country: tuple[tuple[str, int], ...]  # most first; "" = not given
    customers_by_type: tuple[tuple[str, int], ...]
    latest: tuple[InvoiceSummary, ...]
    #: (sku, name, location, quantity) at or under the product's threshold, lowest first
    low_stock: tuple[tuple[str, str, str, Decimal], ...] = ()


class DashboardService:
    def __init__(self, db: Database, clock: Clock, station: StationResolver) -> None:
        self._db = db
        self._clock = clock
        self._station = station

    def figures(self, actor: Actor, tz: tzinfo) -> DashboardFigures:
        actor.require(Permission.REPORT_VIEW)
        today = self._clock.now().astimezone(tz).date()
        first_day = today - timedelta(days=DAYS_SHOWN - 1)
        since = datetime.combine(first_day, time.min, tzinfo=tz)
        day_start = datetime.combine(today, time.min, tzinfo=tz)
        with self._db.reader() as uow:
            session = uow.session
            exhibition = self._station.current_exhibition(session)
            recent = session.execute(
                select(
                    HourlySales.hour_start,
                    func.sum(HourlySales.invoices),
                    func.sum(HourlySales.gross),
                )
                .where(
                    HourlySales.exhibition_id == exhibition.id,
                    HourlySales.currency == exhibition.currency,
                    HourlySales.hour_start >= since,
                )
                .group_by(HourlySales.hour_start)
            ).all()
            counts = session.execute(
                select(
                    CustomerCount.country, CustomerCount.customer_type, CustomerCount.registered
                ).where(CustomerCount.exhibition_id == exhibition.id)
            ).all()
            new_today = session.scalar(
                select(func.count(Customer.id)).where(
                    Customer.registered_exhibition_id == exhibition.id,
                    Customer.created_at >= day_start,
                )
            )
            latest = session.execute(
                select(Invoice, Customer)
                .outerjoin(Customer, Customer.id == Invoice.customer_id)
                # Newest id first (ids grow with time): walking the primary key back stops
                # after five rows. "+ 0" keeps SQLite from choosing the exhibition index
                # instead, which meant sorting every invoice of the exhibition (3 s at 1M).
                .where((Invoice.exhibition_id + 0) == exhibition.id, Invoice.issued_at.is_not(None))
                .order_by(Invoice.id.desc())
                .limit(LATEST)
            ).all()
            low = session.execute(
                levels_select()
                .where(
                    Product.active.is_(True),
                    Product.low_stock_at.is_not(None),
                    StockLevel.quantity <= Product.low_stock_at,
                )
                .order_by(StockLevel.quantity, Product.sku)
                .limit(LOW_STOCK_SHOWN)
            ).all()
            currency, name = exhibition.currency, exhibition.name
            latest_rows = tuple(invoice_summary(inv, cust) for inv, cust in latest)
        per_day: dict[date, Decimal] = {
            first_day + timedelta(days=n): ZERO for n in range(DAYS_SHOWN)
        }
        per_hour: dict[int, Decimal] = dict.fromkeys(range(24), ZERO)
        count_today = 0
        for hour_start, count, gross in recent:
            local = hour_start.astimezone(tz)
            if local.date() in per_day:
                per_day[local.date()] += gross
            if local.date() == today:
                per_hour[local.hour] += gross
                count_today += count
        by_country: Counter[str] = Counter()
        by_type: Counter[str] = Counter()
        for country, kind, registered in counts:
            by_country[country] += registered
            by_type[kind] += registered
        revenue_today = per_day[today]
        average = round_money(revenue_today / count_today, currency) if count_today else ZERO
        return DashboardFigures(
            name,
            currency,
            today,
            revenue_today,
            count_today,
            int(new_today or 0),
            average,
            tuple(per_day.items()),
            tuple(per_hour.items()),
            _ranked(by_country),
            _ranked(by_type),
            latest_rows,
            tuple((sku, product, place, quantity) for sku, product, place, quantity, _ in low),
        )


def _ranked(counts: Counter[str]) -> tuple[tuple[str, int], ...]:
    """Most first; groups whose customers all moved elsewhere (count 0) are left out."""
    return tuple((label, n) for label, n in counts.most_common() if n > 0)
