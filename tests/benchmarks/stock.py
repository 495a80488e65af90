"""Stock and cash benchmarks (issue 9): what a cashier or manager waits on.

Run from the repository root::

    .venv/bin/python -m tests.benchmarks.stock [--backend sqlite|postgresql|both] [--samples N]

* sale of 5 tracked products, stock movements committed with the invoice (target p95 < 8 ms on
  SQLite, < 12 ms on PostgreSQL);
* the Z report (and the X report, the same sums) over a day of 5,000 sales (target < 200 ms);
* the stock list's first page with 50,000 products in 5 locations (target < 300 ms);
* a scanned barcode looked up among those 50,000 products (two barcodes each), as the checkout
  does it (no target in the issue: it is part of each scanned line).

Each backend gets a fresh, migrated database (see ``tests.benchmarks.foundation``); the sales go
through the real services; the 250,000 stock levels are bulk-loaded with Core ``INSERT``s.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections.abc import Callable, Sequence
from decimal import Decimal

from sqlalchemy import insert

from pos_desktop.bootstrap import Services, build_services
from pos_desktop.config import DatabaseSettings, Settings
from pos_desktop.domain.invoice import LineInput, PaymentInput, PaymentMethod
from pos_desktop.services.sales import SaleInput
from pos_desktop.storage.models import Product, ProductBarcode, StockLevel, StockLocation
from tests.benchmarks.foundation import (
    CLI,
    Result,
    fresh_database,
    print_table,
    set_up_installation,
)
from tests.benchmarks.verdict import exit_code

TARGETS_MS = {
    ("sale of 5 tracked products", "sqlite"): 8.0,
    ("sale of 5 tracked products", "postgresql"): 12.0,
    ("Z report over a 5,000-sale day", "sqlite"): 200.0,
    ("Z report over a 5,000-sale day", "postgresql"): 200.0,
    ("stock list first page, 50,000 x 5", "sqlite"): 300.0,
    ("stock list first page, 50,000 x 5", "postgresql"): 300.0,
}
PRODUCTS, LOCATIONS = 50_000, ("BOOTH", "STAND", "VAN", "WAREHOUSE", "OFFICE")


def timed(samples: int, call: Callable[[], object]) -> list[int]:
    gc.collect()
    out = []
    for _ in range(samples):
        start = time.perf_counter_ns()
        call()
        out.append(time.perf_counter_ns() - start)
    return out


def tracked_sale(services: Services, samples: int) -> list[int]:
    lines = []
    for n in range(5):
        view = services.products.add(
            CLI, sku=f"TR{n}", name=f"Tracked {n}", price="4.50", vat_rate="19", track_stock=True
        )
        services.stock.adjust(CLI, view.sku, "100000", location="BOOTH")
        lines.append(
            LineInput(view.name, Decimal(1), view.price, view.vat_rate, product_id=view.id)
        )
    sale = SaleInput(lines, None, [PaymentInput(PaymentMethod.CASH, Decimal("22.50"))])
    for _ in range(20):  # warm-up
        services.billing.create_invoice(CLI, sale)
    return timed(samples, lambda: services.billing.create_invoice(CLI, sale))


def z_report(services: Services, samples: int) -> list[int]:
    services.cash_sessions.open(CLI, "200")
    line = LineInput("Catalogue", Decimal(1), Decimal("12.50"), Decimal(7))
    cash = SaleInput([line], None, [PaymentInput(PaymentMethod.CASH, Decimal("12.50"))])
    card = SaleInput([line], None, [PaymentInput(PaymentMethod.CARD, Decimal("12.50"), "A1")])
    for n in range(5000):
        services.billing.create_invoice(CLI, cash if n % 2 else card)
    services.cash_sessions.x_report(CLI)  # warm-up
    return timed(samples, lambda: services.cash_sessions.x_report(CLI))


def stock_list(services: Services, samples: int) -> list[int]:
    engine = services.db.engine
    with engine.begin() as conn:
        conn.execute(
            insert(StockLocation),
            [{"code": c, "name": c, "active": True} for c in LOCATIONS if c != "BOOTH"],
        )
    with services.db.reader() as uow:
        ids = {loc.code: loc.id for loc in uow.session.query(StockLocation)}
    now = services.clock.now()
    batch = 5000
    with engine.begin() as conn:
        first = conn.execute(
            Product.__table__.select().order_by(Product.id.desc()).limit(1)
        ).first()
        start_id = (first.id if first else 0) + 1
        for base in range(0, PRODUCTS, batch):
            conn.execute(
                insert(Product),
                [
                    {
                        "id": start_id + n,
                        "sku": f"P{n:06d}",
                        "name": f"Product {n:06d}",
                        "price": Decimal("5.00"),
                        "vat_rate": Decimal(19),
                        "active": True,
                        "track_stock": True,
                        "category": None,
                        "low_stock_at": Decimal(3),
                        "created_at": now,
                        "updated_at": now,
                        "version": 1,
                    }
                    for n in range(base, base + batch)
                ],
            )
            conn.execute(
                insert(ProductBarcode),
                [
                    {"barcode": _barcode(n, pack), "product_id": start_id + n, "position": pack}
                    for n in range(base, base + batch)
                    for pack in (0, 1)
                ],
            )
            conn.execute(
                insert(StockLevel),
                [
                    {
                        "product_id": start_id + n,
                        "location_id": ids[code],
                        "quantity": Decimal(n % 40),
                    }
                    for n in range(base, base + batch)
                    for code in LOCATIONS
                ],
            )
    services.stock.page(CLI)  # warm-up
    return timed(samples, lambda: services.stock.page(CLI))


def _barcode(product: int, pack: int) -> str:
    return f"{pack + 2}{product:012d}"


def barcode_scan(services: Services, samples: int) -> list[int]:
    """Products of :func:`stock_list`; each call a different one, by its second barcode."""
    codes = iter([_barcode(n * 97 % PRODUCTS, 1) for n in range(samples + 20)])
    for _ in range(20):  # warm-up
        services.products.find(CLI, next(codes))
    return timed(samples, lambda: services.products.find(CLI, next(codes)))


def run(backend: str, samples: int) -> list[Result]:
    results = []
    steps: Sequence[tuple[str, Callable[[Services, int], list[int]]]] = (
        ("sale of 5 tracked products", tracked_sale),
        ("Z report over a 5,000-sale day", z_report),
        ("stock list first page, 50,000 x 5", stock_list),
        ("scan: product by barcode, 50,000 products", barcode_scan),
    )
    with fresh_database(backend, None) as db:
        services = build_services(Settings(database=DatabaseSettings(url=db.url)))
        try:
            set_up_installation(services)
            for name, step in steps:
                print(f"{backend}: {name}...", file=sys.stderr)
                runs = step(services, samples)
                results.append(Result(name, backend, runs, TARGETS_MS.get((name, backend))))
        finally:
            services.close()
    return results


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--backend", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("--samples", type=int, default=200)
    args = parser.parse_args(argv)
    backends = ("sqlite", "postgresql") if args.backend == "both" else (args.backend,)
    results = [r for backend in backends for r in run(backend, args.samples)]
    print_table(results)
    return exit_code(r.verdict for r in results)  # the barcode row has no target


if __name__ == "__main__":
    raise SystemExit(main())
