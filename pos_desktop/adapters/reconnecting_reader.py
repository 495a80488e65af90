"""A device read on its own thread that comes back by itself: open, read, report, wait, reopen.

Webcams and serial scanners fail the same way at a booth (unplugged, busy in another program,
a cable kicked loose), and the cashier's fix is the same: plug it back in. So both readers share
this loop instead of each writing it: open the device; if it cannot be opened, say why and try
again every ``retry_seconds``; read until it goes (the read returns, or raises one of
``lost_errors``), say so, and start over, until :meth:`stop`.

Threading: ``start``/``stop`` from one thread; ``on_status`` runs on the reader thread.
"""

from __future__ import annotations

import threading
from abc import ABC, abstractmethod
from collections.abc import Callable
from typing import ClassVar, Generic, TypeVar

from pos_desktop.domain.phrases import say

Device = TypeVar("Device")


class ReconnectingReader(ABC, Generic[Device]):
    #: Raised by :meth:`open_device` when the device is not there (its text is shown).
    unavailable: ClassVar[type[Exception]]
    #: Raised while reading when the device goes away (its text is shown).
    lost_errors: ClassVar[tuple[type[Exception], ...]] = ()
    #: Why the device went, when reading simply ended.
    ended_reason: ClassVar[str] = say("unplugged, or the stream ended")
    thread_name: ClassVar[str]

    on_status: Callable[[str, bool], None]
    retry_seconds: float
    _stop: threading.Event
    _thread: threading.Thread | None

    @property
    @abstractmethod
    def label(self) -> str:
        """The device as the cashier knows it: ``camera 0``, ``serial /dev/ttyACM0``."""

    @abstractmethod
    def open_device(self) -> Device: ...

    @abstractmethod
    def read_device(self, device: Device) -> None:
        """Read until ``self._stop`` is set or the device goes."""

    @abstractmethod
    def close_device(self, device: Device) -> None: ...

    def start(self) -> None:
        if self._thread is not None:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name=self.thread_name, daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(timeout)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _retry_later(self, why: str) -> None:
        self.on_status(
            say(
                "{problem}; trying again in {seconds:g} s", problem=why, seconds=self.retry_seconds
            ),
            False,
        )
        self._stop.wait(self.retry_seconds)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                device = self.open_device()
            except self.unavailable as error:
                self._retry_later(str(error))
                continue
            self.on_status(say("{device}: reading", device=self.label), True)
            reason = self.ended_reason
            try:
                self.read_device(device)
            except self.lost_errors as error:
                reason = str(error)
            finally:
                self.close_device(device)
            if not self._stop.is_set():
                self._retry_later(say("{device} lost ({reason})", device=self.label, reason=reason))
