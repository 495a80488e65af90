"""Read cache benchmark (issue 22): refreshing a terminal's journal after customers changed.

Run from the repository root::

    .venv/bin/python -m tests.benchmarks.read_cache [--customers N] [--changed N] [--rounds N]

A fresh, migrated PostgreSQL database (``tests.benchmarks.foundation``) gets ``--customers``
(default 1,000,000) customers from the foundation benchmark's loader; a fresh SQLite journal
file, migrated like any database of the app, gets its first full copy (timed, no target). Then
each of ``--rounds`` rounds changes ``--changed`` (default 10,000) other customers on the server
in one transaction and times ``ReadCache.refresh`` (target < 2 s each). The exit code is 0 when
the target holds.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path

from sqlalchemy import Engine, text

from pos_desktop.bootstrap import build_services
from pos_desktop.config import DatabaseSettings, Settings
from pos_desktop.services.offline_read_cache import ReadCache, RefreshResult
from pos_desktop.storage import migrate
from pos_desktop.storage.engine import create_engine_for, sqlite_url
from tests.benchmarks.foundation import (
    FAST_HASHER,
    Installation,
    Loader,
    Result,
    finish_load,
    fresh_database,
    phone_pool,
    print_table,
    set_up_installation,
)
from tests.benchmarks.verdict import exit_code

FIRST = "first refresh (full copy)"
AFTER_CHANGES = "refresh after {changed:,} changed customers"
TARGET_MS = 2_000.0
#: The terminal the installation set up (``pos.terminal``'s default).
TERMINAL = "T1"


def load(url: str, customers: int, seed: int) -> None:
    services = build_services(Settings(database=DatabaseSettings(url=url)), hasher=FAST_HASHER)
    try:
        station, cashiers, catalogue = set_up_installation(services)
        engine = create_engine_for(url)
        try:
            rng = random.Random(seed)
            start = services.clock.now() - timedelta(days=4)
            loader = Loader(engine, Installation(station, 0, cashiers, catalogue), rng, start)
            started = time.perf_counter()
            loader.customers(customers, phone_pool(rng))
            print(f"  customers: {time.perf_counter() - started:.1f} s", file=sys.stderr)
            finish_load(engine)
        finally:
            engine.dispose()
    finally:
        services.close()


def change_customers(server: Engine, ids: Sequence[int], round_no: int) -> None:
    """What a busy hall does to customers: edits at the desk and imports of badge data."""
    with server.begin() as conn:
        conn.execute(
            text("UPDATE customers SET city = :city, version = version + 1 WHERE id = ANY(:ids)"),
            {"city": f"Round {round_no}", "ids": list(ids)},
        )


def timed_refresh(cache: ReadCache) -> tuple[int, RefreshResult]:
    started = time.perf_counter_ns()
    result = cache.refresh()
    return time.perf_counter_ns() - started, result


def run(args: argparse.Namespace) -> list[Result]:
    results = []
    with fresh_database("postgresql", None) as db, tempfile.TemporaryDirectory() as folder:
        print(f"postgresql: loading {args.customers:,} customers", file=sys.stderr)
        load(db.url, args.customers, args.seed)
        server = create_engine_for(db.url)
        journal = create_engine_for(sqlite_url(Path(folder) / "journal" / f"{TERMINAL}.sqlite3"))
        try:
            migrate.upgrade(journal)
            cache = ReadCache(server, journal, TERMINAL)
            spent, first = timed_refresh(cache)
            print(f"  first refresh: {first.total_rows:,} rows", file=sys.stderr)
            results.append(Result(FIRST, "postgresql", [spent]))
            with server.connect() as conn:
                ids = conn.execute(text("SELECT id FROM customers")).scalars().all()
            rng = random.Random(args.seed)
            samples = []
            for round_no in range(args.rounds):
                change_customers(server, rng.sample(ids, min(args.changed, len(ids))), round_no)
                spent, result = timed_refresh(cache)
                print(
                    f"  round {round_no + 1}: {result.rows['customers']:,} customers read,"
                    f" {spent / 1e9:.3f} s",
                    file=sys.stderr,
                )
                samples.append(spent)
            name = AFTER_CHANGES.format(changed=args.changed)
            results.append(Result(name, "postgresql", samples, TARGET_MS))
        finally:
            journal.dispose()
            server.dispose()
    return results


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--changed", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seed", type=int, default=22)
    args = parser.parse_args(argv)
    results = run(args)
    print_table(results)
    return exit_code(r.verdict for r in results)


if __name__ == "__main__":
    raise SystemExit(main())
