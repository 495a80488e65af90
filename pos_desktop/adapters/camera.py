"""Webcam scanning: frames from OpenCV, decoded on a worker thread, codes handed on.

``open_capture`` turns the ``scanner.camera`` setting into an OpenCV capture: a number is a
camera (``0`` the first), anything else a device or video file path (how the tests and the
booth's rehearsal run without a camera). :class:`CameraScanner` reads and decodes on its own
thread; when the camera is unplugged or busy (or a video file ends) it reports that and tries
again every ``retry_seconds`` (adapters/reconnecting_reader.py), so plugging the camera back in
is all a cashier has to do.

Threading: ``start``/``stop`` from any one thread; the callbacks run on the worker thread, so
a GUI must forward them by queued signals (``ui/scanning/camera_reader.py`` does).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import ClassVar

import cv2

from pos_desktop.adapters.decoders import Decoded, Decoder, Frame
from pos_desktop.adapters.reconnecting_reader import ReconnectingReader
from pos_desktop.domain.errors import PosError
from pos_desktop.domain.phrases import say

RETRY_SECONDS = 2.0


class CameraUnavailable(PosError):
    """No camera at that number or path, or another program holds it."""


def describe_source(source: str) -> str:
    return say("camera {number}", number=source) if source.strip().isdigit() else source


def open_capture(source: str) -> cv2.VideoCapture:
    """An opened capture for ``source`` (camera number or path), or CameraUnavailable."""
    text = source.strip()
    if not text:
        raise CameraUnavailable(say("no camera is set (scanner.camera)"))
    # OpenCV logs every backend it tried to stderr; our message says it once, plainly.
    level = cv2.utils.logging.getLogLevel()
    cv2.utils.logging.setLogLevel(cv2.utils.logging.LOG_LEVEL_SILENT)
    try:
        capture = cv2.VideoCapture(int(text)) if text.isdigit() else cv2.VideoCapture(text)
    finally:
        cv2.utils.logging.setLogLevel(level)
    if not capture.isOpened():
        capture.release()
        raise CameraUnavailable(
            say(
                "{camera} cannot be opened: not connected, or busy in another program",
                camera=describe_source(text),
            )
        )
    return capture


@dataclass(frozen=True, slots=True)
class FrameResult:
    frame: Frame
    found: list[Decoded]
    ms: float  # decoding time


@dataclass
class CameraScanner(ReconnectingReader[cv2.VideoCapture]):
    """Reads ``source`` until stopped; ``on_code(text)`` per decoded code, ``on_frame`` per
    frame (for a preview), ``on_status(text, ok)`` when the camera comes or goes."""

    source: str
    decoder: Decoder
    on_code: Callable[[str], None]
    on_status: Callable[[str, bool], None]
    on_frame: Callable[[FrameResult], None] | None = None
    retry_seconds: float = RETRY_SECONDS
    open: Callable[[str], cv2.VideoCapture] = open_capture
    frames_read: int = 0
    unavailable: ClassVar[type[Exception]] = CameraUnavailable
    thread_name: ClassVar[str] = "camera-scanner"
    _stop: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None

    @property
    def label(self) -> str:
        return describe_source(self.source)

    def open_device(self) -> cv2.VideoCapture:
        return self.open(self.source)

    def close_device(self, device: cv2.VideoCapture) -> None:
        device.release()

    def read_device(self, capture: cv2.VideoCapture) -> None:
        while not self._stop.is_set():
            ok, frame = capture.read()
            if not ok or frame is None:
                return
            self.frames_read += 1
            started = time.perf_counter()
            found = self.decoder.decode(frame)
            ms = (time.perf_counter() - started) * 1000
            for each in found:
                self.on_code(each.text)
            if self.on_frame is not None:
                self.on_frame(FrameResult(frame, found, ms))


PROBED_CAMERAS = range(5)  # /dev/video0..4: more than a booth laptop ever has


def probe_cameras(
    indexes: range = PROBED_CAMERAS, opener: Callable[[str], cv2.VideoCapture] = open_capture
) -> list[int]:
    """The camera numbers that open now (one that another program holds does not).

    Opening a camera can take a second each: call this off the UI thread.
    """
    found = []
    for index in indexes:
        try:
            opener(str(index)).release()
        except CameraUnavailable:
            continue
        found.append(index)
    return found
