"""``audit verify``: recompute the chain and the records' digests from what is stored now.

Two passes at once, on two connections reading one snapshot (PostgreSQL: an exported
``REPEATABLE READ`` snapshot; SQLite: two read transactions begun while a writer's lock keeps
commits out for that millisecond), so sales committing meanwhile are neither half seen nor
reported. This thread walks the entries in ``seq`` order: the database spells each entry
(PostgreSQL also hashes it), Python checks that ``seq`` counts up from 1 without gaps, that
each ``prev_hash`` is the hash before it and that each hash is right, and keeps each record's
latest digest. A worker thread digests every invoice, credit note and cash session from its
current rows. Most of the work is the database's, which runs outside Python's lock, so the
passes share the two cores; then the digests are compared.

What it proves and what not: a change, deletion or insertion of entries or of audited rows
made with plain SQL is found, unless whoever made it recomputed every hash after it, which
anyone who can read this code can do. That rewrite is what the Z report's printed hash
catches: the entry at that place must have that hash.

Thread rule: blocks for seconds on a big database (and uses a thread of its own); run it
from a worker or the CLI.
"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, select, text

from pos_desktop.services.audit_chain import HEAD_ID, hash_text, sql_entry_text
from pos_desktop.services.audit_encoding import raw_rows
from pos_desktop.services.audit_records import (
    INVOICE,
    KINDS,
    RecordKind,
    current_digests,
    record_labels,
)
from pos_desktop.storage.models import AuditChainHead, AuditEvent
from pos_desktop.storage.models.audit import GENESIS_HASH

#: Entries read per query while going along the chain.
ROUND = 20_000


@dataclass(frozen=True, slots=True)
class ChainBreak:
    """The first place where the chain does not hold."""

    seq: int
    entry_id: int | None
    problem: str


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
    """What the walk along the chain found: each record's latest digest, per kind."""

    entries: int = 0
    last_seq: int = 0
    last_hash: str = GENESIS_HASH
    broken: ChainBreak | None = None
    latest: dict[str, dict[int, str]] = field(default_factory=lambda: {k.name: {} for k in KINDS})


@dataclass(slots=True)
class _Current:
    """The digests of a kind's records as their rows are now; ids of records not yet sealed
    (an open cash session), which need no entry."""

    digests: dict[int, str] = field(default_factory=dict)
    unsealed: set[int] = field(default_factory=set)


def verify(engine: Engine) -> VerifyReport:
    """Check the whole chain and every audited record of the database behind ``engine``."""
    with (
        _one_snapshot(engine) as (chain_connection, records_connection),
        ThreadPoolExecutor(max_workers=1, thread_name_prefix="audit-verify") as pool,
    ):
        records = pool.submit(_current_records, records_connection)
        chain = _walk(chain_connection)
        current = records.result()
        mismatches: list[RecordMismatch] = []
        for kind in KINDS:
            mismatches += _compare(
                chain_connection, kind, chain.latest[kind.name], current[kind.name]
            )
    return VerifyReport(
        chain.entries, chain.last_seq, chain.last_hash, chain.broken, tuple(mismatches)
    )


@contextmanager
def _one_snapshot(engine: Engine) -> Iterator[tuple[Connection, Connection]]:
    """Two connections in read transactions that see the database at the same moment."""
    with engine.connect() as first, engine.connect() as second:
        if engine.dialect.name == "postgresql":
            for connection in (first, second):
                connection.execution_options(isolation_level="REPEATABLE READ")
            with first.begin(), second.begin():
                snapshot = first.execute(text("SELECT pg_export_snapshot()")).scalar_one()
                second.exec_driver_sql(f"SET TRANSACTION SNAPSHOT '{snapshot}'")
                yield first, second
            return
        with first.begin(), second.begin():
            with engine.connect() as gate:
                gate.execution_options(sqlite_begin="IMMEDIATE")
                with gate.begin():  # no commit between the two snapshots
                    for connection in (first, second):
                        connection.exec_driver_sql("SELECT count(*) FROM audit_chain_head").all()
            yield first, second


