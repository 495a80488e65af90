"""The Qt binding keeps Python's reference counts: a regression here aborts the whole app.

PySide6 6.12.0 returned ``True`` from ``SignalInstance.emit()`` without a reference of its own;
each emit took one away until CPython aborted ("bool_dealloc: deallocating True or False").
pyproject.toml holds PySide6 below 6.12 for that; this test says when a release is safe again.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Sender(QObject):
    number = Signal(int)
    nothing = Signal()


def test_emitting_signals_leaves_reference_counts_alone() -> None:
    sender = _Sender()
    received: list[int] = []
    sender.number.connect(received.append)
    sender.nothing.connect(lambda: None)
    true_before, false_before = sys.getrefcount(True), sys.getrefcount(False)
    for n in range(2000):
        sender.number.emit(n)
        sender.nothing.emit()
    assert len(received) == 2000
    # The broken release loses one reference per emit (-4000 here); allow for unrelated noise.
    assert abs(sys.getrefcount(True) - true_before) < 50
    assert abs(sys.getrefcount(False) - false_before) < 50
