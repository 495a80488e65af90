"""The receipt layout as a picture of the paper roll (Pillow): the app's preview, ``--png``.

Same rows as the printer gets, drawn in a monospaced font at the printer's columns, so what
the cashier sees is what the roll shows (minus the printer's own font). Pure computation;
safe on any thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from pos_desktop.adapters.printing.wide_glyphs import draws_all, wide_font
from pos_desktop.adapters.qr_image import qr_image
from pos_desktop.domain.receipt import (
    Align,
    Block,
    LogoPlace,
    QrCode,
    Receipt,
    Rule,
    TextRow,
    receipt_layout,
)

FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"))
FONT_SIZE = 18
MARGIN = 16

Font = ImageFont.FreeTypeFont | ImageFont.ImageFont


@cache
def _font(bold: bool, size: int) -> Font:
    name = "DejaVuSansMono-Bold.ttf" if bold else "DejaVuSansMono.ttf"
    for folder in FONT_DIRS:
        if (folder / name).is_file():
            return ImageFont.truetype(str(folder / name), size)
    return ImageFont.load_default(size)  # not monospaced, still readable


def _text_font(text: str, bold: bool, size: int) -> Font:
    """The monospaced font, or the wide one for text it has no glyphs for (山田 花子): the
    preview shows what the printer prints (``wide_glyphs``)."""
    font = _font(bold, size)
    if text.isascii() or not isinstance(font, ImageFont.FreeTypeFont) or draws_all(font, text):
        return font
    wide = wide_font(size, bold=bold)
    return wide if wide is not None and draws_all(wide, text) else font


def render_blocks_image(
    blocks: Sequence[Block], columns: int, *, logo: Image.Image | None = None
) -> Image.Image:
    regular = _font(False, FONT_SIZE)
    char_w = regular.getlength("M")
    line_h = int(FONT_SIZE * 1.35)
    width = int(char_w * columns) + 2 * MARGIN
    parts: list[tuple[Block, int]] = []
    height = MARGIN
    qr_side = min(width - 2 * MARGIN, 200)
    for block in blocks:
        if isinstance(block, TextRow):
            h = line_h * 2 if block.large else line_h
        elif isinstance(block, Rule):
            h = line_h
        elif isinstance(block, QrCode):
            h = qr_side + line_h // 2
        elif logo is not None:
            h = logo.height + line_h // 2
        else:
            h = 0
        parts.append((block, h))
        height += h
    image = Image.new("L", (width, height + MARGIN), 255)
    draw = ImageDraw.Draw(image)
    y = MARGIN
    for block, h in parts:
        if isinstance(block, TextRow):
            font = _text_font(block.text, block.bold, FONT_SIZE * 2 if block.large else FONT_SIZE)
            text_w = font.getlength(block.text)
            x = {
                Align.LEFT: MARGIN,
                Align.CENTER: (width - text_w) / 2,
                Align.RIGHT: width - MARGIN - text_w,
            }[block.align]
            draw.text((x, y), block.text, font=font, fill=0)
        elif isinstance(block, Rule):
            draw.line((MARGIN, y + h // 2, width - MARGIN, y + h // 2), fill=0, width=1)
        elif isinstance(block, QrCode):
            code = qr_image(block.data, box_size=4, border=2).convert("L")
            code = code.resize((qr_side, qr_side), Image.Resampling.NEAREST)
            image.paste(code, ((width - qr_side) // 2, y))
        elif isinstance(block, LogoPlace) and logo is not None:
            image.paste(logo.convert("L"), ((width - logo.width) // 2, y))
        y += h
    return image


def receipt_image(
    receipt: Receipt, columns: int, *, logo: Image.Image | None = None
) -> Image.Image:
    """A preview of the printed receipt, ``columns`` characters wide."""
    return render_blocks_image(receipt_layout(receipt, columns), columns, logo=logo)
