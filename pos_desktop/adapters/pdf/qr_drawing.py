"""QR codes drawn as vector squares in a PDF: sharp at any zoom or printer resolution.

The symbol is the very one :mod:`pos_desktop.adapters.qr_image` renders to PNG (``qr_modules``:
error correction M, the same fixed mask), so a badge on paper and the QR on screen are one code.
Dark modules of a row are joined into one rectangle: a 25-module code is about a hundred
rectangles, not 625.

The rectangles are written as one block of PDF path operators in module units, placed and
scaled by the graphics state: whole numbers, formatted by an f-string. Handing reportlab a path
of several hundred float coordinates made it format each number on its own, about a third of a
badge's rendering time. Still vector, unlike a bitmap that a viewer or printer driver might
smooth when scaling it up.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from pos_desktop.adapters.qr_image import qr_modules

QUIET_ZONE = 4  # modules of white around the symbol, as the standard asks


def module_path(matrix: Sequence[Sequence[bool]]) -> str:
    """PDF operators filling the dark modules, in module units with the origin bottom left."""
    ops: list[str] = []
    rows = len(matrix)
    for row_index, row in enumerate(matrix):
        y = rows - 1 - row_index
        start: int | None = None
        for col, dark in enumerate([*row, False]):
            if dark and start is None:
                start = col
            elif not dark and start is not None:
                ops.append(f"{start} {y} {col - start} 1 re")
                start = None
    ops.append("f")
    return "\n".join(ops)


def draw_qr(canvas: Canvas, text: str, x: float, y: float, size: float) -> None:
    """Draw the QR of ``text`` in the square whose lower-left corner is ``(x, y)``."""
    matrix = qr_modules(text, QUIET_ZONE)
    module = size / len(matrix)
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    canvas.translate(x, y)
    canvas.scale(module, module)
    canvas.addLiteral(module_path(matrix))
    canvas.restoreState()


class QrFlowable(Flowable):  # type: ignore[misc]  # reportlab ships no type hints
    """A QR code as a block in a flowing document."""

    def __init__(self, text: str, size: float) -> None:
        super().__init__()
        self.text = text
        self.size = size
        self.width = self.height = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        draw_qr(self.canv, self.text, 0, 0, self.size)
