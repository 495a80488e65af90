"""The print queue: receipts are jobs in the database, sent by a worker, never lost.

A job prints a sale's receipt, a refund's slip, or a cash session's X or Z report (rendered
from the session's rows when sent, an X report as of the moment it was asked for).

A sale adds its job in its own transaction (:func:`queue_receipt`, called by billing). Sending
is three short steps, none holding a transaction across the printer's I/O:

1. **claim** (one transaction): ``queued`` -> ``sending``, only if still queued (or a claim
   older than :data:`CLAIM_LEASE`, left by a process that died), so two senders never both
   print it;
2. **render and send**: the receipt is rendered now for the printer it goes to, and sent;
3. **mark** (one transaction): ``printed`` only when the connection accepted the bytes
   (adapters/printing/connection.py says what that means per connection); otherwise back to
   ``queued`` with the problem (offline, paper out, timeout) for the status bar.

Thread rule: :meth:`PrintService.send_due`, :meth:`status` and :meth:`test_page` block on the
printer (bounded by ``printer.timeout_seconds``); call them from a worker or the CLI.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Protocol

from PIL import Image
from sqlalchemy import ColumnElement, func, or_, select, update
from sqlalchemy.orm import Session

from pos_desktop.adapters.printing.connection import PrinterConnection
from pos_desktop.adapters.printing.escpos_render import (
    EscposOptions,
    profile_columns,
    render_blocks,
    render_escpos,
)
from pos_desktop.config import PrinterSettings, SellerSettings, ShopSettings
from pos_desktop.domain.clock import Clock
from pos_desktop.domain.errors import NotFound, PosError
from pos_desktop.domain.invoice import InvoiceStatus, PaymentMethod
from pos_desktop.domain.numbering import InvoiceNumber
from pos_desktop.domain.printer import PrinterStatus, PrinterUnavailable, Problem
from pos_desktop.domain.receipt import Align, Block, QrCode, Receipt, Rule, ShopInfo, TextRow
from pos_desktop.domain.report_sheet import ReportSheet, sheet_layout
from pos_desktop.domain.roles import Actor, Permission
from pos_desktop.domain.text import clean_line
from pos_desktop.services import audit
from pos_desktop.services.background_loop import RoundLoop
from pos_desktop.services.invoice_views import invoice_view
from pos_desktop.services.receipts import build_receipt, credit_note_receipt, shop_info
from pos_desktop.services.session_documents import (
    report_name,
    report_shop_info,
    session_report_sheet,
)
from pos_desktop.services.session_report import SessionReport, session_report
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
from pos_desktop.storage.uow import Database

log = logging.getLogger(__name__)
CLAIM_LEASE = timedelta(minutes=2)
QUEUED, SENDING, PRINTED, CANCELLED = "queued", "sending", "printed", "cancelled"
#: What a job's document is named in the queue and the send report.
Printable = Receipt | ReportSheet
TEST_PAGE_TEXT = "Booth POS test page"


class Printer(Protocol):
    """A receipt printer; blocking calls, bounded by the connection's own time limit."""

    @property
    def name(self) -> str: ...

    def status(self) -> PrinterStatus: ...

    def send(self, data: bytes) -> PrinterStatus: ...


@dataclass(frozen=True, slots=True)
class PrintJobView:
    id: int
    invoice_number: str  # empty for an X or Z report
    state: str
    copy: bool
    attempts: int
    problem: str | None
    last_error: str | None
    printer: str | None
    created_at: datetime
    printed_at: datetime | None
    #: What it prints: the invoice's number, the credit note's, or "Z report 12".
    document: str = ""


@dataclass(frozen=True, slots=True)
class QueueState:
    """What the status bar shows: jobs waiting at this till and why the last one waits."""

    waiting: int
    problem: str | None = None
    last_error: str | None = None


@dataclass
class PrintReport:
    printed: list[str] = field(default_factory=list)
    waiting: list[tuple[str, str]] = field(default_factory=list)  # (invoice number, why)


