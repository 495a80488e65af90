"""Foundation benchmarks: latency of what a cashier waits on, on a realistically full database.

Run from the repository root::

    .venv/bin/python -m tests.benchmarks.foundation [--backend sqlite|postgresql|both]
        [--customers N] [--invoices N] [--samples N] [--json FILE]

For each backend a fresh database is created (SQLite: a file in a temporary folder; PostgreSQL:
``pos_bench_<random>`` next to ``POS_TEST_PG_URL``, default
``postgresql://postgres@127.0.0.1:5432/postgres``), migrated, filled and dropped at the end.

* The installation (exhibition BENCH in EUR, admin and cashiers, catalogue) is set up through
  the services, like a real first start.
* Customers, invoices (1-5 lines, one payment), their audit events and the number series are
  then bulk-loaded with SQLAlchemy Core ``INSERT``s: values are computed by the same domain
  functions the services use (codes, search text, ``price_lines``, ``settle``), so the loaded
  rows are indistinguishable from ones the services wrote, only much faster to make. The audit
  events are chained and hold their invoices' digests by the same code as a sale's
  (``services.audit_chain``), so ``audit verify`` holds on the loaded database.
* Every measurement then goes through the real services (``build_services``) with durable
  commits (SQLite WAL + ``synchronous=FULL`` from the engine, PostgreSQL defaults), after
  untimed warm-up calls, timed with ``time.perf_counter_ns``.

This module is not a pytest test (no ``test_`` file name or function): it takes minutes.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import json
import math
import os
import platform
import random
import re
import sqlite3
import sys
import tempfile
import time
import unicodedata
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import ROUND_CEILING, Decimal
from pathlib import Path
from typing import Any, cast

import phonenumbers
import psycopg
import sqlalchemy
from argon2 import PasswordHasher
from sqlalchemy import Engine, Table, func, insert, select, text

from pos_desktop.adapters.qr_image import qr_png
from pos_desktop.bootstrap import Services, build_services
from pos_desktop.config import DatabaseSettings, Settings
from pos_desktop.domain.codes import CustomerCode
from pos_desktop.domain.contact import email_key
from pos_desktop.domain.customer import (
    EDITABLE_FIELDS,
    CustomerFields,
    CustomerInput,
    CustomerType,
    search_text,
)
from pos_desktop.domain.invoice import (
    InvoiceStatus,
    LineInput,
    PaymentInput,
    PaymentMethod,
    price_lines,
    settle,
)
from pos_desktop.domain.money import ZERO, format_amount
from pos_desktop.domain.numbering import DocumentKind, format_number, series_prefix
from pos_desktop.domain.roles import Actor, Role
from pos_desktop.domain.text import fold
from pos_desktop.services.audit_chain import chain_rows, read_head, write_head
from pos_desktop.services.audit_records import INVOICE as INVOICE_RECORD
from pos_desktop.services.audit_records import digest_of_rows
from pos_desktop.services.demo_data import CATALOGUE, FREE_TEXT  # the same booth catalogue
from pos_desktop.services.exhibitions import ExhibitionInput
from pos_desktop.services.sales import SaleInput
from pos_desktop.services.station import Station
from pos_desktop.storage import migrate
from pos_desktop.storage.bulk_rows import insert_rows
from pos_desktop.storage.customer_totals import rebuild as rebuild_customer_totals
from pos_desktop.storage.engine import create_engine_for, sqlite_url
from pos_desktop.storage.models import (
    AuditEvent,
    Customer,
    DocumentSeries,
    Invoice,
    InvoiceLine,
    Payment,
)
from pos_desktop.storage.sales_rollup import rebuild as rebuild_sales_totals
from tests.benchmarks.verdict import exit_code, verdict

#: The tables the loader fills, typed as the ``Table`` objects they are.
CUSTOMERS = cast(Table, Customer.__table__)
INVOICES = cast(Table, Invoice.__table__)
INVOICE_LINES = cast(Table, InvoiceLine.__table__)
PAYMENTS = cast(Table, Payment.__table__)
AUDIT_EVENTS = cast(Table, AuditEvent.__table__)
#: The invoice's buyer snapshot, as ``snapshot_buyer`` fills it.
BUYER_COLUMNS = tuple(
    f"buyer_{part}"
    for part in ("name", "company", "street", "postcode", "city", "country", "vat_id")
)
SERIES = cast(Table, DocumentSeries.__table__)

PG_ADMIN_URL = os.environ.get("POS_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
#: Real argon2id, cheap: building services and setting up users must not dominate the run.
FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
CLI = Actor(None, "cli:bench", Role.ADMIN, "cli:bench")
PASSWORD = "bench horse battery staple"
CURRENCY = "EUR"
BATCH_ROWS = 5_000
#: Invoices are loaded (and committed) in chunks of this many, with their lines and payments.
INVOICE_CHUNK = 10_000
#: Share of all loaded invoices that go to one regular buyer (the "many invoices" customer).
HEAVY_SHARE = 0.01

FLOOR = "(floor) bare driver INSERT+COMMIT"
#: Targets on p95, in milliseconds, per operation and backend.
TARGETS: dict[str, dict[str, float]] = {
    "register + QR": {"sqlite": 5.0, "postgresql": 8.0},
    "customers.get (by code)": {"sqlite": 1.0, "postgresql": 1.0},
    "create_invoice (5 lines + payment)": {"sqlite": 6.0, "postgresql": 10.0},
}

# ------------------------------------------------------------------------------ sample data

FIRST_NAMES = (
    "Anna", "Lukas", "Élodie", "François", "Søren", "Zoë", "Jürgen", "María", "José", "Chloé",
    "Mateusz", "Agnieszka", "Giulia", "Marco", "Emma", "Noah", "Olivia", "Liam", "Sofía",
    "Hiroshi", "Yuki", "Björn", "Ingrid", "Pieter", "Sanne", "João", "Ana", "Fatima", "Omar",
    "Chen", "Priya", "Raj", "Aoife", "Seán", "Ørjan", "Małgorzata", "Łukasz", "Mónica",
    "Timo", "Katharina", "Lea", "Felix", "Hannah", "Jonas", "Clara", "Paul", "Marie", "Max",
)  # fmt: skip
LAST_NAMES = (
    "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Dubois", "Lefèvre", "García",
    "Martínez", "Rossi", "Bianchi", "Kowalski", "Nowak", "Wiśniewski", "Smith", "Jones",
    "Williams", "Brown", "Johansson", "Andersson", "de Vries", "van den Berg", "Jansen",
    "Silva", "Santos", "Oliveira", "Tanaka", "Suzuki", "Sato", "Gruber", "Huber", "Bauer",
    "O'Brien", "Murphy", "Novák", "Horváth", "Nielsen", "Hansen", "Costa", "Ferreira",
    "Wagner", "Becker", "Hoffmann", "Schäfer", "Koch", "Richter", "Klein", "Wolf", "Neumann",
)  # fmt: skip
COMPANIES = (
    "Acme GmbH", "Nordlicht Design AG", "Studio Bleu SARL", "Iberia Retail SL",
    "Polska Print Sp. z o.o.", "Rossi & Figli S.r.l.", "Tulip Trading BV", "Fjord Media AB",
    "Maple Works Inc.", "Sakura Labs K.K.", "Alpen Handel GmbH", "Brasil Criativo Ltda.",
    "Kingfisher Events Ltd", "Bauhaus Objekte KG", "Atelier Lumière", "Greenleaf Co-op",
)  # fmt: skip
JOB_TITLES = (
    "Buyer", "Head of Purchasing", "Designer", "Marketing Manager", "CEO", "Journalist",
    "Student", "Store Owner", "Product Manager", "Photographer", "Consultant", "Architect",
)  # fmt: skip
#: (weight, country, cities)
COUNTRIES = (
    (34, "DE", ("Berlin", "München", "Köln", "Hamburg", "Frankfurt am Main", "Düsseldorf")),
    (9, "FR", ("Paris", "Lyon", "Marseille", "Toulouse")),
    (8, "AT", ("Wien", "Graz", "Salzburg")),
    (7, "CH", ("Zürich", "Genève", "Basel")),
    (7, "NL", ("Amsterdam", "Rotterdam", "Utrecht")),
    (7, "IT", ("Milano", "Roma", "Torino")),
    (6, "GB", ("London", "Manchester", "Edinburgh")),
    (5, "PL", ("Warszawa", "Kraków", "Wrocław")),
    (5, "ES", ("Madrid", "Barcelona", "Valencia")),
    (4, "SE", ("Stockholm", "Göteborg", "Malmö")),
    (4, "US", ("New York", "Chicago", "San Francisco")),
    (2, "JP", ("Tokyo", "Osaka")),
    (2, "BR", ("São Paulo", "Rio de Janeiro")),
)
CUSTOMER_TYPES = (
    (60, CustomerType.INDIVIDUAL),
    (20, CustomerType.CORPORATE),
    (5, CustomerType.CREATOR),
    (4, CustomerType.PRESS),
    (4, CustomerType.EXHIBITOR),
    (3, CustomerType.PARTNER),
    (2, CustomerType.VIP),
    (2, CustomerType.OTHER),
)
LINE_COUNT_WEIGHTS = (35, 25, 18, 12, 10)  # 1..5 lines
VOID_SHARE = 0.01
WALK_IN_SHARE = 0.10
CARD_SHARE = 0.55


def _weighted(rng: random.Random, pairs: Sequence[tuple[int, Any]]) -> Any:
    return rng.choices([p[1] for p in pairs], weights=[p[0] for p in pairs])[0]


def _ascii(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", ".", plain.lower()).strip(".")


def phone_pool(rng: random.Random, per_region: int = 150) -> dict[str, list[str]]:
    """Valid E.164 mobile numbers per country, as ``normalize_phone`` would store them."""
    pool: dict[str, list[str]] = {}
    for _, region, _ in COUNTRIES:
        example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
        assert example is not None, region
        digits = str(example.national_number)
        found: set[str] = set()
        for _ in range(per_region * 4):
            tail = "".join(rng.choice("0123456789") for _ in range(4))
            number = phonenumbers.parse(f"+{example.country_code}{digits[:-4]}{tail}")
            if phonenumbers.is_valid_number(number):
                found.add(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))
            if len(found) >= per_region:
                break
        pool[region] = sorted(found)
    return pool


@dataclass(frozen=True)
class Person:
    """One visitor as typed at the registration screen."""

    fields: CustomerFields

    def as_input(self) -> CustomerInput:
        return self.fields.as_input()


def make_person(rng: random.Random, phones: dict[str, list[str]], tag: str) -> Person:
    """A plausible visitor; ``tag`` makes the email unique (as registrations' emails are)."""
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    _, country, cities = rng.choices(COUNTRIES, weights=[c[0] for c in COUNTRIES])[0]
    domain = rng.choice(("example.com", "example.org", "example.net"))
    return Person(
        CustomerFields(
            name=f"{first} {last}",
            email=f"{_ascii(first)}.{_ascii(last)}.{tag}@{domain}",
            phone=rng.choice(phones[country]) if rng.random() < 0.75 else None,
            company=rng.choice(COMPANIES) if rng.random() < 0.6 else None,
            job_title=rng.choice(JOB_TITLES) if rng.random() < 0.5 else None,
            country=country,
            city=rng.choice(cities) if rng.random() < 0.8 else None,
            customer_type=_weighted(rng, CUSTOMER_TYPES),
            notes="Prefers contact by email; met at the booth." if rng.random() < 0.05 else None,
        )
    )


@dataclass(frozen=True)
class CatalogueItem:
    product_id: int
    name: str
    price: Decimal
    vat_rate: Decimal


def make_lines(
    rng: random.Random, catalogue: Sequence[CatalogueItem], count: int
) -> list[LineInput]:
    """``count`` lines: mostly scanned catalogue items, some free text, the odd discount."""
    lines = []
    for _ in range(count):
        if rng.random() < 0.85:
            item = rng.choice(catalogue)
            description, price, rate, product = (
                item.name,
                item.price,
                item.vat_rate,
                item.product_id,
            )
        else:
            description, raw = rng.choice(FREE_TEXT)
            price, rate, product = Decimal(raw), Decimal(19), None
        quantity = Decimal(rng.choices((1, 2, 3, 4), weights=(75, 15, 7, 3))[0])
        percent = Decimal(10) if rng.random() < 0.07 else None
        lines.append(
            LineInput(description, quantity, price, rate, ZERO, percent, product_id=product)
        )
    return lines


def make_payment(rng: random.Random, gross: Decimal) -> PaymentInput:
    """Card for the exact amount, or cash: exact, or rounded up to a note (change given)."""
    if rng.random() < CARD_SHARE:
        return PaymentInput(PaymentMethod.CARD, gross, f"AUTH{rng.randrange(10**6):06d}")
    note = rng.choice((Decimal(1), Decimal(5), Decimal(10), Decimal(20), Decimal(50)))
    tendered = max(note, (gross / note).to_integral_value(rounding=ROUND_CEILING) * note)
    return PaymentInput(PaymentMethod.CASH, tendered)


# ------------------------------------------------------------------------------ databases


@dataclass
class BenchDatabase:
    backend: str
    url: str
    location: str


def _with_database(url: str, name: str) -> str:
    base, _, _ = url.rpartition("/")
    return f"{base}/{name}"


@contextmanager
def fresh_database(backend: str, tmp_root: str | None) -> Iterator[BenchDatabase]:
    """An empty, migrated database of ``backend``; removed when the block ends."""
    if backend == "sqlite":
        with tempfile.TemporaryDirectory(prefix="pos_bench_", dir=tmp_root) as folder:
            path = Path(folder) / "pos.sqlite3"
            db = BenchDatabase(backend, sqlite_url(path), str(path))
            _migrate(db.url)
            yield db
        return
    name = f"pos_bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        db = BenchDatabase(backend, _with_database(PG_ADMIN_URL, name), name)
        _migrate(db.url)
        yield db
    finally:
        with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _migrate(url: str) -> None:
    engine = create_engine_for(url)
    try:
        migrate.upgrade(engine)
    finally:
        engine.dispose()


def server_info(engine: Engine) -> dict[str, str]:
    """Version and the settings that decide whether a commit is durable."""
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            return {
                "version": f"SQLite {conn.exec_driver_sql('select sqlite_version()').scalar()}",
                "journal_mode": str(conn.exec_driver_sql("PRAGMA journal_mode").scalar()),
                # 2 = FULL (set per connection by the engine's connect hook)
                "synchronous": str(conn.exec_driver_sql("PRAGMA synchronous").scalar()),
            }
        info = {"version": str(conn.exec_driver_sql("select version()").scalar()).split(",")[0]}
        for setting in ("fsync", "synchronous_commit", "wal_sync_method", "shared_buffers"):
            info[setting] = str(conn.exec_driver_sql(f"SHOW {setting}").scalar())
        return info


# ------------------------------------------------------------------------------ bulk loading


@dataclass
class Installation:
    """What setup through the services produced, and what the loader added."""

    station: Station
    series_id: int
    cashiers: list[tuple[int, str]]
    catalogue: list[CatalogueItem]
    codes: list[str] = field(default_factory=list)
    heavy_code: str = ""
    heavy_invoices: int = 0
    load_seconds: dict[str, float] = field(default_factory=dict)


def set_up_installation(
    services: Services,
) -> tuple[Station, list[tuple[int, str]], list[CatalogueItem]]:
    """First start as a booth does it: admin + exhibition, cashiers, catalogue, this terminal."""
    services.setup.initialize(
        CLI,
        admin_username="admin",
        admin_password=PASSWORD,
        exhibition=ExhibitionInput(
            name="Bench Expo", code="BENCH", venue="Hall 4", booth="B12", currency=CURRENCY
        ),
    )
    cashiers = []
    for name in ("carl", "maria"):
        services.users.add_user(CLI, username=name, password=PASSWORD, role=Role.CASHIER)
        actor = services.users.login(name, PASSWORD)
        assert actor.user_id is not None
        cashiers.append((actor.user_id, actor.label))
    catalogue = []
    for sku, name, price, rate in CATALOGUE:
        view = services.products.add(CLI, sku=sku, name=name, price=price, vat_rate=rate)
        catalogue.append(CatalogueItem(view.id, view.name, view.price, view.vat_rate))
    with services.db.unit_of_work() as uow:
        station = services.station.resolve(uow.session, services.clock.now())
        uow.commit()
    return station, cashiers, catalogue


def _next_id(engine: Engine, table: Table) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one()) + 1


