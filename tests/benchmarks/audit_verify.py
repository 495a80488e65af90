"""Benchmark: ``audit verify`` of a million audit entries (target: under 10 s).

Run from the repository root::

    .venv/bin/python -m tests.benchmarks.audit_verify [--backend sqlite|postgresql|both]
        [--entries N] [--sales 1-98] [--runs N] [--tmpdir DIR]

For each backend a fresh database is made and migrated (as ``tests.benchmarks.foundation``
does) and filled with ``--entries`` audit entries shaped like that benchmark's database: of
every 100, ``--sales`` sales (default 49: an invoice of 1-5 lines and a payment, with the
invoice document as the entry's ``after``, as a real sale writes it), one void of the last
sale, and customer registrations for the rest. The rows are made by plain code and
bulk-inserted (SQLite: ``executemany``; PostgreSQL: ``COPY``), but every entry is chained and
every sale's digest computed by the services' own code (``chain_rows``, ``digest_of_rows``),
so ``audit verify`` checks what a real till leaves: the chain, and every invoice's rows
against its digest. Then verify runs ``--runs`` times; wall and CPU seconds are printed.

This module is not a pytest test: building a million entries takes minutes.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal
from typing import Any, cast

from sqlalchemy import Connection, Engine, Table, insert, text

from pos_desktop.bootstrap import build_services
from pos_desktop.config import DatabaseSettings, Settings
from pos_desktop.services.audit_chain import chain_rows, read_head, write_head
from pos_desktop.services.audit_records import INVOICE, digest_of_rows
from pos_desktop.services.audit_verify import verify
from pos_desktop.services.exhibitions import ExhibitionInput
from pos_desktop.storage.models import AuditEvent, Invoice, InvoiceLine, Payment
from pos_desktop.storage.models.audit import canonical_json
from tests.benchmarks.foundation import (
    BUYER_COLUMNS,
    CLI,
    FAST_HASHER,
    PASSWORD,
    fresh_database,
)

ENTRIES, INVOICES, LINES, PAYMENTS = (
    cast(Table, model.__table__) for model in (AuditEvent, Invoice, InvoiceLine, Payment)
)
CHUNK = 10_000
TARGET_S = 10.0
#: As in ``tests.benchmarks.foundation``'s database: about as many sales as registrations.
SALES_PER_100 = 49
CENT = Decimal("0.01")
PRICES = tuple(Decimal(p) for p in ("2.50", "9.50", "12.00", "19.90", "34.00", "4.20"))


class Builder:
    """Makes entries and invoices chunk by chunk, chained after the database's head."""

    def __init__(self, conn: Connection, exhibition_id: int, terminal_id: int, sales: int) -> None:
        self.exhibition_id, self.terminal_id, self.sales = exhibition_id, terminal_id, sales
        self.head = read_head(conn)
        self.start = datetime(2026, 5, 1, 8, 0, tzinfo=UTC)
        self.ids = {"entry": _next_id(conn, "audit_events"), "line": 1, "invoice": 1}
        #: This chunk's invoices' lines and payments, for the voids.
        self.parts: dict[int, list[list[dict[str, Any]]]] = {}

    def chunk(self, first: int, count: int) -> dict[Table, list[dict[str, Any]]]:
        rows: dict[Table, list[dict[str, Any]]] = {
            t: [] for t in (ENTRIES, INVOICES, LINES, PAYMENTS)
        }
        self.parts.clear()
        for n in range(first, first + count):
            at = self.start + timedelta(seconds=n)
            kind = n % 100
            if kind < self.sales:
                self._sale(rows, at)
            elif kind == 99:  # the last sale was wrong
                self._void(rows, at, rows[INVOICES][-1])
            else:
                rows[ENTRIES].append(self._registration(n, at))
        self.head = chain_rows(rows[ENTRIES], *self.head)
        return rows

    def _entry(
        self, at: datetime, action: str, entity: tuple[str, str], **values: Any
    ) -> dict[str, Any]:
        entry = {
            "id": self.ids["entry"],
            "occurred_at": at,
            "actor": "carl",
            "user_id": None,
            "terminal": "T1",
            "action": action,
            "entity_type": entity[0],
            "entity_key": entity[1],
            "before": None,
            "subject_type": None,
            "subject_id": None,
            "digest": None,
            **values,
        }
        self.ids["entry"] += 1
        return entry

    def _registration(self, n: int, at: datetime) -> dict[str, Any]:
        code = f"C{n:07d}"
        return self._entry(
            at,
            "customer.register",
            ("customer", code),
            summary=f"customer Visitor {n} registered as {code}",
            after={
                "name": f"Visitor {n}",
                "email": f"visitor{n}@example.org",
                "company": "Example GmbH",
                "country": "DE",
                "city": "Berlin",
                "customer_type": "visitor",
            },
        )

    def _sale(self, rows: dict[Table, list[dict[str, Any]]], at: datetime) -> None:
        invoice_id = self.ids["invoice"]
        self.ids["invoice"] += 1
        number = f"BENCH-T1-{invoice_id:06d}"
        lines: list[dict[str, Any]] = []
        for position in range(1, 2 + invoice_id % 5):
            quantity = Decimal(1 + (invoice_id + position) % 3)
            price = PRICES[(invoice_id * 7 + position) % len(PRICES)]
            gross = quantity * price
            net = (gross / Decimal("1.19")).quantize(CENT, ROUND_HALF_UP)
            lines.append(
                {
                    "id": self.ids["line"],
                    "invoice_id": invoice_id,
                    "position": position,
                    "product_id": None,
                    "description": f"Item {position} of the catalogue",
                    "quantity": quantity,
                    "unit_price": price,
                    "discount": Decimal(0),
                    "discount_percent": None,
                    "vat_rate": Decimal(19),
                    "net": net,
                    "vat": gross - net,
                    "gross": gross,
                }
            )
            self.ids["line"] += 1
        gross = sum((ln["gross"] for ln in lines), Decimal(0))
        net = sum((ln["net"] for ln in lines), Decimal(0))
        tendered = (gross / 5).to_integral_value(ROUND_CEILING) * 5
        payment = {
            "id": invoice_id,
            "invoice_id": invoice_id,
            "method": "cash",
            "amount": gross,
            "tendered": tendered,
            "change": tendered - gross,
            "reference": None,
            "received_at": at,
            "received_by": "carl",
        }
        invoice = {
            "id": invoice_id,
            "number": number,
            "series_id": None,
            "sequence": invoice_id,
            "status": "issued",
            "exhibition_id": self.exhibition_id,
            "terminal_id": self.terminal_id,
            "customer_id": None,
            "currency": "EUR",
            "prices_include_vat": True,
            "net": net,
            "vat": gross - net,
            "gross": gross,
            "discount": Decimal(0),
            "paid": gross,
            "change": tendered - gross,
            "cashier_user_id": None,
            "cashier_name": "carl",
            "issued_at": at,
            "revision": 0,
            "voided_at": None,
            "voided_by": None,
            "void_reason": None,
            "created_at": at,
            "version": 1,
            # A walk-in's sale: no buyer snapshot (issue 18's columns, part of the digest).
            **dict.fromkeys(BUYER_COLUMNS),
            "reverse_charge": False,
        }
        rows[INVOICES].append(invoice)
        rows[LINES] += lines
        rows[PAYMENTS].append(payment)
        self.parts[invoice_id] = [lines, [payment]]
        digest = digest_of_rows(INVOICE, invoice, [lines, [payment]])
        rows[ENTRIES].append(
            self._entry(
                at,
                "invoice.issue",
                ("invoice", number),
                summary=f"invoice {number} for walk-in: {gross} EUR, paid {gross}",
                after=_document(invoice, lines, payment),
                subject_type="invoice",
                subject_id=invoice_id,
                digest=digest,
            )
        )

    def _void(
        self, rows: dict[Table, list[dict[str, Any]]], at: datetime, invoice: dict[str, Any]
    ) -> None:
        invoice.update(status="voided", voided_at=at, voided_by="maria", void_reason="wrong item")
        invoice["version"] = 2
        rows[ENTRIES].append(
            self._entry(
                at,
                "invoice.void",
                ("invoice", invoice["number"]),
                summary=f"invoice {invoice['number']} voided: wrong item",
                before={"status": "issued"},
                after={"status": "voided", "reason": "wrong item"},
                subject_type="invoice",
                subject_id=invoice["id"],
                digest=digest_of_rows(INVOICE, invoice, self.parts[invoice["id"]]),
            )
        )


