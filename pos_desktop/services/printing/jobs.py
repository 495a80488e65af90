"""Print jobs and their states: what a till's printer owes, and what became of each job.

::

    queued --claim--> sending --the printer confirmed it---------------------> printed
      ^                  |----refused before any byte left (offline, paper out) -> queued
      |                  |----bytes left, never confirmed ---------------------> unsure
      |                  `----claim older than the lease (the sender died) ----> unsure
    unsure --a person: "it printed" ---------------------------------------------> printed
    unsure --a person: "reprint" (a new COPY job, no drawer kick) --------------> replaced
    queued --cancel--> cancelled

"unsure" is a state, not a retry: the receipt may be on paper and a cash sale's drawer open,
so sending it again could print it twice and open the drawer twice. Only a person who looked
at the printer can tell; until then the status bar and the print queue say so, and nothing
sends it by itself.

The functions that add a job take the caller's session: a sale's receipt commits with the
sale, a refund's slip with the credit note, the Z report with the closing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import ColumnElement, Table, func, insert, select, update
from sqlalchemy.orm import InstrumentedAttribute, Session

from pos_desktop.config import PrinterSettings
from pos_desktop.domain.printer import Problem
from pos_desktop.services.session_documents import report_name
from pos_desktop.storage.loaded_rows import insert_as_loaded, new_row
from pos_desktop.storage.models import CreditNote, Invoice, PrintJob

QUEUED, SENDING, PRINTED, CANCELLED = "queued", "sending", "printed", "cancelled"
UNSURE, REPLACED = "unsure", "replaced"
WAITING = (QUEUED, SENDING)
#: Shown in the print queue: waiting for the printer, or for a person to decide.
OPEN = (QUEUED, SENDING, UNSURE)
#: States in which the document may be on paper (or is about to be): the next one is a COPY.
MAY_HAVE_PRINTED = (QUEUED, SENDING, PRINTED, UNSURE, REPLACED)
INTERRUPTED = "the till stopped while sending it"


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
    #: It waits in this till's offline journal, not on the server. Set where the two queues
    #: are listed together (ui/print_queues.py): the two databases number their jobs each
    #: from 1, so an action on the row must go back to the queue the row came from.
    on_journal: bool = False

    @property
    def unsure(self) -> bool:
        """Sent, never confirmed: it may have printed; a person decides."""
        return self.state == UNSURE


@dataclass(frozen=True, slots=True)
class QueueState:
    """What the status bar shows: jobs waiting at this till and why the last one waits, and
    the jobs that may not have printed (``unsure_document`` names the latest)."""

    waiting: int
    problem: str | None = None
    last_error: str | None = None
    unsure: int = 0
    unsure_document: str | None = None


# ------------------------------------------------------------------------- adding jobs


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
    """Add a receipt's print job to the caller's transaction (it commits with that action).

    Written at once with one Core INSERT (the invoice is in the database already, so its id
    is known); the job is returned as loaded, for the caller to read its id."""
    job = new_row(
        PrintJob,
        invoice_id=invoice.id,
        open_drawer=open_drawer,
        **_waiting_columns(terminal=terminal, queued_by=queued_by, at=at, copy=copy),
    )
    insert_as_loaded(session, [job])
    return job


def queue_sale_receipt(
    session: Session,
    *,
    invoice_id: int,
    terminal: str,
    queued_by: str,
    at: datetime,
    open_drawer: bool,
) -> None:
    """Add the receipt of the sale being saved to its transaction: one plain INSERT on a sale's
    hot path, no object (nothing in the sale reads the job back; the printer's loop reads it
    from the database after the commit)."""
    session.connection().execute(
        _INSERT_JOB,
        {
            "invoice_id": invoice_id,
            "open_drawer": open_drawer,
            **_waiting_columns(terminal=terminal, queued_by=queued_by, at=at, copy=False),
        },
    )


_INSERT_JOB = insert(cast(Table, PrintJob.__table__))


def _waiting_columns(*, terminal: str, queued_by: str, at: datetime, copy: bool) -> dict[str, Any]:
    """A new job's columns but what it prints: queued at ``terminal`` now, not tried yet."""
    return {
        "terminal": terminal,
        "state": QUEUED,
        "copy": copy,
        "attempts": 0,
        "created_at": at,
        "updated_at": at,
        "queued_by": queued_by,
    }


def _waiting(
    session: Session, job: PrintJob, *, terminal: str, queued_by: str, at: datetime, copy: bool
) -> PrintJob:
    """``job`` (naming what it prints) queued at ``terminal``, added to the caller's session."""
    for name, value in _waiting_columns(
        terminal=terminal, queued_by=queued_by, at=at, copy=copy
    ).items():
        setattr(job, name, value)
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
    job = PrintJob(invoice=invoice, credit_note=note, open_drawer=open_drawer)
    return _waiting(session, job, terminal=terminal, queued_by=queued_by, at=at, copy=False)


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


def copy_of(
    session: Session, job: PrintJob, *, terminal: str, queued_by: str, at: datetime
) -> PrintJob:
    """A new job printing ``job``'s document again: marked COPY, and never opening the drawer
    (the money was in it the first time)."""
    again = PrintJob(
        invoice_id=job.invoice_id,
        credit_note_id=job.credit_note_id,
        cash_session_id=job.cash_session_id,
        report_as_of=job.report_as_of,
        open_drawer=False,
    )
    return _waiting(session, again, terminal=terminal, queued_by=queued_by, at=at, copy=True)


