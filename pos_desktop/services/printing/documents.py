"""What this till's printer gets: receipts, refund slips and X/Z reports as ESC/POS bytes,
laid out for its profile and paper width, read from the database when the job is sent.
Receipts and slips speak the customer's language as their record says it then
(``services/document_texts.py``), so a reprint follows a language changed since the sale.

No I/O but the database session it is given and the optional logo file.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

from PIL import Image
from sqlalchemy.orm import Session

from pos_desktop.adapters.printing.escpos_render import (
    EscposOptions,
    profile_columns,
    render_blocks,
    render_escpos,
)
from pos_desktop.config import DocumentSettings, PrinterSettings, SellerSettings, ShopSettings
from pos_desktop.domain.document_text import DocumentText
from pos_desktop.domain.receipt import Align, Block, QrCode, Receipt, Rule, ShopInfo, TextRow
from pos_desktop.domain.report_sheet import ReportSheet, sheet_layout
from pos_desktop.services.document_texts import default_language, text_for
from pos_desktop.services.invoice_views import invoice_view
from pos_desktop.services.receipts import build_receipt, credit_note_receipt, shop_info
from pos_desktop.services.session_documents import report_shop_info, session_report_sheet
from pos_desktop.services.session_report import session_report
from pos_desktop.services.station import StationResolver
from pos_desktop.storage.models import (
    CashSession,
    CreditNote,
    Customer,
    Exhibition,
    Invoice,
    PrintJob,
    Terminal,
)

log = logging.getLogger(__name__)
#: What a job's document is named in the queue and the send report.
Printable = Receipt | ReportSheet
TEST_PAGE_TEXT = "Booth POS test page"


#: A sale's receipt printed this long after the sale is marked as printed late.
LATE_AFTER = timedelta(minutes=5)


def printed_late(issued_at: datetime | None, now: datetime) -> bool:
    return issued_at is not None and now - issued_at > LATE_AFTER


def document_name(document: Printable) -> str:
    return document.number if isinstance(document, Receipt) else document.name


class PrintRendering:
    def __init__(
        self,
        settings: PrinterSettings,
        shop: ShopSettings,
        station: StationResolver,
        columns_from_profile: bool | Callable[[], bool] = False,
        *,
        seller: SellerSettings | None = None,
        documents: DocumentSettings | None = None,
    ) -> None:
        self._settings = settings
        self._shop = shop
        self._seller = seller
        self._documents = documents
        self._station = station
        self._columns_from_profile = columns_from_profile

    @property
    def columns(self) -> int:
        """``columns_from_profile`` may be a question asked each time: a ``printer.columns``
        saved in Settings then wins at once."""
        from_profile = self._columns_from_profile
        if callable(from_profile):
            from_profile = from_profile()
        if from_profile:
            return profile_columns(self._settings.profile)
        return self._settings.columns

    def options(self, *, open_drawer: bool = False) -> EscposOptions:
        return EscposOptions(
            profile=self._settings.profile,
            columns=self.columns,
            drawer_kick=open_drawer and self._settings.drawer_kick,
            logo=self._logo(),
        )

    def _logo(self) -> Image.Image | None:
        if not self._settings.logo:
            return None
        try:
            with Image.open(Path(self._settings.logo).expanduser()) as image:
                return image.convert("1")
        except OSError as err:  # a missing logo must not stop the receipt
            log.warning("printer.logo %s cannot be read: %s", self._settings.logo, err)
            return None

    # ------------------------------------------------------------------------- documents

    def receipt(self, session: Session, row: Invoice, *, copy: bool) -> Receipt:
        customer = session.get(Customer, row.customer_id) if row.customer_id else None
        text = self._text(session, row, customer)
        shop = self._shop_info(session, row, text)
        return build_receipt(invoice_view(row, customer), shop, copy=copy, text=text)

    def _text(self, session: Session, row: Invoice, customer: Customer | None) -> DocumentText:
        exhibition = session.get(Exhibition, row.exhibition_id)
        return text_for(customer, default_language(self._documents, exhibition))

    def _shop_info(self, session: Session, row: Invoice, text: DocumentText) -> ShopInfo:
        exhibition = session.get(Exhibition, row.exhibition_id)
        terminal = session.get(Terminal, row.terminal_id)
        return shop_info(
            self._shop,
            self._settings.footer,
            exhibition=exhibition.name if exhibition else "",
            terminal=terminal.code if terminal else self._station.terminal_code,
            booth=exhibition.booth if exhibition else None,
            venue=exhibition.venue if exhibition else None,
            seller=self._seller,
            text=text,
        )

    def document(self, session: Session, job: PrintJob, now: datetime) -> Printable:
        """What the job prints, read now: a receipt, a refund's slip or a session's report."""
        if job.cash_session_id is not None:
            cash = session.get(CashSession, job.cash_session_id)
            assert cash is not None
            report = session_report(session, cash, now, as_of=job.report_as_of)
            return session_report_sheet(report, report_shop_info(self._shop, report), copy=job.copy)
        row = session.get(Invoice, job.invoice_id)
        assert row is not None
        if job.credit_note_id is None:
            receipt = self.receipt(session, row, copy=job.copy)
            if not job.copy and printed_late(row.issued_at, now):
                return replace(receipt, late=True)
            return receipt
        note = session.get(CreditNote, job.credit_note_id)  # a refund's slip, headed as the sale
        assert note is not None
        customer = session.get(Customer, row.customer_id) if row.customer_id else None
        text = self._text(session, row, customer)
        shop = self._shop_info(session, row, text)
        return credit_note_receipt(note, row, shop, copy=job.copy, text=text)

    # ----------------------------------------------------------------------------- bytes

    def receipt_bytes(self, receipt: Receipt, *, open_drawer: bool = False) -> bytes:
        return render_escpos(receipt, self.options(open_drawer=open_drawer))

    def document_bytes(self, document: Printable, *, open_drawer: bool = False) -> bytes:
        """ESC/POS for this till's printer (a report never opens the drawer)."""
        if isinstance(document, Receipt):
            return self.receipt_bytes(document, open_drawer=open_drawer)
        return render_blocks(sheet_layout(document, self.columns), self.options())

    def test_page_bytes(self, name: str, now: datetime) -> bytes:
        columns = self.columns
        blocks: list[Block] = [
            TextRow(TEST_PAGE_TEXT, Align.CENTER, bold=True),
            TextRow(name[:columns], Align.CENTER),
            TextRow(f"{self._settings.profile}, {columns} columns", Align.CENTER),
            TextRow(f"{now.astimezone():%Y-%m-%d %H:%M}", Align.CENTER),
            Rule(),
            TextRow("Zoë Ångström · Straße · 12.50 €"[:columns]),
            TextRow("1234567890" * (columns // 10) + "12345678"[: columns % 10]),
            QrCode(TEST_PAGE_TEXT),
        ]
        return render_blocks(blocks, self.options())