def _walk(connection: Connection) -> _Chain:
    chain = _Chain()
    latest = chain.latest
    for rows in _entry_rounds(connection):
        for entry_id, seq, prev, hash_, subject_type, subject_id, digest, spelt in rows:
            chain.entries += 1
            if chain.broken is None:
                chain.broken = _link(
                    entry_id,
                    (seq, prev, hash_, hash_text(spelt)),
                    (chain.last_seq, chain.last_hash),
                )
            chain.last_seq, chain.last_hash = seq, hash_
            if digest is not None and subject_type in latest:
                latest[subject_type][subject_id] = digest
    if chain.broken is None:
        chain.broken = _head(connection, chain.entries, chain.last_seq, chain.last_hash)
    return chain


def _current_records(connection: Connection) -> dict[str, _Current]:
    found: dict[str, _Current] = {}
    for kind in KINDS:
        current = found[kind.name] = _Current()
        for record_id, _label, sealed, digest in current_digests(connection, kind):
            current.digests[record_id] = digest
            if not sealed:
                current.unsealed.add(record_id)
    return found


def _entry_rounds(connection: Connection) -> Iterator[list[tuple[Any, ...]]]:
    """The entries in ``seq`` order, ``ROUND`` at a time (by key: each round starts after the
    last ``seq`` seen), each with its hash as recomputed by PostgreSQL, or with its canonical
    text for Python to hash (SQLite)."""
    table = AuditEvent.__table__
    dialect = connection.dialect.name
    spelt = sql_entry_text(table, dialect)
    query = (
        select(
            table.c.id,
            table.c.seq,
            table.c.prev_hash,
            table.c.hash,
            table.c.subject_type,
            table.c.subject_id,
            table.c.digest,
            spelt,
        )
        .order_by(table.c.seq)
        .limit(ROUND)
    )
    after: int | None = None
    while True:
        rows = raw_rows(connection, query if after is None else query.where(table.c.seq > after))
        if not rows:
            return
        yield rows
        after = rows[-1][1]


def _link(
    entry_id: int, entry: tuple[int, str, str, str], last: tuple[int, str]
) -> ChainBreak | None:
    """Whether ``entry`` (seq, prev hash, stored hash, recomputed hash) follows ``last``
    (seq, hash)."""
    seq, prev, hash_, recomputed = entry
    last_seq, last_hash = last
    if seq != last_seq + 1:
        if seq <= last_seq:
            problem = f"entry #{seq} appears twice"
        elif seq == last_seq + 2:
            problem = f"entry #{last_seq + 1} is missing"
        else:
            problem = f"entries #{last_seq + 1} to #{seq - 1} are missing"
        return ChainBreak(last_seq + 1, entry_id, f"{problem} (the chain goes on at #{seq})")
    if prev != last_hash:
        return ChainBreak(
            seq, entry_id, f"entry #{seq} does not follow entry #{last_seq} (previous hash differs)"
        )
    if recomputed != hash_:
        return ChainBreak(seq, entry_id, f"entry #{seq} was changed: its hash does not match it")
    return None


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
    connection: Connection, kind: RecordKind, audited: dict[int, str], current: _Current
) -> list[RecordMismatch]:
    changed: list[int] = []
    unaudited: list[int] = []
    for record_id, digest in current.digests.items():
        stored = audited.pop(record_id, None)
        if stored is None:
            if record_id not in current.unsealed:
                unaudited.append(record_id)
        elif stored != digest:
            changed.append(record_id)
    if not (changed or unaudited or audited):
        return []
    labels = record_labels(connection, kind, [*changed, *unaudited])
    found = _last_entries(connection, kind, {*changed, *audited})
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
    for record_id in audited:
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
