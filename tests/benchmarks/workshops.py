"""Workshop benchmarks (issue 24): the door's scan to verdict, and selling one seat.

Run from the repository root::

    .venv/bin/python -m tests.benchmarks.workshops [--backend sqlite|postgresql|both]
        [--customers N] [--workshops N] [--samples N]

* door scan to verdict: ``WorkshopService.check_in`` (what the door view calls on each scan)
  with ``--customers`` (default 1,000,000) customers and ``--workshops`` (default 2,000)
  workshops holding 20 bookings each; a mix of first scans (admitted), second scans (already),
  people with no seat (not booked) and people booked for another session (target p95 < 50 ms);
* a sale of one seat, paid in cash, through the ordinary sale with its capacity check (target
  p95 < 8 ms on SQLite, < 12 ms on PostgreSQL, the sale's targets).

Each backend gets a fresh, migrated database (``tests.benchmarks.foundation``); the customers
are bulk-loaded by the foundation benchmark's loader, the workshops and their bookings with
Core ``INSERT``s. The exit code is 0 when every target holds.
"""

from __future__ import annotations

import argparse
import gc
import random
import sys
import time
from collections.abc import Callable, Sequence
from datetime import timedelta
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Table, text

from pos_desktop.bootstrap import Services, build_services
from pos_desktop.config import DatabaseSettings, Settings
from pos_desktop.domain.invoice import PaymentInput, PaymentMethod
from pos_desktop.domain.workshops import WorkshopInput
from pos_desktop.services.sales import SaleInput
from pos_desktop.storage.engine import create_engine_for
from pos_desktop.storage.models import Workshop, WorkshopBooking
from tests.benchmarks.foundation import (
    CLI,
    FAST_HASHER,
    Installation,
    Loader,
    Result,
    _insert_batches,
    _next_id,
    finish_load,
    fresh_database,
    phone_pool,
    print_table,
    set_up_installation,
)

WORKSHOPS = cast(Table, Workshop.__table__)
BOOKINGS = cast(Table, WorkshopBooking.__table__)
DOOR = "door scan to verdict"
SELL = "sale of one workshop seat"
TARGETS_MS = {
    (DOOR, "sqlite"): 50.0,
    (DOOR, "postgresql"): 50.0,
    (SELL, "sqlite"): 8.0,
    (SELL, "postgresql"): 12.0,
}
BOOKED_EACH = 20
CAPACITY = 30
#: The workshop the seats are sold for: big enough never to be full during the run.
ON_SALE = "BENCHSEATS"


def timed(calls: Sequence[Callable[[], object]]) -> list[int]:
    gc.collect()
    out = []
    for call in calls:
        start = time.perf_counter_ns()
        call()
        out.append(time.perf_counter_ns() - start)
    return out


class Loaded:
    """What the load made: per workshop code, the customer codes holding a seat."""

    def __init__(self) -> None:
        self.booked: dict[str, list[str]] = {}
        self.unbooked: list[str] = []


def load(services: Services, customers: int, workshops: int, seed: int) -> Loaded:
    rng = random.Random(seed)
    station, cashiers, catalogue = set_up_installation(services)
    inst = Installation(station, 0, cashiers, catalogue)
    engine = create_engine_for(services.db.url)
    now = services.clock.now()
    loaded = Loaded()
    try:
        loader = Loader(engine, inst, rng, now - timedelta(days=4))
        t0 = time.perf_counter()
        loader.customers(customers, phone_pool(rng))
        print(f"  customers: {time.perf_counter() - t0:.1f} s", file=sys.stderr)
        first = _next_id(engine, WORKSHOPS)
        first_booking = _next_id(engine, BOOKINGS)
        rows: list[dict[str, Any]] = []
        bookings: list[dict[str, Any]] = []
        ids, codes = loader.customer_ids, inst.codes
        taken: set[int] = set()
        for n in range(workshops):
            code = f"WS{n:05d}"
            # Ten days of a fair, 8 to 18 o'clock, one every few minutes.
            starts = now - timedelta(days=2) + timedelta(minutes=7 * n)
            rows.append(
                {
                    "id": first + n,
                    "exhibition_id": station.exhibition_id,
                    "code": code,
                    "title": f"Workshop {n}",
                    "description": None,
                    "room": f"Room {n % 6}",
                    "category": None,
                    "starts_at": starts,
                    "minutes": 45,
                    "capacity": CAPACITY,
                    "booked": BOOKED_EACH,
                    "held": 0,
                    "price": Decimal("15.00"),
                    "vat_rate": Decimal("19"),
                    "status": "published",
                    "booking_deadline": None,
                    "cancel_reason": None,
                    "updated_at": now,
                    "created_at": now,
                    "version": 1,
                }
            )
            holders = rng.sample(range(len(ids)), min(BOOKED_EACH, len(ids)))
            taken.update(holders)
            loaded.booked[code] = [codes[i] for i in holders]
            for i in holders:
                bookings.append(
                    {
                        "id": first_booking + len(bookings),
                        "workshop_id": first + n,
                        "customer_id": ids[i],
                        "invoice_id": None,
                        "line_position": None,
                        "seats": 1,
                        "released": 0,
                        "booked_at": now - timedelta(days=3),
                        "reminded_at": None,
                    }
                )
        spare = rng.sample(range(len(ids)), min(len(ids), 5_000))
        loaded.unbooked = [codes[i] for i in spare if i not in taken]
        with engine.begin() as conn:
            _insert_batches(conn, WORKSHOPS, rows)
            _insert_batches(conn, BOOKINGS, bookings)
            if engine.dialect.name == "postgresql":
                for name in ("workshops", "workshop_bookings"):
                    conn.execute(
                        text(
                            f"SELECT setval(pg_get_serial_sequence('{name}', 'id'),"
                            f" (SELECT max(id) FROM {name}))"
                        )
                    )
        finish_load(engine)
    finally:
        engine.dispose()
    return loaded


