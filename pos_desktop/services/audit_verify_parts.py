"""The pieces ``audit verify`` splits its work into, run in worker processes or in-process.

A chain part walks the entries of a ``seq`` range: it checks each entry's hash and that each
follows the one before it inside the range, and keeps each record's latest digest; how the
parts join up is checked when they are put together. A records part digests the records of
one kind in an id range from their rows as they are now. Parts read without a common
snapshot: entries are never changed, and a record that changes while verify runs is checked
again at the end in one transaction (``audit_verify``).

Thread rule: a part uses the connection it is given, in the calling thread.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, LargeBinary, cast, select

from pos_desktop.services.audit_chain import ENTRY_PREFIX, sql_entry_text
from pos_desktop.services.audit_encoding import raw_rows
from pos_desktop.services.audit_records import KIND_BY_NAME, KINDS, current_digests
from pos_desktop.storage.models import AuditEvent

#: Entries read per query while going along the chain.
ROUND = 20_000


@dataclass(frozen=True, slots=True)
class ChainBreak:
    """The first place where the chain does not hold."""

    seq: int
    entry_id: int | None
    problem: str


@dataclass(frozen=True, slots=True)
class ChainTask:
    first_seq: int
    last_seq: int | None  # None: to the end


@dataclass(frozen=True, slots=True)
class RecordsTask:
    kind: str
    first_id: int
    last_id: int


Task = ChainTask | RecordsTask


@dataclass(slots=True)
class ChainPart:
    task: ChainTask
    entries: int = 0
    #: The first entry's ``(seq, prev_hash, id)``, the last one's ``(seq, hash)``.
    first: tuple[int, str, int] | None = None
    last: tuple[int, str] | None = None
    broken: ChainBreak | None = None
    #: Per kind of record: record id -> digest in its latest entry of this part.
    latest: dict[str, dict[int, str]] = field(default_factory=lambda: {k.name: {} for k in KINDS})


@dataclass(slots=True)
class RecordsPart:
    task: RecordsTask
    digests: dict[int, str] = field(default_factory=dict)
    #: Records that need no entry yet (a cash session still open).
    unsealed: set[int] = field(default_factory=set)


def run(connection: Connection, task: Task) -> ChainPart | RecordsPart:
    if isinstance(task, ChainTask):
        return walk(connection, task)
    return digest(connection, task)


def walk(connection: Connection, task: ChainTask) -> ChainPart:
    part = ChainPart(task)
    latest = part.latest
    prefix = hashlib.sha256(ENTRY_PREFIX.encode())
    as_bytes = connection.dialect.name == "sqlite"  # see entry_rounds
    last_seq, last_hash = 0, ""
    for rows in entry_rounds(connection, task.first_seq, task.last_seq):
        for entry_id, seq, prev, hash_, subject_type, subject_id, digest_, spelt in rows:
            if part.first is None:
                part.first = (seq, prev, entry_id)
            elif part.broken is None and (seq != last_seq + 1 or prev != last_hash):
                part.broken = link_break(entry_id, seq, last_seq)
            if part.broken is None:
                hashed = prefix.copy()
                hashed.update(spelt if as_bytes else spelt.encode())
                if hashed.hexdigest() != hash_:
                    part.broken = ChainBreak(
                        seq, entry_id, f"entry #{seq} was changed: its hash does not match it"
                    )
            last_seq, last_hash = seq, hash_
            if digest_ is not None and subject_type in latest:
                latest[subject_type][subject_id] = digest_
            part.entries += 1
    if part.first is not None:
        part.last = (last_seq, last_hash)
    return part


def link_break(entry_id: int | None, seq: int, last_seq: int) -> ChainBreak:
    """Entry ``seq`` does not follow entry ``last_seq``: missing entries, or a wrong link."""
    if seq == last_seq + 1:
        return ChainBreak(
            seq, entry_id, f"entry #{seq} does not follow entry #{last_seq} (previous hash differs)"
        )
    if seq <= last_seq:
        problem = f"entry #{seq} appears twice"
    elif seq == last_seq + 2:
        problem = f"entry #{last_seq + 1} is missing"
    else:
        problem = f"entries #{last_seq + 1} to #{seq - 1} are missing"
    return ChainBreak(last_seq + 1, entry_id, f"{problem} (the chain goes on at #{seq})")


def entry_rounds(
    connection: Connection, first_seq: int, last_seq: int | None
) -> Iterator[Sequence[Sequence[Any]]]:
    """The entries from ``first_seq`` (to ``last_seq``) in ``seq`` order, ``ROUND`` at a
    time, each with its canonical text as the database spells it (SQLite: as UTF-8 bytes,
    which spares decoding a text only to encode it again for hashing)."""
    table = AuditEvent.__table__
    spelt = sql_entry_text(table, connection.dialect.name)
    query = select(
        table.c.id,
        table.c.seq,
        table.c.prev_hash,
        table.c.hash,
        table.c.subject_type,
        table.c.subject_id,
        table.c.digest,
        cast(spelt, LargeBinary) if connection.dialect.name == "sqlite" else spelt,
    ).order_by(table.c.seq)
    if last_seq is not None:
        query = query.where(table.c.seq <= last_seq)
    after = first_seq - 1
    while rows := raw_rows(connection, query.where(table.c.seq > after).limit(ROUND)):
        yield rows
        after = rows[-1][1]


def digest(connection: Connection, task: RecordsTask) -> RecordsPart:
    part = RecordsPart(task)
    found = current_digests(
        connection, KIND_BY_NAME[task.kind], between=(task.first_id, task.last_id)
    )
    for record_id, _label, sealed, record_digest in found:
        part.digests[record_id] = record_digest
        if not sealed:
            part.unsealed.add(record_id)
    return part
