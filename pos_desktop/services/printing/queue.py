"""The print queue: receipts are jobs in the database, sent by a worker, never lost, never
printed twice by the queue itself.

A job prints a sale's receipt, a refund's slip, or a cash session's X or Z report (rendered
from the session's rows when sent, an X report as of the moment it was asked for). Its states
and the functions that add jobs inside a sale's transaction are in ``jobs.py``; the bytes each
document becomes are in ``documents.py``; :class:`PrintService` here is what people do with
the queue.

Sending (``sending.py``) settles each job as ``printed`` when the printer confirmed it,
``queued`` again when it refused before any byte left (offline, paper out, cover open), or
``unsure`` when the bytes left without a confirmation. An unsure job is never sent again by
itself: a person checks the printer and marks it printed (:meth:`PrintService.mark_printed`)
or reprints it as a COPY without the drawer kick (:meth:`PrintService.reprint_unsure`); both
are audited.

Thread rule: :meth:`PrintService.send_due`, :meth:`status` and :meth:`test_page` block on the
printer (bounded by ``printer.timeout_seconds``); call them from a worker or the CLI.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pos_desktop.adapters.printing.escpos_render import EscposOptions
from pos_desktop.config import DocumentSettings, PrinterSettings, SellerSettings, ShopSettings
from pos_desktop.domain.clock import Clock
from pos_desktop.domain.errors import NotFound
from pos_desktop.domain.invoice import InvoiceStatus
from pos_desktop.domain.phrases import say
from pos_desktop.domain.printer import PrinterStatus
from pos_desktop.domain.receipt import Receipt
from pos_desktop.domain.roles import Actor, Permission
from pos_desktop.domain.text import clean_line
from pos_desktop.services import audit
from pos_desktop.services.printing.documents import Printable, PrintRendering
from pos_desktop.services.printing.jobs import (
    CANCELLED,
    OPEN,
    PRINTED,
    REPLACED,
    UNSURE,
    WAITING,
    PrintJobView,
    QueueState,
    copy_of,
    job_views,
    printed_before,
    queue_credit_note_slip,
    queue_receipt,
    queue_session_report,
    queue_state,
    replace_unsure,
)
from pos_desktop.services.printing.ports import PrinterConnector
from pos_desktop.services.printing.sending import PrintReport, PrintSender
from pos_desktop.services.session_report import SessionReport
from pos_desktop.services.station import StationResolver
from pos_desktop.storage.invoice_lookup import invoice_by_number
from pos_desktop.storage.models import CashSession, CreditNote, Invoice, PrintJob, Terminal
from pos_desktop.storage.uow import Database

#: A reprint's audit: the action, the entity's type and key, what the summary calls it.
Reprint = tuple[str, str, str, str]


def _reprint_of(session: Session, job: PrintJob) -> Reprint:
    """How a COPY of ``job``'s document is audited (as the reprint actions always were)."""
    if job.cash_session_id is not None:
        key = str(job.cash_session_id)
        if job.report_as_of is None:
            return ("cash_session.z_reprint", "cash_session", key, "Z report of cash session")
        return ("cash_session.x_reprint", "cash_session", key, "X report of cash session")
    if job.credit_note_id is not None:
        note = session.get(CreditNote, job.credit_note_id)
        assert note is not None
        return ("credit_note.reprint", "credit_note", note.number, "slip of credit note")
    invoice = session.get(Invoice, job.invoice_id)
    assert invoice is not None
    return ("receipt.reprint", "invoice", invoice.number or "", "receipt of")


