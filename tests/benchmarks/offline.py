"""Offline benchmark (issue 22): a till that keeps selling when the line to PostgreSQL drops.

Run from the repository root (PostgreSQL on 127.0.0.1:5432, as for the tests)::

    .venv/bin/python -m tests.benchmarks.offline [--sales N] [--switch-trials N]
        [--cut-seconds S] [--pace S] [--profile FILE] [--skip-hall]

A fresh PostgreSQL database is set up through the services (admin, exhibition, two cashiers,
the foundation benchmark's catalogue); each till reaches it through ``tests/support/pg_proxy.py``
with its journal in a temporary folder. Four measurements, targets from the issue:

- **switch to offline after the cut** (<= 3 s): a till sells on the server; at a random moment
  the proxy goes down, and the time from the cut to the first sale saved on the journal is
  taken, ``--switch-trials`` times with the line *closed* (open connections cut, new ones
  refused: fails at once) and as many with the line *silent* (new connections are held and
  never answered: the engine's 2 s ``connect_timeout`` decides).
- **offline sale** (p95 < 6 ms): ``--sales`` 5-line sales paid in cash, each saved on the
  journal with its entry (``OfflineTill.run`` while entries wait, as the checkout calls it).
- **sync rate** (>= 500 sales/s): those sales replayed to PostgreSQL by one sync round, one
  transaction per entry (``--profile FILE`` writes its cProfile); beside it, without a
  target, the same sale made on the server directly: the replay's yardstick.
- **the issue's "Done when"** (``tests/benchmarks/offline_hall.py``): three tills selling and
  registering at a busy pace, the line cut for ``--cut-seconds`` (default 300), each till's
  sync loop running; the seconds from ``come_back()`` until every sale, customer and queued
  email is on the server exactly once with gapless numbers (<= 10 s).

Exit 0 when every target holds.
"""

from __future__ import annotations

import argparse
import cProfile
import random
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path

from pos_desktop.bootstrap import Services, build_services
from pos_desktop.config import DatabaseSettings, Settings
from pos_desktop.domain.action_key import ActionKey
from pos_desktop.domain.roles import Actor
from pos_desktop.services.sales import SaleInput
from tests.benchmarks.foundation import (
    FAST_HASHER,
    PASSWORD,
    Result,
    fresh_database,
    print_table,
    set_up_installation,
)
from tests.benchmarks.offline_hall import run_hall
from tests.benchmarks.offline_parts import (
    Figure,
    five_line_cart,
    journal_of,
    print_figures,
    sell,
    till_services,
)
from tests.benchmarks.verdict import exit_code
from tests.support.pg_proxy import PostgresProxy

SWITCH_TARGET_MS = 3_000.0
OFFLINE_SALE_TARGET_MS = 6.0
SYNC_TARGET_PER_S = 500.0
#: Offline sales before the timed ones (the journal's first statements, Python's caches).
WARM_UP = 20
#: Sales timed on the server directly, as the yardstick of the replay.
REFERENCE_SALES = 200


def switch_trial(
    till: Services,
    proxy: PostgresProxy,
    cashier: Actor,
    cart: SaleInput,
    rng: random.Random,
    *,
    hang: bool,
) -> int:
    """Nanoseconds from ``go_down`` to the first sale saved on the journal after it."""
    saved_offline: list[int] = []
    stop = threading.Event()
    problems: list[str] = []

    def selling() -> None:
        try:
            while not stop.is_set():
                _view, offline, _key = sell(till, cashier, cart)
                if offline:
                    saved_offline.append(time.perf_counter_ns())
                    return
        except Exception as error:  # reported below; the trial then fails loudly
            problems.append(repr(error))

    seller = threading.Thread(target=selling, name="switch-seller")
    seller.start()
    time.sleep(rng.uniform(0.3, 1.5))  # mid-sale, between sales: wherever it falls
    cut = time.perf_counter_ns()
    proxy.go_down(hang=hang)
    seller.join(30)
    stop.set()
    proxy.come_back()
    if problems or not saved_offline:
        raise RuntimeError(f"no sale went to the journal after the cut: {problems}")
    journal = journal_of(till)
    for _round in range(50):  # back on the server before the next trial
        if journal.sync_round().pending == 0 and not journal.waiting():
            break
        time.sleep(0.2)
    return saved_offline[0] - cut


def measure_switch(
    till: Services, proxy: PostgresProxy, cashier: Actor, cart: SaleInput, trials: int
) -> list[Result]:
    rng = random.Random(22)
    results = []
    for hang, name in ((False, "closed"), (True, "silent")):
        samples = [switch_trial(till, proxy, cashier, cart, rng, hang=hang) for _ in range(trials)]
        print(f"  switch, line {name}: {[round(s / 1e6) for s in samples]} ms", file=sys.stderr)
        results.append(
            Result(f"switch to offline, line {name}", "postgresql", samples, SWITCH_TARGET_MS)
        )
    return results


