"""Read back the PDFs we make the way a person would: their text, page sizes, and what their QR
codes say once the page is printed (rendered to pixels by poppler's ``pdftoppm``)."""

from __future__ import annotations

import io
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import zxingcpp
from PIL import Image
from pypdf import PdfReader

MM_PER_POINT = 25.4 / 72


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def page_sizes_mm(pdf: bytes) -> list[tuple[int, int]]:
    """Each page's width and height, rounded to whole millimetres."""
    return [
        (
            round(float(p.mediabox.width) * MM_PER_POINT),
            round(float(p.mediabox.height) * MM_PER_POINT),
        )
        for p in PdfReader(io.BytesIO(pdf)).pages
    ]


def embedded_fonts(pdf: bytes) -> set[str]:
    """Base names of the fonts whose programs are embedded (``/FontFile2``) in the PDF."""
    names: set[str] = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        resources: Any = page["/Resources"].get_object()
        for ref in resources.get("/Font", {}).values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is not None and "/FontFile2" in descriptor.get_object():
                names.add(str(font["/BaseFont"]).split("+", 1)[-1])
    return names


def rendered_pages(pdf: bytes, *, dpi: int = 150) -> list[Image.Image]:
    """The pages as poppler renders them for a printer or a screen."""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "doc.pdf"
        source.write_bytes(pdf)
        subprocess.run(
            ["pdftoppm", "-r", str(dpi), "-png", str(source), str(Path(folder) / "page")],
            check=True,
            capture_output=True,
        )
        return [Image.open(p).copy() for p in sorted(Path(folder).glob("page*.png"))]


def qr_texts(image: Image.Image) -> list[str]:
    found = zxingcpp.read_barcodes(image)
    return [b.text for b in found if b.format == zxingcpp.BarcodeFormat.QRCode]
