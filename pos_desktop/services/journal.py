"""The accounting export (``export journal``): a period's bookings as CSV or DATEV EXTF.

The bookings are the period's net sales, taken from ``services/net_sales.py`` per document:
each invoice issued, invoice voided and credit note made, per VAT rate, and each payment
received, given back on a void or paid out on a credit note, per method. They are dated by the
booth's local day of the event, so the journal of a period adds up to the sales report of the
same period: revenue per VAT rate (credit minus debit of its account) is the report's gross
per rate, money per payment account (debit minus credit) the report's amount per method.
The scope is the sales report's: this till's exhibition, in its currency.

``csv`` is UTF-8 with a header row, one booking a row, every amount positive (the ``side``
column says which way, as in DATEV) and text cells formula-safe; ``datev`` is the
Buchungsstapel (``domain/datev.py``) in Windows-1252. Every export is audited
(``journal.export``: who, which period, which file, how many bookings).

Thread rule: reads the database and writes a file; call it from a worker or the CLI.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from decimal import Decimal
from enum import StrEnum
from pathlib import Path

from pos_desktop.adapters.csv_text import safe_csv_writer
from pos_desktop.config import AccountingSettings
from pos_desktop.domain.clock import Clock
from pos_desktop.domain.datev import DatevHeader, buchungsstapel
from pos_desktop.domain.errors import ValidationError
from pos_desktop.domain.journal import (
    AccountPlan,
    Booking,
    BookingKind,
    fiscal_year_start,
    parse_method_accounts,
    parse_rate_accounts,
)
from pos_desktop.domain.money import format_amount
from pos_desktop.domain.phrases import say
from pos_desktop.domain.roles import Actor, Permission
from pos_desktop.services import audit
from pos_desktop.services.file_ports import FileWriter
from pos_desktop.services.net_sales import By, Key, Scope, Tally, breakdown, money_breakdown
from pos_desktop.services.reports import MAX_DAYS
from pos_desktop.services.station import StationResolver
from pos_desktop.storage.uow import Database

CSV_COLUMNS = (
    "date",
    "document",
    "kind",
    "text",
    "account",
    "contra_account",
    "side",
    "amount",
    "currency",
    "vat_rate",
    "net",
    "vat",
    "method",
)


class JournalFormat(StrEnum):
    CSV = "csv"
    DATEV = "datev"


@dataclass(frozen=True, slots=True)
class Journal:
    exhibition_code: str
    exhibition_name: str
    currency: str
    first_day: date
    last_day: date
    bookings: tuple[Booking, ...]


class JournalService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        station: StationResolver,
        settings: AccountingSettings,
        *,
        write_whole: FileWriter,
    ) -> None:
        self._db = db
        self._clock = clock
        self._station = station
        self._settings = settings
        self._write_whole = write_whole

    def plan(self) -> AccountPlan:
        s = self._settings
        plan = AccountPlan(
            parse_rate_accounts(s.revenue_accounts),
            parse_method_accounts(s.payment_accounts),
            s.receivables_account.strip(),
            s.account_length,
        )
        plan.check_lengths()
        return plan

    def journal(self, actor: Actor, first_day: date, last_day: date, tz: tzinfo) -> Journal:
        """The period's bookings, oldest first (by day, then document, then kind)."""
        actor.require(Permission.REPORT_VIEW)
        if last_day < first_day:
            raise ValidationError.single(say("period"), say("the last day is before the first day"))
        if (last_day - first_day).days >= MAX_DAYS:
            raise ValidationError.single(
                say("period"), say("choose at most {count} days", count=MAX_DAYS)
            )
        plan = self.plan()
        since = datetime.combine(first_day, time.min, tzinfo=tz)
        until = datetime.combine(last_day + timedelta(days=1), time.min, tzinfo=tz)
        with self._db.reader() as uow:
            session = uow.session
            exhibition = self._station.current_exhibition(session)
            scope = Scope(exhibition.currency, since, until, exhibition_id=exhibition.id)
            sales = breakdown(session, scope, By.MOMENT, By.DOCUMENT, By.VAT_RATE)
            money = money_breakdown(session, scope, By.MOMENT, By.DOCUMENT, By.METHOD)
            code, name, currency = exhibition.code, exhibition.name, exhibition.currency

        def day(moment: datetime) -> date:
            return moment.astimezone(tz).date()

        def revenue(kind: BookingKind, part: dict[Key, Tally]) -> list[Booking]:
            return [
                Booking(
                    day(moment),
                    document,
                    kind,
                    plan.receivables,
                    plan.revenue_for(rate),
                    t.gross,
                    currency,
                    vat_rate=rate.normalize(),
                    net=t.net,
                    vat=t.vat,
                )
                for (moment, document, rate), t in part.items()
                if t.gross or t.net
            ]

        def paid(kind: BookingKind, part: dict[Key, tuple[int, Decimal]]) -> list[Booking]:
            return [
                Booking(
                    day(moment),
                    document,
                    kind,
                    plan.payment_for(method),
                    plan.receivables,
                    amount,
                    currency,
                    method=method,
                )
                for (moment, document, method), (_n, amount) in part.items()
                if amount
            ]

        bookings = [
            *revenue(BookingKind.SALE, sales.sold),
            *revenue(BookingKind.VOID, sales.voided),
            *revenue(BookingKind.CREDIT_NOTE, sales.refunded),
            *paid(BookingKind.PAYMENT, money.received),
            *paid(BookingKind.VOID_PAYMENT, money.returned_for_voids),
            *paid(BookingKind.REFUND_PAYMENT, money.refunded),
        ]
        order = list(BookingKind)
        bookings.sort(
            key=lambda b: (b.day, b.document, order.index(b.kind), b.vat_rate or 0, b.method or "")
        )
        return Journal(code, name, currency, first_day, last_day, tuple(bookings))

    def export(
        self,
        actor: Actor,
        path: Path,
        first_day: date,
        last_day: date,
        tz: tzinfo,
        *,
        file_format: JournalFormat = JournalFormat.CSV,
    ) -> Journal:
        """Write the journal to ``path`` whole or not at all; audited."""
        actor.require(Permission.DATA_EXPORT)
        journal = self.journal(actor, first_day, last_day, tz)
        if file_format is JournalFormat.DATEV:
            data = self.datev(journal).encode("cp1252", errors="replace")
        else:
            data = journal_csv(journal).encode("utf-8")
        self._write_whole(path, data)
        now = self._clock.now()
        with self._db.unit_of_work() as uow:
            audit.record(
                uow.session,
                actor=actor,
                at=now,
                action="journal.export",
                entity_type="journal",
                entity_key=None,
                summary=f"{len(journal.bookings)} bookings {first_day} to {last_day} exported "
                f"to {path.name} ({file_format.value})",
                after={
                    "rows": len(journal.bookings),
                    "file": str(path),
                    "format": file_format.value,
                    "from": first_day.isoformat(),
                    "to": last_day.isoformat(),
                },
                terminal=self._station.terminal_code,
            )
            uow.commit()
        return journal

    def datev(self, journal: Journal) -> str:
        s = self._settings
        header = DatevHeader(
            created=self._clock.now().astimezone(),
            consultant=s.datev_consultant,
            client=s.datev_client,
            fiscal_year_start=fiscal_year_start(journal.first_day, s.fiscal_year_start),
            account_length=s.account_length,
            first_day=journal.first_day,
            last_day=journal.last_day,
            label=f"Booth POS {journal.exhibition_code}",
            currency=journal.currency,
            chart=s.chart,
        )
        return buchungsstapel(header, journal.bookings)


