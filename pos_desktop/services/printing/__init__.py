"""The print queue: receipts, refund slips and X/Z reports are jobs in the database, sent by a
worker, never lost, never printed twice by the queue itself.

- ``jobs.py``: a job's states and the functions that add jobs in the caller's transaction (a
  sale's receipt commits with the sale);
- ``documents.py``: what a job prints, as ESC/POS for this till's printer;
- ``queue.py``: :class:`PrintService`, what people do with the queue (queue, reprint, cancel,
  decide about a job that may have printed);
- ``sending.py``: claim, render, send, settle, and the background :class:`PrintLoop`;
- ``ports.py``: the printer the sender needs (bootstrap connects the real one).
"""

from pos_desktop.services.printing.documents import (
    TEST_PAGE_TEXT,
    Printable,
    PrintRendering,
    document_name,
)
from pos_desktop.services.printing.jobs import (
    CANCELLED,
    INTERRUPTED,
    MAY_HAVE_PRINTED,
    OPEN,
    PRINTED,
    QUEUED,
    REPLACED,
    SENDING,
    UNSURE,
    WAITING,
    PrintJobView,
    QueueState,
    claim,
    copy_of,
    expire_claims,
    job_views,
    lease,
    printed_before,
    queue_credit_note_slip,
    queue_receipt,
    queue_sale_receipt,
    queue_session_report,
    queue_state,
    replace_unsure,
    same_document,
    settle,
)
from pos_desktop.services.printing.ports import Printer, PrinterConnector
from pos_desktop.services.printing.queue import PrintService
from pos_desktop.services.printing.sending import Outcome, PrintLoop, PrintReport, PrintSender

__all__ = [
    "CANCELLED",
    "INTERRUPTED",
    "MAY_HAVE_PRINTED",
    "OPEN",
    "PRINTED",
    "QUEUED",
    "REPLACED",
    "SENDING",
    "TEST_PAGE_TEXT",
    "UNSURE",
    "WAITING",
    "Outcome",
    "PrintJobView",
    "PrintLoop",
    "PrintRendering",
    "PrintReport",
    "PrintSender",
    "PrintService",
    "Printable",
    "Printer",
    "PrinterConnector",
    "QueueState",
    "claim",
    "copy_of",
    "document_name",
    "expire_claims",
    "job_views",
    "lease",
    "printed_before",
    "queue_credit_note_slip",
    "queue_receipt",
    "queue_sale_receipt",
    "queue_session_report",
    "queue_state",
    "replace_unsure",
    "same_document",
    "settle",
]
