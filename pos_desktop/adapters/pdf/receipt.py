"""The receipt as a PDF on an 80 mm roll: the same rows the thermal printer prints.

It walks :func:`pos_desktop.domain.receipt.receipt_layout` like the ESC/POS and text renderers,
so a PDF receipt (emailed, archived, printed on a roll printer through the system's driver)
says exactly what the slip says. A fixed-pitch font keeps the layout's character columns:
72 mm of printable width divided by the columns (48 on 80 mm paper) sets the type size. The
page is as long as the receipt, like a roll.

Thread rule: a pure function of its arguments; run it in a worker, never on the UI thread.
"""

from __future__ import annotations

import io

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from pos_desktop.adapters.pdf.fonts import MONO, MONO_BOLD, draw_text, ensure_fonts
from pos_desktop.adapters.pdf.qr_drawing import draw_qr
from pos_desktop.domain.receipt import (
    Align,
    Block,
    QrCode,
    Receipt,
    Rule,
    TextRow,
    receipt_layout,
)

ROLL_WIDTH: float = 80 * mm
MARGIN: float = 4 * mm
PRINTABLE = ROLL_WIDTH - 2 * MARGIN
#: DejaVu Sans Mono's advance width, in ems: one character column at type size s is 0.602 s.
MONO_ADVANCE = 1233 / 2048
QR_SIZE: float = 30 * mm
LEADING = 1.25


def receipt_pdf(receipt: Receipt, *, columns: int = 48) -> bytes:
    """``receipt`` laid out for ``columns`` characters on one 80 mm wide page."""
    ensure_fonts()
    size = PRINTABLE / columns / MONO_ADVANCE
    blocks = receipt_layout(receipt, columns)
    heights = [_height(block, size) for block in blocks]
    page_height = sum(heights) + 2 * MARGIN
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(ROLL_WIDTH, page_height), invariant=True)
    canvas.setTitle(f"Receipt {receipt.number}")
    canvas.setCreator("Booth POS")
    top = page_height - MARGIN
    for block, height in zip(blocks, heights, strict=True):
        _draw(canvas, block, top, height, size)
        top -= height
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _height(block: Block, size: float) -> float:
    if isinstance(block, TextRow):
        return size * LEADING * (2 if block.large else 1)
    if isinstance(block, Rule):
        return size * LEADING
    if isinstance(block, QrCode):
        return QR_SIZE + size
    return 0.0  # the logo: not on the PDF


def _draw(canvas: Canvas, block: Block, top: float, height: float, size: float) -> None:
    if isinstance(block, Rule):
        middle = top - height / 2
        canvas.setLineWidth(0.5)
        canvas.setDash(2, 2)
        canvas.line(MARGIN, middle, ROLL_WIDTH - MARGIN, middle)
        canvas.setDash()
    elif isinstance(block, QrCode):
        draw_qr(canvas, block.data, (ROLL_WIDTH - QR_SIZE) / 2, top - QR_SIZE, QR_SIZE)
    elif isinstance(block, TextRow):
        type_size = size * (2 if block.large else 1)
        baseline = top - height + type_size * (LEADING - 1) / 2 + type_size * 0.22
        font = MONO_BOLD if block.bold else MONO
        if block.align is Align.CENTER:
            x, align, text = ROLL_WIDTH / 2, "centre", block.text.strip()
        elif block.align is Align.RIGHT:
            x, align, text = ROLL_WIDTH - MARGIN, "right", block.text
        else:
            x, align, text = MARGIN, "left", block.text.rstrip()
        draw_text(canvas, x, baseline, text, type_size, font=font, align=align)
