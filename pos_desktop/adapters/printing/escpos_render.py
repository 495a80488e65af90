"""The receipt layout as ESC/POS bytes, through python-escpos.

Bytes are built in memory (python-escpos's ``Dummy`` printer) and sent in one write, so a
printer that stalls mid-receipt never leaves a half-rendered job behind in our state, and the
same bytes can be queued, retried, written to a file or measured.

Text: python-escpos switches code pages (``ESC t``) to one of the profile's tables holding
each character. A character no table of the profile holds is transliterated first (``ł`` ->
``l``, ``€`` -> ``EUR``, anything else -> ``?``); ``é`` stays ``é`` wherever the printer has
it. Styles are sent only when they change: a 10-line receipt stays near a kilobyte.

Pure computation; safe on any thread.
"""

from __future__ import annotations

import struct
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from escpos.constants import ESC, QR_ECLEVEL_M
from escpos.image import EscposImage
from escpos.printer import Dummy
from PIL import Image

from pos_desktop.adapters.printing.wide_glyphs import line_picture
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

#: Module size of a native QR (dots) and of a raster one (dots per module).
QR_NATIVE_SIZE = 6
QR_RASTER_SIZE = 5
#: ``ESC !`` bits: emphasised, double height, double width.
MODE_BOLD, MODE_LARGE = 0x08, 0x30
TAB_WIDTH = 8
RASTER = b"\x1dv0\x00"  # GS v 0, normal density
#: ``ESC D``: tab stops every 8 columns up to 64 (the default of most printers, said anyway).
TAB_STOPS = ESC + b"D" + bytes(range(TAB_WIDTH, 65, TAB_WIDTH)) + b"\x00"
#: Drawer kick pin (2 is where nearly every drawer is wired).
DRAWER_PIN = 2
_SPECIAL = {
    "€": "EUR",
    "£": "GBP",
    "ß": "ss",
    "Æ": "AE",
    "æ": "ae",
    "Œ": "OE",
    "œ": "oe",
    "Ø": "O",
    "ø": "o",
    "Ł": "L",
    "ł": "l",
    "Đ": "D",
    "đ": "d",
    "ı": "i",
    "‘": "'",
    "’": "'",
    "‚": ",",
    "“": '"',
    "”": '"',
    "„": '"',
    "–": "-",
    "—": "-",
    "…": "...",
    "•": "*",
    "\u00a0": " ",
}


@dataclass(frozen=True, slots=True)
class EscposOptions:
    """How one printer wants its receipts; ``native_qr=None`` asks the profile."""

    profile: str = "default"
    columns: int = 48
    native_qr: bool | None = None
    drawer_kick: bool = False
    cut: bool = True
    logo: Image.Image | None = None


def ascii_fallback(ch: str) -> str:
    """A printable stand-in for a character no code page of the printer holds."""
    if ch in _SPECIAL:
        return _SPECIAL[ch]
    if unicodedata.category(ch) in {"Cc", "Cf"}:
        return ""  # invisible (zero-width space, soft hyphen) or a stray control byte
    plain = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
    return plain if plain and plain.isascii() and plain.isprintable() else "?"


@cache
def _printable_chars(profile: str) -> frozenset[str]:
    """Every non-ASCII character some code page of ``profile`` holds."""
    encoder = Dummy(profile=profile).magic.encoder
    found: set[str] = set()
    for name in encoder.codepages:
        try:
            found.update(encoder._get_codepage_char_map(name))
        except LookupError:
            continue  # "Unknown" slots of a profile hold nothing we can name
    return frozenset(ch for ch in found if ch.isprintable() and ch != " ")


def printable_text(text: str, profile: str) -> str:
    """``text`` with characters the printer lacks transliterated (never raises)."""
    chars = _printable_chars(profile)
    if all(ord(c) < 128 or c in chars for c in text):
        return text
    return "".join(
        c if (ord(c) < 128 and c.isprintable()) or c in chars else ascii_fallback(c) for c in text
    )


def _fit(text: str, limit: int) -> str:
    """Squeeze a row that transliteration made longer back into ``limit`` (padding first)."""
    while len(text) > limit and "  " in text:
        at = max(range(len(text)), key=lambda i: _run_at(text, i))
        text = text[:at] + text[at + 1 :]
    return text[:limit]


def _run_at(text: str, i: int) -> int:
    n = 0
    while i + n < len(text) and text[i + n] == " ":
        n += 1
    return n


def supports_native_qr(profile: str) -> bool:
    return bool(Dummy(profile=profile).profile.supports("qrCode"))