def journal_csv(journal: Journal) -> str:
    """UTF-8 CSV, one booking a row (``CSV_COLUMNS``), amounts as plain positive decimals."""
    out = io.StringIO()
    rows = safe_csv_writer(out)  # text cells formula-safe, as in every file the app writes
    rows.writerow(CSV_COLUMNS)
    cur = journal.currency

    def money(amount: Decimal | None) -> str:
        return "" if amount is None else format_amount(amount, cur)

    for b in journal.bookings:
        rows.writerow(
            [
                b.day.isoformat(),
                b.document,
                b.kind.value,
                b.text,
                b.account,
                b.contra_account,
                b.side,
                money(b.amount),
                b.currency,
                "" if b.vat_rate is None else format(b.vat_rate, "f"),
                money(b.net),
                money(b.vat),
                b.method or "",
            ]
        )
    return out.getvalue()


def revenue_by_rate(bookings: Sequence[Booking]) -> dict[Decimal, tuple[Decimal, ...]]:
    """Net, VAT and gross per VAT rate as the journal books them (credit less debit of the
    revenue accounts): what the sales report shows per rate."""
    out: dict[Decimal, tuple[Decimal, ...]] = {}
    for b in bookings:
        if b.vat_rate is None or b.net is None or b.vat is None:
            continue
        sign = 1 if b.kind is BookingKind.SALE else -1
        net, vat, gross = out.get(b.vat_rate, (Decimal(0),) * 3)
        out[b.vat_rate] = (net + sign * b.net, vat + sign * b.vat, gross + sign * b.amount)
    return out
