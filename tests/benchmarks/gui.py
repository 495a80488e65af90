"""GUI benchmarks: what a cashier waits for on screen, with a million customers and invoices.

Run from the repository root (SQLite, the single-terminal default)::

    .venv/bin/python -m tests.benchmarks.gui [--customers N] [--invoices N] [--samples N]
        [--database FILE]      # reuse a database loaded before (it is migrated first)
        [--only WORDS]         # only the measurements whose name contains one of these

Loading 1,000,000 customers and 1,000,000 invoices takes about eight minutes; ``--database``
keeps the file for later runs (``--keep FILE`` writes it there). Every screen here is the real
one with its real runner: a time runs from the cashier's action to the result painted (a
synchronous ``repaint()`` after the answer arrived). Cold start is a fresh interpreter from
``exec`` to the login dialog on screen. Memory is the peak resident size of this process.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import text

from pos_desktop.bootstrap import Services, build_services
from pos_desktop.config import load_settings
from pos_desktop.domain.roles import Actor
from pos_desktop.storage import migrate
from pos_desktop.storage.engine import create_engine_for, sqlite_url
from pos_desktop.ui.cart import CartLine
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.customer_display.feed import DisplayFeed
from pos_desktop.ui.customer_display.window import CustomerDisplay
from pos_desktop.ui.models.cart_table import CartTableModel
from pos_desktop.ui.screens.checkout import CheckoutScreen
from pos_desktop.ui.screens.customers import CustomersScreen
from pos_desktop.ui.screens.dashboard import DashboardScreen
from pos_desktop.ui.screens.invoices import InvoicesScreen
from pos_desktop.ui.workers import ThreadPoolRunner
from tests.benchmarks import foundation as bench

TARGETS_MS = {
    "cold start to the login window": 1500.0,
    "scan -> customer card painted": 16.0,
    "search keystroke -> list painted": 30.0,
    "customers list first paint": 100.0,
    "invoices list first paint": 100.0,
    "add a line to a 200-line cart (reprice + paint)": 10.0,
    "customer display updated after a cart change (200 lines)": 16.0,
    "dashboard load": 300.0,
}
MEMORY_TARGET_MB = 300

COLD_START = """
import os, time, sys
from pos_desktop.config import load_settings
from pos_desktop.ui.app import application, open_database
from pos_desktop.ui.screens.login import LoginDialog
from pos_desktop.ui.workers import ThreadPoolRunner
app = application()
settings = load_settings()
runner = ThreadPoolRunner()
dialog = LoginDialog.while_opening(settings.pos.terminal_name, runner)
dialog.show()
app.processEvents()
if sys.argv[1:] == ["window"]:
    print("ready", flush=True)
    os._exit(0)  # at the window: the database layer loading behind it is the next figure
opened = []
def failed(error):
    print(error, file=sys.stderr, flush=True)
    os._exit(1)
runner.submit(lambda: open_database(settings, opened), lambda ok: dialog.attach(opened[0]), failed)
while dialog.services is None:
    app.processEvents()
    time.sleep(0.002)
