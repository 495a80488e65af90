"""Importing customers from a CSV or XLSX file: preview, dry run, import in batches.

Order and threading: ``preview`` then ``run``, both in a worker thread (they read files and
the database). ``run`` reads the file once, streaming; each batch of rows is a savepoint, and
the batches are committed together every ``COMMIT_ROWS`` rows with an audit entry of the counts,
so a crash leaves whole batches only and running the same file again completes it: rows
already imported match their customers and change nothing. ``cancelled()`` is asked between
batches (the batches before are then committed); ``progress(report)`` gets a copy after each.

A dry run is the same code in one transaction that is rolled back, so its report is exactly
what the import would do; on SQLite it holds the write lock while it runs (four or five
seconds per 100,000 rows).
"""

from __future__ import annotations

import os
import sys
from collections import Counter
from collections.abc import Callable
from contextlib import ExitStack, closing
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import exc, select
from sqlalchemy.orm import Session

from pos_desktop.config import CustomerSettings
from pos_desktop.domain.clock import Clock
from pos_desktop.domain.errors import Conflict
from pos_desktop.domain.import_mapping import (
    PROBLEM_COLUMN,
    ColumnMapping,
    auto_mapping,
    headers_signature,
    mapping_from_dict,
)
from pos_desktop.domain.phrases import say
from pos_desktop.domain.roles import Actor, Permission
from pos_desktop.domain.tables import RowSink, TableInfo, UnreadableRow
from pos_desktop.services import audit
from pos_desktop.services.batch_garbage import batch_done, collector_paused
from pos_desktop.services.customer_batch import CustomerBatch
from pos_desktop.services.customers import CODE_ATTEMPTS, CustomerService, is_code_collision
from pos_desktop.services.file_ports import TableFiles
from pos_desktop.services.import_batches import BatchSource, SortedRows, worker_batches
from pos_desktop.services.import_report import (
    DuplicatePolicy,
    EmailPolicy,
    ImportReport,
    Outcome,
)
from pos_desktop.services.station import StationResolver
from pos_desktop.storage.engine import rare_checkpoints
from pos_desktop.storage.models import ImportMapping
from pos_desktop.storage.uow import Database, UnitOfWork

BATCH_SIZE = 2500
#: The real import commits once its open transaction holds this many rows' batches (and at the
#: end, or when cancelled). Why not every batch: on SQLite each commit wrote every index page
#: the batch touched into the WAL again, and late in a big import a batch touches most of them.
COMMIT_ROWS = 10_000
PREVIEW_ROWS = 20
#: The report's warning kind for a row read in a mixed or guessed encoding.
ENCODING_WARNING = say("encoding to check")
#: Files from this size on are read and normalised in a worker process (starting it costs
#: ~0.2 s).
PARALLEL_FROM_BYTES = 4_000_000
#: The field a note about a whole row names.
_ROW = say("row")


@dataclass(frozen=True, slots=True)
class ImportOptions:
    on_duplicate: DuplicatePolicy = DuplicatePolicy.UPDATE
    invalid_email: EmailPolicy = EmailPolicy.REJECT
    dry_run: bool = False
    rejects_path: Path | None = None
    batch_size: int = BATCH_SIZE
    #: Worker processes that read and normalise rows while this one writes; ``None``: one for
    #: big files on a machine with several CPUs, none otherwise; 0: none.
    processes: int | None = None
    #: The CSV's encoding as a person named it (``cp932``, ``gb18030``); ``None``: detected.
    encoding: str | None = None


@dataclass(frozen=True, slots=True)
class ImportPreview:
    info: TableInfo
    mapping: ColumnMapping
    saved_mapping: bool  # the mapping was chosen before for files with these headers
    sample: tuple[tuple[str, ...], ...]


def _process_count(options: ImportOptions, path: Path) -> int:
    if getattr(sys, "frozen", False):  # a frozen app's executable is the app, not a Python
        return 0
    if options.processes is not None:
        return options.processes
    cpus = os.cpu_count() or 1
    # One worker: it reads and normalises about as fast as this process writes, and each more
    # costs its memory while the writing stays the limit.
    return 1 if cpus > 1 and path.stat().st_size >= PARALLEL_FROM_BYTES else 0


@dataclass
class _Run:
    """What one ``run`` carries from batch to batch; ``report`` is replaced by each batch's."""

    actor: Actor
    options: ImportOptions
    report: ImportReport
    rejects: RowSink | None
    dry: UnitOfWork | None
    #: The real import's open transaction (its unit of work and what closes it), and how many
    #: rows its batches hold.
    open: tuple[UnitOfWork, ExitStack] | None = None
    open_rows: int = 0


def _abandon(run: _Run) -> None:
    """The open transaction rolled back (the import failed before committing it)."""
    if run.open is not None:
        run.open[1].close()
        run.open = None


