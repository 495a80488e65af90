"""What one sale and one registration cost in work, not in time: statements and function calls.

Run from the repository root::

    .venv/bin/python -m tests.benchmarks.write_path [--backend sqlite|postgresql|both]
        [--sales N] [--profile FILE]

Wall-clock figures on a shared machine wander with the neighbours' load; the number of SQL
statements a 5-line sale sends and the number of Python function calls it makes do not. So this
counts them, per call, on a fresh small database with everything a real sale causes switched on:
tracked stock on every line, a printer (the receipt is queued), a customer with an email (the
invoice email is queued), the audit chain, the running totals and an idempotency key.
``--profile`` writes the cProfile of the sales (``.prof``, for ``snakeviz``/``pstats``).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import re
import sys
import tempfile
import uuid
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import psycopg
from argon2 import PasswordHasher

from pos_desktop.bootstrap import Services, build_services
from pos_desktop.config import DatabaseSettings, PrinterSettings, Settings
from pos_desktop.domain.action_key import ActionKey
from pos_desktop.domain.customer import CustomerInput
from pos_desktop.domain.invoice import LineInput, PaymentInput, PaymentMethod, price_lines
from pos_desktop.domain.roles import Actor, Role
from pos_desktop.services.exhibitions import ExhibitionInput
from pos_desktop.services.sales import SaleInput
from pos_desktop.storage import migrate
from pos_desktop.storage.engine import create_engine_for, sqlite_url
from tests.support.statements import recorded_statements

PG_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres"
FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
ADMIN = Actor(None, "cli:bench", Role.ADMIN, "cli:bench")
WARM_UP = 5


@dataclass(frozen=True)
class Cost:
    """Per call, averaged over the measured calls."""

    operation: str
    backend: str
    statements: float
    function_calls: float
    kinds: dict[str, float]


@contextmanager
def fresh_url(backend: str) -> Iterator[str]:
    if backend == "sqlite":
        with tempfile.TemporaryDirectory(prefix="pos_writepath_") as folder:
            url = sqlite_url(Path(folder) / "pos.sqlite3")
            _migrate(url)
            yield url
        return
    name = f"pos_writepath_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        url = f"{PG_ADMIN_URL.rpartition('/')[0]}/{name}"
        _migrate(url)
        yield url
    finally:
        with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _migrate(url: str) -> None:
    engine = create_engine_for(url)
    try:
        migrate.upgrade(engine)
    finally:
        engine.dispose()


def set_up(services: Services) -> tuple[list[LineInput], str]:
    """A booth with five tracked products in stock and a customer with an email."""
    services.setup.initialize(
        ADMIN,
        admin_username="admin",
        admin_password="bench horse battery staple",
        exhibition=ExhibitionInput(name="Bench Expo", code="BENCH", currency="EUR"),
    )
    lines = []
    for n, (price, rate) in enumerate((("12.50", "7"), ("89.00", "19"), ("4.20", "19"),
                                       ("15.00", "7"), ("29.90", "19")), 1):  # fmt: skip
        view = services.products.add(
            ADMIN, sku=f"P{n}", name=f"Product {n}", price=price, vat_rate=rate, track_stock=True
        )
        services.stock.adjust(ADMIN, view.sku, "100000", location=services.station.stock_location)
        lines.append(
            LineInput(view.name, Decimal(n % 3 + 1), view.price, view.vat_rate, product_id=view.id)
        )
    customer = services.customers.register(
        ADMIN, CustomerInput(name="Ada Lovelace", email="ada@example.com")
    )
    return lines, customer.code


def kind_of(statement: str) -> str:
    words = statement.split()
    verb = words[0].upper() if words else "?"
    if verb in {"INSERT", "UPDATE", "DELETE"}:
        table = words[2] if verb != "UPDATE" else words[1]
        return f"{verb} {table}"
    if verb == "SELECT":
        found = re.search(r"\bFROM\s+(\w+)", statement, re.IGNORECASE)
        return f"SELECT {found.group(1).lower() if found else '-'}"
    return verb


def measure(
    services: Services,
    backend: str,
    operation: str,
    call: Callable[[int], object],
    *,
    count: int,
    profile_to: Path | None,
) -> Cost:
    for n in range(WARM_UP):
        call(-1 - n)
    profile = cProfile.Profile()
    with recorded_statements(services.db.engine) as statements:
        profile.enable()
        for n in range(count):
            call(n)
        profile.disable()
    stats = pstats.Stats(profile)
    calls = stats.total_calls  # type: ignore[attr-defined]
    if profile_to is not None:
        slug = operation.split(maxsplit=1)[0]
        profile.dump_stats(profile_to.with_name(f"{profile_to.stem}_{backend}_{slug}.prof"))
    kinds = Counter(kind_of(s) for s in statements)
    return Cost(
        operation,
        backend,
        len(statements) / count,
        calls / count,
        {kind: n / count for kind, n in sorted(kinds.items())},
    )


def run(backend: str, count: int, profile_to: Path | None) -> list[Cost]:
    with fresh_url(backend) as url:
        settings = Settings(
            database=DatabaseSettings(url=url),
            printer=PrinterSettings(url="tcp://127.0.0.1:9", auto_print=True),
        )
        services = build_services(settings, hasher=FAST_HASHER)
        try:
            lines, code = set_up(services)
            gross = price_lines(lines, "EUR", True).totals.gross
            sale = SaleInput(lines, code, [PaymentInput(PaymentMethod.CARD, gross, "AUTH1")])

            def sell(_: int) -> object:
                return services.billing.create_invoice(ADMIN, sale, key=ActionKey.new())

            run_id = uuid.uuid4().hex[:6]

            def register(n: int) -> object:
                person = CustomerInput(name=f"Visitor {n}", email=f"v{run_id}{n}@example.com")
                return services.customers.register(ADMIN, person, key=ActionKey.new())

            costs = [
                measure(
                    services, backend, "sale (5 lines)", sell, count=count, profile_to=profile_to
                ),
                measure(
                    services,
                    backend,
                    "registration",
                    register,
                    count=count,
                    profile_to=profile_to,
                ),
            ]
            if backend == "postgresql":
                print(f"postgresql: {prepared_statements(services)} statements prepared by psycopg")
            return costs
        finally:
            services.close()


def prepared_statements(services: Services) -> int:
    """Server-side prepared statements on the pooled connection the sales used: psycopg 3
    prepares a statement by itself from its fifth execution (``prepare_threshold``)."""
    with services.db.engine.connect() as conn:
        return int(conn.exec_driver_sql("SELECT count(*) FROM pg_prepared_statements").scalar_one())


def print_costs(costs: Sequence[Cost]) -> None:
    for cost in costs:
        print(
            f"\n{cost.operation} on {cost.backend}: {cost.statements:g} statements, "
            f"{cost.function_calls:,.0f} function calls per call"
        )
        for kind, n in cost.kinds.items():
            print(f"  {n:5g}  {kind}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks.write_path")
    parser.add_argument("--backend", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("--sales", type=int, default=50, help="measured calls per operation")
    parser.add_argument("--profile", type=Path, help="write .prof files named after this one")
    args = parser.parse_args(argv)
    backends = ["sqlite", "postgresql"] if args.backend == "both" else [args.backend]
    costs = [cost for backend in backends for cost in run(backend, args.sales, args.profile)]
    print_costs(costs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
