"""Customer import benchmark: rows per second and peak memory for 100,000-row files.

Run from the repository root::

    .venv/bin/python -m tests.benchmarks.customer_import [--rows N]
        [--backend sqlite|postgresql|both] [--processes N]

A CRM-like CSV is generated (ids, names with accents, emails, national phone numbers, countries
written many ways, websites, types, statuses; 2% without a name, 2% bad emails, 1% duplicates).
For each backend a fresh migrated database (SQLite file; PostgreSQL ``pos_bench_import_<random>``
on ``POS_TEST_PG_URL``) gets a dry run, then the real import, then the same file again, then a
copy with every company renamed (every customer updated); each in a
child process so its peak memory (``VmHWM``) is its own; its worker's peak is sampled from
``/proc`` and added for ``total_peak_mb``. CPU seconds and the load average are printed too:
on a shared machine the rows per second say as much about the neighbours as about the import.
Target (issue 8): >= 20,000 rows/s on SQLite, >= 10,000 on PostgreSQL, < 200 MB in total.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path
from typing import cast

import psycopg

from pos_desktop.bootstrap import build_services
from pos_desktop.config import load_settings
from pos_desktop.domain.roles import Actor, Role
from pos_desktop.services.customer_import import ImportOptions
from pos_desktop.services.exhibitions import ExhibitionInput
from pos_desktop.storage import migrate
from pos_desktop.storage.engine import create_engine_for
from tests.benchmarks.verdict import FAIL, PASS, exit_code, verdict
from tests.support.databases import PG_ADMIN_URL, _with_database

ACTOR = Actor(None, "cli:bench", Role.ADMIN, "cli:bench")
#: Issue 8's targets (see the docstring): the import's rate, and memory of every run.
ROWS_PER_S_TARGET = {"sqlite": 20_000.0, "postgresql": 10_000.0}
PEAK_TARGET_MB = 200.0
COUNTRIES = [
    ("Deutschland", "030 {a} {b}"),
    ("UK", "020 7{a} {b}"),
    ("U.S.A.", "(212) {a}-{b}"),
    ("France", "01 42 {a2} {b2}"),
    ("South Korea", "02-{a}-{b}"),
    ("Hong Kong SAR", "2{a} {b}"),
    ("Schweiz", "044 {a} {b2}"),
    ("Japan", "03-{a}-{b}"),
]
FIRST = ["Anna", "Jürgen", "Zoë", "Åsa", "Li", "María", "Ole", "Chloé", "Kenji", "Bob"]
LAST = ["Müller", "Smith", "Lefèvre", "Ström", "Chen", "García", "Nørgaard", "Tanaka"]
TYPES = ["Corporate", "corporate", "YouTube Creator", "Individual", "", "Press", "VIP"]
STATUSES = ["New", "Contacted", "Won", "Lost", "prospect", ""]


def generate(path: Path, rows: int, seed: int = 8) -> None:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8", newline="") as stream:
        out = csv.writer(stream)
        out.writerow(
            ["Customer Id", "First Name", "Last Name", "Company", "Country", "Phone 1",
             "Email", "Website", "customer_type", "lead_status"]
        )  # fmt: skip
        for i in range(rows):
            n = i if rng.random() > 0.01 else rng.randrange(max(i, 1))  # 1% duplicates
            country, phone = COUNTRIES[n % len(COUNTRIES)]
            a, b = f"{n // 9000 % 900 + 100}", f"{n % 9000 + 1000}"  # unique per person
            first = "" if rng.random() < 0.02 else FIRST[n % len(FIRST)]
            email = f"user{n}@example.org" if rng.random() > 0.02 else f"user{n} at example"
            out.writerow(
                [f"X{n:07d}", first, LAST[n % len(LAST)] if first else "", f"Company {n % 5000}",
                 country, phone.format(a=a, b=b, a2=a[:2], b2=b[:2]), email,
                 f"company{n % 5000}.com", TYPES[n % len(TYPES)], STATUSES[n % len(STATUSES)]]
            )  # fmt: skip


def changed_copy(source: Path, target: Path) -> None:
    """``source`` with every company renamed: importing it again updates every customer."""
    with (
        source.open(encoding="utf-8", newline="") as old,
        target.open("w", encoding="utf-8", newline="") as new,
    ):
        rows, out = csv.reader(old), csv.writer(new)
        out.writerow(next(rows))
        for row in rows:
            row[3] += " GmbH"
            out.writerow(row)


def new_database(backend: str, folder: Path) -> tuple[str, str | None]:
    if backend == "sqlite":
        return f"sqlite:///{folder / 'bench.sqlite3'}", None
    name = f"pos_bench_import_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return _with_database(PG_ADMIN_URL, name), name


def prepare(url: str) -> None:
    engine = create_engine_for(url)
    migrate.upgrade(engine)
    engine.dispose()
    services = build_services(load_settings(environ={"POS_DATABASE_URL": url}))
    services.setup.initialize(
        ACTOR,
        admin_username="admin",
        admin_password="a long bench password",
        exhibition=ExhibitionInput(name="Bench", code="BENCH", currency="EUR"),
    )
    services.close()


def peak_kb(pid: int | str = "self") -> int | None:
    """A process's peak resident memory since it started its program (``VmHWM``); ``None``
    once it has ended."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return None