def _tally(rows: SortedRows, report: ImportReport, batch: CustomerBatch) -> None:
    """Each row's outcome into ``report``."""
    outcomes: Counter[Outcome] = Counter()
    written = (Outcome.CREATED, Outcome.UPDATED)
    for (number, customer), decision in zip(rows.candidates, batch.decisions, strict=True):
        outcome, rule, country, kind = decision
        outcomes[outcome] += 1
        if rule:
            report.matched_by[rule] += 1
        if outcome in written:
            report.per_country[country or say("unknown")] += 1
            report.per_type[kind] += 1
        for warning in customer.warnings:
            report.warn(number, warning.field, warning.kind, warning.detail)
    for outcome, count in outcomes.items():
        report.count(outcome, count)
    for number in rows.extra_cells:
        report.warn(number, _ROW, say("extra cells ignored"), say("more cells than headers"))
    for number, note in rows.encoding_notes:
        report.warn(number, _ROW, ENCODING_WARNING, note)
    for number, cells, rejected in rows.turned_down:
        report.count(Outcome.REJECTED)
        if isinstance(cells, UnreadableRow):
            report.reject(number, _ROW, say("unreadable row"), cells.reason)
        else:
            for problem in rejected.problems:
                report.reject(number, problem.field, problem.kind, problem.detail)


def _write_rejects(rows: SortedRows, rejects: RowSink) -> None:
    """The batch's rejected rows as the file had them (padded to its width) plus the reason."""
    for number, cells, rejected in rows.turned_down:
        if isinstance(cells, UnreadableRow):
            reason = f"row {number}: {cells.reason}"
            row: list[str] = [""] * rows.width
        else:
            reason = f"row {number}: {rejected.reason}"
            row = (cells + [""] * rows.width)[: rows.width]
        rejects([*row, reason])


