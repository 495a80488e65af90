"""A strict ESC/POS decoder: what a receipt printer would print, or a failed test.

Knows the commands our receipts may use (text and code pages, styles, tabs, native QR, raster
images, barcodes, feeds, cuts, drawer kicks, status queries) and raises
:class:`UnknownCommand` on anything else, so a stray or malformed byte cannot pass unnoticed.
Text bytes above 0x7F are read through the code page last chosen with ``ESC t``, using the
printer profile's table of which number means which code page.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from escpos.codepages import CodePages
from escpos.magicencode import Encoder
from escpos.printer import Dummy
from PIL import Image


class UnknownCommand(AssertionError):
    """The bytes hold something the decoder (and so our printer model) does not know."""


@dataclass
class Decoded:
    lines: list[str] = field(default_factory=list)
    bold_lines: list[str] = field(default_factory=list)
    large_lines: list[str] = field(default_factory=list)
    qr_codes: list[str] = field(default_factory=list)
    images: list[Image.Image] = field(default_factory=list)
    barcodes: list[tuple[int, str]] = field(default_factory=list)
    code_pages: list[str] = field(default_factory=list)
    cuts: int = 0
    drawer_kicks: list[int] = field(default_factory=list)
    status_queries: list[int] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def _code_page_table(name: str) -> dict[int, str]:
    """Byte (0x80-0xFF) -> character of the code page called ``name`` in the profile."""
    chars = Encoder._get_codepage_char_list(CodePages.get_encoding_name(name))
    return {0x80 + i: ch for i, ch in enumerate(chars)}


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def take(self, n: int, what: str) -> bytes:
        if self.pos + n > len(self.data):
            raise UnknownCommand(f"{what} cut short at byte {self.pos}")
        chunk = self.data[self.pos : self.pos + n]
        self.pos += n
        return chunk

    def byte(self, what: str) -> int:
        return self.take(1, what)[0]

    def until(self, end: int, what: str) -> bytes:
        at = self.data.find(bytes([end]), self.pos)
        if at < 0:
            raise UnknownCommand(f"{what} never terminated")
        chunk = self.data[self.pos : at]
        self.pos = at + 1
        return chunk


def decode(data: bytes, profile: str = "default") -> Decoded:  # noqa: PLR0912
    pages = {int(n): name for name, n in Dummy(profile=profile).profile.get_code_pages().items()}
    out = Decoded()
    r = _Reader(data)
    table: dict[int, str] | None = None
    line: list[str] = []
    bold = large = False
    qr_store: bytes | None = None
    column = 0

    def end_line() -> None:
        nonlocal column
        text = "".join(line).rstrip()
        out.lines.append(text)
        if bold and text:
            out.bold_lines.append(text)
        if large and text:
            out.large_lines.append(text)
        line.clear()
        column = 0

    while r.pos < len(data):
        b = r.byte("data")
        if b == 0x0A:
            end_line()
        elif b == 0x09:  # HT: to the next stop every 8 columns
            pad = 8 - column % 8
            line.append(" " * pad)
            column += pad
        elif b >= 0x20 and b != 0x7F:
            if b < 0x80:
                ch = chr(b)
            else:
                if table is None:
                    raise UnknownCommand(f"byte {b:#x} at {r.pos - 1} before any ESC t")
                if b not in table or not table[b].strip():
                    raise UnknownCommand(f"byte {b:#x} has no character in the code page")
                ch = table[b]
            line.append(ch)
            column += 1
        elif b == 0x1B:  # ESC
            c = r.byte("ESC")
            if c == ord("@"):
                table, bold, large = None, False, False
            elif c == ord("t"):
                n = r.byte("ESC t")
                if n not in pages or pages[n] == "Unknown":
                    raise UnknownCommand(f"ESC t {n}: no such code page in {profile}")
                table = _code_page_table(pages[n])
                out.code_pages.append(pages[n])
            elif c == ord("!"):
                mode = r.byte("ESC !")
                if mode & ~0x38:
                    raise UnknownCommand(f"ESC ! {mode:#x}: unexpected print mode bits")
                bold, large = bool(mode & 0x08), bool(mode & 0x30)
            elif c == ord("E"):
                bold = bool(r.byte("ESC E"))
            elif c == ord("a"):
                if r.byte("ESC a") not in (0, 1, 2, 48, 49, 50):
                    raise UnknownCommand("ESC a: bad justification")
            elif c == ord("d"):
                for _ in range(r.byte("ESC d")):
                    end_line()
            elif c == ord("D"):
                stops = r.until(0, "ESC D")
                if list(stops) != sorted(set(stops)):
                    raise UnknownCommand("ESC D: tab stops not ascending")
            elif c == ord("p"):
                pin = r.byte("ESC p")
                r.take(2, "ESC p timing")
                out.drawer_kicks.append({0: 2, 48: 2, 1: 5, 49: 5}[pin])
            else:
                raise UnknownCommand(f"ESC {c:#x} ({chr(c)!r}) at byte {r.pos - 2}")
        elif b == 0x1D:  # GS
            c = r.byte("GS")
            if c == ord("V"):
                mode = r.byte("GS V")
                if mode in (65, 66):
                    r.byte("GS V feed")
                elif mode not in (0, 1, 48, 49):
                    raise UnknownCommand(f"GS V {mode}: unknown cut")
                out.cuts += 1
            elif c == ord("(") and r.take(1, "GS (")[0] == ord("k"):
                size = int.from_bytes(r.take(2, "GS ( k length"), "little")
                body = r.take(size, "GS ( k body")
                cn, fn = body[0], body[1]
                if cn != ord("1"):
                    raise UnknownCommand(f"GS ( k cn={cn}: only QR (49) is expected")
                if fn == 80:
                    qr_store = body[3:]
                elif fn == 81:
                    if qr_store is None:
                        raise UnknownCommand("QR printed before data was stored")
                    out.qr_codes.append(qr_store.decode("utf-8"))
                    qr_store = None
                elif fn not in (65, 67, 69):
                    raise UnknownCommand(f"GS ( k fn={fn}")
            elif c == ord("v"):
                if r.take(2, "GS v 0") not in (b"0\x00", b"0\x01", b"0\x02", b"0\x03"):
                    raise UnknownCommand("GS v: only raster mode 0")
                width = int.from_bytes(r.take(2, "GS v width"), "little")
                height = int.from_bytes(r.take(2, "GS v height"), "little")
                bits = r.take(width * height, "GS v image data")
                image = Image.frombytes("1", (width * 8, height), bits)
                out.images.append(Image.eval(image.convert("L"), lambda v: 255 - v))
            elif c == ord("k"):
                m = r.byte("GS k")
                if m <= 6:
                    payload = r.until(0, "GS k")
                else:
                    payload = r.take(r.byte("GS k length"), "GS k data")
                out.barcodes.append((m, payload.decode("ascii")))
            elif c in (ord("h"), ord("w"), ord("H"), ord("f"), ord("!"), ord("B"), ord("b")):
                r.byte(f"GS {chr(c)}")
            else:
                raise UnknownCommand(f"GS {c:#x} ({chr(c)!r}) at byte {r.pos - 2}")
        elif b == 0x10:  # DLE EOT n: real-time status
            if r.byte("DLE") != 0x04:
                raise UnknownCommand("DLE not followed by EOT")
            out.status_queries.append(r.byte("DLE EOT"))
        else:
            raise UnknownCommand(f"control byte {b:#x} at {r.pos - 1}")
    if line:
        end_line()
    return out


def png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()
