"""PDF benchmarks: time to build an invoice PDF and a badge PDF, and their sizes.

Run from the repository root::

    .venv/bin/python -m tests.benchmarks.documents [--samples N] [--json FILE]

What is measured is the renderer alone (``adapters.pdf``), on read models built in memory by
the same domain functions the services use (``tests/support/documents.py``): the database read
before it is measured by the foundation benchmarks. Fonts are registered once per process
(reported separately as "first call"); every sample after that is what a cashier waits for.

Targets (issue 5): invoice PDF < 30 ms, badge PDF < 30 ms (p50).
"""

from __future__ import annotations

import argparse
import gc
import json
import platform
import statistics
import sys
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from pos_desktop.adapters.pdf import SellerInfo, badge_pdf, invoice_pdf, receipt_pdf
from pos_desktop.config import ShopSettings
from pos_desktop.services.receipts import build_receipt, shop_info
from pos_desktop.services.session_documents import session_report_pdf
from tests.benchmarks.verdict import FAIL, PASS, exit_code, verdict
from tests.support.documents import customer_view, invoice_view, sample_lines
from tests.support.paper import sample_z_report

SELLER = SellerInfo(
    "Müller Messebau GmbH", "Hauptstraße 5; 10115 Berlin; Germany", "DE123456789", "IBAN DE89"
)
TARGET_MS = 30.0


def measure(build: Callable[[], bytes], samples: int) -> dict[str, float]:
    build()  # warm-up: fonts, reportlab's caches
    times = []
    size = 0
    gc.collect()
    for _ in range(samples):
        start = time.perf_counter_ns()
        size = len(build())
        times.append((time.perf_counter_ns() - start) / 1e6)
    times.sort()
    return {
        "p50_ms": round(statistics.median(times), 2),
        "p95_ms": round(times[int(len(times) * 0.95) - 1], 2),
        "max_ms": round(times[-1], 2),
        "kb": round(size / 1024, 1),
    }


def cases() -> dict[str, Callable[[], bytes]]:
    latin = customer_view("Zoë Ångström", company="Acme GmbH", job_title=None)
    taro = customer_view()
    ten = invoice_view(sample_lines(10), customer=latin, cash=Decimal(500))
    ten_cjk = invoice_view(sample_lines(10), customer=taro, cash=Decimal(500))
    sixty = invoice_view(sample_lines(60), customer=latin, cash=Decimal(10_000))
    shop = shop_info(
        ShopSettings(name="Müller Messebau", address="Hauptstraße 5"),
        "Thank you!",
        exhibition="Expo 2024",
        terminal="T1",
    )
    slip = build_receipt(ten, shop)
    z = sample_z_report()
    shop_settings = ShopSettings(name="Müller Messebau", address="Hauptstraße 5", vat_id="DE1")
    return {
        "invoice, 10 lines, Latin buyer (A4)": lambda: invoice_pdf(ten, SELLER, buyer=latin),
        "invoice, 10 lines, Japanese buyer (A4)": lambda: invoice_pdf(ten_cjk, SELLER, buyer=taro),
        "invoice, 10 lines (Letter)": lambda: invoice_pdf(ten, SELLER, paper="Letter"),
        "invoice, 60 lines, 3 pages (A4)": lambda: invoice_pdf(sixty, SELLER, buyer=latin),
        "receipt, 10 lines, 80 mm roll": lambda: receipt_pdf(slip),
        "Z report, 3 cashiers, 2 VAT rates (A4)": lambda: session_report_pdf(z, shop_settings),
        "badge, Latin name": lambda: badge_pdf(latin, "Expo 2024"),
        "badge, Japanese name and company": lambda: badge_pdf(taro, "Expo 2024"),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=100)
    parser.add_argument("--json", type=Path, default=None, help="Also write the figures here.")
    args = parser.parse_args()

    start = time.perf_counter()
    invoice_pdf(invoice_view(sample_lines(1)), SELLER)
    first_ms = (time.perf_counter() - start) * 1000
    print(f"Python {platform.python_version()} on {platform.machine()}")
    print(f"first call in a process (reads the five font files): {first_ms:.0f} ms")
    print(f"{'document':42} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'KB':>7}  target")
    figures: dict[str, dict[str, float]] = {}
    verdicts = []
    for name, build in cases().items():
        row = measure(build, args.samples)
        figures[name] = row
        targeted = not any(word in name for word in ("60 lines", "receipt", "report"))
        verdicts.append(verdict(row["p50_ms"], TARGET_MS if targeted else None))
        flag = {PASS: "ok", FAIL: "MISSED"}.get(verdicts[-1], "")
        print(
            f"{name:42} {row['p50_ms']:8.2f} {row['p95_ms']:8.2f} {row['max_ms']:8.2f}"
            f" {row['kb']:7.1f}  {flag}"
        )
    if args.json:
        args.json.write_text(json.dumps({"first_call_ms": first_ms, **figures}, indent=2))
    return exit_code(verdicts)


if __name__ == "__main__":
    sys.exit(main())