@contextmanager
def gin_indexes_rebuilt(conn: sqlalchemy.Connection, table: Table) -> Iterator[None]:
    """PostgreSQL: ``table``'s GIN indexes dropped for a bulk load and built again after it,
    from their own definitions, as ``pg_restore`` does.

    Row by row, each new customer's trigrams go into posting lists that grow with the table
    (measured: 140 customers/s after ten minutes of a million-customer load); one ``CREATE
    INDEX`` over the loaded rows sorts them once. The index that results is the same.
    """
    if conn.dialect.name != "postgresql":
        yield
        return
    found = conn.execute(
        text(
            "SELECT i.indexname, i.indexdef FROM pg_indexes i JOIN pg_class c"
            " ON c.relname = i.indexname JOIN pg_am a ON a.oid = c.relam"
            " WHERE i.tablename = :table AND a.amname = 'gin'"
        ),
        {"table": table.name},
    ).all()
    for name, _definition in found:
        conn.exec_driver_sql(f"DROP INDEX {name}")
    yield
    for _name, definition in found:
        conn.exec_driver_sql(definition)


def _insert_batches(conn: sqlalchemy.Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """``rows`` (dicts with the same keys) into ``table``, ``BATCH_ROWS`` at a time.

    PostgreSQL: ``COPY`` (the app's own ``insert_rows``). A pipelined ``executemany`` is one
    statement per row, and the customers' statement trigger (migration 0016) then upserts the
    same few ``customer_counts`` rows once per customer: in one transaction each upsert steps
    over every version the ones before it left, and a million customers had not loaded after
    45 minutes. ``COPY`` fires it once per batch. SQLite: ``executemany``, as measured there.
    """
    if not rows:
        return
    if conn.dialect.name == "postgresql":
        names = list(rows[0])
        for start in range(0, len(rows), BATCH_ROWS):
            batch = rows[start : start + BATCH_ROWS]
            insert_rows(conn, table, names, [[row[name] for name in names] for row in batch])
        return
    for start in range(0, len(rows), BATCH_ROWS):
        conn.execute(insert(table), rows[start : start + BATCH_ROWS])


def _audit_row(
    row_id: int,
    at: datetime,
    *,
    actor: str,
    user_id: int | None,
    action: str,
    entity: tuple[str, str],
    summary: str,
    after: dict[str, Any],
    subject: tuple[str, int, str] | None = None,
) -> dict[str, Any]:
    return {
        "subject_type": subject[0] if subject else None,
        "subject_id": subject[1] if subject else None,
        "digest": subject[2] if subject else None,
        "id": row_id,
        "occurred_at": at,
        "actor": actor,
        "user_id": user_id,
        "terminal": "T1",
        "action": action,
        "entity_type": entity[0],
        "entity_key": entity[1],
        "summary": summary,
        "before": None,
        "after": after,
    }


class Loader:
    """Bulk Core inserts of customers and invoices, valid as the services would write them."""

    def __init__(
        self, engine: Engine, inst: Installation, rng: random.Random, start: datetime
    ) -> None:
        self.engine = engine
        self.inst = inst
        self.rng = rng
        self.start = start
        self.audit_id = _next_id(engine, AUDIT_EVENTS)
        with engine.connect() as conn:
            #: The audit chain's head: loaded entries are chained as a sale chains its own.
            self.chain = read_head(conn)
        self.customer_ids: list[int] = []
        self.prefix = series_prefix(
            inst.station.exhibition_code, inst.station.terminal_code, DocumentKind.INVOICE
        )

    def customers(self, count: int, phones: dict[str, list[str]]) -> None:
        table = CUSTOMERS
        first_id = _next_id(self.engine, table)
        span = timedelta(days=3)
        codes: set[str] = set()
        rows, audits = [], []
        for i in range(count):
            code = CustomerCode.generate().value
            while code in codes:
                code = CustomerCode.generate().value
            codes.add(code)
            values = make_person(self.rng, phones, f"{i}").fields
            at = self.start + span * (i / count)
            actor = self.inst.cashiers[i % len(self.inst.cashiers)]
            rows.append(
                {
                    "id": first_id + i,
                    "code": code,
                    "name": values.name,
                    "name_key": fold(values.name)[:120],
                    "email": values.email,
                    "email_key": email_key(values.email) if values.email else None,
                    "phone": values.phone,
                    "company": values.company,
                    "job_title": values.job_title,
                    "country": values.country,
                    "city": values.city,
                    "customer_type": values.customer_type.value,
                    "notes": values.notes,
                    "external_ref": f"BADGE-{i:07d}" if i % 10 == 0 else None,
                    "search_text": search_text(values, code),
                    "registered_exhibition_id": self.inst.station.exhibition_id,
                    "registered_by": actor[1],
                    "created_at": at,
                    "updated_at": at,
                    "version": 1,
                }
            )
            audits.append(
                _audit_row(
                    self.audit_id + i,
                    at,
                    actor=actor[1],
                    user_id=actor[0],
                    action="customer.register",
                    entity=("customer", code),
                    summary=f"customer {values.name} registered as {code}",
                    after={
                        **{name: getattr(values, name) for name in EDITABLE_FIELDS},
                        "customer_type": values.customer_type.value,
                    },
                )
            )
            self.inst.codes.append(code)
            self.customer_ids.append(first_id + i)
        self.audit_id += count
        self.chain = chain_rows(audits, *self.chain)
        with self.engine.begin() as conn, gin_indexes_rebuilt(conn, table):
            _insert_batches(conn, table, rows)
            _insert_batches(conn, AUDIT_EVENTS, audits)
            write_head(conn, *self.chain)

    def _buyer(self, sequence: int, heavy_every: int) -> int | None:
        """Walk-ins, one regular buyer, and a skewed spread over the others (many buy nothing)."""
        if sequence % heavy_every == 0:
            return self.customer_ids[0]
        if self.rng.random() < WALK_IN_SHARE:
            return None
        index = 1 + int((len(self.customer_ids) - 1) * self.rng.random() ** 1.5)
        return self.customer_ids[index]

    def invoices(self, count: int) -> None:
        ids = {t: _next_id(self.engine, t) for t in (INVOICES, INVOICE_LINES, PAYMENTS)}
        heavy_every = max(1, round(1 / HEAVY_SHARE))
        span = timedelta(days=3, hours=20)
        code_of = dict(zip(self.customer_ids, self.inst.codes, strict=True))
        heavy = 0
        for chunk_start in range(1, count + 1, INVOICE_CHUNK):
            batch: dict[Table, list[dict[str, Any]]] = {
                INVOICES: [],
                INVOICE_LINES: [],
                PAYMENTS: [],
                AUDIT_EVENTS: [],
            }
            for sequence in range(chunk_start, min(count, chunk_start + INVOICE_CHUNK - 1) + 1):
                customer_id = self._buyer(sequence, heavy_every)
                heavy += customer_id == self.customer_ids[0]
                at = self.start + span * (sequence / (count + 1))
                self._one_invoice(
                    batch, ids, sequence=sequence, at=at, customer_id=customer_id, code_of=code_of
                )
            self.chain = chain_rows(batch[AUDIT_EVENTS], *self.chain)
            with self.engine.begin() as conn:
                for table, rows in batch.items():
                    _insert_batches(conn, table, rows)
                write_head(conn, *self.chain)
        self.inst.heavy_code = self.inst.codes[0]
        self.inst.heavy_invoices = heavy

    def _one_invoice(
        self,
        batch: dict[Table, list[dict[str, Any]]],
        ids: dict[Table, int],
        *,
        sequence: int,
        at: datetime,
        customer_id: int | None,
        code_of: dict[int, str],
    ) -> None:
        rng, station = self.rng, self.inst.station
        number = format_number(self.prefix, sequence)
        user_id, cashier = self.inst.cashiers[sequence % len(self.inst.cashiers)]
        lines = make_lines(
            rng, self.inst.catalogue, rng.choices((1, 2, 3, 4, 5), LINE_COUNT_WEIGHTS)[0]
        )
        priced = price_lines(lines, station.currency, True)
        totals = priced.totals
        settlement = settle(totals.gross, [make_payment(rng, totals.gross)], station.currency)
        applied = settlement.payments[0]
        voided = rng.random() < VOID_SHARE
        invoice_id = ids[INVOICES]
        ids[INVOICES] += 1
        batch[INVOICES].append(
            {
                "id": invoice_id,
                "number": number,
                "series_id": self.inst.series_id,
                "sequence": sequence,
                "status": (InvoiceStatus.VOIDED if voided else InvoiceStatus.ISSUED).value,
                "exhibition_id": station.exhibition_id,
                "terminal_id": station.terminal_id,
                "customer_id": customer_id,
                "currency": station.currency,
                "prices_include_vat": True,
                "net": totals.net,
                "vat": totals.vat,
                "gross": totals.gross,
                "discount": totals.discount,
                "paid": settlement.paid,
                "change": settlement.change,
                "cashier_user_id": user_id,
                "cashier_name": cashier,
                "issued_at": at,
                "revision": 0,
                "voided_at": at + timedelta(minutes=3) if voided else None,
                "voided_by": "admin" if voided else None,
                "void_reason": "wrong items scanned" if voided else None,
                "created_at": at,
                "version": 2 if voided else 1,
                # The buyer snapshot (issue 18) is left empty: the views fall back to the
                # customer's record, and the sales measured here take their own snapshot.
                **dict.fromkeys(BUYER_COLUMNS),
                "reverse_charge": False,
            }
        )
        line_docs = []

        def money(amount: Decimal) -> str:
            return format_amount(amount, station.currency)

        for position, (line, amounts) in enumerate(zip(lines, priced.lines, strict=True), 1):
            batch[INVOICE_LINES].append(
                {
                    "id": ids[INVOICE_LINES],
                    "invoice_id": invoice_id,
                    "position": position,
                    "product_id": line.product_id,
                    "description": line.description,
                    "quantity": line.quantity,
                    "unit_price": line.unit_price,
                    "discount": amounts.discount,
                    "discount_percent": line.discount_percent,
                    "vat_rate": line.vat_rate,
                    "net": amounts.net,
                    "vat": amounts.vat,
                    "gross": amounts.gross,
                }
            )
            ids[INVOICE_LINES] += 1
            line_docs.append(
                {
                    "position": position,
                    "description": line.description,
                    "quantity": format(line.quantity.normalize(), "f"),
                    "unit_price": money(line.unit_price),
                    "vat_rate": format(line.vat_rate.normalize(), "f"),
                    "gross": money(amounts.gross),
                }
            )
        batch[PAYMENTS].append(
            {
                "id": ids[PAYMENTS],
                "invoice_id": invoice_id,
                "method": applied.method.value,
                "amount": applied.amount,
                "tendered": applied.tendered,
                "change": applied.change,
                "reference": applied.reference,
                "received_at": at,
                "received_by": cashier,
            }
        )
        ids[PAYMENTS] += 1
        code = code_of[customer_id] if customer_id else None
        gross = money(totals.gross)
        invoice, parts = (
            batch[INVOICES][-1],
            (batch[INVOICE_LINES][-len(lines) :], batch[PAYMENTS][-1:]),
        )
        issued = {**invoice, "status": InvoiceStatus.ISSUED.value, "voided_at": None}
        issued.update(voided_by=None, void_reason=None)
        self._audit(
            batch,
            at,
            who=(user_id, cashier),
            action="invoice.issue",
            number=number,
            summary=f"invoice {number} for {code or 'walk-in'}: {gross} {station.currency}, "
            f"paid {money(settlement.paid)}",
            after={
                "number": number,
                "status": InvoiceStatus.ISSUED.value,
                "customer": code,
                "currency": station.currency,
                "lines": line_docs,
                "net": money(totals.net),
                "vat": money(totals.vat),
                "gross": gross,
                "paid": money(settlement.paid),
                "change": money(settlement.change),
                "cashier": cashier,
                "issued_at": at.isoformat(),
            },
            subject=("invoice", invoice_id, digest_of_rows(INVOICE_RECORD, issued, parts)),
        )
        if voided:
            self._audit(
                batch,
                at + timedelta(minutes=3),
                who=(None, "admin"),
                action="invoice.void",
                number=number,
                summary=f"invoice {number} voided: wrong items scanned",
                after={"status": InvoiceStatus.VOIDED.value, "reason": "wrong items scanned"},
                subject=("invoice", invoice_id, digest_of_rows(INVOICE_RECORD, invoice, parts)),
            )

    def _audit(
        self,
        batch: dict[Table, list[dict[str, Any]]],
        at: datetime,
        *,
        who: tuple[int | None, str],
        action: str,
        number: str,
        summary: str,
        after: dict[str, Any],
        subject: tuple[str, int, str] | None = None,
    ) -> None:
        batch[AUDIT_EVENTS].append(
            _audit_row(
                self.audit_id,
                at,
                actor=who[1],
                user_id=who[0],
                action=action,
                entity=("invoice", number),
                summary=summary,
                after=after,
                subject=subject,
            )
        )
        self.audit_id += 1


def create_series(engine: Engine, station: Station, last_number: int) -> int:
    """The terminal's invoice series, continuing after the loaded invoices."""
    table = SERIES
    with engine.begin() as conn:
        conn.execute(
            insert(table),
            [
                {
                    "exhibition_id": station.exhibition_id,
                    "terminal_id": station.terminal_id,
                    "kind": DocumentKind.INVOICE.value,
                    "prefix": series_prefix(
                        station.exhibition_code, station.terminal_code, DocumentKind.INVOICE
                    ),
                    "last_number": last_number,
                }
            ],
        )
        return int(
            conn.execute(
                select(table.c.id).where(
                    table.c.exhibition_id == station.exhibition_id,
                    table.c.terminal_id == station.terminal_id,
                    table.c.kind == DocumentKind.INVOICE.value,
                )
            ).scalar_one()
        )


LOADED_TABLES = ("customers", "invoices", "invoice_lines", "payments", "audit_events")


def finish_load(engine: Engine) -> None:
    """What a live database has anyway: id sequences past the rows, fresh planner statistics."""
    if engine.dialect.name == "postgresql":
        with engine.begin() as conn:
            for name in LOADED_TABLES:
                conn.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{name}', 'id'),"
                        f" (SELECT max(id) FROM {name}))"
                    )
                )
        # Autovacuum would do this within a minute of such a load; do it now, deterministically.
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM ANALYZE")
    else:
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def load(services: Services, customers: int, invoices: int, seed: int) -> Installation:
    rng = random.Random(seed)
    times: dict[str, float] = {}
    t0 = time.perf_counter()
    station, cashiers, catalogue = set_up_installation(services)
    times["setup (services)"] = time.perf_counter() - t0
    engine = create_engine_for(services.db.url)
    try:
        series_id = create_series(engine, station, invoices)
        inst = Installation(station, series_id, cashiers, catalogue)
        start = services.clock.now() - timedelta(days=4)
        loader = Loader(engine, inst, rng, start)
        t0 = time.perf_counter()
        loader.customers(customers, phone_pool(rng))
        times["customers (bulk)"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        loader.invoices(invoices)
        times["invoices (bulk)"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        with engine.begin() as connection:  # as billing keeps them for every sale
            rebuild_sales_totals(connection)
            rebuild_customer_totals(connection)
        times["running totals (rebuild)"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        finish_load(engine)
        times["sequences + analyze/checkpoint"] = time.perf_counter() - t0
    finally:
        engine.dispose()
    inst.load_seconds = times
    return inst


# ------------------------------------------------------------------------------ measuring


@dataclass
class Result:
    operation: str
    backend: str
    samples_ns: list[int]
    target_ms: float | None = None

    @property
    def n(self) -> int:
        return len(self.samples_ns)

    def percentile_ms(self, p: float) -> float:
        """Nearest-rank percentile."""
        ordered = sorted(self.samples_ns)
        rank = max(1, math.ceil(p / 100 * len(ordered)))
        return ordered[rank - 1] / 1e6

    @property
    def mean_ms(self) -> float:
        return sum(self.samples_ns) / len(self.samples_ns) / 1e6

    @property
    def verdict(self) -> str:
        return verdict(self.percentile_ms(95), self.target_ms)

    def summary(self) -> dict[str, Any]:
        return {
            "operation": self.operation,
            "backend": self.backend,
            "n": self.n,
            "mean_ms": round(self.mean_ms, 3),
            "p50_ms": round(self.percentile_ms(50), 3),
            "p95_ms": round(self.percentile_ms(95), 3),
            "p99_ms": round(self.percentile_ms(99), 3),
            "max_ms": round(max(self.samples_ns) / 1e6, 3),
            "target_p95_ms": self.target_ms,
            "result": self.verdict,
        }


class Profiler:
    """Optional cProfile around the timed calls only (timings are then inflated)."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder

    @contextmanager
    def around(self, backend: str, name: str) -> Iterator[cProfile.Profile | None]:
        if self.folder is None:
            yield None
            return
        profile = cProfile.Profile()
        yield profile
        self.folder.mkdir(parents=True, exist_ok=True)
        slug = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")
        profile.dump_stats(self.folder / f"{backend}_{slug}.prof")


@dataclass
class Bench:
    services: Services
    inst: Installation
    backend: str
    samples: int
    warmup: int
    max_seconds: float
    rng: random.Random
    profiler: Profiler
    results: list[Result] = field(default_factory=list)

    def result(self, name: str, values: list[int]) -> Result:
        target = TARGETS.get(name, {}).get(self.backend)
        made = Result(name, self.backend, values, target)
        self.results.append(made)
        return made

    def timed(self, name: str, prepare: Callable[[], Any], call: Callable[[Any], object]) -> Result:
        """Warm up, then time ``call(prepare())`` ``samples`` times (``prepare`` is untimed)."""
        for _ in range(self.warmup):
            call(prepare())
        values: list[int] = []
        gc.collect()
        deadline = time.perf_counter() + self.max_seconds
        with self.profiler.around(self.backend, name) as profile:
            for _ in range(self.samples):
                arg = prepare()
                if profile:
                    profile.enable()
                t0 = time.perf_counter_ns()
                call(arg)
                values.append(time.perf_counter_ns() - t0)
                if profile:
                    profile.disable()
                if time.perf_counter() > deadline:
                    break
        return self.result(name, values)

    # -- 1. registration (+ QR)

    def registration(self) -> None:
        phones = phone_pool(self.rng, per_region=40)
        customers = self.services.customers
        run = uuid.uuid4().hex[:6]
        counter = iter(range(10**9))

        def once() -> tuple[int, int]:
            person = make_person(self.rng, phones, f"new{run}{next(counter)}").as_input()
            t0 = time.perf_counter_ns()
            view = customers.register(CLI, person)
            t1 = time.perf_counter_ns()
            png = qr_png(view.code)
            t2 = time.perf_counter_ns()
            assert png.startswith(b"\x89PNG")
            return t1 - t0, t2 - t1

        for _ in range(self.warmup):
            once()
        gc.collect()
        register: list[int] = []
        qr: list[int] = []
        with self.profiler.around(self.backend, "register + QR") as profile:
            if profile:
                profile.enable()
            for _ in range(self.samples):
                a, b = once()
                register.append(a)
                qr.append(b)
            if profile:
                profile.disable()
        self.result("register + QR", [a + b for a, b in zip(register, qr, strict=True)])
        self.result("  register alone", register)
        self.result("  qr_png alone", qr)

    # -- 2. lookups

    def lookups(self) -> None:
        customers, codes = self.services.customers, self.inst.codes
        self.timed(
            "customers.get (by code)",
            lambda: self.rng.choice(codes),
            lambda code: customers.get(CLI, code),
        )
        self.timed(
            "customers.card (random customer)",
            lambda: self.rng.choice(codes),
            lambda code: customers.card(CLI, code),
        )

    # -- 3. selling

    def invoices(self) -> None:
        billing, codes, catalogue = self.services.billing, self.inst.codes, self.inst.catalogue

        def sale() -> SaleInput:
            lines = make_lines(self.rng, catalogue, 5)
            gross = price_lines(lines, CURRENCY, True).totals.gross
            return SaleInput(lines, self.rng.choice(codes), [make_payment(self.rng, gross)])

        self.timed(
            "create_invoice (5 lines + payment)",
            sale,
            lambda s: billing.create_invoice(CLI, s),
        )

    # -- 4. totals

    def totals(self) -> None:
        customers, heavy = self.services.customers, self.inst.heavy_code
        self.timed(
            f"customers.card ({self.inst.heavy_invoices} invoices)",
            lambda: heavy,
            lambda code: customers.card(CLI, code),
        )
        self.timed(
            "bills_per_customer(limit=100)",
            lambda: None,
            lambda _: customers.bills_per_customer(CLI, limit=100),
        )

    # -- 0. what the disk allows

    def commit_floor(self) -> None:
        """A one-row ``INSERT`` + durable ``COMMIT`` through the bare driver, on the same database.

        No SQLAlchemy, no service: the floor every write above pays (fsync of the WAL).
        """
        url = self.services.db.url
        statement = "INSERT INTO bench_commit_probe (v) VALUES ('x')"
        if self.backend == "sqlite":
            lite = sqlite3.connect(url.removeprefix("sqlite:///"), isolation_level=None)
            lite.execute("PRAGMA journal_mode=WAL")
            lite.execute("PRAGMA synchronous=FULL")
            lite.execute("CREATE TABLE bench_commit_probe (id INTEGER PRIMARY KEY, v TEXT)")

            def once(_: object) -> None:
                lite.execute("BEGIN IMMEDIATE")
                lite.execute(statement)
                lite.execute("COMMIT")

            try:
                self.timed(FLOOR, lambda: None, once)
            finally:
                lite.execute("DROP TABLE bench_commit_probe")
                lite.close()
            return
        with psycopg.connect(url) as pg:
            pg.execute("CREATE TABLE bench_commit_probe (id serial PRIMARY KEY, v text)")
            pg.commit()

            def once_pg(_: object) -> None:
                pg.execute(statement)
                pg.commit()

            try:
                self.timed(FLOOR, lambda: None, once_pg)
            finally:
                pg.execute("DROP TABLE bench_commit_probe")
                pg.commit()

    def check_series(self) -> str:
        """The numbers the benchmark issued continue the loaded series without a gap."""
        with self.services.db.reader() as uow:
            row = uow.session.execute(
                select(func.count(Invoice.id), func.max(Invoice.sequence))
            ).one()
        return f"{row[0]} invoices, last sequence {row[1]}"


# ------------------------------------------------------------------------------ reporting


def machine_info(tmp_root: str | None) -> dict[str, str]:
    model = "unknown"
    physical: set[tuple[str, str]] = set()
    physical_id = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            key, _, value = (part.strip() for part in line.partition(":"))
            if key == "model name" and model == "unknown":
                model = value
            elif key == "physical id":
                physical_id = value
            elif key == "core id":
                physical.add((physical_id, value))
    except OSError:
        model = platform.processor() or "unknown"
    mem = "unknown"
    try:
        total_kb = next(
            int(line.split()[1])
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal:")
        )
        mem = f"{total_kb / 1024 / 1024:.1f} GiB"
    except (OSError, StopIteration):
        pass
    return {
        "cpu": model,
        "cores": f"{os.cpu_count()} logical ({len(physical) or '?'} physical)",
        "memory": mem,
        "os": platform.platform(),
        "python": platform.python_version(),
        "sqlalchemy": sqlalchemy.__version__,
        "psycopg": psycopg.__version__,
        "sqlite library": sqlite3.sqlite_version,
        "temp folder": tmp_root or tempfile.gettempdir(),
        "load average (1/5/15 min)": " ".join(f"{x:.2f}" for x in os.getloadavg()),
    }


def print_table(results: Iterable[Result]) -> None:
    head = (
        "operation",
        "backend",
        "n",
        "mean ms",
        "p50 ms",
        "p95 ms",
        "p99 ms",
        "target",
        "result",
    )
    rows = [
        (
            r.operation,
            r.backend,
            str(r.n),
            f"{r.mean_ms:.3f}",
            f"{r.percentile_ms(50):.3f}",
            f"{r.percentile_ms(95):.3f}",
            f"{r.percentile_ms(99):.3f}",
            f"p95 < {r.target_ms:g} ms" if r.target_ms is not None else "-",
            r.verdict,
        )
        for r in results
    ]
    widths = [max(len(x) for x in col) for col in zip(head, *rows, strict=True)]
    numeric = {2, 3, 4, 5, 6}

    def fmt(row: Sequence[str]) -> str:
        return "  ".join(
            cell.rjust(w) if i in numeric else cell.ljust(w)
            for i, (cell, w) in enumerate(zip(row, widths, strict=True))
        ).rstrip()

    print(fmt(head))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print(fmt(row))


def run_backend(args: argparse.Namespace, backend: str) -> tuple[list[Result], dict[str, Any]]:
    print(f"\n=== {backend}: creating and loading the database", flush=True)
    with fresh_database(backend, args.tmpdir) as db:
        settings = Settings(database=DatabaseSettings(url=db.url))
        services = build_services(settings, hasher=FAST_HASHER)
        try:
            info = server_info(services.db.engine)
            t0 = time.perf_counter()
            inst = load(services, args.customers, args.invoices, args.seed)
            total_load = time.perf_counter() - t0
            for label, seconds in inst.load_seconds.items():
                print(f"  {label:<32} {seconds:8.1f} s")
            print(
                f"  {'load total':<32} {total_load:8.1f} s  ({args.customers} customers,"
                f" {args.invoices} invoices; regular buyer {inst.heavy_code} has"
                f" {inst.heavy_invoices})",
                flush=True,
            )
            bench = Bench(
                services,
                inst,
                backend,
                args.samples,
                args.warmup,
                args.max_seconds,
                random.Random(args.seed + 1),
                Profiler(args.profile),
            )
            steps = (bench.commit_floor, bench.registration, bench.lookups, bench.invoices)
            for step in (*steps, bench.totals):
                print(f"  measuring {step.__name__} ...", flush=True)
                step()
            series = bench.check_series()
            print(f"  after the run: {series}")
        finally:
            services.close()
    meta = {
        "server": info,
        "location": db.location,
        "load_seconds": {**inst.load_seconds, "total": total_load},
        "after_run": series,
    }
    return bench.results, meta


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m tests.benchmarks.foundation", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--backend", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--invoices", type=int, default=100_000)
    parser.add_argument("--samples", type=int, default=1000, help="timed calls per measurement")
    parser.add_argument("--warmup", type=int, default=50, help="untimed calls before timing")
    parser.add_argument(
        "--max-seconds",
        type=float,
        default=300.0,
        help="stop a measurement early after this long (n in the table says how many ran)",
    )
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--json", type=Path, help="also write the results to this file")
    parser.add_argument("--tmpdir", help="folder for the SQLite file (default: system temp)")
    parser.add_argument(
        "--profile",
        type=Path,
        help="write a cProfile .prof per measurement into this folder (inflates timings)",
    )
    args = parser.parse_args(argv)
    if args.customers < 1 or args.invoices < 1 or args.samples < 1:
        parser.error("--customers, --invoices and --samples must be at least 1")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    started = time.perf_counter()
    machine = machine_info(args.tmpdir)
    backends = ["sqlite", "postgresql"] if args.backend == "both" else [args.backend]
    results: list[Result] = []
    meta: dict[str, Any] = {}
    for backend in backends:
        got, meta[backend] = run_backend(args, backend)
        results.extend(got)
    machine["load average at end"] = " ".join(f"{x:.2f}" for x in os.getloadavg())

    print("\nMachine")
    for key, value in machine.items():
        print(f"  {key:<26} {value}")
    for backend in backends:
        server = meta[backend]["server"]
        details = ", ".join(f"{k}={v}" for k, v in server.items() if k != "version")
        print(f"  {backend:<26} {server['version']} ({details})")
    print(
        f"\nData: {args.customers} customers, {args.invoices} invoices;"
        f" {args.warmup} warm-up calls, up to {args.samples} timed samples per measurement"
        f" (nearest-rank percentiles){'; PROFILED (inflated)' if args.profile else ''}\n"
    )
    print_table(results)
    print("\nBulk load (seconds)")
    for backend in backends:
        steps = ", ".join(f"{k} {v:.1f}" for k, v in meta[backend]["load_seconds"].items())
        print(f"  {backend:<11} {steps}")
    print(f"\nTotal run time {time.perf_counter() - started:.0f} s")
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "when": datetime.now(UTC).isoformat(),
                    "arguments": {
                        k: str(v) if isinstance(v, Path) else v for k, v in vars(args).items()
                    },
                    "machine": machine,
                    "backends": meta,
                    "results": [r.summary() for r in results],
                },
                indent=2,
            )
        )
        print(f"results written to {args.json}")
    return exit_code(r.verdict for r in results)


if __name__ == "__main__":
    sys.exit(main())
