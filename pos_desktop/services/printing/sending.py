"""Sending the print queue: claim a job, render it, send it, settle what became of it.

Three short steps, none holding a transaction across the printer's I/O:

1. **claim** (one transaction): ``queued`` -> ``sending``, only if still queued, so two
   senders never both print it (a claim older than the lease, left by a process that died,
   becomes ``unsure``: it may have printed);
2. **render and send**: the document is rendered now for the printer it goes to, and sent;
3. **settle** (one transaction): ``printed`` when the printer confirmed the bytes
   (adapters/printing/connection.py says what confirms them per connection); ``queued`` again
   with the problem (offline, paper out, cover open) when it refused before any byte left;
   ``unsure`` when the bytes left without a confirmation. An unsure job is never sent again
   here: a person decides (``PrintService.mark_printed`` / ``reprint_unsure``).

Thread rule: every public method blocks on the printer (bounded by
``printer.timeout_seconds``); call them from a worker or the CLI. One round at a time per
process (a lock), and a status poll never opens a second connection while a round sends.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import select

from pos_desktop.config import PrinterSettings
from pos_desktop.domain.clock import Clock
from pos_desktop.domain.errors import PosError
from pos_desktop.domain.phrases import say
from pos_desktop.domain.printer import DeliveryUnsure, PrinterStatus, PrinterUnavailable, Problem
from pos_desktop.services.background_loop import RoundLoop
from pos_desktop.services.printing.documents import Printable, PrintRendering, document_name
from pos_desktop.services.printing.jobs import (
    PRINTED,
    QUEUED,
    SENDING,
    UNSURE,
    claim,
    expire_claims,
    lease,
    settle,
)
from pos_desktop.services.printing.ports import Printer, PrinterConnector
from pos_desktop.services.station import StationResolver
from pos_desktop.storage.models import PrintJob
from pos_desktop.storage.uow import Database

log = logging.getLogger(__name__)


@dataclass
class PrintReport:
    printed: list[str] = field(default_factory=list)
    waiting: list[tuple[str, str]] = field(default_factory=list)  # (invoice number, why)
    #: Sent, never confirmed (document, why): it may have printed; a person decides.
    unsure: list[tuple[str, str]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one send: the job's next state, the printer tried, and why."""

    state: str
    printer: str
    problem: Problem | None = None
    why: str | None = None


class PrintSender:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        settings: PrinterSettings,
        station: StationResolver,
        render: PrintRendering,
        *,
        connect: PrinterConnector,
    ) -> None:
        self._db = db
        self._clock = clock
        self._settings = settings
        self._station = station
        self._render = render
        self._connect = connect
        self._send_lock = threading.Lock()

    def printer(self, url: str | None) -> Printer:
        target = (url or self._settings.url).strip()
        if not target:
            raise PrinterUnavailable(
                Problem.NOT_SET_UP, say("no printer set up (Settings > Printer, or printer.url)")
            )
        return self._connect(target)

    # ----------------------------------------------------------------------------- rounds

    def send_due(
        self, *, url: str | None = None, job_ids: Sequence[int] | None = None
    ) -> PrintReport:
        """Send this till's queued jobs (or just ``job_ids``), oldest first, to ``url`` or the
        configured printer. Stops at the first job not confirmed: the printer is away (the
        rest wait), or it may have printed (it is unsure; a person decides)."""
        report = PrintReport()
        if not (url or self._settings.url).strip():
            return report
        with self._send_lock:
            for job_id in self._due(job_ids):
                if not self._send_one(job_id, url, report):
                    break
        return report

    def _due(self, job_ids: Sequence[int] | None) -> list[int]:
        """The queued jobs, oldest first; claims left by a dead sender become unsure first
        (found by a read: most rounds write nothing)."""
        terminal = self._station.terminal_code
        stale = self._clock.now() - lease(self._settings)
        expired = (PrintJob.state == SENDING) & (PrintJob.updated_at < stale)
        query = select(PrintJob.id, PrintJob.state).where(
            PrintJob.terminal == terminal, (PrintJob.state == QUEUED) | expired
        )
        if job_ids is not None:
            query = query.where(PrintJob.id.in_(list(job_ids)))
        with self._db.reader() as uow:
            rows = uow.session.execute(query.order_by(PrintJob.id)).all()
        if any(state == SENDING for _id, state in rows):
            with self._db.unit_of_work() as uow:
                expire_claims(uow.session, terminal, stale)
                uow.commit()
        return [job_id for job_id, state in rows if state == QUEUED]

    def _claim(self, job_id: int) -> tuple[Printable, bool] | None:
        now = self._clock.now()
        with self._db.unit_of_work() as uow:
            job = claim(uow.session, job_id, now)
            if job is None:
                return None
            document = self._render.document(uow.session, job, now)
            open_drawer = job.open_drawer
            uow.commit()
        return document, open_drawer

    def _send_one(self, job_id: int, url: str | None, report: PrintReport) -> bool:
        claimed = self._claim(job_id)
        if claimed is None:
            return True  # another sender has it
        document, open_drawer = claimed
        outcome = self._deliver(job_id, document, open_drawer, url)
        with self._db.unit_of_work() as uow:
            settle(
                uow.session,
                job_id,
                self._clock.now(),
                printer=outcome.printer,
                state=outcome.state,
                problem=outcome.problem.value if outcome.problem else None,
                error=outcome.why,
            )
            uow.commit()
        name = document_name(document)
        if outcome.state == PRINTED:
            report.printed.append(name)
        elif outcome.state == UNSURE:
            report.unsure.append((name, outcome.why or ""))
        else:
            report.waiting.append((name, outcome.why or ""))
        return outcome.state == PRINTED

    def _deliver(
        self, job_id: int, document: Printable, open_drawer: bool, url: str | None
    ) -> Outcome:
        printer_name = url or self._settings.url
        try:
            printer = self.printer(url)
            printer_name = printer.name
            data = self._render.document_bytes(document, open_drawer=open_drawer)
        except PrinterUnavailable as err:
            return Outcome(QUEUED, printer_name, err.problem, err.message)
        except Exception as err:  # a rendering bug must not lose the job either
            log.exception("print job %s failed", job_id)
            return Outcome(QUEUED, printer_name, Problem.ERROR, repr(err))
        try:
            printer.send(data)
        except DeliveryUnsure as err:
            return Outcome(UNSURE, printer_name, err.problem, err.message)
        except PrinterUnavailable as err:
            return Outcome(QUEUED, printer_name, err.problem, err.message)
        except Exception as err:  # bytes may have left before the bug: never send it again
            log.exception("print job %s failed while sending", job_id)
            return Outcome(UNSURE, printer_name, Problem.ERROR, repr(err))
        return Outcome(PRINTED, printer_name)

    # -------------------------------------------------------------------- the printer itself

    def status(self, url: str | None = None) -> PrinterStatus:
        try:
            return self.printer(url).status()
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