class PrintService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        settings: PrinterSettings,
        shop: ShopSettings,
        station: StationResolver,
        *,
        connect: PrinterConnector,
        columns_from_profile: bool | Callable[[], bool] = False,
        seller: SellerSettings | None = None,
        documents: DocumentSettings | None = None,
    ) -> None:
        self._db = db
        self._clock = clock
        self._settings = settings
        self._station = station
        self._render = PrintRendering(
            settings, shop, station, columns_from_profile, seller=seller, documents=documents
        )
        self._sender = PrintSender(db, clock, settings, station, self._render, connect=connect)

    # -------------------------------------------------------------------- configuration

    @property
    def configured(self) -> bool:
        return bool(self._settings.url.strip())

    @property
    def url(self) -> str:
        """This till's printer (``printer.url``), as the settings say now."""
        return self._settings.url.strip()

    @property
    def columns(self) -> int:
        return self._render.columns

    def options(self, *, open_drawer: bool = False) -> EscposOptions:
        return self._render.options(open_drawer=open_drawer)

    # ------------------------------------------------------------------------- receipts

    @staticmethod
    def _invoice(session: Session, number: str) -> Invoice:
        return invoice_by_number(session, number)

    def receipt(self, actor: Actor, number: str, *, copy: bool = False) -> Receipt:
        """The receipt of invoice ``number`` (for text, preview, ESC/POS files, the PDF)."""
        actor.require(Permission.INVOICE_VIEW)
        with self._db.reader() as uow:
            row = self._invoice(uow.session, number)
            return self._render.receipt(uow.session, row, copy=copy)

    def receipt_bytes(self, receipt: Receipt, *, open_drawer: bool = False) -> bytes:
        return self._render.receipt_bytes(receipt, open_drawer=open_drawer)

    def document_bytes(self, document: Printable, *, open_drawer: bool = False) -> bytes:
        return self._render.document_bytes(document, open_drawer=open_drawer)

    def test_page_bytes(self, name: str) -> bytes:
        return self._render.test_page_bytes(name, self._clock.now())

    # ---------------------------------------------------------------------------- queue

    def queue(self, actor: Actor, number: str, *, copy: bool | None = None) -> int:
        """Queue invoice ``number``'s receipt at this till; a reprint (``copy``) is audited.

        ``copy=None``: a copy if the receipt may have printed before, else the original.
        """
        actor.require(Permission.INVOICE_VIEW)
        now = self._clock.now()
        with self._db.unit_of_work() as uow:
            session = uow.session
            row = self._invoice(session, number)
            if row.status == InvoiceStatus.DRAFT.value:
                raise NotFound(say("{number} is a draft: it has no receipt", number=number))
            if copy is None:
                copy = bool(
                    session.scalar(
                        select(func.count())
                        .select_from(PrintJob)
                        .where(
                            PrintJob.invoice_id == row.id,
                            PrintJob.credit_note_id.is_(None),
                            PrintJob.state.in_((PRINTED, UNSURE, REPLACED)),
                        )
                    )
                )
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
                raise NotFound(say("no credit note {number}", number=text))
            invoice = session.get(Invoice, note.invoice_id)
            assert invoice is not None  # a foreign key
            copy = printed_before(session, PrintJob.credit_note_id == note.id)
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
            session_id = _same_shift(session, report)
            if session_id is None:
                raise NotFound(say("no cash session {number}", number=report.session_id))
            copy = as_of is None and printed_before(
                session,
                PrintJob.cash_session_id == session_id,
                PrintJob.report_as_of.is_(None),
            )
            job = queue_session_report(
                session,
                cash_session_id=session_id,
                as_of=as_of,
                terminal=self._station.terminal_code,
                queued_by=actor.label,
                at=now,
                copy=copy,
            )
            key = str(session_id)
            reprint = ("cash_session.z_reprint", "cash_session", key, "Z report of cash session")
            job_id = self._queued(session, job, actor, now, reprint)
            uow.commit()
        return job_id

    def _queued(
        self, session: Session, job: PrintJob, actor: Actor, now: datetime, reprint: Reprint
    ) -> int:
        """The new job's id; a COPY is audited: ``reprint`` is the action, the entity's type
        and key, and what the summary calls the document ("receipt of"). A COPY settles the
        document's unsure jobs: whether they printed or not, this one is the answer."""
        session.flush()
        if job.copy:
            action, entity_type, key, what = reprint
            replaced = replace_unsure(session, job, now)
            settled = " in place of one that may not have printed" if replaced else ""
            audit.record(
                session,
                actor=actor,
                at=now,
                action=action,
                entity_type=entity_type,
                entity_key=key,
                summary=f"{what} {key} reprinted (marked COPY){settled}",
                terminal=self._station.terminal_code,
            )
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
                        PrintJob.state.in_(WAITING),
                    )
                    .order_by(PrintJob.id)
                )
            )

    def jobs(
        self, actor: Actor, *, waiting_only: bool = True, limit: int = 100
    ) -> list[PrintJobView]:
        """This till's jobs, newest first: those waiting for the printer or for a person
        (``unsure``), or all of them."""
        actor.require(Permission.INVOICE_VIEW)
        with self._db.reader() as uow:
            return job_views(
                uow.session,
                self._station.terminal_code,
                states=OPEN if waiting_only else None,
                limit=limit,
            )

    def queue_state(self) -> QueueState:
        """Jobs waiting at this till and the latest reason, and those that may not have
        printed (status bar; no user needed)."""
        with self._db.reader() as uow:
            return queue_state(uow.session, self._station.terminal_code)

    def cancel(self, actor: Actor, job_id: int) -> None:
        """Drop a waiting job (the sale stays; the receipt can be reprinted any time)."""
        actor.require(Permission.INVOICE_VIEW)
        with self._db.unit_of_work() as uow:
            job = uow.session.get(PrintJob, job_id)
            if job is None or job.state not in WAITING:
                raise NotFound(say("no waiting print job {number}", number=job_id))
            job.state = CANCELLED
            job.updated_at = self._clock.now()
            uow.commit()

    # ------------------------------------------------------------- jobs that may have printed

    def _unsure_job(self, session: Session, job_id: int) -> PrintJob:
        job = session.get(PrintJob, job_id)
        if job is None or job.state != UNSURE:
            raise NotFound(
                say(
                    "print job {number} is not waiting for a decision (no unsure job)",
                    number=job_id,
                )
            )
        return job

    def mark_printed(self, actor: Actor, job_id: int) -> None:
        """Someone looked: unsure job ``job_id`` did print. Audited (``print_job.marked_printed``)
        since it decides that no copy is owed."""
        actor.require(Permission.INVOICE_VIEW)
        now = self._clock.now()
        with self._db.unit_of_work() as uow:
            session = uow.session
            job = self._unsure_job(session, job_id)
            _action, entity_type, key, what = _reprint_of(session, job)
            job.state, job.printed_at, job.updated_at = PRINTED, now, now
            audit.record(
                session,
                actor=actor,
                at=now,
                action="print_job.marked_printed",
                entity_type=entity_type,
                entity_key=key,
                summary=f"{what} {key} marked printed by hand (the printer had not confirmed "
                f"job {job_id}: {job.last_error or job.problem})",
                terminal=self._station.terminal_code,
            )
            uow.commit()

    def reprint_unsure(self, actor: Actor, job_id: int) -> int:
        """Unsure job ``job_id`` did not print (or nobody can tell): queue its document again,
        marked COPY and without the drawer kick, audited as any reprint; the id of the new job.

        The unsure job becomes ``replaced``."""
        actor.require(Permission.INVOICE_VIEW)
        now = self._clock.now()
        with self._db.unit_of_work() as uow:
            session = uow.session
            job = self._unsure_job(session, job_id)
            if job.cash_session_id is not None:
                actor.require(Permission.CASH_SESSION)
            again = copy_of(
                session, job, terminal=self._station.terminal_code, queued_by=actor.label, at=now
            )
            new_id = self._queued(session, again, actor, now, _reprint_of(session, job))
            uow.commit()
        return new_id

    # ------------------------------------------------------------- sending (sending.py)

    def send_due(
        self, *, url: str | None = None, job_ids: Sequence[int] | None = None
    ) -> PrintReport:
        """Send this till's queued jobs (or ``job_ids``) to ``url`` or the configured printer;
        stops at the first one not confirmed. Blocks on the printer."""
        return self._sender.send_due(url=url, job_ids=job_ids)

    def retry(
        self, actor: Actor, *, job_id: int | None = None, url: str | None = None
    ) -> PrintReport:
        """Send waiting jobs now (one, or all), to the configured printer or another; an
        unsure job is not sent (:meth:`reprint_unsure` prints it again, as a COPY)."""
        actor.require(Permission.INVOICE_VIEW)
        return self.send_due(url=url, job_ids=[job_id] if job_id is not None else None)

    def status(self, url: str | None = None) -> PrinterStatus:
        """What the printer at ``url`` (or this till's) says now; never raises."""
        return self._sender.status(url)

    def idle_status(self) -> PrinterStatus | None:
        """The printer's status, unless a round is sending right now (``None`` then)."""
        return self._sender.idle_status()

    def test_page(self, actor: Actor, url: str | None = None) -> PrinterStatus:
        """Print a short page straight away (not queued): is this the right printer?"""
        actor.require(Permission.INVOICE_VIEW)
        printer = self._sender.printer(url)
        return printer.send(self.test_page_bytes(printer.name))


#: One shift's opening as the server and a till's offline journal store it (the sync replays
#: it at the till's time; SQLite keeps it as text): a till opens one shift at a time.
_SAME_OPENING = timedelta(seconds=1)


def _same_shift(session: Session, report: SessionReport) -> int | None:
    """The id of ``report``'s shift in this database. A report read on the offline journal
    names the journal's id, which the server may have given another shift (the journal
    numbers its own sessions; the sync gives the shift the server's next id), and the other
    way round: the shift is the one this till opened at that moment."""
    found = session.execute(
        select(CashSession.id)
        .join(Terminal, Terminal.id == CashSession.terminal_id)
        .where(
            Terminal.code == report.terminal,
            CashSession.opened_at > report.opened_at - _SAME_OPENING,
            CashSession.opened_at < report.opened_at + _SAME_OPENING,
        )
    ).scalars()
    ids = list(found)
    if report.session_id in ids:
        return report.session_id
    return ids[0] if len(ids) == 1 else None