def profile_columns(profile: str) -> int:
    """Characters per line in font A, as the profile says (42 when it does not)."""
    try:
        return int(Dummy(profile=profile).profile.get_columns("a"))
    except (KeyError, TypeError, ValueError):
        return 42


def tabbed(text: str) -> str:
    """Runs of spaces up to a tab stop (every 8 columns, set by ``ESC D``) become one ``HT``.

    Amounts sit right-aligned behind long runs of padding; tabs make a receipt about a fifth
    smaller, which a 9600-baud serial line feels.
    """
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        if text[i] != " ":
            out.append(text[i])
            i += 1
            continue
        end = i
        while end < n and text[end] == " ":
            end += 1
        pos = i
        while (stop := (pos // TAB_WIDTH + 1) * TAB_WIDTH) <= end:
            out.append("\t" if stop - pos > 1 else " ")
            pos = stop
        out.append(" " * (end - pos))
        i = end
    return "".join(out)


class _Writer:
    """Sends style commands only when the style changes (``ESC !`` sets size and bold at once)."""

    def __init__(self, printer: Dummy) -> None:
        self.p = printer
        self.align = Align.LEFT
        self.mode = 0

    def style(self, align: Align, *, bold: bool = False, large: bool = False) -> None:
        mode = (MODE_LARGE if large else 0) | (MODE_BOLD if bold else 0)
        if mode != self.mode:
            self.p._raw(ESC + b"!" + bytes([mode]))
            self.mode = mode
        if align != self.align:
            self.p.set(align=align.value)
            self.align = align


def raster(image: Image.Image) -> bytes:
    """``GS v 0``: a 1-bit raster image, centred by the current justification, then a feed.

    Built here rather than through ``Escpos.image``, which prints a warning to stdout for
    every profile without a known paper width (most of them).
    """
    picture = EscposImage(image)
    width_bytes, height = picture.width_bytes, picture.height
    header = RASTER + struct.pack("<HH", width_bytes, height)
    return header + bytes(picture.to_raster_format()) + b"\n"


def _lost_in(printable: str, text: str) -> bool:
    """Whether transliteration lost characters (``?``), not merely spelled them (``€`` -> ``EUR``):
    only then is a line worth the slower picture."""
    return printable.count("?") > text.count("?")


def _as_picture(block: TextRow, columns: int) -> Image.Image | None:
    """A line with characters no code page holds, drawn (``wide_glyphs``), if a font can."""
    text = block.text.rstrip()
    return line_picture(text, columns, align=block.align, bold=block.bold, large=block.large)


def render_escpos(receipt: Receipt, options: EscposOptions) -> bytes:
    """The whole receipt, ready for the printer: init, text, QR, logo, drawer kick, cut."""
    return render_blocks(
        receipt_layout(receipt, options.columns),
        options,
        open_drawer=options.drawer_kick and receipt.paid_in_cash,
    )


def render_blocks(
    blocks: Sequence[Block], options: EscposOptions, *, open_drawer: bool = False
) -> bytes:
    """Layout rows as ESC/POS (the receipt, or a test page)."""
    columns = options.columns
    printer = Dummy(profile=options.profile)
    printer.hw("INIT")
    printer._raw(TAB_STOPS)
    out = _Writer(printer)
    native = supports_native_qr(options.profile) if options.native_qr is None else options.native_qr
    for block in blocks:
        if isinstance(block, TextRow):
            limit = columns // 2 if block.large else columns
            printable = printable_text(block.text, options.profile)
            if _lost_in(printable, block.text) and (picture := _as_picture(block, columns)):
                out.style(Align.LEFT)  # the picture is the line's whole width, aligned inside
                printer._raw(raster(picture))
                continue
            out.style(block.align, bold=block.bold, large=block.large)
            text = _fit(printable, limit).rstrip()
            printer.text((tabbed(text) if block.align is Align.LEFT else text) + "\n")
        elif isinstance(block, Rule):
            out.style(Align.LEFT)
            printer.text("-" * columns + "\n")
        elif isinstance(block, QrCode):
            out.style(Align.CENTER)
            if native:
                printer.qr(block.data, ec=QR_ECLEVEL_M, size=QR_NATIVE_SIZE, native=True)
                printer.text("\n")
            else:
                printer._raw(raster(qr_image(block.data, box_size=QR_RASTER_SIZE, border=2)))
        elif isinstance(block, LogoPlace) and options.logo is not None:
            out.style(Align.CENTER)
            printer._raw(raster(options.logo))
    out.style(Align.LEFT)
    if open_drawer:
        printer.cashdraw(DRAWER_PIN)
    if options.cut:
        printer.cut()
    return bytes(printer.output)