def _document(
    invoice: dict[str, Any], lines: list[dict[str, Any]], payment: dict[str, Any]
) -> dict[str, Any]:
    """What ``invoice_document`` gives a sale's audit entry, in size and shape."""
    return {
        "number": invoice["number"],
        "status": "issued",
        "customer": None,
        "customer_name": None,
        "currency": "EUR",
        "prices_include_vat": True,
        "lines": [
            {
                "position": ln["position"],
                "description": ln["description"],
                "quantity": str(ln["quantity"]),
                "unit_price": str(ln["unit_price"]),
                "discount": "0.00",
                "vat_rate": "19",
                "net": str(ln["net"]),
                "vat": str(ln["vat"]),
                "gross": str(ln["gross"]),
            }
            for ln in lines
        ],
        "vat_breakdown": [
            {
                "rate": "19",
                "net": str(invoice["net"]),
                "vat": str(invoice["vat"]),
                "gross": str(invoice["gross"]),
            }
        ],
        "net": str(invoice["net"]),
        "vat": str(invoice["vat"]),
        "gross": str(invoice["gross"]),
        "discount": "0.00",
        "paid": str(invoice["paid"]),
        "balance": "0.00",
        "change": str(invoice["change"]),
        "payments": [
            {
                "method": "cash",
                "amount": str(payment["amount"]),
                "tendered": str(payment["tendered"]),
                "change": str(payment["change"]),
                "reference": None,
                "received_at": payment["received_at"].isoformat(),
                "received_by": "carl",
            }
        ],
        "cashier": "carl",
        "created_at": invoice["created_at"].isoformat(),
        "issued_at": invoice["issued_at"].isoformat(),
        "voided_at": None,
        "voided_by": None,
        "void_reason": None,
        "revision": 0,
    }


