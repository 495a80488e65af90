"""QR images of customer codes and invoice numbers, as PNG bytes.

Rendered where they are shown or sent (CLI, registration screen, email), never inside a
registration transaction. The ``qrcode`` library builds the symbol; Pillow scales the module
matrix up in one step, several times faster than drawing each module. Error correction level M
survives a cracked screen or a smudged badge.

The data mask is fixed instead of searched: trying all eight masks for the lowest penalty is
about 70% of the render time (2.7 ms instead of 0.8 ms), and every decoder must read every mask
(the mask is written in the symbol's format bits). tests/unit/test_qr_image.py decodes
thousands of random codes, rendered large and small, to keep that claim honest.
"""

from __future__ import annotations

import io
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # both imported when a code is drawn: a command that draws none skips them
    from PIL import Image

BLACK, WHITE = 0, 255
MASK_PATTERN = 2  # any of 0..7 reads; tests hold the one chosen


@lru_cache(maxsize=64)
def qr_modules(text: str, border: int = 4) -> tuple[tuple[bool, ...], ...]:
    """Dark modules of the symbol holding exactly ``text``, ``border`` modules of quiet zone
    included. Kept for the last few codes: a welcome email draws the same code as a PNG and in
    the badge PDF (pdf/qr_drawing.py), and building the symbol is most of either."""
    import qrcode  # noqa: PLC0415 - loaded when a code is drawn, see above
    from qrcode.constants import ERROR_CORRECT_M  # noqa: PLC0415

    code = qrcode.QRCode(
        error_correction=ERROR_CORRECT_M, box_size=1, border=border, mask_pattern=MASK_PATTERN
    )
    code.add_data(text)
    code.make(fit=True)
    return tuple(tuple(row) for row in code.get_matrix())


def qr_image(text: str, *, box_size: int = 10, border: int = 4) -> Image.Image:
    """A black-on-white 1-bit image of a QR code holding exactly ``text``."""
    from PIL import Image  # noqa: PLC0415 - loaded when a code is drawn, see above

    matrix = qr_modules(text, border)
    size = len(matrix)
    pixels = bytes(BLACK if dark else WHITE for row in matrix for dark in row)
    image = Image.frombytes("L", (size, size), pixels).convert("1")
    return image.resize((size * box_size, size * box_size), Image.Resampling.NEAREST)


def qr_png(text: str, *, box_size: int = 10, border: int = 4) -> bytes:
    buffer = io.BytesIO()
    qr_image(text, box_size=box_size, border=border).save(buffer, format="PNG")
    return buffer.getvalue()


def save_qr_png(text: str, path: Path, *, box_size: int = 10) -> Path:
    """Write the QR to ``path`` (parent folders created); returns the path written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(qr_png(text, box_size=box_size))
    return path
