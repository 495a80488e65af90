"""An attendance certificate: who attended which workshop, when and for how long; one A4
landscape page, with the exhibition's logo and a signature image when they are set.

Thread rule: a pure function of its arguments (and the logo file); run it in a worker or the
mail sender's thread, never on the UI thread.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from pos_desktop.adapters.pdf.fonts import SANS_BOLD, draw_text, ensure_fonts, fit_size
from pos_desktop.domain.document_text import ENGLISH, DocumentText

PAGE = landscape(A4)
MARGIN = 20 * mm
FRAME = colors.Color(0.13, 0.25, 0.45)


@dataclass(frozen=True, slots=True)
class CertificateDoc:
    name: str
    title: str
    #: The date as the certificate prints it (already in the reader's words).
    date: str
    minutes: int
    exhibition: str
    shop: str = ""
    logo_path: str = ""
    #: A scanned signature (PNG), drawn beside the logo.
    signature_path: str = ""
    #: The attendee's language (the date above comes in it already).
    text: DocumentText = ENGLISH


def _image(canvas: Canvas, path: str, x: float, y: float) -> None:
    """An image fitted into a 40 x 20 mm box; a missing file is left out (a moved USB
    stick must not stop the certificates)."""
    image = Path(path) if path else None
    if image is not None and image.is_file():
        canvas.drawImage(str(image), x, y, 40 * mm, 20 * mm, preserveAspectRatio=True, mask="auto")


def certificate_pdf(doc: CertificateDoc) -> bytes:
    ensure_fonts()
    width, height = PAGE
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=PAGE, invariant=True)
    _ = doc.text.gettext
    canvas.setTitle(f"{_('Certificate of attendance')}: {doc.title}")
    canvas.setCreator("Booth POS")
    canvas.setStrokeColor(FRAME)
    canvas.setLineWidth(3)
    canvas.rect(MARGIN / 2, MARGIN / 2, width - MARGIN, height - MARGIN)
    _image(canvas, doc.logo_path, MARGIN, height - MARGIN - 20 * mm)
    _image(canvas, doc.signature_path, MARGIN + 45 * mm, height - MARGIN - 20 * mm)
    room = width - 2 * MARGIN
    centre = width / 2
    # The sentence runs over the lines around the name and the title; a language puts its
    # words on the lines before, between and after them as its word order needs.
    at = _("at {exhibition}, {shop}") if doc.shop else _("at {exhibition}")
    lines: list[tuple[str, float, str | None]] = [
        (_("Certificate of attendance"), 30, SANS_BOLD),
        (_("This is to certify that"), 14, None),
        (doc.name, fit_size(doc.name, room, 32, 14, SANS_BOLD), SANS_BOLD),
        (_("attended"), 14, None),
        (doc.title, fit_size(doc.title, room, 24, 12, SANS_BOLD), SANS_BOLD),
        (_("on {date}, {minutes} minutes").format(date=doc.date, minutes=doc.minutes), 14, None),
        (at.format(exhibition=doc.exhibition, shop=doc.shop), 14, None),
    ]
    y = height - 55 * mm
    for text, size, font in lines:
        if font is None:
            draw_text(canvas, centre, y, text, size, align="centre")
        else:
            draw_text(canvas, centre, y, text, size, font=font, align="centre")
        y -= size + 9 * mm if size > 20 else size + 6 * mm
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