def _next_id(conn: Connection, table: str) -> int:
    return int(conn.execute(text(f"SELECT coalesce(max(id), 0) + 1 FROM {table}")).scalar_one())


def _insert(conn: Connection, rows: dict[Table, list[dict[str, Any]]]) -> None:
    """SQLite: ``executemany`` through the tables' types. PostgreSQL: ``COPY`` (the types'
    work done here: documents as their canonical JSON text)."""
    if conn.dialect.name == "sqlite":
        for table in (INVOICES, LINES, PAYMENTS, ENTRIES):
            if rows[table]:
                conn.execute(insert(table), rows[table])
        return
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    for table in (INVOICES, LINES, PAYMENTS, ENTRIES):
        if not rows[table]:
            continue
        names = list(rows[table][0])
        quoted = ", ".join(f'"{n}"' for n in names)
        with cursor.copy(f"COPY {table.name} ({quoted}) FROM STDIN") as copy:
            for row in rows[table]:
                copy.write_row(
                    [
                        canonical_json(row[n])
                        if n in ("before", "after") and row[n] is not None
                        else row[n]
                        for n in names
                    ]
                )


def build(
    engine: Engine, entries: int, station: tuple[int, int], sales: int = SALES_PER_100
) -> float:
    started = time.perf_counter()
    with engine.connect() as conn:
        builder = Builder(conn, *station, sales)
    for first in range(0, entries, CHUNK):
        rows = builder.chunk(first, min(CHUNK, entries - first))
        with engine.begin() as conn:
            _insert(conn, rows)
            write_head(conn, *builder.head)
        if first and first % 100_000 == 0:
            print(f"    {first:>9,} entries ({time.perf_counter() - started:5.0f} s)", flush=True)
    if engine.dialect.name == "postgresql":
        with engine.begin() as conn:
            for name in ("audit_events", "invoices", "invoice_lines", "payments"):
                conn.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{name}', 'id'),"
                        f" (SELECT max(id) FROM {name}))"
                    )
                )
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM ANALYZE")
    else:
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return time.perf_counter() - started


