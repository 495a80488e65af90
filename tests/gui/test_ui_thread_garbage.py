"""Cycles die on the UI thread: a worker thread never frees a Qt object (ui/garbage.py)."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pos_desktop.services import batch_garbage
from pos_desktop.ui.garbage import UiThreadCollector, collect_on_ui_thread


class Holder(QObject):
    """A Qt object in a reference cycle, as a dialog with a lambda on its own signal is."""

    freed_in: list[str]

    def __init__(self) -> None:
        super().__init__()
        self.cycle = self
        self.destroyed.connect(lambda: None)

    def __del__(self) -> None:
        Holder.freed_in.append(threading.current_thread().name)


def test_a_cycle_made_on_the_ui_thread_is_freed_there_even_if_a_worker_allocates(
    qtbot: QtBot, qapp: QApplication
) -> None:
    Holder.freed_in = []
    collector = collect_on_ui_thread(qapp)
    assert not gc.isenabled()
    Holder()  # unreachable at once, but only the cycle collector can free it

    def allocate() -> None:  # far beyond generation 0's threshold
        junk = [[i] for i in range(50_000)]
        del junk
        batch_garbage.batch_done()  # a bulk job's batch: left to the UI thread

    worker = threading.Thread(target=allocate, name="pool-thread")
    worker.start()
    worker.join()
    assert Holder.freed_in == []  # nothing was collected on the worker
    qtbot.waitUntil(lambda: Holder.freed_in != [], timeout=5_000)
    assert Holder.freed_in == [threading.main_thread().name]
    collector.stop()
    assert gc.isenabled()  # the rest of the process gets automatic collection back


def test_older_generations_are_collected_as_pythons_thresholds_say(qapp: QApplication) -> None:
    collector = UiThreadCollector(qapp, interval_ms=60_000)
    collector.start()
    try:
        gc.collect()
        _young, every_gen1, _old = gc.get_threshold()
        collected = [collector.collect_due() for _ in range(every_gen1 + 1)]
        assert collected == [0] * every_gen1 + [1]
    finally:
        collector.stop()
