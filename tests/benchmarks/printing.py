"""Receipt benchmarks: how long a 10-line receipt takes to build, how big it is, how long
it takes over a 9600-baud serial line.

Run from the repository root::

    .venv/bin/python -m tests.benchmarks.printing [--samples N] [--columns 48] [--json FILE]

The receipt is a realistic booth sale: 10 lines at two VAT rates (one discounted), a customer
with an accented name, a cash payment, shop header and footer, the QR of the invoice number.
"Build" is the whole path from the document model to the bytes (layout, code pages,
transliteration, QR command or raster image, cut), timed with ``perf_counter_ns`` after
warm-up. Serial time is computed from the byte count: 10 bits per byte (start, 8 data, stop).
Targets (issue 5): build < 2 ms, size <= 1.5 KB with native QR.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

from pos_desktop.adapters.printing.escpos_render import EscposOptions, render_escpos
from pos_desktop.domain.receipt import Receipt
from tests.benchmarks.verdict import exit_code, verdict
from tests.support.receipts import sample_receipt

BAUD = 9600
BITS_PER_BYTE = 10
TARGET_MS, TARGET_BYTES = 2.0, 1536


def ten_line_receipt() -> Receipt:
    return sample_receipt(lines=10, description="Exhibition catalogue")


def measure(receipt: Receipt, options: EscposOptions, samples: int) -> dict[str, float]:
    for _ in range(20):
        render_escpos(receipt, options)
    times = []
    for _ in range(samples):
        start = time.perf_counter_ns()
        data = render_escpos(receipt, options)
        times.append((time.perf_counter_ns() - start) / 1e6)
    times.sort()
    return {
        "bytes": len(data),
        "build_ms_p50": statistics.median(times),
        "build_ms_p95": times[int(len(times) * 0.95) - 1],
        "serial_9600_s": len(data) * BITS_PER_BYTE / BAUD,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--samples", type=int, default=500)
    parser.add_argument("--columns", type=int, default=48)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    receipt = ten_line_receipt()
    results = {
        "native QR": measure(
            receipt, EscposOptions(columns=args.columns, native_qr=True), args.samples
        ),
        "raster QR": measure(
            receipt, EscposOptions(columns=args.columns, native_qr=False), args.samples
        ),
    }
    print(f"10-line receipt, {args.columns} columns, {args.samples} samples")
    for name, r in results.items():
        print(
            f"  {name:9}  {r['bytes']:5.0f} bytes  build p50 {r['build_ms_p50']:.2f} ms"
            f"  p95 {r['build_ms_p95']:.2f} ms  9600 baud {r['serial_9600_s']:.2f} s"
        )
    native = results["native QR"]
    fast = verdict(native["build_ms_p50"], TARGET_MS)
    small = verdict(native["bytes"], TARGET_BYTES + 1)  # at most TARGET_BYTES
    print(f"targets: build < {TARGET_MS} ms: {fast}; size <= {TARGET_BYTES} B: {small}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    return exit_code((fast, small))


if __name__ == "__main__":
    sys.exit(main())
