"""Commission: what each cashier earned on a period's sales.

A line earns its product category's rate when the category has one, else the cashier's rate,
else nothing. Commission is on the net amount (VAT is not the shop's money) of the period's net
sales as every view counts them (``services/net_sales.py``): lines of invoices issued in the
period, less invoices voided in it and credit notes made in it, at the same rate. One thing
differs from the till's view: a credit note is taken back from the cashier who *sold* (the
commission was theirs), not from the one who refunded; the total is the same.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from pos_desktop.domain.clock import Clock
from pos_desktop.domain.errors import ValidationError
from pos_desktop.domain.invoice import parse_vat_rate
from pos_desktop.domain.money import ZERO, format_amount, round_money
from pos_desktop.domain.phrases import say
from pos_desktop.domain.roles import Actor, Permission
from pos_desktop.domain.text import clean_line
from pos_desktop.services import audit
from pos_desktop.services.net_sales import By, Scope, breakdown
from pos_desktop.services.station import StationResolver
from pos_desktop.storage.models import CommissionRate
from pos_desktop.storage.uow import Database
from pos_desktop.storage.upsert import insert_ignoring_conflict

KINDS = ("cashier", "category")
_KIND_NAMES = {"cashier": say("cashier"), "category": say("category")}


@dataclass(frozen=True, slots=True)
class CommissionLine:
    cashier: str
    net_sales: Decimal
    commission: Decimal


@dataclass(frozen=True, slots=True)
class CommissionReport:
    currency: str
    first_day: date
    last_day: date
    lines: tuple[CommissionLine, ...]


class CommissionService:
    def __init__(self, db: Database, clock: Clock, station: StationResolver) -> None:
        self._db = db
        self._clock = clock
        self._station = station

    def set_rate(self, actor: Actor, kind: str, key: str, rate: str) -> None:
        """A cashier's (as invoices name them) or a category's rate in percent (managers)."""
        actor.require(Permission.PRODUCT_MANAGE)
        if kind not in KINDS:
            raise ValidationError.single(say("kind"), say("is cashier or category"))
        name = clean_line(key)[:80]
        if not name:
            raise ValidationError.single(_KIND_NAMES[kind], say("is required"))
        value = parse_vat_rate(rate)  # a percentage 0-100 with two decimals, as VAT rates
        now = self._clock.now()
        with self._db.unit_of_work() as uow:
            session = uow.session
            insert_ignoring_conflict(
                session, CommissionRate, {"kind": kind, "key": name, "rate": value}, ["kind", "key"]
            )
            row = session.scalars(
                select(CommissionRate).where(
                    CommissionRate.kind == kind, CommissionRate.key == name
                )
            ).one()
            before = row.rate
            row.rate = value
            audit.record(
                session,
                actor=actor,
                at=now,
                action="commission.rate",
                entity_type="commission",
                entity_key=f"{kind}:{name}",
                summary=f"commission for {kind} {name}: {format(value.normalize(), 'f')}%",
                before={"rate": before},
                after={"rate": value},
                terminal=self._station.terminal_code,
            )
            uow.commit()

    def report(self, actor: Actor, first_day: date, last_day: date, tz: tzinfo) -> CommissionReport:
        actor.require(Permission.REPORT_VIEW)
        if last_day < first_day:
            raise ValidationError.single(say("period"), say("the last day is before the first day"))
        since = datetime.combine(first_day, time.min, tzinfo=tz)
        until = datetime.combine(last_day + timedelta(days=1), time.min, tzinfo=tz)
        with self._db.reader() as uow:
            session = uow.session
            exhibition = self._station.current_exhibition(session)
            currency = exhibition.currency
            rates = {
                (kind, key): rate
                for kind, key, rate in session.execute(
                    select(CommissionRate.kind, CommissionRate.key, CommissionRate.rate)
                ).all()
            }
            net_sales = breakdown(
                session,
                Scope(currency, since, until, exhibition_id=exhibition.id),
                By.SELLER,
                By.CATEGORY,
            ).net()
        earned: dict[str, list[Decimal]] = {}
        for (cashier, category), tally in net_sales.items():
            rate = rates.get(("category", category or ""), rates.get(("cashier", cashier), ZERO))
            totals = earned.setdefault(cashier, [ZERO, ZERO])
            totals[0] += tally.net
            totals[1] += tally.net * rate / 100
        lines = tuple(
            CommissionLine(cashier, round_money(net, currency), round_money(commission, currency))
            for cashier, (net, commission) in sorted(earned.items())
        )
        return CommissionReport(currency, first_day, last_day, lines)


def commission_document(report: CommissionReport) -> dict[str, Any]:
    cur = report.currency
    return {
        "currency": cur,
        "from": report.first_day.isoformat(),
        "to": report.last_day.isoformat(),
        "cashiers": [
            {
                "cashier": line.cashier,
                "net_sales": format_amount(line.net_sales, cur),
                "commission": format_amount(line.commission, cur),
            }
            for line in report.lines
        ],
    }