class ChildMemory:
    """The peak memory of this process's children (the import's workers), sampled from
    ``/proc`` while they run. ``ru_maxrss`` cannot tell it (for this process either): a process
    started by fork + exec keeps the peak its parent had at that moment, and the benchmark's
    parent (or the import's main process, for a worker) is the bigger one."""

    def __init__(self, every: float = 0.05) -> None:
        self.peak_kb: dict[int, int] = {}
        self._every = every
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._own_command = Path("/proc/self/cmdline").read_bytes()

    def __enter__(self) -> ChildMemory:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._done.set()
        self._thread.join()

    def _sample(self) -> None:
        tasks = Path(f"/proc/{os.getpid()}/task")
        while not self._done.wait(self._every):
            for children in tasks.glob("*/children"):
                for pid in children.read_text().split():
                    self._read(int(pid))

    def _read(self, pid: int) -> None:
        try:
            if Path(f"/proc/{pid}/cmdline").read_bytes() == self._own_command:
                return  # forked but not yet started its own program: our memory, not its
        except OSError:
            return
        peak = peak_kb(pid)
        if peak is not None:
            self.peak_kb[pid] = max(self.peak_kb.get(pid, 0), peak)

    @property
    def peak_mb(self) -> int:
        return round(sum(self.peak_kb.values()) / 1024)


def child(url: str, source: Path, dry_run: bool, processes: int | None) -> dict[str, object]:
    """One import in this process; prints its figures as JSON."""
    services = build_services(load_settings(environ={"POS_DATABASE_URL": url}))
    before = resource.getrusage(resource.RUSAGE_SELF)
    started = time.perf_counter()
    with ChildMemory() as workers:
        report = services.customer_import.run(
            ACTOR, source, ImportOptions(dry_run=dry_run, processes=processes)
        )
    seconds = time.perf_counter() - started
    services.close()
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    peak_mb = round((peak_kb() or 0) / 1024)
    return {
        "rows": report.rows,
        "created": report.created,
        "updated": report.updated,
        "unchanged": report.unchanged,
        "rejected": report.rejected,
        "seconds": round(seconds, 2),
        "rows_per_s": round(report.rows / seconds),
        "peak_mb": peak_mb,
        # the normalising workers' peaks added up (they run at the same time as this process)
        "worker_peak_mb": workers.peak_mb,
        "total_peak_mb": peak_mb + workers.peak_mb,
        "cpu_s": round(own.ru_utime + own.ru_stime - before.ru_utime - before.ru_stime, 2),
        "worker_cpu_s": round(children.ru_utime + children.ru_stime, 2),
        "load_average": round(os.getloadavg()[0], 2),
    }


def measure(url: str, source: Path, dry_run: bool, processes: int | None) -> dict[str, object]:
    command = [sys.executable, "-m", "tests.benchmarks.customer_import", "--child", url,
               str(source)] + (["--dry-run"] if dry_run else [])  # fmt: skip
    if processes is not None:
        command += ["--processes", str(processes)]
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    result: dict[str, object] = json.loads(done.stdout)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--child", nargs=2, metavar=("URL", "FILE"), help=argparse.SUPPRESS)
    parser.add_argument("--dry-run", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--processes", type=int, help="normalising worker processes (default: automatic)"
    )
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child[0], Path(args.child[1]), args.dry_run, args.processes)))
        return 0
    backends = ["sqlite", "postgresql"] if args.backend == "both" else [args.backend]
    verdicts: list[str] = []
    with tempfile.TemporaryDirectory(prefix="pos_bench_import_") as tmp:
        folder = Path(tmp)
        source = folder / "customers.csv"
        generate(source, args.rows)
        changed = folder / "changed.csv"
        changed_copy(source, changed)
        size = os.path.getsize(source) / 1e6
        print(f"{args.rows} rows, {size:.1f} MB CSV")
        for backend in backends:
            url, pg_name = new_database(backend, folder)
            try:
                prepare(url)
                runs = (
                    ("dry run", source, True),
                    ("import", source, False),
                    ("again", source, False),
                    ("changed", changed, False),
                )
                for label, file, dry in runs:
                    figures = measure(url, file, dry, args.processes)
                    print(f"{backend:10} {label:8} " + json.dumps(figures))
                    verdicts.append(_verdict(backend, label, figures))
            finally:
                if pg_name:
                    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
                        conn.execute(f'DROP DATABASE IF EXISTS "{pg_name}" WITH (FORCE)')
    print("targets met" if exit_code(verdicts) == 0 else "TARGET MISSED")
    return exit_code(verdicts)


def _verdict(backend: str, label: str, figures: dict[str, object]) -> str:
    """The import's rate (the first real import: the target's case) and every run's memory."""
    peak = float(cast(float, figures["total_peak_mb"]))
    if verdict(peak, PEAK_TARGET_MB) == FAIL:
        return FAIL
    if label != "import":
        return PASS
    rate = float(cast(float, figures["rows_per_s"]))
    return verdict(rate, ROWS_PER_S_TARGET[backend], at_least=True)


if __name__ == "__main__":
    sys.exit(main())
