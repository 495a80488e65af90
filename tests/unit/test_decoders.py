"""Decoders on generated 1280x720 frames: the default reads every distortion we generate.

The frames come from ``tests/support/scan_frames.py`` (our own QR renderer, then noise, blur,
motion blur, rotation, 20% perspective, small, low contrast, or no code at all).
"""

from __future__ import annotations

import pytest

from pos_desktop.adapters.decoders import (
    DecoderUnavailable,
    ZbarDecoder,
    available_decoders,
    make_decoder,
)
from tests.support.scan_frames import DISTORTIONS, frame_set

FRAMES = frame_set(8)


def read_rate(name: str, distortion: str) -> float:
    decoder = make_decoder(name)
    frames = [(code, frame) for d, code, frame in FRAMES if d == distortion]
    read = sum(any(r.text == code for r in decoder.decode(frame)) for code, frame in frames)
    return read / len(frames)


@pytest.mark.parametrize("distortion", [d for d in DISTORTIONS if d != "empty"])
def test_zxing_reads_every_distorted_frame(distortion: str) -> None:
    assert read_rate("zxing", distortion) == 1.0


@pytest.mark.parametrize("name", ["zxing", "zbar", "opencv"])
def test_every_decoder_reads_clean_frames_and_finds_nothing_in_empty_ones(name: str) -> None:
    assert read_rate(name, "clean") == 1.0
    decoder = make_decoder(name)
    empty = [frame for d, _code, frame in FRAMES if d == "empty"]
    assert all(decoder.decode(frame) == [] for frame in empty)


def test_zxing_gives_the_corners_of_the_code_for_the_outline() -> None:
    _d, code, frame = next(item for item in FRAMES if item[0] == "clean")
    [found] = make_decoder("zxing").decode(frame)
    assert found.text == code
    xs = [x for x, _y in found.corners]
    assert len(found.corners) == 4
    assert 150 < max(xs) - min(xs) < 260  # the code is 232 px wide


def test_unknown_and_missing_decoders_say_why(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(DecoderUnavailable, match="unknown decoder 'quagga'"):
        make_decoder("quagga")
    # Simulate a machine without libzbar: pyzbar's import fails as it does there.
    import builtins

    real_import = builtins.__import__

    def no_zbar(name: str, *args: object, **kwargs: object) -> object:
        if name.startswith("pyzbar"):
            raise ImportError("Unable to find zbar shared library")
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", no_zbar)
    with pytest.raises(DecoderUnavailable, match="libzbar0"):
        ZbarDecoder()
    assert available_decoders() == ["zxing", "opencv"]
