"""Quick keys benchmark (issue 23): the checkout's first paint with 200 tiles.

Run from the repository root::

    .venv/bin/python -m tests.benchmarks.quick_keys [--tiles N] [--samples N]
        [--backend sqlite|postgresql]

A fresh, migrated database (``tests.benchmarks.foundation``) with the booth's catalogue topped
up to ``--tiles`` products in eight categories, a tenth of them favourites in the manager's
order. Each sample builds a new checkout (1280x800, the real screen with its real runner) and
times from its construction to the first paint that shows the grid: the till and the tiles
loaded on the runner, the tiles' tab on show, a synchronous ``repaint()`` of the whole screen.
Target: p95 < 100 ms. The exit code is 0 only when the target holds.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

from pos_desktop.bootstrap import build_services
from pos_desktop.config import load_settings
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.screens.checkout import CheckoutScreen
from pos_desktop.ui.workers import ThreadPoolRunner
from tests.benchmarks.foundation import (
    CLI,
    FAST_HASHER,
    PASSWORD,
    fresh_database,
    set_up_installation,
)
from tests.benchmarks.gui import percentile, wait_until

NAME = "checkout first paint with {n} quick keys"
TARGET_MS = 100.0
CATEGORIES = ("Merch", "Print", "Coffee", "Tea", "Books", "Posters", "Snacks", "Tickets")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks.quick_keys")
    parser.add_argument("--tiles", type=int, default=200)
    parser.add_argument("--samples", type=int, default=30)
    parser.add_argument("--backend", choices=("sqlite", "postgresql"), default="sqlite")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication([])
    with fresh_database(args.backend, None) as db, tempfile.TemporaryDirectory() as folder:
        config = Path(folder) / "config.toml"
        config.write_text("")
        settings = load_settings(environ={"POS_DATABASE_URL": db.url, "POS_CONFIG": str(config)})
        services = build_services(settings, hasher=FAST_HASHER)
        _station, _cashiers, catalogue = set_up_installation(services)
        for n in range(len(catalogue), args.tiles):
            product = services.products.add(
                CLI,
                sku=f"QK-{n:04d}",
                name=f"Booth item {n:03d} with a longer name",
                price=f"{1 + n % 40}.50",
                vat_rate="19",
                category=CATEGORIES[n % len(CATEGORIES)],
            )
            if n % 10 == 0:
                services.quick_keys.arrange(
                    CLI, product.id, shown=True, pinned=True, position=n // 10
                )
        actor = services.users.login("carl", PASSWORD)
        runner = ThreadPoolRunner()
        ctx = UiContext(services, runner, actor)
        samples: list[int] = []
        tiles = 0
        for _ in range(args.samples + 1):  # the first one warms the imports and caches up
            started = time.perf_counter_ns()
            checkout = CheckoutScreen(ctx)
            checkout.resize(1280, 800)
            checkout.show()
            checkout.activate()
            panel = checkout.quick_keys
            wait_until(lambda: checkout.cart is not None and panel.model.rowCount() > 0)  # noqa: B023
            checkout.repaint()
            samples.append(time.perf_counter_ns() - started)
            tiles = panel.model.rowCount()
            checkout.close()
            checkout.deleteLater()
            app.processEvents()
        runner.shutdown()
        services.close()
    samples = samples[1:]
    p95 = percentile(samples, 95)
    name = NAME.format(n=tiles)
    verdict = "PASS" if p95 < TARGET_MS and tiles >= args.tiles else "FAIL"
    print(f"\n{'operation':<50} {'n':>5} {'p50 ms':>8} {'p95 ms':>8}  target     result")
    print(
        f"{name:<50} {len(samples):>5} {percentile(samples, 50):>8.2f} {p95:>8.2f}"
        f"  < {TARGET_MS:<7g}  {verdict}"
    )
    return 0 if verdict == "PASS" else 1


if __name__ == "__main__":
    sys.exit(main())
