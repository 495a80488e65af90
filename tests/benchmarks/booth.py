"""Benchmark: a booth of 50 tills on one PostgreSQL (issue 22, item 6).

Run from the repository root (PostgreSQL on 127.0.0.1:5432, as for the tests)::

    .venv/bin/python -m tests.benchmarks.booth [--terminals 50] [--pace 2] [--human 60]
        [--burst 20] [--seed 2026]

A fresh database is set up through the services (admin, exhibition, two cashiers, the
catalogue of ``tests.benchmarks.foundation``). Then ``--terminals`` processes, one per till
(``booth_till.py``), each with its own terminal id, register visitors and sell 5-line sales:
``--human`` seconds at a cashier's pace (one action every ``--pace`` seconds on average), then
``--burst`` seconds as fast as each can. Printed: p50/p95/p99 per phase and action, the
burst's throughput, the errors (target 0), whether every terminal's numbers are unique and
gapless, and whether the audit chain verifies. Exit 0 when the targets hold: a sale's p95 at
human pace < 25 ms, no error, gapless numbers, an intact chain.

Not a pytest test (a minute or more, 50 processes); ``tests/integration/test_booth_load.py``
runs it small.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

from sqlalchemy import select

from pos_desktop.bootstrap import Services, build_services
from pos_desktop.config import DatabaseSettings, Settings
from pos_desktop.services.audit_verify import verify
from pos_desktop.storage.models import Invoice, Terminal
from tests.benchmarks.booth_till import TillPlan, TillReport, run_till
from tests.benchmarks.foundation import FAST_HASHER, fresh_database, set_up_installation

#: Issue 22's target: a sale's p95 with 50 tills at a cashier's pace, milliseconds.
SALE_P95_TARGET_MS = 25.0
#: Seconds the tills get to start (import, log in, warm up) before the common start.
START_TIMEOUT_S = 600.0


@dataclass(frozen=True)
class Verdict:
    """What the run showed, checked against the database afterwards."""

    sale_p95_ms: float
    errors: int
    gapless: bool
    chain_intact: bool
    problems: tuple[str, ...]

    @property
    def holds(self) -> bool:
        return (
            self.sale_p95_ms < SALE_P95_TARGET_MS
            and self.errors == 0
            and self.gapless
            and self.chain_intact
        )


def percentile(values: Sequence[float], share: float) -> float:
    """Nearest-rank percentile (``share`` 0.95 for p95) of ``values``, which is not empty."""
    ordered = sorted(values)
    rank = max(1, round(share * len(ordered) + 0.5 - 1e-9))
    return ordered[min(rank, len(ordered)) - 1]


def services_on(url: str) -> Services:
    return build_services(Settings(database=DatabaseSettings(url=url)), hasher=FAST_HASHER)


def numbering_problems(url: str) -> list[str]:
    """Every terminal's invoice numbers: unique, and its sequence 1..n without a gap."""
    services = services_on(url)
    problems = []
    try:
        with services.db.reader() as uow:
            rows = uow.session.execute(
                select(Terminal.code, Invoice.number, Invoice.sequence).join(
                    Terminal, Terminal.id == Invoice.terminal_id
                )
            ).all()
    finally:
        services.close()
    by_terminal: dict[str, list[int]] = defaultdict(list)
    numbers = [row.number for row in rows]
    if len(set(numbers)) != len(numbers):
        problems.append(f"{len(numbers) - len(set(numbers))} invoice numbers used twice")
    for row in rows:
        by_terminal[row.code].append(row.sequence)
    for code, sequences in sorted(by_terminal.items()):
        if sorted(sequences) != list(range(1, len(sequences) + 1)):
            problems.append(f"terminal {code}: sequences are not 1..{len(sequences)}")
    return problems


