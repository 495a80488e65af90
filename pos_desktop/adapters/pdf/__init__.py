"""PDF documents: invoices (A4/Letter), customer badges, receipts on an 80 mm roll.

The stable entry points other parts call (the CLI, the invoice view, the welcome email):
``invoice_pdf(view, seller, *, paper="A4")`` and ``badge_pdf(customer, exhibition_name)``,
both returning PDF bytes; ``receipt_pdf(receipt, *, columns=48)`` renders the receipt model
(``domain.receipt``) on an 80 mm roll. Fonts are embedded (see :mod:`.fonts`), so every name
renders.

Each name is imported from its module when first asked for: what a document says
(:mod:`.documents`, no ReportLab) is needed far more often than a document is drawn, and
ReportLab takes a while to load.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pos_desktop.adapters.pdf.badge import badge_pdf
    from pos_desktop.adapters.pdf.documents import SellerInfo, seller_info
    from pos_desktop.adapters.pdf.invoice import invoice_pdf, payment_status
    from pos_desktop.adapters.pdf.receipt import receipt_pdf

__all__ = [
    "SellerInfo",
    "badge_pdf",
    "invoice_pdf",
    "payment_status",
    "receipt_pdf",
    "seller_info",
]

_HOME = {
    "SellerInfo": "documents",
    "badge_pdf": "badge",
    "invoice_pdf": "invoice",
    "payment_status": "invoice",
    "receipt_pdf": "receipt",
    "seller_info": "documents",
}


def __getattr__(name: str) -> Any:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value