def printed_before(session: Session, *which: ColumnElement[bool]) -> bool:
    """A job for this document may be on paper (or still waits): the next one is a COPY."""
    return bool(
        session.scalar(
            select(func.count())
            .select_from(PrintJob)
            .where(*which, PrintJob.state.in_(MAY_HAVE_PRINTED))
        )
    )


def same_document(job: PrintJob) -> list[ColumnElement[bool]]:
    """The conditions that find the jobs printing ``job``'s document (this one included)."""

    def equal(column: InstrumentedAttribute[int | None], value: int | None) -> ColumnElement[bool]:
        return column.is_(None) if value is None else column == value

    return [
        equal(PrintJob.invoice_id, job.invoice_id),
        equal(PrintJob.credit_note_id, job.credit_note_id),
        equal(PrintJob.cash_session_id, job.cash_session_id),
        PrintJob.report_as_of.is_(None)
        if job.report_as_of is None
        else PrintJob.report_as_of == job.report_as_of,
    ]


def replace_unsure(session: Session, job: PrintJob, at: datetime) -> int:
    """A COPY of the document is queued: its unsure jobs are settled (``replaced``)."""
    result = session.execute(
        update(PrintJob)
        .where(*same_document(job), PrintJob.state == UNSURE, PrintJob.id != job.id)
        .values(state=REPLACED, updated_at=at)
        .execution_options(synchronize_session=False)
    )
    return int(getattr(result, "rowcount", 0) or 0)


# ---------------------------------------------------------------------------- sending


def lease(settings: PrinterSettings) -> timedelta:
    """How long a claim holds: after it, the sender is taken for dead. Longer than any send
    can last (a few status queries and the write, each bounded by the time limit)."""
    return max(timedelta(minutes=2), timedelta(seconds=10 * settings.timeout_seconds))


def expire_claims(session: Session, terminal: str, stale: datetime) -> int:
    """Jobs whose sender died mid-send (claimed before ``stale``): the bytes may have left,
    so they become unsure instead of being sent again."""
    result = session.execute(
        update(PrintJob)
        .where(
            PrintJob.terminal == terminal,
            PrintJob.state == SENDING,
            PrintJob.updated_at < stale,
        )
        .values(state=UNSURE, problem=Problem.INTERRUPTED.value, last_error=INTERRUPTED)
        .execution_options(synchronize_session=False)
    )
    return int(getattr(result, "rowcount", 0) or 0)


def claim(session: Session, job_id: int, now: datetime) -> PrintJob | None:
    """``queued`` -> ``sending`` if still queued: two senders never both send it."""
    result = session.execute(
        update(PrintJob)
        .where(PrintJob.id == job_id, PrintJob.state == QUEUED)
        .values(state=SENDING, attempts=PrintJob.attempts + 1, updated_at=now)
    )
    if getattr(result, "rowcount", 0) != 1:
        return None
    return session.get(PrintJob, job_id)


def settle(
    session: Session,
    job_id: int,
    now: datetime,
    *,
    printer: str,
    state: str,
    problem: str | None = None,
    error: str | None = None,
) -> None:
    """A send's outcome: ``printed``, ``queued`` again (refused) or ``unsure``. A job someone
    decided about meanwhile (its claim had expired) keeps that decision."""
    job = session.get(PrintJob, job_id)
    assert job is not None
    if job.state not in (SENDING, UNSURE):
        return
    job.printer = printer[:300]
    job.updated_at = now
    job.problem, job.last_error = problem, error
    job.state = state
    if state == PRINTED:
        job.printed_at = now


# ----------------------------------------------------------------------------- reading


def job_views(
    session: Session, terminal: str, *, states: tuple[str, ...] | None, limit: int
) -> list[PrintJobView]:
    """``terminal``'s jobs (in ``states``, or all), newest first."""
    query = (
        select(PrintJob, Invoice.number, CreditNote.number)
        .outerjoin(Invoice, Invoice.id == PrintJob.invoice_id)
        .outerjoin(CreditNote, CreditNote.id == PrintJob.credit_note_id)
        .where(PrintJob.terminal == terminal)
    )
    if states is not None:
        query = query.where(PrintJob.state.in_(states))
    query = query.order_by(PrintJob.id.desc()).limit(limit)
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
        for j, number, note in session.execute(query).all()
    ]


def queue_state(session: Session, terminal: str) -> QueueState:
    """Jobs waiting at ``terminal`` with the latest reason, and the unsure ones."""
    rows = session.execute(
        select(PrintJob.state, PrintJob.problem, PrintJob.last_error)
        .where(PrintJob.terminal == terminal, PrintJob.state.in_(OPEN))
        .order_by(PrintJob.updated_at.desc(), PrintJob.id.desc())
    ).all()
    waiting = [row for row in rows if row[0] != UNSURE]
    unsure = len(rows) - len(waiting)
    document = None
    if unsure:
        [latest] = job_views(session, terminal, states=(UNSURE,), limit=1)
        document = latest.document
    problem, error = (waiting[0][1], waiting[0][2]) if waiting else (None, None)
    return QueueState(len(waiting), problem, error, unsure, document)