def _children_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def run_backend(backend: str, args: argparse.Namespace) -> list[float]:
    print(f"\n=== {backend}: building {args.entries:,} audit entries", flush=True)
    with fresh_database(backend, args.tmpdir) as db:
        services = build_services(
            Settings(database=DatabaseSettings(url=db.url)), hasher=FAST_HASHER
        )
        try:
            services.setup.initialize(
                CLI,
                admin_username="admin",
                admin_password=PASSWORD,
                exhibition=ExhibitionInput(name="Bench", code="BENCH", currency="EUR"),
            )
            with services.db.unit_of_work() as uow:
                station = services.station.resolve(uow.session, services.clock.now())
                uow.commit()
            seconds = build(
                services.db.engine,
                args.entries,
                (station.exhibition_id, station.terminal_id),
                args.sales,
            )
            with services.db.engine.connect() as conn:
                invoices = conn.execute(text("SELECT count(*) FROM invoices")).scalar_one()
                lines = conn.execute(text("SELECT count(*) FROM invoice_lines")).scalar_one()
            print(
                f"  built in {seconds:.0f} s: {invoices:,} invoices with {lines:,} lines",
                flush=True,
            )
            times = []
            for run in range(1, args.runs + 1):
                t0, cpu, workers = time.perf_counter(), time.process_time(), _children_cpu()
                report = verify(services.db.engine)
                times.append(time.perf_counter() - t0)
                print(
                    f"  verify run {run}: {times[-1]:6.2f} s (CPU: this process"
                    f" {time.process_time() - cpu:5.2f} s, its workers"
                    f" {_children_cpu() - workers:5.2f} s), {report.entries:,} entries,"
                    f" intact={report.intact}, load average {os.getloadavg()[0]:.1f}",
                    flush=True,
                )
                if not report.intact:
                    print(f"  NOT INTACT: {report.first_break} {report.mismatches[:3]}")
                    return [float("inf")]
        finally:
            services.close()
    return times


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.benchmarks.audit_verify", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--backend", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("--entries", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--sales",
        type=int,
        default=SALES_PER_100,
        choices=range(1, 99),
        metavar="1-98",
        help="sales per 100 entries (one more voids the last; the rest are registrations)",
    )
    parser.add_argument("--tmpdir", help="folder for the SQLite file (default: system temp)")
    args = parser.parse_args(argv)
    backends = ["sqlite", "postgresql"] if args.backend == "both" else [args.backend]
    started = time.perf_counter()
    total = 0
    for i in range(10_000_000):
        total += i
    print(
        f"a plain Python loop of 10 million additions: {time.perf_counter() - started:.2f} s;"
        f" load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}"
    )
    results = {backend: run_backend(backend, args) for backend in backends}
    print(f"\naudit verify of {args.entries:,} entries (target < {TARGET_S:.0f} s), seconds:")
    for backend, times in results.items():
        best, worst = min(times), max(times)
        verdict = "ok" if worst < TARGET_S else "MISSED"
        print(f"  {backend:<11} best {best:6.2f}  worst {worst:6.2f}  {verdict}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  peak memory of this process: {peak:.0f} MiB")
    return 0 if all(max(t) < TARGET_S for t in results.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