def auto_print_receipt(
    session: Session, settings: PrinterSettings, invoice: Invoice, terminal: str, at: datetime
) -> None:
    """Billing's hook, as an invoice gets its number: queue its receipt if this till prints."""
    if settings.auto_print and settings.url.strip():
        cash = any(p.method == PaymentMethod.CASH.value for p in invoice.payments)
        queue_receipt(
            session,
            invoice=invoice,
            terminal=terminal,
            queued_by=invoice.cashier_name,
            at=at,
            open_drawer=cash,
        )


def queue_receipt(
    session: Session,
    *,
    invoice: Invoice,
    terminal: str,
    queued_by: str,
    at: datetime,
    copy: bool = False,
    open_drawer: bool = False,
) -> PrintJob:
    """Add a receipt's print job to the caller's transaction (it commits with the sale)."""
    job = PrintJob(invoice=invoice, open_drawer=open_drawer)
    return _waiting(session, job, terminal=terminal, queued_by=queued_by, at=at, copy=copy)


def _waiting(
    session: Session, job: PrintJob, *, terminal: str, queued_by: str, at: datetime, copy: bool
) -> PrintJob:
    """``job`` (naming what it prints) queued at ``terminal``, added to the caller's session."""
    job.terminal, job.state, job.copy, job.attempts = terminal, QUEUED, copy, 0
    job.updated_at = job.created_at = at
    job.queued_by = queued_by
    session.add(job)
    return job


def queue_credit_note_slip(
    session: Session,
    *,
    note: CreditNote,
    invoice: Invoice,
    terminal: str,
    queued_by: str,
    at: datetime,
    open_drawer: bool = False,
) -> PrintJob:
    """Add a refund's slip to the caller's transaction (it commits with the credit note)."""
    job = queue_receipt(
        session,
        invoice=invoice,
        terminal=terminal,
        queued_by=queued_by,
        at=at,
        open_drawer=open_drawer,
    )
    job.credit_note = note
    return job


def queue_session_report(
    session: Session,
    *,
    cash_session_id: int,
    as_of: datetime | None,
    terminal: str,
    queued_by: str,
    at: datetime,
    copy: bool = False,
) -> PrintJob:
    """Add an X report (figures ``as_of`` that moment) or a Z report (``as_of`` ``None``) to
    the caller's transaction: the Z of a closing commits with the closing."""
    job = PrintJob(cash_session_id=cash_session_id, report_as_of=as_of, open_drawer=False)
    return _waiting(session, job, terminal=terminal, queued_by=queued_by, at=at, copy=copy)


def _printed_before(session: Session, *which: ColumnElement[bool]) -> bool:
    """A job for this document printed or still waiting: the next one is a COPY."""
    return bool(
        session.scalar(
            select(func.count())
            .select_from(PrintJob)
            .where(*which, PrintJob.state.in_((QUEUED, SENDING, PRINTED)))
        )
    )