class CustomerImportService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        settings: CustomerSettings,
        station: StationResolver,
        customers: CustomerService,
        *,
        tables: TableFiles,
    ) -> None:
        self._db = db
        self._clock = clock
        self._settings = settings
        self._station = station
        self._customers = customers
        self._tables = tables

    # ----------------------------------------------------------------------------- mapping

    def preview(self, actor: Actor, path: Path, encoding: str | None = None) -> ImportPreview:
        """Headers, the mapping to start from (saved for these headers, else automatic) and
        the first rows, for the wizard's mapping page."""
        actor.require(Permission.CUSTOMER_IMPORT)
        table = self._tables.open(path, encoding)
        sample = []
        for _number, cells in table.rows():
            if isinstance(cells, list):
                sample.append(tuple(cells))
            if len(sample) >= PREVIEW_ROWS:
                break
        saved = self.saved_mapping(actor, table.info.headers)
        mapping = saved or auto_mapping(table.info.headers)
        return ImportPreview(table.info, mapping, saved is not None, tuple(sample))

    def saved_mapping(self, actor: Actor, headers: tuple[str, ...]) -> ColumnMapping | None:
        actor.require(Permission.CUSTOMER_IMPORT)
        with self._db.reader() as uow:
            row = uow.session.scalars(
                select(ImportMapping).where(ImportMapping.signature == headers_signature(headers))
            ).first()
            return mapping_from_dict(headers, row.mapping) if row else None

    def save_mapping(self, actor: Actor, mapping: ColumnMapping) -> None:
        """Remembered for the next file with the same headers (any order), on every till."""
        actor.require(Permission.CUSTOMER_IMPORT)
        signature = headers_signature(mapping.headers)
        for _attempt in range(2):  # two tills saving the first mapping at once: the loser updates
            try:
                with self._db.unit_of_work() as uow:
                    row = uow.session.scalars(
                        select(ImportMapping).where(ImportMapping.signature == signature)
                    ).first()
                    if row is None:
                        row = ImportMapping(signature=signature)
                        uow.session.add(row)
                    row.mapping = mapping.as_dict()
                    row.updated_at = self._clock.now()
                    row.updated_by = actor.label
                    uow.commit()
                return
            except exc.IntegrityError:
                continue

    # --------------------------------------------------------------------------------- run

    def run(
        self,
        actor: Actor,
        path: Path,
        options: ImportOptions,
        *,
        mapping: ColumnMapping | None = None,
        progress: Callable[[ImportReport], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ImportReport:
        actor.require(Permission.CUSTOMER_IMPORT)
        table = self._tables.open(path, options.encoding)
        info = table.info
        if mapping is None:
            mapping = self.saved_mapping(actor, info.headers) or auto_mapping(info.headers)
        mapping.check()
        source = BatchSource(
            path,
            mapping,
            keep_invalid_email=options.invalid_email is EmailPolicy.KEEP,
            default_region=self._settings.default_phone_region,
            batch_size=options.batch_size,
            tables=self._tables,
            encoding=options.encoding,
        )
        report = ImportReport(
            file=path.name,
            kind=info.kind,
            encoding=info.encoding,
            encoding_note=info.encoding_note,
            delimiter=info.delimiter,
            dry_run=options.dry_run,
            on_duplicate=options.on_duplicate,
            invalid_email=options.invalid_email,
            rejects_file=str(options.rejects_path) if options.rejects_path else None,
            ignored_columns=mapping.ignored(),
        )
        with ExitStack() as stack:
            rejects: RowSink | None = None
            if options.rejects_path is not None:
                rejects = stack.enter_context(
                    self._tables.writer(
                        options.rejects_path, "csv", (*info.headers, PROBLEM_COLUMN)
                    )
                )
            dry = stack.enter_context(self._db.unit_of_work()) if options.dry_run else None
            state = _Run(actor, options, report, rejects, dry)
            stack.callback(_abandon, state)  # a failure rolls back the batches not committed
            workers = _process_count(options, path)
            sorted_batches = stack.enter_context(
                closing(worker_batches(source, workers) if workers else source.batches())
            )
            stack.enter_context(collector_paused())
            for rows in sorted_batches:
                if cancelled is not None and cancelled():
                    state.report.cancelled = True
                    break
                self._batch(state, rows)
                batch_done()
                if progress is not None:
                    progress(state.report.snapshot())
            report = state.report
            report.finished = not report.cancelled
            self._commit(state, final=dry is None)
        return report

    def _batch(self, run: _Run, rows: SortedRows) -> None:
        """Match and write one batch in a savepoint of the open transaction (a dry run's is
        rolled back at the end); its counts reach the report once it is in."""
        session = self._transaction(run)
        for _attempt in range(CODE_ATTEMPTS):
            after = run.report.snapshot()  # the report once this batch is in
            try:
                with session.begin_nested():
                    _tally(rows, after, self._write(run, session, rows))
                break
            except exc.IntegrityError as error:
                if not is_code_collision(error):
                    raise
        else:  # pragma: no cover - tens of billions of codes
            raise Conflict(say("could not find free customer codes; try again"))
        run.report = after
        run.open_rows += len(rows.candidates) + len(rows.turned_down)
        if run.open_rows >= COMMIT_ROWS:
            self._commit(run)
        if run.rejects is not None:
            _write_rejects(rows, run.rejects)

    def _transaction(self, run: _Run) -> Session:
        if run.dry is not None:
            return run.dry.session
        if run.open is None:
            closing_it = ExitStack()
            uow = closing_it.enter_context(self._db.unit_of_work())
            closing_it.enter_context(rare_checkpoints(uow.session.connection()))
            run.open = (uow, closing_it)
        return run.open[0].session

    def _commit(self, run: _Run, *, final: bool = False) -> None:
        """The open transaction's batches saved with an audit entry of the import so far: it
        always states what is saved, even after a crash. ``final``: the entry says how the
        import ended (in a transaction of its own when no batch is open)."""
        if run.open is None:
            if final:
                with self._db.unit_of_work() as uow:
                    self._audit(run.actor, uow.session, run.report, final=True)
                    uow.commit()
            return
        uow, closing_it = run.open
        run.open, run.open_rows = None, 0
        with closing_it:
            self._audit(run.actor, uow.session, run.report, final=final)
            uow.commit()

    def _write(self, run: _Run, session: Session, rows: SortedRows) -> CustomerBatch:
        batch = CustomerBatch(session, run.options.on_duplicate)
        batch.load([c for _n, c in rows.candidates])
        for _number, customer in rows.candidates:
            batch.decide(customer)
        batch.save(
            codes=self._customers.fresh_codes(session, batch.new_count),
            now=self._clock.now(),
            registered_by=run.actor.label,
            exhibition_id=self._station.current_exhibition_id(session),
        )
        return batch

    def _audit(self, actor: Actor, session: Session, report: ImportReport, *, final: bool) -> None:
        """An audit entry with each commit, with the counts up to it; the last says how the
        import ended. Entries are never changed once written (the trail is a hash chain)."""
        if final:
            status = "cancelled" if report.cancelled else "done"
            summary = (
                f"customer import from {report.file} {status}: {report.rows} rows,"
                f" {report.created} created, {report.updated} updated,"
                f" {report.unchanged} unchanged, {report.rejected} rejected"
            )
        else:
            status = "importing"
            summary = (
                f"customer import from {report.file} (importing): {report.rows} rows,"
                f" {report.created} created, {report.updated} updated"
            )
        audit.record(
            session,
            actor=actor,
            at=self._clock.now(),
            action="customer.import",
            entity_type="import",
            entity_key=report.file[:40],
            summary=summary,
            after={**report.counts(), "status": status, "file": report.file},
            terminal=self._station.terminal_code,
        )
