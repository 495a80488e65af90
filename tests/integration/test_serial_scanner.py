"""Serial scanners through a pseudo-terminal pair: real bytes on a real tty, unplugged by
closing it and plugged back as a new one behind the same path (a symlink, as udev gives a
scanner a stable /dev/serial/by-id name)."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from pos_desktop.adapters.serial_scanner import SerialScanner, split_codes


class Pty:
    """The scanner's end (master) of a pty whose tty end is reachable at ``link``."""

    def __init__(self, link: Path) -> None:
        self.master, self.slave = os.openpty()
        link.unlink(missing_ok=True)
        link.symlink_to(os.ttyname(self.slave))

    def send(self, data: bytes) -> None:
        os.write(self.master, data)

    def unplug(self) -> None:
        os.close(self.master)
        os.close(self.slave)


class Seen:
    def __init__(self) -> None:
        self.codes: list[str] = []
        self.statuses: list[tuple[str, bool]] = []
        self.changed = threading.Condition()

    def code(self, text: str) -> None:
        with self.changed:
            self.codes.append(text)
            self.changed.notify_all()

    def status(self, text: str, ok: bool) -> None:
        with self.changed:
            self.statuses.append((text, ok))
            self.changed.notify_all()

    def wait(self, condition: Callable[[], bool], timeout: float = 10.0) -> bool:
        with self.changed:
            return self.changed.wait_for(condition, timeout)


@pytest.mark.parametrize(
    ("buffer", "codes", "rest"),
    [
        (b"7KX2M9P9\r\n", ["7KX2M9P9"], b""),
        (b"4006381333931\r4006", ["4006381333931"], b"4006"),
        (b"A1\tB2\n\n", ["A1", "B2"], b""),
    ],
)
def test_codes_end_at_cr_lf_or_tab(buffer: bytes, codes: list[str], rest: bytes) -> None:
    assert split_codes(buffer) == (codes, rest)


def test_codes_arrive_are_reconnected_after_unplugging(tmp_path: Path) -> None:
    link = tmp_path / "scanner"
    pty = Pty(link)
    seen = Seen()
    scanner = SerialScanner(str(link), 9600, seen.code, seen.status, retry_seconds=0.05)
    scanner.start()
    try:
        assert seen.wait(lambda: (f"serial {link}: reading", True) in seen.statuses)
        pty.send(b"7KX2M9P9\r\n40063813")
        pty.send(b"33931\r\n")
        assert seen.wait(lambda: len(seen.codes) == 2)

        pty.unplug()
        link.unlink()
        assert seen.wait(lambda: any(" lost (" in t for t, _ok in seen.statuses))
        assert seen.wait(lambda: any("cannot be opened" in t for t, _ok in seen.statuses))

        pty = Pty(link)  # plugged back in
        assert seen.wait(
            lambda: [s for s in seen.statuses if s == (f"serial {link}: reading", True)][1:] != []
        )
        pty.send(b"EXPO24-T1-000123")  # a scanner that sends no line ending: a pause ends it
        assert seen.wait(lambda: len(seen.codes) == 3)
    finally:
        scanner.stop()
        pty.unplug()
    assert seen.codes == ["7KX2M9P9", "4006381333931", "EXPO24-T1-000123"]
    assert not scanner.running
