"""A benchmark's verdict, shared by the benchmark modules: their exit code says whether their
targets hold.

A row without a target is a figure to read, not a test: it neither passes nor fails, so it
must not turn the exit code to 1 (``tests.benchmarks.stock`` once exited 1 with every target
met, because its barcode row has none), and a missed target must not leave it at 0.
"""

from __future__ import annotations

from collections.abc import Iterable

PASS = "PASS"
FAIL = "FAIL"
#: The verdict of a row that has no target.
NO_TARGET = "-"


def verdict(measured: float, target: float | None, *, at_least: bool = False) -> str:
    """``PASS`` when ``measured`` is under ``target`` (a time, memory), or with ``at_least``
    reaches it (a rate); ``FAIL`` when not; ``-`` without a target."""
    if target is None:
        return NO_TARGET
    met = measured >= target if at_least else measured < target
    return PASS if met else FAIL


def exit_code(verdicts: Iterable[str]) -> int:
    """0 when no row with a target failed (rows without one do not count), else 1."""
    return 1 if any(v == FAIL for v in verdicts) else 0