def measure_offline_sales(
    till: Services, proxy: PostgresProxy, cashier: Actor, cart: SaleInput, sales: int
) -> Result:
    """``sales`` timed sales on the journal (after the cut and ``WARM_UP`` untimed ones)."""
    proxy.go_down()
    samples = []
    for number in range(WARM_UP + sales):
        started = time.perf_counter_ns()
        _view, offline, _key = sell(till, cashier, cart)
        spent = time.perf_counter_ns() - started
        if not offline:
            raise RuntimeError("a sale reached the server while the line was down")
        if number >= WARM_UP:
            samples.append(spent)
    return Result(
        "offline sale, 5 lines, cash (+ entry)", "journal", samples, OFFLINE_SALE_TARGET_MS
    )


def measure_online_sales(server: Services, cashier: Actor, cart: SaleInput, sales: int) -> Result:
    """The same sale on the server directly (terminal T1), no target: the yardstick for the
    sync rate, which replays this sale through the same services, and for the machine's load
    (compare with ``tests.benchmarks.foundation``'s figures)."""
    samples = []
    for number in range(WARM_UP + sales):
        started = time.perf_counter_ns()
        server.billing.create_invoice(cashier, cart, key=ActionKey.new())
        if number >= WARM_UP:
            samples.append(time.perf_counter_ns() - started)
    return Result("online sale, same cart (reference)", "postgresql", samples)


def measure_sync(server_url: str, folder: Path, terminal: str, profile: str | None) -> Figure:
    """One sync round of everything the journal holds, by a till on the server's own URL (the
    proxy's threads would share the two cores with the replay)."""
    till = till_services(server_url, folder, terminal)
    try:
        journal = journal_of(till)
        waiting = journal.waiting()
        profiler = cProfile.Profile() if profile else None
        started = time.perf_counter()
        if profiler is not None:
            profiler.enable()
        result = journal.sync.sync_once()
        if profiler is not None and profile:
            profiler.disable()
            profiler.dump_stats(profile)
        spent = time.perf_counter() - started
    finally:
        till.close()
    if result.error or result.pending or result.pushed != waiting:
        raise RuntimeError(f"the sync did not send everything: {result}")
    print(
        f"  sync: {result.pushed:,} entries in {spent:.2f} s ({result.conflicts} conflicts,"
        f" refreshed: {result.refreshed})",
        file=sys.stderr,
    )
    return Figure(
        "sync: offline sales replayed to PostgreSQL",
        result.pushed / spent,
        "sales/s",
        SYNC_TARGET_PER_S,
        at_least=True,
        note=f"{result.pushed:,} in {spent:.2f} s, with the refresh after",
    )


def run(args: argparse.Namespace) -> tuple[list[Result], list[Figure]]:
    results: list[Result] = []
    figures: list[Figure] = []
    with (
        fresh_database("postgresql", None) as db,
        tempfile.TemporaryDirectory(prefix="pos_offline_") as tmp,
        PostgresProxy() as proxy,
    ):
        folder = Path(tmp)
        server = build_services(Settings(database=DatabaseSettings(url=db.url)), hasher=FAST_HASHER)
        try:
            _station, _cashiers, catalogue = set_up_installation(server)
            cashier = server.users.login("carl", PASSWORD)
            cart = five_line_cart(catalogue)
            results.append(measure_online_sales(server, cashier, cart, REFERENCE_SALES))
            if args.sales:
                results += switch_and_sales(args, db.url, proxy, folder, cashier=cashier, cart=cart)
                figures.append(measure_sync(db.url, folder, "T2", args.profile))
            if not args.skip_hall:
                print(f"three tills, the line cut for {args.cut_seconds} s", file=sys.stderr)
                figures += run_hall(
                    server,
                    proxy.url(db.url),
                    proxy,
                    folder / "hall",
                    cashier=cashier,
                    catalogue=catalogue,
                    args=args,
                )
        finally:
            server.close()
    return results, figures


def switch_and_sales(
    args: argparse.Namespace,
    url: str,
    proxy: PostgresProxy,
    folder: Path,
    *,
    cashier: Actor,
    cart: SaleInput,
) -> list[Result]:
    till = till_services(proxy.url(url), folder, "T2")
    try:
        journal_of(till).ensure()
        results = []
        if args.switch_trials:
            print("switch to offline after the cut", file=sys.stderr)
            results += measure_switch(till, proxy, cashier, cart, args.switch_trials)
        print(f"{args.sales:,} offline sales", file=sys.stderr)
        results.append(measure_offline_sales(till, proxy, cashier, cart, args.sales))
        proxy.come_back()
    finally:
        till.close()
    return results


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sales", type=int, default=5_000, help="offline sales, then synced")
    parser.add_argument("--switch-trials", type=int, default=5, help="cuts per kind of cut")
    parser.add_argument("--cut-seconds", type=float, default=300.0)
    parser.add_argument("--pace", type=float, default=0.5, help="seconds between a till's sales")
    parser.add_argument("--profile", help="write the sync's cProfile here")
    parser.add_argument("--skip-hall", action="store_true", help="without the three tills")
    args = parser.parse_args(argv)
    results, figures = run(args)
    if results:
        print_table(results)
        print()
    print_figures(figures)
    return exit_code([r.verdict for r in results] + [f.verdict for f in figures])


if __name__ == "__main__":
    raise SystemExit(main())
