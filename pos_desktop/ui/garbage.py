"""Python's cycle collector runs on the UI thread only, from a timer.

Python collects cycles in whichever thread happens to allocate when a generation's count
crosses its threshold. A cycle that holds a Qt wrapper (a dialog and a lambda connected to one
of its signals, a test's wait timer) then dies on a worker thread: Qt objects deleted outside
their thread crash the process or deadlock it. Seen: a pool thread saving a sale collected
while the UI thread stood in ``QTimer``'s constructor, and both waited for ever with the sale
half-written. So automatic collection is off while the window runs, and a timer on the UI thread
collects at the same thresholds Python would use. Bulk jobs (``services/batch_garbage.py``)
leave their collections to it.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

from pos_desktop.services import batch_garbage

#: Often enough that memory stays as flat as with automatic collection during an import.
CHECK_MS = 250


class UiThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None, *, interval_ms: int = CHECK_MS) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_due)
        self._running = False

    def start(self) -> None:
        if self._running:
            return
        self._running = True
        batch_garbage.collect_elsewhere(True)
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        """Automatic collection comes back (the window closed; the CLI goes on alone)."""
        if not self._running:
            return
        self._running = False
        self._timer.stop()
        batch_garbage.collect_elsewhere(False)
        gc.enable()

    def collect_due(self) -> int:
        """Collect the young generation, and an older one when Python would have by now (its
        thresholds count collections of the younger generation); the generation collected.

        Every tick, not only past generation 0's threshold: what a worker allocated and freed
        between two ticks leaves the count low, yet may have left a cycle behind.
        """
        counts, limits = gc.get_count(), self._thresholds
        generation = 0
        while generation < 2 and counts[generation + 1] >= limits[generation + 1]:
            generation += 1
        gc.collect(generation)
        return generation


def collect_on_ui_thread(app: QObject) -> UiThreadCollector:
    """Start the collector for ``app``'s lifetime (once: a second call returns the first)."""
    existing = app.findChild(UiThreadCollector)
    if isinstance(existing, UiThreadCollector):
        existing.start()
        return existing
    collector = UiThreadCollector(app)
    collector.start()
    return collector
