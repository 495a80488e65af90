"""``audit verify``: recompute the chain and the records' digests from what is stored now.

One pass over the entries in ``seq`` order, streamed: the database spells each entry's
canonical text and Python hashes it, checks that ``seq`` counts up from 1 without gaps and that
each ``prev_hash`` is the hash before it, and keeps each record's latest digest. Then each kind
of record is digested from its current rows, a few thousand at a time, and compared. All of it
reads one snapshot (PostgreSQL: ``REPEATABLE READ``; SQLite: one read transaction), so sales
committing meanwhile are neither half seen nor reported.

What it proves and what not: a change, deletion or insertion of entries or of audited rows
made with plain SQL is found, unless whoever made it recomputed every hash after it, which
anyone who can read this code can do. That rewrite is what the Z report's printed hash
catches: ``audit verify`` names the entry and hash it has at that place to compare with paper.

Thread rule: blocks for seconds on a big database; run it from a worker or the CLI.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, func, select

from pos_desktop.services.audit_chain import ENTRY_FIELDS, HEAD_ID, hash_text, sql_hash
from pos_desktop.services.audit_encoding import sql_encoding
from pos_desktop.services.audit_records import INVOICE, KINDS, RecordKind, current_digests
from pos_desktop.storage.models import AuditChainHead, AuditEvent
from pos_desktop.storage.models.audit import GENESIS_HASH

#: Entries fetched per round trip while streaming the chain.
STREAM_ROWS = 5000


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


def verify(engine: Engine) -> VerifyReport:
    """Check the whole chain and every audited record of the database behind ``engine``."""
    with engine.connect() as plain:
        connection = (
            plain.execution_options(isolation_level="REPEATABLE READ")
            if plain.dialect.name == "postgresql"
            else plain
        )
        with connection.begin():
            return _verify(connection)


def _verify(connection: Connection) -> VerifyReport:
    latest: dict[str, dict[int, str]] = {kind.name: {} for kind in KINDS}
    table = AuditEvent.__table__
    postgres = connection.dialect.name == "postgresql"
    spelt = sql_encoding(
        ENTRY_FIELDS, [table.c[n] for n, _k in ENTRY_FIELDS], connection.dialect.name
    )
    query = select(
        table.c.id,
        table.c.seq,
        table.c.prev_hash,
        table.c.hash,
        table.c.subject_type,
        table.c.subject_id,
        table.c.digest,
        sql_hash(spelt) if postgres else spelt,
    ).order_by(table.c.seq)
    rows = connection.execution_options(yield_per=STREAM_ROWS).execute(query)
    count, last_seq, last_hash = 0, 0, GENESIS_HASH
    broken: ChainBreak | None = None
    for entry_id, seq, prev, hash_, subject_type, subject_id, digest, computed in rows:
        count += 1
        if broken is None:
            recomputed = computed if postgres else hash_text(computed)
            broken = _link(entry_id, (seq, prev, hash_, recomputed), (last_seq, last_hash))
        last_seq, last_hash = seq, hash_
        if digest is not None and subject_type in latest:
            latest[subject_type][subject_id] = digest
    if broken is None:
        broken = _head(connection, count, last_seq, last_hash)
    mismatches: list[RecordMismatch] = []
    for kind in KINDS:
        mismatches += _records(connection, kind, latest[kind.name])
    return VerifyReport(count, last_seq, last_hash, broken, tuple(mismatches))


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


def _records(
    connection: Connection, kind: RecordKind, audited: dict[int, str]
) -> list[RecordMismatch]:
    changed: list[tuple[int, str]] = []
    unaudited: list[RecordMismatch] = []
    for current in current_digests(connection, kind):
        digest = audited.pop(current.record_id, None)
        name = kind.describe(current.record_id, current.label)
        if digest is None:
            if current.sealed:
                unaudited.append(
                    RecordMismatch(kind.name, current.record_id, name, "has no audit entry")
                )
        elif digest != current.digest:
            changed.append((current.record_id, name))
    found = _last_entries(connection, kind, [*(i for i, _n in changed), *audited])
    mismatches = [
        RecordMismatch(
            kind.name,
            record_id,
            name,
            f"rows differ from what audit entry #{found[record_id][0]} recorded",
        )
        for record_id, name in changed
    ]
    mismatches += unaudited
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
    connection: Connection, kind: RecordKind, record_ids: Iterable[int]
) -> dict[int, tuple[int, str | None]]:
    """``record id -> (seq, entity key)`` of each record's latest digest entry."""
    table = AuditEvent.__table__
    ids = list(record_ids)
    found: dict[int, tuple[int, str | None]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        last = (
            select(table.c.subject_id, func.max(table.c.seq).label("seq"))
            .where(table.c.subject_type == kind.name, table.c.subject_id.in_(chunk))
            .group_by(table.c.subject_id)
            .subquery()
        )
        query = select(last.c.subject_id, last.c.seq, table.c.entity_key).join(
            table, table.c.seq == last.c.seq
        )
        for record_id, seq, key in connection.execute(query):
            found[record_id] = (seq, key)
    return found
