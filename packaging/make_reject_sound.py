"""Writes ``resources/sounds/reject.wav``: the short low double beep of a rejected scan.

The WAV is committed (no build step needs this script); run it again after changing the tone:
``python packaging/make_reject_sound.py``. Only the standard library, so the output is the same
on every machine (a test checks the committed file against it).
"""

from __future__ import annotations

import io
import math
import struct
import wave
from pathlib import Path

RATE = 22_050
TONES = ((660.0, 0.07), (0.0, 0.04), (440.0, 0.09))  # (Hz, seconds); 0 Hz is a pause
VOLUME = 0.5
FADE_SECONDS = 0.005  # ramps in and out so the tones do not click

TARGET = Path(__file__).resolve().parents[1] / "resources" / "sounds" / "reject.wav"


def samples() -> list[int]:
    out: list[int] = []
    for hertz, seconds in TONES:
        count = round(RATE * seconds)
        fade = round(RATE * FADE_SECONDS)
        for n in range(count):
            ramp = min(1.0, n / fade, (count - 1 - n) / fade)
            value = math.sin(2 * math.pi * hertz * n / RATE) if hertz else 0.0
            out.append(round(value * ramp * VOLUME * 32767))
    return out


def reject_wav() -> bytes:
    """16-bit mono PCM, which QSoundEffect plays on every platform."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(RATE)
        values = samples()
        wav.writeframes(struct.pack(f"<{len(values)}h", *values))
    return buffer.getvalue()


if __name__ == "__main__":
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_bytes(reject_wav())
    print(f"wrote {TARGET} ({TARGET.stat().st_size} bytes)")
