"""The runner at shutdown: running jobs finish, late ones never start (no connection leaks)."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from pos_desktop.ui.workers import ThreadPoolRunner


def test_shutdown_waits_for_the_running_job_and_refuses_later_ones(qtbot: QtBot) -> None:
    runner = ThreadPoolRunner()
    release = threading.Event()
    ran: list[str] = []
    answers: list[object] = []

    def slow() -> str:
        release.wait(5)
        ran.append("slow")
        return "slow"

    runner.submit(slow, answers.append, answers.append)
    threading.Timer(0.05, release.set).start()
    assert runner.shutdown()
    assert ran == ["slow"]  # shutdown returned only after the running job ended

    runner.submit(lambda: ran.append("late"), answers.append, answers.append)
    qtbot.waitUntil(lambda: answers == ["slow"])
    assert runner.shutdown() and ran == ["slow"]  # the late job never ran
    assert not runner.busy
