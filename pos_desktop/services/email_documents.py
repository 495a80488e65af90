"""Attachment bytes, made when a message is sent, from the specs stored with it.

Why at send time and not in the event's transaction: the bytes are a pure function of data
that is kept anyway (a customer code never changes; an invoice keeps its revisions), while
rendering them costs far more than the event itself (a QR PNG 0.8 ms, a PDF tens of ms). Done
in the registration's or the sale's transaction, that would hold SQLite's single write lock,
and so every other till, for that long, and store each PDF twice. The outbox row stores the
rendered subject and bodies (cheap, and they say what was true at the event) plus the specs;
every delivery attempt renders the same bytes again.

PDF documents plug in through the constructor: ``invoice_pdf``, ``badge_pdf`` and
``credit_note_pdf`` render by invoice number, customer code and credit note number
(DocumentService.render_* and CreditNoteDocuments.render_pdf; wired in bootstrap);
``certificate_pdf`` a workshop's attendance certificate by ``WORKSHOP|CUSTOMER``.
Without them messages carry what exists (the QR) and their text does not promise a PDF.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from pos_desktop.adapters.qr_image import qr_png
from pos_desktop.domain.errors import PosError
from pos_desktop.domain.outbox import Attachment, AttachmentSpec, DeliveryFailed
from pos_desktop.domain.phrases import say

_IMAGE_TYPES = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg"}


class AttachmentRenderer:
    """Threading: called on the sender's thread; the PDF renderers open their own read-only
    units of work."""

    def __init__(
        self,
        *,
        invoice_pdf: Callable[[str], bytes] | None = None,
        badge_pdf: Callable[[str], bytes] | None = None,
        credit_note_pdf: Callable[[str], bytes] | None = None,
        certificate_pdf: Callable[[str], bytes] | None = None,
    ) -> None:
        self._pdfs = {
            "invoice_pdf": invoice_pdf,
            "badge_pdf": badge_pdf,
            "credit_note_pdf": credit_note_pdf,
            "certificate_pdf": certificate_pdf,
        }

    @property
    def has_invoice_pdf(self) -> bool:
        return self._pdfs["invoice_pdf"] is not None

    @property
    def has_badge_pdf(self) -> bool:
        return self._pdfs["badge_pdf"] is not None

    @property
    def has_credit_note_pdf(self) -> bool:
        return self._pdfs["credit_note_pdf"] is not None

    def render_all(self, specs: Sequence[AttachmentSpec]) -> tuple[Attachment, ...]:
        """The parts of one message, in order; a QR shown inline and also attached is drawn
        once. Parts that cannot be made and are optional are left out (see :meth:`render`)."""
        made: dict[tuple[str, str], tuple[str, bytes] | None] = {}
        parts: list[Attachment] = []
        for spec in specs:
            key = (spec.render, spec.key)
            if key not in made:
                made[key] = self._content(spec)
            content = made[key]
            if content is not None:
                parts.append(_attachment(spec, *content))
        return tuple(parts)

    def render(self, spec: AttachmentSpec) -> Attachment | None:
        """The bytes of ``spec``; ``None`` for an optional part that cannot be made (a logo
        file since removed): the message goes out without it rather than not at all."""
        content = self._content(spec)
        return None if content is None else _attachment(spec, *content)

    def _content(self, spec: AttachmentSpec) -> tuple[str, bytes] | None:
        """``(content type, bytes)`` of ``spec``."""
        if spec.render == "qr":
            return "image/png", qr_png(spec.key)
        if spec.render == "file":
            path = Path(spec.key)
            kind = _IMAGE_TYPES.get(path.suffix.lower())
            if kind is None or not path.is_file():
                return None
            return kind, path.read_bytes()
        pdf = self._pdfs.get(spec.render)
        if pdf is None:
            raise DeliveryFailed(
                say(
                    "cannot make the attachment {file} ({kind})",
                    file=spec.filename,
                    kind=spec.render,
                )
            )
        try:
            return "application/pdf", pdf(spec.key)
        except PosError as error:
            raise DeliveryFailed(
                say(
                    "cannot make the attachment {file}: {why}",
                    file=spec.filename,
                    why=error.message,
                )
            ) from error


def _attachment(spec: AttachmentSpec, content_type: str, data: bytes) -> Attachment:
    # A file travels under its own name (the logo's ``logo.png``), the rest as the spec says.
    name = Path(spec.key).name if spec.render == "file" else spec.filename
    return Attachment(name, content_type, data, spec.cid)