def _scan(services: Services, workshop: str, customer: str) -> Callable[[], object]:
    return lambda: services.workshops.check_in(CLI, workshop, customer)


def door_scans(services: Services, loaded: Loaded, samples: int) -> list[int]:
    """A quarter each: admitted, already (scanned again), not booked, another session."""
    codes = list(loaded.booked)
    rng = random.Random(7)
    calls: list[Callable[[], object]] = []
    for n in range(samples):
        base = n // 4
        workshop = codes[base % len(codes)]
        booked = loaded.booked[workshop][base // len(codes) % BOOKED_EACH]
        match n % 4:
            case 0 | 1:  # the same person twice: admitted, then already
                who = booked
            case 2:
                who = rng.choice(loaded.unbooked)
            case _:  # booked for the next workshop, scanned at this one
                who = loaded.booked[codes[(base + 1) % len(codes)]][0]
        calls.append(_scan(services, workshop, who))
    for call in calls[:10]:  # warm-up: connections, statement caches
        call()
    return timed(calls[10:])


def seat_sales(services: Services, loaded: Loaded, samples: int) -> list[int]:
    services.workshops.add(
        CLI,
        WorkshopInput(
            code=ON_SALE,
            title="Open demo",
            starts_at=services.clock.now() + timedelta(days=1),
            minutes=30,
            capacity=samples + 100,
            price="15.00",
            vat_rate="19",
        ),
    )
    line = services.sale_items.find(CLI, ON_SALE).line(Decimal(1))
    pay = [PaymentInput(PaymentMethod.CASH, line.unit_price)]
    buyers = iter(loaded.unbooked)

    def sale() -> Any:
        return services.billing.create_invoice(CLI, SaleInput([line], next(buyers), pay))

    for _ in range(10):
        sale()
    return timed([sale] * min(samples, len(loaded.unbooked) - 10))


def run(args: argparse.Namespace, backend: str) -> list[Result]:
    results = []
    with fresh_database(backend, None) as db:
        services = build_services(
            Settings(database=DatabaseSettings(url=db.url)), hasher=FAST_HASHER
        )
        try:
            print(f"{backend}: loading {args.customers:,} customers, {args.workshops:,} workshops")
            loaded = load(services, args.customers, args.workshops, args.seed)
            for name, step in ((DOOR, door_scans), (SELL, seat_sales)):
                print(f"{backend}: {name}...", file=sys.stderr)
                runs = step(services, loaded, args.samples)
                results.append(Result(name, backend, runs, TARGETS_MS[(name, backend)]))
        finally:
            services.close()
    return results


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--backend", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--workshops", type=int, default=2_000)
    parser.add_argument("--samples", type=int, default=500)
    parser.add_argument("--seed", type=int, default=24)
    args = parser.parse_args(argv)
    backends = ("sqlite", "postgresql") if args.backend == "both" else (args.backend,)
    results = [r for backend in backends for r in run(args, backend)]
    print_table(results)
    return 0 if all(r.verdict == "PASS" for r in results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
