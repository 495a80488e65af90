"""Receipt lines the printer's code pages cannot show, printed as pictures of the text.

A thermal printer holds a few code pages (Latin, Greek, Cyrillic...), never 山田 花子: the text
path transliterates what it lacks (``printable_text``), which makes a Japanese name "?? ??".
Where a font with the glyphs is installed (Noto Sans CJK: Debian's ``fonts-noto-cjk``, or any
font named by ``POS_RECEIPT_FONT``), such a line is drawn with it at the printer's width and sent
as a raster image instead, so the visitor's own name is on their receipt. Without such a font
the transliteration stays (the receipt never fails for want of a font).
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from pos_desktop.domain.receipt import Align

FONT_VARIABLE = "POS_RECEIPT_FONT"
FONT_FILES = (
    "/usr/share/fonts/opentype/noto/NotoSansCJK-{weight}.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-{weight}.ttc",
    "/usr/share/fonts/google-noto-cjk/NotoSansCJK-{weight}.ttc",
)
#: Printer dots per character of font A (12 x 24): a 48-column roll is 576 dots wide.
DOTS_PER_COLUMN = 12
LINE_DOTS = 24
#: A character no font has, whose (empty or box) shape marks a missing glyph.
NO_GLYPH = "\U000f0000"


@cache
def wide_font(size: int, *, bold: bool = False) -> ImageFont.FreeTypeFont | None:
    """The font for text the printer lacks; ``None`` when none is installed."""
    named = os.environ.get(FONT_VARIABLE, "")
    weight = "Bold" if bold else "Regular"
    for candidate in (named, *(pattern.format(weight=weight) for pattern in FONT_FILES)):
        if candidate and Path(candidate).is_file():
            try:
                return ImageFont.truetype(candidate, size)
            except OSError:
                continue
    return None


def draws_all(font: ImageFont.FreeTypeFont, text: str) -> bool:
    """Whether ``font`` has a glyph for every visible character of ``text``."""
    missing = font.getmask(NO_GLYPH).getbbox()
    return all(
        ch.isspace() or font.getmask(ch).getbbox() != missing or not ch.isprintable()
        for ch in set(text)
    )


def line_picture(
    text: str, columns: int, *, align: Align, bold: bool = False, large: bool = False
) -> Image.Image | None:
    """``text`` as a 1-bit picture one receipt line high (two when ``large``) and the roll's
    width; ``None`` when no installed font draws all of it."""
    height = LINE_DOTS * (2 if large else 1)
    font = wide_font(height - 4, bold=bold)
    if font is None or not draws_all(font, text):
        return None
    width = columns * DOTS_PER_COLUMN
    image = Image.new("1", (width, height), 1)
    draw = ImageDraw.Draw(image)
    text_width = min(draw.textlength(text, font=font), width)
    x = {
        Align.LEFT: 0,
        Align.CENTER: (width - text_width) / 2,
        Align.RIGHT: width - text_width,
    }[align]
    draw.text((x, height / 2), text, font=font, fill=0, anchor="lm")
    return image
