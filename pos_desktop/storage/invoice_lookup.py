"""An invoice by its number, as the cashier types or scans it: the one place that reads it.

Numbers are normalised by ``InvoiceNumber`` (case, spaces, leading zeros) before the query, so
``expo24-t1-123`` and ``EXPO24-T1-000123`` find the same row everywhere.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from pos_desktop.domain.errors import NotFound
from pos_desktop.domain.numbering import InvoiceNumber
from pos_desktop.storage.models import Invoice


def invoice_by_number(session: Session, number: str, *, lock: bool = False) -> Invoice:
    """The invoice numbered ``number`` (``lock``: row-locked until the transaction ends, for an
    action that changes it); ``NotFound`` names the normalised number."""
    text = InvoiceNumber.parse(number).text
    query = select(Invoice).where(Invoice.number == text)
    if lock:
        query = query.with_for_update()
    row = session.scalars(query).first()
    if row is None:
        raise NotFound(f"no invoice {text}")
    return row