class PrintService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        settings: PrinterSettings,
        shop: ShopSettings,
        station: StationResolver,
        *,
        columns_from_profile: bool | Callable[[], bool] = False,
        connect: Callable[[str], Printer] | None = None,
        seller: SellerSettings | None = None,
    ) -> None:
        self._db = db
        self._seller = seller
        self._clock = clock
        self._settings = settings
        self._shop = shop
        self._station = station
        self._columns_from_profile = columns_from_profile
        self._connect = connect or self._escpos_printer
        self._send_lock = threading.Lock()  # one round at a time per process

    # -------------------------------------------------------------------- configuration

    def _escpos_printer(self, url: str) -> Printer:
        return PrinterConnection.from_url(
            url, profile=self._settings.profile, timeout=float(self._settings.timeout_seconds)
        )

    @property
    def configured(self) -> bool:
        return bool(self._settings.url.strip())

    @property
    def url(self) -> str:
        """This till's printer (``printer.url``), as the settings say now."""
        return self._settings.url.strip()

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

    def _printer(self, url: str | None) -> Printer:
        target = (url or self._settings.url).strip()
        if not target:
            raise PrinterUnavailable(
                Problem.NOT_SET_UP, "no printer set up (Settings > Printer, or printer.url)"
            )
        return self._connect(target)

    # ------------------------------------------------------------------------- receipts

    def _receipt(self, session: Session, row: Invoice, *, copy: bool) -> Receipt:
        customer = session.get(Customer, row.customer_id) if row.customer_id else None
        return build_receipt(invoice_view(row, customer), self._shop_info(session, row), copy=copy)

    def _shop_info(self, session: Session, row: Invoice) -> ShopInfo:
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
        )

    @staticmethod
    def _invoice(session: Session, number: str) -> Invoice:
        text = InvoiceNumber.parse(number).text
        row = session.scalars(select(Invoice).where(Invoice.number == text)).first()
        if row is None:
            raise NotFound(f"no invoice {text}")
        return row

    def receipt(self, actor: Actor, number: str, *, copy: bool = False) -> Receipt:
        """The receipt of invoice ``number`` (for text, preview, ESC/POS files, the PDF)."""
        actor.require(Permission.INVOICE_VIEW)
        with self._db.reader() as uow:
            return self._receipt(uow.session, self._invoice(uow.session, number), copy=copy)

    def receipt_bytes(self, receipt: Receipt, *, open_drawer: bool = False) -> bytes:
        return render_escpos(receipt, self.options(open_drawer=open_drawer))

    # ---------------------------------------------------------------------------- queue

    def queue(self, actor: Actor, number: str, *, copy: bool | None = None) -> int:
        """Queue invoice ``number``'s receipt at this till; a reprint (``copy``) is audited.

        ``copy=None``: a copy if the receipt was printed before, else the original.
        """
        actor.require(Permission.INVOICE_VIEW)
        now = self._clock.now()
        with self._db.unit_of_work() as uow:
            session = uow.session
            row = self._invoice(session, number)
            if row.status == InvoiceStatus.DRAFT.value:
                raise NotFound(f"{number} is a draft: it has no receipt")
            if copy is None:
                printed = session.scalar(
                    select(func.count())
                    .select_from(PrintJob)
                    .where(PrintJob.invoice_id == row.id, PrintJob.state == PRINTED)
                )
                copy = bool(printed)
            job = queue_receipt(
                session,
                invoice=row,
                terminal=self._station.terminal_code,
                queued_by=actor.label,
                at=now,
                copy=copy,
            )
            reprint = ("receipt.reprint", "invoice", row.number or "", "receipt of")
            job_id = self._queued(session, job, actor, now, reprint)
            uow.commit()
        return job_id

    def reprint(self, actor: Actor, number: str) -> int:
        return self.queue(actor, number, copy=True)

    def queue_credit_note(self, actor: Actor, number: str) -> int:
        """Queue credit note ``number``'s slip at this till; COPY (and audited as
        ``credit_note.reprint``) if it was printed before or still waits."""
        actor.require(Permission.INVOICE_VIEW)
        now = self._clock.now()
        text = clean_line(number).upper()
        with self._db.unit_of_work() as uow:
            session = uow.session
            note = session.scalars(select(CreditNote).where(CreditNote.number == text)).first()
            if note is None:
                raise NotFound(f"no credit note {text}")
            invoice = session.get(Invoice, note.invoice_id)
            assert invoice is not None  # a foreign key
            copy = _printed_before(session, PrintJob.credit_note_id == note.id)
            job = queue_credit_note_slip(
                session,
                note=note,
                invoice=invoice,
                terminal=self._station.terminal_code,
                queued_by=actor.label,
                at=now,
            )
            job.copy = copy
            reprint = ("credit_note.reprint", "credit_note", note.number, "slip of credit note")
            job_id = self._queued(session, job, actor, now, reprint)
            uow.commit()
        return job_id

    def queue_session_report(self, actor: Actor, report: SessionReport) -> int:
        """Queue ``report`` at this till: an X report with the figures it shows, a Z report as
        closed. A Z printed before (or still waiting) prints again as a COPY, audited as
        ``cash_session.z_reprint``."""
        actor.require(Permission.CASH_SESSION)
        now = self._clock.now()
        as_of = report.as_of if report.kind == "X" else None
        with self._db.unit_of_work() as uow:
            session = uow.session
            if session.get(CashSession, report.session_id) is None:
                raise NotFound(f"no cash session {report.session_id}")
            copy = as_of is None and _printed_before(
                session,
                PrintJob.cash_session_id == report.session_id,
                PrintJob.report_as_of.is_(None),
            )
            job = queue_session_report(
                session,
                cash_session_id=report.session_id,
                as_of=as_of,
                terminal=self._station.terminal_code,
                queued_by=actor.label,
                at=now,
                copy=copy,
            )
            key = str(report.session_id)
            reprint = ("cash_session.z_reprint", "cash_session", key, "Z report of cash session")
            job_id = self._queued(session, job, actor, now, reprint)
            uow.commit()
        return job_id

    def _queued(
        self,
        session: Session,
        job: PrintJob,
        actor: Actor,
        now: datetime,
        reprint: tuple[str, str, str, str],
    ) -> int:
        """The new job's id; a COPY is audited: ``reprint`` is the action, the entity's type
        and key, and what the summary calls the document ("receipt of")."""
        if job.copy:
            action, entity_type, key, what = reprint
            audit.record(
                session,
                actor=actor,
                at=now,
                action=action,
                entity_type=entity_type,
                entity_key=key,
                summary=f"{what} {key} reprinted (marked COPY)",
                terminal=self._station.terminal_code,
            )
        session.flush()
        return job.id

    def waiting_report_jobs(self, actor: Actor, cash_session_id: int) -> list[int]:
        """The session's report jobs still waiting at this till (the Z a closing queued)."""
        actor.require(Permission.CASH_SESSION)
        with self._db.reader() as uow:
            return list(
                uow.session.scalars(
                    select(PrintJob.id)
                    .where(
                        PrintJob.cash_session_id == cash_session_id,
                        PrintJob.terminal == self._station.terminal_code,
                        PrintJob.state.in_((QUEUED, SENDING)),
                    )
                    .order_by(PrintJob.id)
                )
            )

    def jobs(
        self, actor: Actor, *, waiting_only: bool = True, limit: int = 100
    ) -> list[PrintJobView]:
        """This till's jobs, newest first (only those still waiting unless asked)."""
        actor.require(Permission.INVOICE_VIEW)
        query = (
            select(PrintJob, Invoice.number, CreditNote.number)
            .outerjoin(Invoice, Invoice.id == PrintJob.invoice_id)
            .outerjoin(CreditNote, CreditNote.id == PrintJob.credit_note_id)
            .where(PrintJob.terminal == self._station.terminal_code)
        )
        if waiting_only:
            query = query.where(PrintJob.state.in_((QUEUED, SENDING)))
        query = query.order_by(PrintJob.id.desc()).limit(limit)
        with self._db.reader() as uow:
            return [
                PrintJobView(
                    j.id,
                    number or "",
                    j.state,
                    j.copy,
                    j.attempts,
                    j.problem,
                    j.last_error,
                    j.printer,
                    j.created_at,
                    j.printed_at,
                    document=note
                    or number
                    or report_name("Z" if j.report_as_of is None else "X", j.cash_session_id or 0),
                )
                for j, number, note in uow.session.execute(query).all()
            ]

    def queue_state(self) -> QueueState:
        """Jobs waiting at this till and the latest reason (status bar; no user needed)."""
        with self._db.reader() as uow:
            rows = uow.session.execute(
                select(PrintJob.problem, PrintJob.last_error)
                .where(
                    PrintJob.terminal == self._station.terminal_code,
                    PrintJob.state.in_((QUEUED, SENDING)),
                )
                .order_by(PrintJob.updated_at.desc())
            ).all()
        if not rows:
            return QueueState(0)
        return QueueState(len(rows), rows[0][0], rows[0][1])

    def cancel(self, actor: Actor, job_id: int) -> None:
        """Drop a waiting job (the sale stays; the receipt can be reprinted any time)."""
        actor.require(Permission.INVOICE_VIEW)
        with self._db.unit_of_work() as uow:
            job = uow.session.get(PrintJob, job_id)
            if job is None or job.state not in (QUEUED, SENDING):
                raise NotFound(f"no waiting print job {job_id}")
            job.state = CANCELLED
            job.updated_at = self._clock.now()
            uow.commit()

    # --------------------------------------------------------------------------- sending

    def send_due(
        self, *, url: str | None = None, job_ids: Sequence[int] | None = None
    ) -> PrintReport:
        """Send this till's waiting jobs (or just ``job_ids``), oldest first, to ``url`` or the
        configured printer. Stops at the first refusal: the printer is away, the rest wait."""
        report = PrintReport()
        if not url and not self.configured:
            return report
        with self._send_lock:
            for job_id in self._due(job_ids):
                if not self._send_one(job_id, url, report):
                    break
        return report

    def _due(self, job_ids: Sequence[int] | None) -> list[int]:
        stale = self._clock.now() - CLAIM_LEASE
        query = select(PrintJob.id).where(
            PrintJob.terminal == self._station.terminal_code,
            or_(
                PrintJob.state == QUEUED,
                (PrintJob.state == SENDING) & (PrintJob.updated_at < stale),
            ),
        )
        if job_ids is not None:
            query = query.where(PrintJob.id.in_(list(job_ids)))
        with self._db.reader() as uow:
            return list(uow.session.scalars(query.order_by(PrintJob.id)))

    def _claim(self, job_id: int) -> tuple[Printable, bool] | None:
        now = self._clock.now()
        with self._db.unit_of_work() as uow:
            session = uow.session
            result = session.execute(
                update(PrintJob)
                .where(
                    PrintJob.id == job_id,
                    or_(
                        PrintJob.state == QUEUED,
                        (PrintJob.state == SENDING) & (PrintJob.updated_at < now - CLAIM_LEASE),
                    ),
                )
                .values(state=SENDING, attempts=PrintJob.attempts + 1, updated_at=now)
            )
            if getattr(result, "rowcount", 0) != 1:
                return None
            job = session.get(PrintJob, job_id)
            assert job is not None
            document = self._document(session, job, now)
            open_drawer = job.open_drawer
            uow.commit()
        return document, open_drawer

    def _document(self, session: Session, job: PrintJob, now: datetime) -> Printable:
        """What the job prints, read now: a receipt, a refund's slip or a session's report."""
        if job.cash_session_id is not None:
            cash = session.get(CashSession, job.cash_session_id)
            assert cash is not None
            report = session_report(session, cash, now, as_of=job.report_as_of)
            return session_report_sheet(report, report_shop_info(self._shop, report), copy=job.copy)
        row = session.get(Invoice, job.invoice_id)
        assert row is not None
        if job.credit_note_id is None:
            return self._receipt(session, row, copy=job.copy)
        note = session.get(CreditNote, job.credit_note_id)  # a refund's slip, headed as the sale
        assert note is not None
        return credit_note_receipt(note, row, self._shop_info(session, row), copy=job.copy)

    def document_bytes(self, document: Printable, *, open_drawer: bool = False) -> bytes:
        """ESC/POS for this till's printer (a report never opens the drawer)."""
        if isinstance(document, Receipt):
            return self.receipt_bytes(document, open_drawer=open_drawer)
        return render_blocks(sheet_layout(document, self.columns), self.options())

    def _send_one(self, job_id: int, url: str | None, report: PrintReport) -> bool:
        claimed = self._claim(job_id)
        if claimed is None:
            return True  # another sender has it
        document, open_drawer = claimed
        name = document.number if isinstance(document, Receipt) else document.name
        printer_name = url or self._settings.url
        try:
            printer = self._printer(url)
            printer_name = printer.name
            printer.send(self.document_bytes(document, open_drawer=open_drawer))
        except PrinterUnavailable as err:
            self._mark(job_id, printer_name, err.problem.value, err.message)
            report.waiting.append((name, err.message))
            return False
        except Exception as err:  # a rendering bug must not lose the job either
            log.exception("print job %s failed", job_id)
            self._mark(job_id, printer_name, Problem.ERROR.value, repr(err))
            report.waiting.append((name, repr(err)))
            return False
        self._mark(job_id, printer_name, None, None)
        report.printed.append(name)
        return True

    def _mark(self, job_id: int, printer: str, problem: str | None, error: str | None) -> None:
        now = self._clock.now()
        with self._db.unit_of_work() as uow:
            job = uow.session.get(PrintJob, job_id)
            assert job is not None
            job.printer = printer[:300]
            job.updated_at = now
            job.problem, job.last_error = problem, error
            if problem is None:
                job.state, job.printed_at = PRINTED, now
            else:
                job.state = QUEUED
            uow.commit()

    def retry(
        self, actor: Actor, *, job_id: int | None = None, url: str | None = None
    ) -> PrintReport:
        """Send waiting jobs now (one, or all), to the configured printer or another."""
        actor.require(Permission.INVOICE_VIEW)
        return self.send_due(url=url, job_ids=[job_id] if job_id is not None else None)

    # -------------------------------------------------------------------- the printer itself

    def status(self, url: str | None = None) -> PrinterStatus:
        try:
            return self._printer(url).status()
        except PrinterUnavailable as err:
            return PrinterStatus(reachable=False, detail=err.message)
        except PosError as err:  # a malformed URL typed into the settings
            return PrinterStatus(reachable=False, detail=err.message)

    def idle_status(self) -> PrinterStatus | None:
        """The printer's status, unless a round is sending right now (``None`` then): many
        network printers take one connection at a time, and a status poll must not make a
        receipt wait."""
        if not self._send_lock.acquire(blocking=False):
            return None
        try:
            return self.status()
        finally:
            self._send_lock.release()

    def test_page(self, actor: Actor, url: str | None = None) -> PrinterStatus:
        """Print a short page straight away (not queued): is this the right printer?"""
        actor.require(Permission.INVOICE_VIEW)
        printer = self._printer(url)
        return printer.send(self.test_page_bytes(printer.name))

    def test_page_bytes(self, name: str) -> bytes:
        columns = self.columns
        blocks: list[Block] = [
            TextRow(TEST_PAGE_TEXT, Align.CENTER, bold=True),
            TextRow(name[:columns], Align.CENTER),
            TextRow(f"{self._settings.profile}, {columns} columns", Align.CENTER),
            TextRow(f"{self._clock.now().astimezone():%Y-%m-%d %H:%M}", Align.CENTER),
            Rule(),
            TextRow("Zoë Ångström · Straße · 12.50 €"[:columns]),
            TextRow("1234567890" * (columns // 10) + "12345678"[: columns % 10]),
            QrCode(TEST_PAGE_TEXT),
        ]
        return render_blocks(blocks, self.options())


class PrintLoop(RoundLoop[PrintReport]):
    """The app's background printer: a round every ``interval`` seconds, or at once after
    :meth:`wake` (a sale was just saved). Errors stay on the jobs."""

    def __init__(
        self,
        send_round: Callable[[], PrintReport],
        *,
        interval: float = 5.0,
        on_round: Callable[[PrintReport], None] | None = None,
    ) -> None:
        super().__init__(
            send_round,
            name="print-queue",
            interval=interval,
            failed=lambda _why: PrintReport(),
            on_round=on_round,
            stop_timeout=15.0,
        )