def run(args: argparse.Namespace) -> Verdict:
    with fresh_database("postgresql", None) as db:
        services = services_on(db.url)
        try:
            _station, _cashiers, catalogue = set_up_installation(services)
        finally:
            services.close()
        plans = [
            TillPlan(
                url=db.url,
                terminal=f"T{n:02d}",
                cashier=("carl", "maria")[n % 2],
                catalogue=tuple(catalogue),
                pace=args.pace,
                human_seconds=args.human,
                burst_seconds=args.burst,
                seed=args.seed + n,
            )
            for n in range(1, args.terminals + 1)
        ]
        reports = _run_tills(plans)
        problems = numbering_problems(db.url)
        services = services_on(db.url)
        try:
            chain = verify(services.db.engine)
        finally:
            services.close()
    return _print_results(args, reports, problems, chain.intact, chain.entries)


def _run_tills(plans: list[TillPlan]) -> list[TillReport]:
    context = multiprocessing.get_context("spawn")
    with context.Manager() as manager:
        ready, go = manager.Queue(), manager.Event()
        start = manager.Value("d", 0.0)
        with ProcessPoolExecutor(max_workers=len(plans), mp_context=context) as pool:
            futures = [pool.submit(run_till, plan, ready, go, start) for plan in plans]
            print(f"starting {len(plans)} tills ...", flush=True)
            for _ in plans:
                ready.get(timeout=START_TIMEOUT_S)
            start.value = time.time() + 1.0
            go.set()
            print("all tills ready: go", flush=True)
            return [future.result() for future in futures]


def _print_results(
    args: argparse.Namespace,
    reports: list[TillReport],
    problems: list[str],
    intact: bool,
    entries: int,
) -> Verdict:
    groups: dict[tuple[str, str], list[float]] = defaultdict(list)
    for report in reports:
        for phase, kind, ns in report.timings:
            groups[(phase, kind)].append(ns / 1e6)
    print(
        f"\n{args.terminals} tills, pace {args.pace:g} s, {args.human:g} s at that pace then"
        f" {args.burst:g} s burst; load average {os.getloadavg()[0]:.1f}"
    )
    print(f"{'phase':<6} {'action':<9} {'count':>6} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}")
    for (phase, kind), values in sorted(groups.items(), key=lambda g: (g[0][0] != "human", g[0])):
        print(
            f"{phase:<6} {kind:<9} {len(values):>6} {statistics.median(values):>8.1f}"
            f" {percentile(values, 0.95):>8.1f} {percentile(values, 0.99):>8.1f}"
        )
    burst = sum(len(v) for (phase, _), v in groups.items() if phase == "burst")
    burst_sales = len(groups.get(("burst", "sale"), []))
    if args.burst:
        print(
            f"burst throughput: {burst / args.burst:.0f} actions/s,"
            f" {burst_sales / args.burst:.0f} sales/s"
        )
    errors = sum(report.errors for report in reports)
    print(f"errors: {errors}")
    for report in reports:
        for text in report.first_errors:
            print(f"  {report.terminal}: {text}")
    print("numbers unique and gapless per terminal:", "yes" if not problems else "NO")
    for problem in problems:
        print(f"  {problem}")
    print(f"audit chain: {entries} entries, {'intact' if intact else 'BROKEN'}")
    human_sales = groups.get(("human", "sale"), [])
    p95 = percentile(human_sales, 0.95) if human_sales else float("inf")
    verdict = Verdict(p95, errors, not problems, intact, tuple(problems))
    print(
        f"sale p95 at a cashier's pace: {p95:.1f} ms (target < {SALE_P95_TARGET_MS:g})"
        f" -> {'PASS' if verdict.holds else 'FAIL'}"
    )
    return verdict


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks.booth")
    parser.add_argument("--terminals", type=int, default=50)
    parser.add_argument("--pace", type=float, default=2.0, help="seconds between a till's actions")
    parser.add_argument("--human", type=float, default=60.0, help="seconds at a cashier's pace")
    parser.add_argument("--burst", type=float, default=20.0, help="seconds as fast as possible")
    parser.add_argument("--seed", type=int, default=2026)
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    return 0 if run(parse_args(argv)).holds else 1


if __name__ == "__main__":
    sys.exit(main())
