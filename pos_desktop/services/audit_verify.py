"""``audit verify``: recompute the chain and the records' digests from what is stored now.

The work is split into parts run side by side by worker processes (``audit_verify_workers``):
the entries in ``seq`` ranges (each entry's hash, and that each follows the one before it) and
each kind of record in id ranges (its digest from its rows as they are now). Then the parts
are joined: the ranges must meet without a gap or a wrong link, and each record's digest must
be the one in its latest entry. The parts read without a common snapshot, so whatever changed
while they ran (the entries after the last one planned, the records that do not match) is read
again in one transaction (``REPEATABLE READ`` on PostgreSQL) before anything is reported: a
sale made during a verification is neither half seen nor reported.

What it proves and what not: a change, deletion or insertion of entries or of audited rows
made with plain SQL is found, unless whoever made it recomputed every hash after it, which
anyone who can read this code can do. That rewrite is what the Z report's printed hash
catches: the entry at that place must have that hash.

Thread rule: blocks for seconds on a big database (and starts processes of its own); run it
from a worker or the CLI.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, column, func, select, table
from sqlalchemy.sql.expression import TableClause

from pos_desktop.services.audit_chain import HEAD_ID
from pos_desktop.services.audit_encoding import raw_rows
from pos_desktop.services.audit_records import (
    INVOICE,
    KINDS,
    RecordKind,
    current_digests,
    record_labels,
)
from pos_desktop.services.audit_verify_parts import (
    ROUND,
    ChainBreak,
    ChainPart,
    ChainTask,
    RecordsPart,
    RecordsTask,
    Task,
    link_break,
    walk,
)
from pos_desktop.services.audit_verify_workers import Workers
from pos_desktop.storage.models import AuditChainHead, AuditEvent
from pos_desktop.storage.models.audit import GENESIS_HASH

__all__ = ["ChainBreak", "RecordMismatch", "VerifyReport", "verify"]

#: Below this many entries and records together the parts run in this process (starting a
#: worker takes about half a second).
PROCESSES_FROM = 100_000
#: A record costs about three entries (its rows and parts; measured on SQLite), for sharing
#: out the work.
RECORD_COST = 3


@dataclass(frozen=True, slots=True)
class RecordMismatch:
    """An invoice, credit note or closed cash session whose rows no longer match the audit."""

    kind: str
    record_id: int
    name: str
    problem: str


@dataclass(frozen=True, slots=True)
class VerifyReport:
    entries: int
    head_seq: int
    head_hash: str
    first_break: ChainBreak | None
    mismatches: tuple[RecordMismatch, ...]

    @property
    def intact(self) -> bool:
        return self.first_break is None and not self.mismatches


@dataclass(slots=True)
class _Chain:
    """The parts of the chain put together."""

    entries: int
    last: tuple[int, str]
    broken: ChainBreak | None
    latest: dict[str, dict[int, str]]


def verify(engine: Engine, *, processes: int | None = None) -> VerifyReport:
    """Check the whole chain and every audited record of the database behind ``engine``
    (``processes``: workers; by default one per core, none for a small database)."""
    cores = os.cpu_count() or 1
    if processes is None:
        processes = cores if _rough_size(engine) >= PROCESSES_FROM else 1
    with Workers(engine, processes) as workers:
        with engine.connect() as connection, connection.begin():
            tasks = _plan(connection, max(processes, 1))
        results = workers.run(tasks)
    planned = max((t.last_seq or 0 for t in tasks if isinstance(t, ChainTask)), default=0)
    current = {kind.name: RecordsPart(RecordsTask(kind.name, 0, 0)) for kind in KINDS}
    for part in results:
        if isinstance(part, RecordsPart):
            current[part.task.kind].digests.update(part.digests)
            current[part.task.kind].unsealed.update(part.unsealed)
    with _one_snapshot(engine) as connection:
        # The entries written since the plan, read with the records checked again below.
        tail = walk(connection, ChainTask(planned + 1, None))
        chain = _join([*(r for r in results if isinstance(r, ChainPart)), tail])
        if chain.broken is None:
            chain.broken = _head(connection, chain.entries, *chain.last)
        mismatches: list[RecordMismatch] = []
        for kind in KINDS:
            mismatches += _compare(connection, kind, chain.latest[kind.name], current[kind.name])
    return VerifyReport(chain.entries, *chain.last, chain.broken, tuple(mismatches))


def _rough_size(engine: Engine) -> int:
    """Entries and invoices, from the highest numbers (read off the indexes, no counting)."""
    entries, invoices = AuditEvent.__table__, _table_of(INVOICE)
    with engine.connect() as connection:
        found = connection.execute(
            select(select(func.max(entries.c.seq)).scalar_subquery(), func.max(invoices.c.id))
        ).one()
    return sum(n or 0 for n in found)


def _plan(connection: Connection, pieces: int) -> list[Task]:
    """The tasks, costliest first."""
    table = AuditEvent.__table__
    first, last, entries = connection.execute(
        select(func.min(table.c.seq), func.max(table.c.seq), func.count())
    ).one()
    costed: list[tuple[int, Task]] = []
    if entries:
        low = min(1, first)
        for a, b in _ranges(low, last, pieces):
            costed.append((entries * (b - a + 1) // (last - low + 1), ChainTask(a, b)))
    for kind in KINDS:
        records = _table_of(kind)
        low, high, count = connection.execute(
            select(func.min(records.c.id), func.max(records.c.id), func.count())
        ).one()
        if count:
            for a, b in _ranges(low, high, pieces):
                cost = RECORD_COST * count * (b - a + 1) // (high - low + 1)
                costed.append((cost, RecordsTask(kind.name, a, b)))
    costed.sort(key=lambda item: -item[0])
    return [task for _cost, task in costed]


def _ranges(low: int, high: int, pieces: int) -> list[tuple[int, int]]:
    step = max(1, -(-(high - low + 1) // pieces))
    return [(a, min(high, a + step - 1)) for a in range(low, high + 1, step)]


def _table_of(kind: RecordKind) -> TableClause:
    return table(kind.table, column("id"))


def _join(parts: list[ChainPart]) -> _Chain:
    """The chain parts in order: each must go on where the one before it ended."""
    latest: dict[str, dict[int, str]] = {kind.name: {} for kind in KINDS}
    breaks: list[tuple[int, int, ChainBreak]] = []
    entries, last = 0, (0, GENESIS_HASH)
    for part in sorted(parts, key=lambda p: p.task.first_seq):
        if part.first is None or part.last is None:
            continue
        seq, prev, entry_id = part.first
        if seq != last[0] + 1 or prev != last[1]:
            joint = link_break(entry_id, seq, last[0])
            breaks.append((joint.seq, 0, joint))
        if part.broken is not None:
            breaks.append((part.broken.seq, 1, part.broken))
        for name, digests in part.latest.items():
            latest[name].update(digests)
        entries += part.entries
        last = part.last
    broken = min(breaks, key=lambda b: (b[0], b[1]))[2] if breaks else None
    return _Chain(entries, last, broken, latest)


@contextmanager
def _one_snapshot(engine: Engine) -> Iterator[Connection]:
    with engine.connect() as connection:
        if engine.dialect.name == "postgresql":
            connection.execution_options(isolation_level="REPEATABLE READ")
        with connection.begin():
            yield connection


def _head(connection: Connection, count: int, last_seq: int, last_hash: str) -> ChainBreak | None:
    head = AuditChainHead.__table__
    row = connection.execute(
        select(head.c.last_seq, head.c.last_hash).where(head.c.id == HEAD_ID)
    ).first()
    if row is None:
        if count == 0:
            return None
        return ChainBreak(last_seq, None, "the chain's head row is missing")
    head_seq, head_hash = int(row[0]), str(row[1])
    if head_seq > last_seq:
        gone = f"#{head_seq}" if head_seq == last_seq + 1 else f"#{last_seq + 1} to #{head_seq}"
        return ChainBreak(
            last_seq + 1, None, f"the last entries are missing: {gone} (the head is at #{head_seq})"
        )
    if head_seq < last_seq or head_hash != last_hash:
        return ChainBreak(
            head_seq, None, f"the chain's head (#{head_seq}) does not match its last entry"
        )
    return None


def _compare(
    connection: Connection, kind: RecordKind, audited: dict[int, str], current: RecordsPart
) -> list[RecordMismatch]:
    """Records whose digest is not their latest entry's, that have no entry, or are gone;
    the first two read again in this transaction (they may have changed since the parts)."""
    suspects = [
        record_id
        for record_id, record_digest in current.digests.items()
        if audited.get(record_id, "") != record_digest
        and (record_id in audited or record_id not in current.unsealed)
    ]
    gone = set(audited) - set(current.digests)
    if not suspects and not gone:
        return []
    again = {r.record_id: r for r in current_digests(connection, kind, ids=[*suspects, *gone])}
    changed = [i for i in sorted(again) if i in audited and audited[i] != again[i].digest]
    unaudited = [i for i in sorted(again) if i not in audited and again[i].sealed]
    gone = {i for i in gone if i not in again}
    labels = record_labels(connection, kind, [*changed, *unaudited])
    found = _last_entries(connection, kind, {*changed, *gone})
    mismatches = [
        RecordMismatch(
            kind.name,
            record_id,
            kind.describe(record_id, labels.get(record_id)),
            f"rows differ from what audit entry #{found[record_id][0]} recorded",
        )
        for record_id in changed
    ]
    mismatches += [
        RecordMismatch(
            kind.name,
            record_id,
            kind.describe(record_id, labels.get(record_id)),
            "has no audit entry",
        )
        for record_id in unaudited
    ]
    for record_id in gone:
        seq, key = found[record_id]
        # An invoice's entries are keyed by its number (a draft's by "draft-<id>").
        number = key if kind is INVOICE and key and not key.startswith("draft-") else None
        mismatches.append(
            RecordMismatch(
                kind.name,
                record_id,
                kind.describe(record_id, number),
                f"is gone: its rows were deleted after audit entry #{seq}",
            )
        )
    return sorted(mismatches, key=lambda m: m.record_id)


def _last_entries(
    connection: Connection, kind: RecordKind, record_ids: set[int]
) -> dict[int, tuple[int, str | None]]:
    """``record id -> (seq, entity key)`` of the latest digest entry of each record asked
    for: one pass over the digest entries, only when some record does not match."""
    if not record_ids:
        return {}
    table = AuditEvent.__table__
    query = (
        select(table.c.seq, table.c.subject_id, table.c.entity_key)
        .where(table.c.subject_type == kind.name)
        .order_by(table.c.seq)
        .limit(ROUND)
    )
    found: dict[int, tuple[int, str | None]] = {}
    after = 0
    while rows := raw_rows(connection, query.where(table.c.seq > after)):
        for seq, record_id, key in rows:
            if record_id in record_ids:
                found[record_id] = (seq, key)
        after = rows[-1][0]
    return found
