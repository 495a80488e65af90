"""Barcode and QR decoders for camera frames and images, behind one small interface.

* ``zxing`` (zxing-cpp, the default): QR codes and 1D retail barcodes, fast and tolerant of
  noise, blur, rotation and perspective (docs/benchmarks.md has our measurements).
* ``zbar`` (pyzbar): only when the system's ``libzbar`` loads; the app runs without it.
* ``opencv``: OpenCV's own QR detector (QR only), always there with OpenCV.

Every decoder takes a frame as OpenCV gives it (``numpy`` array, BGR or grey) and returns what
it read with the corner points, so a preview can outline the code. Thread rule: a decoder
object is used by one thread at a time (the camera's worker); make one per thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

import cv2
import numpy as np
import zxingcpp

from pos_desktop.domain.errors import PosError
from pos_desktop.domain.phrases import say

DECODER_NAMES = ("zxing", "zbar", "opencv")
Frame = np.ndarray[Any, Any]
Point = tuple[float, float]


class DecoderUnavailable(PosError):
    """The chosen decoder cannot run here (e.g. zbar without its system library)."""


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    #: Corners in frame pixels, clockwise from the top left (empty if the decoder gives none).
    corners: tuple[Point, ...]
    symbology: str


class Decoder(Protocol):
    name: str

    def decode(self, frame: Frame) -> list[Decoded]:
        """Everything readable in ``frame``; an empty list when nothing is."""
        ...


def grey(frame: Frame) -> Frame:
    if frame.ndim == 3:
        converted: Frame = cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)
        return converted
    return frame


class ZxingDecoder:
    """Looks only for what a scan can mean here (QR codes, retail barcodes, Code 128): with
    every format enabled, a noisy 720p frame took ten times longer (1D readers on each row)."""

    name = "zxing"
    formats = (
        zxingcpp.BarcodeFormat.QRCode,
        zxingcpp.BarcodeFormat.EAN13,
        zxingcpp.BarcodeFormat.EAN8,
        zxingcpp.BarcodeFormat.UPCA,
        zxingcpp.BarcodeFormat.Code128,
    )

    def decode(self, frame: Frame) -> list[Decoded]:
        found = []
        # zxing-cpp 2.3 takes a tuple (its "|" is deprecated); its stubs still say BarcodeFormats.
        for barcode in zxingcpp.read_barcodes(grey(frame), formats=self.formats):  # type: ignore[arg-type]
            if not barcode.valid or not barcode.text:
                continue
            p = barcode.position
            corners = tuple(
                (float(c.x), float(c.y))
                for c in (p.top_left, p.top_right, p.bottom_right, p.bottom_left)
            )
            found.append(Decoded(barcode.text, corners, str(barcode.format.name)))
        return found


class ZbarDecoder:
    name = "zbar"

    def __init__(self) -> None:
        try:
            from pyzbar import pyzbar  # type: ignore[import-untyped]  # noqa: PLC0415 (lazy: libzbar may be missing)
        except (ImportError, OSError) as error:
            raise DecoderUnavailable(
                say(
                    "the zbar decoder needs the zbar library (Debian: libzbar0): {error}",
                    error=str(error),
                )
            ) from error
        self._decode: Callable[..., Any] = pyzbar.decode

    def decode(self, frame: Frame) -> list[Decoded]:
        found = []
        for symbol in self._decode(grey(frame)):
            text = symbol.data.decode("utf-8", errors="replace")
            corners = tuple((float(p.x), float(p.y)) for p in symbol.polygon)
            found.append(Decoded(text, corners, str(symbol.type)))
        return found


class OpenCvDecoder:
    name = "opencv"

    def __init__(self) -> None:
        self._detector = cv2.QRCodeDetector()

    def decode(self, frame: Frame) -> list[Decoded]:
        text, points, _straight = self._detector.detectAndDecode(grey(frame))
        if not text:
            return []
        corners: tuple[Point, ...] = ()
        if points is not None:
            corners = tuple((float(x), float(y)) for x, y in np.asarray(points).reshape(-1, 2))
        return [Decoded(text, corners, "QRCode")]


_BUILDERS: dict[str, Callable[[], Decoder]] = {
    "zxing": ZxingDecoder,
    "zbar": ZbarDecoder,
    "opencv": OpenCvDecoder,
}


def make_decoder(name: str) -> Decoder:
    """The decoder called ``name`` (``zxing``, ``zbar``, ``opencv``), or DecoderUnavailable."""
    builder = _BUILDERS.get(name)
    if builder is None:
        raise DecoderUnavailable(
            say(
                "unknown decoder {name!r}; use one of {names}",
                name=name,
                names=", ".join(_BUILDERS),
            )
        )
    return builder()


def available_decoders() -> list[str]:
    """The decoders that can run on this machine, the default first."""
    names = []
    for name in DECODER_NAMES:
        try:
            make_decoder(name)
        except DecoderUnavailable:
            continue
        names.append(name)
    return names
