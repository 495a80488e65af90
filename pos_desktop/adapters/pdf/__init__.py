"""PDF documents: invoices (A4/Letter), customer badges, receipts on an 80 mm roll.

The stable entry points other parts call (the CLI, the invoice view, the welcome email):
``invoice_pdf(view, seller, *, paper="A4")`` and ``badge_pdf(customer, exhibition_name)``,
both returning PDF bytes; ``receipt_pdf(receipt, *, columns=48)`` renders the receipt model
(``domain.receipt``) on an 80 mm roll. Fonts are embedded (see :mod:`.fonts`), so every name
renders.
"""

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