print("ready", flush=True)
os._exit(0)
"""


def wait_until(condition: Callable[[], bool], seconds: float = 30.0) -> None:
    deadline = time.perf_counter() + seconds
    while not condition():
        QCoreApplication.processEvents()
        if time.perf_counter() > deadline:
            raise TimeoutError("the screen did not finish in time")


def prepare_database(args: argparse.Namespace, folder: Path) -> Path:
    if args.database:
        path = Path(args.database)
    else:
        path = folder / "pos.sqlite3"
        url = sqlite_url(path)
        bench._migrate(url)
        config = folder / "load.toml"
        config.write_text("")
        settings = load_settings(environ={"POS_DATABASE_URL": url, "POS_CONFIG": str(config)})
        services = build_services(settings, hasher=bench.FAST_HASHER)
        print(f"loading {args.customers} customers and {args.invoices} invoices ...", flush=True)
        bench.load(services, args.customers, args.invoices, seed=7)  # with the running totals
        services.close()
        if args.keep:
            shutil.copyfile(path, args.keep)
    engine = create_engine_for(sqlite_url(path))
    migrate.upgrade(engine)
    engine.dispose()
    return path


def cold_start(url: str, config: Path, runs: int) -> list[int]:
    env = {**os.environ, "POS_DATABASE_URL": url, "POS_CONFIG": str(config)}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    samples = []
    for _ in range(runs):
        started = time.perf_counter_ns()
        child = subprocess.run(
            [sys.executable, "-c", COLD_START, "window"],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        assert child.stdout.startswith("ready"), child.stdout + child.stderr
        samples.append(time.perf_counter_ns() - started)
    return samples


class Timer:
    def __init__(self, only: list[str] | None = None) -> None:
        self.results: dict[str, list[int]] = {}
        self.only = only

    def wanted(self, name: str) -> bool:
        """``--only cart,search`` runs the measurements whose names contain those words."""
        return not self.only or any(word in name for word in self.only)

    def measure(
        self, name: str, action: Callable[[], object], done: Callable[[], bool], paint: QWidget
    ) -> None:
        started = time.perf_counter_ns()
        action()
        wait_until(done)
        paint.repaint()
        self.results.setdefault(name, []).append(time.perf_counter_ns() - started)


def run_screens(services: Services, actor: Actor, samples: int, timer: Timer) -> None:
    runner = ThreadPoolRunner()
    ctx = UiContext(services, runner, actor)
    with services.db.reader() as uow:
        picks = uow.session.execute(
            text(
                "SELECT code, name FROM customers WHERE id IN "
                "(SELECT abs(random()) % (SELECT max(id) FROM customers) FROM customers LIMIT :n)"
            ),
            {"n": samples * 3},
        ).all()
    codes = [code for code, _name in picks][:samples]
    names = [name for _code, name in picks]

    checkout = CheckoutScreen(ctx)
    checkout.resize(1280, 800)
    checkout.show()
    checkout.activate()
    wait_until(lambda: checkout.cart is not None)
    for code in codes if timer.wanted("scan -> customer card painted") else []:

        def scan(code: str = code) -> None:
            checkout.scan.setText(code)
            checkout.handle_scan()

        timer.measure(
            "scan -> customer card painted",
            scan,
            lambda code=code: (
                checkout.card_view.card is not None  # type: ignore[misc]
                and checkout.card_view.card.customer.code == code
            ),
            checkout.card_view,
        )
    assert checkout.model is not None
    for n in range(199):
        checkout.model.add_line(CartLine(f"Line {n}", "2", "12.50", "19", "5%"))
    model = checkout.model
    cart_name = "add a line to a 200-line cart (reprice + paint)"
    for n in range(samples if timer.wanted(cart_name) else 0):
        line = CartLine(f"Extra {n}", "1", "3.00", "7")
        timer.measure(
            cart_name,
            lambda line=line: model.add_line(line),  # type: ignore[misc]
            lambda: True,
            checkout,
        )
        model.remove_line(len(model.cart.lines) - 1)
    measure_display(ctx, model, samples, timer)

    customers = CustomersScreen(ctx)
    customers.resize(1280, 800)
    customers.show()
    for _ in range(min(samples, 30) if timer.wanted("customers list first paint") else 0):
        timer.measure(
            "customers list first paint",
            customers.reload,
            lambda: not customers.model.loading and customers.model.rowCount() > 0,
            customers.table,
        )
    search_name = "search keystroke -> list painted"
    for name in names[: min(samples, 60)] if timer.wanted(search_name) else []:
        word = name.split()[-1].lower()
        for length in range(1, min(len(word), 6) + 1):

            def type_prefix(prefix: str = word[:length]) -> None:
                customers.search.setText(prefix)
                customers.reload()  # what the pause timer calls; the pause itself is not counted

            timer.measure(
                search_name,
                type_prefix,
                lambda: not customers.model.loading,
                customers.table,
            )

    invoices = InvoicesScreen(ctx)
    invoices.resize(1280, 800)
    invoices.show()
    for _ in range(min(samples, 30) if timer.wanted("invoices list first paint") else 0):
        timer.measure(
            "invoices list first paint",
            invoices.reload,
            lambda: not invoices.model.loading and invoices.model.rowCount() > 0,
            invoices.table,
        )

    dashboard = DashboardScreen(ctx)
    dashboard.resize(1280, 800)
    dashboard.show()
    for _ in range(min(samples, 20) if timer.wanted("dashboard load") else 0):
        dashboard.figures = None
        timer.measure(
            "dashboard load", dashboard.reload, lambda: dashboard.figures is not None, dashboard
        )
    runner.wait_for_done()


def measure_display(ctx: UiContext, model: CartTableModel, samples: int, timer: Timer) -> None:
    """From a line added at the checkout to the customer display painted with it (the counter's
    event, the display's state, its table and total)."""
    name = "customer display updated after a cart change (200 lines)"
    if not timer.wanted(name):
        return
    services = ctx.services
    display = CustomerDisplay(
        DisplayFeed(services.bus, services.station.terminal_code), welcome="Welcome"
    )
    display.resize(1280, 800)
    display.show()
    for n in range(samples):
        line = CartLine(f"Extra {n}", "1", "3.00", "7")
        timer.measure(
            name,
            lambda line=line: model.add_line(line),  # type: ignore[misc]
            lambda: display.lines.rowCount() == len(model.cart.lines),
            display,
        )
        model.remove_line(len(model.cart.lines) - 1)
    display.feed.close()
    display.close()


def percentile(values: list[int], p: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(p / 100 * len(ordered)) - 1))] / 1e6


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks.gui")
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--invoices", type=int, default=1_000_000)
    parser.add_argument("--samples", type=int, default=100)
    parser.add_argument("--database", help="an existing SQLite file to use (migrated first)")
    parser.add_argument("--keep", help="after loading, copy the database file here")
    parser.add_argument(
        "--only",
        type=lambda words: [w.strip() for w in words.split(",") if w.strip()],
        help="comma-separated words: only measurements whose name contains one (cart,search)",
    )
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication([])
    failed = False
    with tempfile.TemporaryDirectory(prefix="pos_gui_bench_") as folder:
        path = prepare_database(args, Path(folder))
        url = sqlite_url(path)
        config = Path(folder) / "config.toml"
        config.write_text("")
        settings = load_settings(environ={"POS_DATABASE_URL": url, "POS_CONFIG": str(config)})
        services = build_services(settings, hasher=bench.FAST_HASHER)
        with services.db.reader() as uow:
            counts = uow.session.execute(
                text("SELECT (SELECT count(*) FROM customers), (SELECT count(*) FROM invoices)")
            ).one()
        print(f"database {path}: {counts[0]} customers, {counts[1]} invoices", flush=True)
        timer = Timer(args.only)
        if timer.wanted("cold start to the login window"):
            timer.results["cold start to the login window"] = cold_start(url, config, 5)
        actor = services.users.login("admin", bench.PASSWORD)
        run_screens(services, actor, args.samples, timer)
        services.close()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\n{'operation':<50} {'n':>5} {'p50 ms':>8} {'p95 ms':>8}  target     result")
    for name, values in timer.results.items():
        target = TARGETS_MS[name]
        p95 = percentile(values, 95)
        verdict = "PASS" if p95 < target else "FAIL"
        failed |= verdict == "FAIL"
        print(
            f"{name:<50} {len(values):>5} {percentile(values, 50):>8.2f} {p95:>8.2f}"
            f"  < {target:<7g}  {verdict}"
        )
    memory_ok = peak_mb < MEMORY_TARGET_MB
    failed |= not memory_ok
    print(
        f"{'peak resident memory (MB)':<50} {'':>5} {peak_mb:>8.0f} {'':>8}"
        f"  < {MEMORY_TARGET_MB:<7}  {'PASS' if memory_ok else 'FAIL'}"
    )
    del app
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
