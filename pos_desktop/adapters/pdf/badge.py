"""A customer's badge: name, company, code in large type and its QR, on one A6 page.

A6 landscape (148 x 105 mm) because it fits the common badge holders, prints on A6 label
stock, and four of them fit an A4 sheet. The name shrinks to fit one line, then takes two; the
code is printed large as well as in the QR so a cashier can type it when the camera is down.

Thread rule: a pure function of its arguments; run it in a worker, never on the UI thread.
"""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from pos_desktop.adapters.pdf.documents import CustomerDoc
from pos_desktop.adapters.pdf.fonts import (
    SANS_BOLD,
    draw_text,
    ensure_fonts,
    fit_size,
    text_width,
)
from pos_desktop.adapters.pdf.qr_drawing import draw_qr
from pos_desktop.domain.codes import CODE_LENGTH, CustomerCode
from pos_desktop.domain.document_text import ENGLISH, DocumentText

BADGE_SIZE = (148 * mm, 105 * mm)
MARGIN = 8 * mm
BAND = 16 * mm
QR_SIZE = 44 * mm
BAND_COLOUR = colors.Color(0.13, 0.25, 0.45)
NAME_LARGEST, NAME_SMALLEST = 30.0, 14.0


def badge_pdf(customer: CustomerDoc, exhibition_name: str, text: DocumentText = ENGLISH) -> bytes:
    """The badge of ``customer`` at ``exhibition_name`` as PDF bytes; its hint in ``text``'s
    language (the customer's)."""
    ensure_fonts()
    width, height = BADGE_SIZE
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=BADGE_SIZE, invariant=True)
    canvas.setTitle(f"Badge {customer.code}")
    canvas.setCreator("Booth POS")

    canvas.setFillColor(BAND_COLOUR)
    canvas.rect(0, height - BAND, width, BAND, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    band_size = fit_size(exhibition_name, width - 2 * MARGIN, 16, 8, SANS_BOLD)
    draw_text(
        canvas,
        width / 2,
        height - BAND / 2 - band_size * 0.35,
        exhibition_name,
        band_size,
        font=SANS_BOLD,
        align="centre",
    )

    canvas.setFillColor(colors.black)
    text_room = width - 2 * MARGIN
    y = height - BAND - 8 * mm
    for line, size in _name_lines(customer.name, text_room):
        y -= size
        draw_text(canvas, width / 2, y, line, size, font=SANS_BOLD, align="centre")
        y -= size * 0.25
    for extra in (customer.job_title, customer.company):
        if extra:
            size = fit_size(extra, text_room, 14, 8)
            y -= size + 2
            draw_text(canvas, width / 2, y, extra, size, align="centre")

    code_room = width - 2 * MARGIN - QR_SIZE - 6 * mm
    shown = grouped_code(customer.code)
    code_size = fit_size(shown, code_room, 26, 12, SANS_BOLD)
    draw_text(canvas, MARGIN, MARGIN + 8 * mm, shown, code_size, font=SANS_BOLD)
    canvas.setFillColor(colors.Color(0.35, 0.35, 0.35))
    hint = text.gettext("Show this code at the booth")
    draw_text(canvas, MARGIN, MARGIN, hint, fit_size(hint, code_room, 8, 6))
    draw_qr(canvas, customer.code, width - MARGIN - QR_SIZE, MARGIN - 4 * mm, QR_SIZE)

    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def grouped_code(code: str) -> str:
    """``K7Q2M9XP`` as ``K7Q2-M9XP``, how the app shows it for reading aloud; else as is."""
    return CustomerCode(code).display if len(code) == CODE_LENGTH else code


def _name_lines(name: str, room: float) -> list[tuple[str, float]]:
    """The name on one line if it fits at a readable size, else split in two near the middle."""
    size = fit_size(name, room, NAME_LARGEST, NAME_SMALLEST, SANS_BOLD)
    words = name.split()
    if text_width(name, size, SANS_BOLD) <= room or len(words) < 2:
        return [(name, size)]
    best = min(
        range(1, len(words)),
        key=lambda i: abs(len(" ".join(words[:i])) - len(" ".join(words[i:]))),
    )
    halves = [" ".join(words[:best]), " ".join(words[best:])]
    size = min(fit_size(half, room, NAME_LARGEST, 10, SANS_BOLD) for half in halves)
    return [(half, size) for half in halves]
