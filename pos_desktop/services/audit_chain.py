"""The hash chain of the audit trail: one chain per database, appended as a transaction commits.

Each entry's ``hash`` is SHA-256 over its canonical text (``audit_encoding``): its place in the
chain (``seq``), the previous entry's hash, when, who, on which terminal, what, the before and
after documents as their stored JSON text, and the digest of the business record it vouches
for. Deleting an entry leaves a gap in ``seq`` and a ``prev_hash`` pointing at nothing;
changing one changes its hash; inserting one breaks the link of the entry after it.

When: ``audit.record`` only collects entries (``hold``). Just before the transaction commits,
``seal`` digests their records as they are committed and appends the entries after the chain's
head row, which it locks. On SQLite (writers serialised by ``BEGIN IMMEDIATE`` already) Python
reads the head, numbers and hashes the entries, inserts them and moves the head. On PostgreSQL
one statement per entry does it all (``_append_on_server``): the head row ``FOR UPDATE``, the
entry numbered after it and hashed over ``sql_entry_text`` (the spelling ``audit verify``
reads the chain with, so the hash Python would take), inserted, and the head moved: one round
trip for a sale's entry instead of three. A terminal waiting for the lock reads the head as
its predecessor committed it (READ COMMITTED re-reads a row once its lock is released). Taking
the head last keeps it locked for the commit alone, so eight terminals selling at once queue
there for a fraction of a millisecond each, and no lock is ever taken after it (no deadlock
through it). The chain follows ``seq`` from the head row, never autoincrement ids, which
PostgreSQL hands out in the order transactions start, not the order they commit.

Thread rule: hooks run in the thread of the session that commits; sessions are per thread.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import (
    ColumnElement,
    Connection,
    FromClause,
    Insert,
    Select,
    Table,
    Text,
    bindparam,
    event,
    func,
    insert,
    literal,
    select,
    update,
)
from sqlalchemy.orm import Session, SessionTransaction
from sqlalchemy.types import TypeEngine

from pos_desktop.services.audit_encoding import (
    INT,
    TEXT,
    WHEN,
    Field,
    encode,
    sql_byte_length,
    sql_encoding,
)
from pos_desktop.services.audit_records import CASH_SESSION, CREDIT_NOTE, INVOICE, digest_of
from pos_desktop.storage.models import AuditChainHead, AuditEvent, CashSession, CreditNote, Invoice
from pos_desktop.storage.models.audit import GENESIS_HASH, canonical_json
from pos_desktop.storage.upsert import insert_ignoring_conflict

#: What an entry's hash covers: these fields, then the ``before`` and ``after`` documents as
#: their stored JSON text, whose lengths (in UTF-8 bytes; none for no document) close the
#: fields. The documents are appended rather than quoted inside the JSON array: escaping a
#: sale's document cost SQLite a quarter of verify's time.
ENTRY_FIELDS: tuple[Field, ...] = (
    ("seq", INT),
    ("prev_hash", TEXT),
    ("occurred_at", WHEN),
    ("actor", TEXT),
    ("user_id", INT),
    ("terminal", TEXT),
    ("action", TEXT),
    ("entity_type", TEXT),
    ("entity_key", TEXT),
    ("summary", TEXT),
    ("subject_type", TEXT),
    ("subject_id", INT),
    ("digest", TEXT),
)
DOCUMENTS = ("before", "after")
_LENGTHS: tuple[Field, ...] = (("before_length", INT), ("after_length", INT))
#: The fields and the documents' lengths: one JSON array (as ``sql_entry_text`` spells it).
_HASHED_FIELDS = (*ENTRY_FIELDS, *_LENGTHS)
_ENTRY_NAMES = tuple(name for name, _kind in ENTRY_FIELDS)
#: Starts every entry's hashed text: a later format gets another.
ENTRY_PREFIX = "audit-entry/1:"
HEAD_ID = 1
_PENDING = "pos_desktop.audit.pending"
_KINDS = ((Invoice, INVOICE), (CreditNote, CREDIT_NOTE), (CashSession, CASH_SESSION))
_HEAD = cast(Table, AuditChainHead.__table__)
_LOCK_HEAD = (
    select(_HEAD.c.last_seq, _HEAD.c.last_hash).where(_HEAD.c.id == HEAD_ID).with_for_update()
)
_MOVE_HEAD = (
    update(_HEAD)
    .where(_HEAD.c.id == HEAD_ID)
    .values(last_seq=bindparam("seq"), last_hash=bindparam("hash"))
)
_EVENTS = cast(Table, AuditEvent.__table__)
#: The columns an entry's row is written with (``id`` comes back).
_WRITTEN = tuple(column.name for column in _EVENTS.c if column.name != "id")


def _bound_type(name: str) -> TypeEngine[Any]:
    """A column's type for its value, the documents' as the JSON text that was hashed (spelt
    once, not again by the column's type)."""
    return Text() if name in DOCUMENTS else _EVENTS.c[name].type


def _insert_entries() -> Insert:
    """Entries' rows, their ids returned with their ``seq``."""
    values = {name: bindparam(name, type_=_bound_type(name)) for name in _WRITTEN}
    return insert(_EVENTS).values(values).returning(_EVENTS.c.id, _EVENTS.c.seq)


_INSERT_ENTRIES = _insert_entries()


def hash_text(text: str) -> str:
    """An entry's hash from its canonical text (as ``entry_text`` or the database spells it)."""
    return hashlib.sha256((ENTRY_PREFIX + text).encode()).hexdigest()


def entry_text(values: Mapping[str, Any]) -> str:
    """The canonical text of an entry given as column values (documents as JSON text)."""
    before, after = values.get("before"), values.get("after")
    spelt = [values.get(name) for name in _ENTRY_NAMES]
    spelt.append(None if before is None else len(before.encode()))
    spelt.append(None if after is None else len(after.encode()))
    return encode(_HASHED_FIELDS, spelt) + (before or "") + (after or "")


def sql_entry_text(table: FromClause, dialect: str) -> ColumnElement[str]:
    """:func:`entry_text` spelt by the database from the ``audit_events`` table's columns."""
    columns = table.c
    fields = _HASHED_FIELDS
    values = [
        *(columns[name] for name, _kind in ENTRY_FIELDS),
        *(sql_byte_length(columns[name], dialect) for name in DOCUMENTS),
    ]
    text = sql_encoding(fields, values, dialect)
    for name in DOCUMENTS:
        text = text + func.coalesce(columns[name], literal("", Text), type_=Text)
    return text


def _append_on_server() -> Select[int, int, str, str]:
    """PostgreSQL: lock the head, number, hash and insert one entry, and move the head to it,
    in one statement (one round trip). The hash is taken of ``sql_entry_text``, the spelling
    ``audit verify`` reads the chain with, so it is the hash Python would have taken; the
    head's ``FOR UPDATE`` serialises terminals as before (a waiting one reads the head its
    predecessor committed). No row comes back when there is no head row."""
    given = [name for name in _WRITTEN if name not in ("seq", "prev_hash", "hash")]
    head = (
        select(_HEAD.c.last_seq, _HEAD.c.last_hash)
        .where(_HEAD.c.id == HEAD_ID)
        .with_for_update()
        .cte("head")
    )
    entry = select(
        *(bindparam(name, type_=_bound_type(name)).label(name) for name in given),
        (head.c.last_seq + 1).label("seq"),
        head.c.last_hash.label("prev_hash"),
    ).cte("entry")
    spelt = literal(ENTRY_PREFIX, Text) + sql_entry_text(entry, "postgresql")
    hashed = func.encode(func.sha256(func.convert_to(spelt, literal("UTF8"))), literal("hex"))
    names = [*given, "seq", "prev_hash"]
    new = (
        insert(_EVENTS)
        .from_select([*names, "hash"], select(*(entry.c[name] for name in names), hashed))
        .returning(_EVENTS.c.id, _EVENTS.c.seq, _EVENTS.c.prev_hash, _EVENTS.c.hash)
        .cte("new")
    )
    moved = (
        update(_HEAD)
        .where(_HEAD.c.id == HEAD_ID)
        .values(
            last_seq=select(new.c.seq).scalar_subquery(),
            last_hash=select(new.c.hash).scalar_subquery(),
        )
        .cte("moved")
    )
    return select(new.c.id, new.c.seq, new.c.prev_hash, new.c.hash).add_cte(moved)


_APPEND_ON_SERVER = _append_on_server()


def _document_text(document: Any) -> str | None:
    return None if document is None else canonical_json(document)


def chain_rows(rows: Sequence[dict[str, Any]], last_seq: int, last_hash: str) -> tuple[int, str]:
    """Number and hash entries given as column values (``before``/``after`` as documents),
    after a head at ``(last_seq, last_hash)``; returns the new head.

    For bulk loads (benchmarks, the upgrade) that write audit rows with ``INSERT`` of many
    rows: the same hashing as a sale's, so ``audit verify`` cannot tell them apart.
    """
    for row in rows:
        last_seq += 1
        row["seq"], row["prev_hash"] = last_seq, last_hash
        texts = {
            **row,
            "before": _document_text(row.get("before")),
            "after": _document_text(row.get("after")),
        }
        row["hash"] = last_hash = hash_text(entry_text(texts))
    return last_seq, last_hash


def read_head(connection: Connection) -> tuple[int, str]:
    """The chain's head without locking it (bulk loaders hold the database to themselves)."""
    head = _HEAD
    row = connection.execute(
        select(head.c.last_seq, head.c.last_hash).where(head.c.id == HEAD_ID)
    ).first()
    return (row[0], row[1]) if row is not None else (0, GENESIS_HASH)


def write_head(connection: Connection, last_seq: int, last_hash: str) -> None:
    head = _HEAD
    done = connection.execute(
        update(head).where(head.c.id == HEAD_ID).values(last_seq=last_seq, last_hash=last_hash)
    )
    if done.rowcount == 0:
        connection.execute(head.insert().values(id=HEAD_ID, last_seq=last_seq, last_hash=last_hash))


@dataclass(slots=True)
class _Held:
    event: AuditEvent
    subject: object | None
    savepoint: SessionTransaction | None


def hold(session: Session, entry: AuditEvent, subject: object | None) -> None:
    """Keep ``entry`` for this transaction's commit (a savepoint rolled back drops it)."""
    held = _Held(entry, subject, session.get_nested_transaction())
    session.info.setdefault(_PENDING, []).append(held)


def seal(session: Session) -> None:
    """Append this transaction's held entries to the chain now; the head stays locked until
    the transaction ends. The commit does it anyway: call it to know an entry's hash before
    (the Z report prints its closing entry's)."""
    held: list[_Held] | None = session.info.pop(_PENDING, None)
    if not held:
        return
    session.flush()  # the records' final rows and ids, before they are digested
    connection = session.connection()  # Core statements: no ORM work, no autoflush
    entries = [_vouched(item) for item in held]
    if connection.dialect.name == "postgresql":
        _append_each_on_server(session, connection, entries)
        return
    seq, prev = _lock_head(session, connection)
    rows = []
    for entry in entries:
        seq += 1
        entry.seq, entry.prev_hash = seq, prev
        row = _entry_values(entry)
        entry.hash = prev = row["hash"] = hash_text(entry_text(row))
        rows.append(row)
    # One INSERT for the entries; they stay out of the session (nothing to flush or load).
    written = connection.execute(_INSERT_ENTRIES, rows).all()
    connection.execute(_MOVE_HEAD, {"seq": seq, "hash": prev})
    ids = {entry_seq: entry_id for entry_id, entry_seq in written}
    for entry in entries:
        entry.id = ids[entry.seq]


def _vouched(item: _Held) -> AuditEvent:
    """The held entry with the digest of its record as it stands (flushed) now."""
    entry = item.event
    if item.subject is not None:
        kind = next(k for model, k in _KINDS if isinstance(item.subject, model))
        entry.subject_type = kind.name
        entry.subject_id = item.subject.id  # type: ignore[attr-defined]
        entry.digest = digest_of(kind, item.subject)
    return entry


def _append_each_on_server(
    session: Session, connection: Connection, entries: list[AuditEvent]
) -> None:
    for entry in entries:
        row = _entry_values(entry)
        written = connection.execute(_APPEND_ON_SERVER, row).first()
        if written is None:  # no head row (emptied tables): made, then appended to
            _lock_head(session, connection)
            written = connection.execute(_APPEND_ON_SERVER, row).one()
        entry.id, entry.seq, entry.prev_hash, entry.hash = written


def _entry_values(entry: AuditEvent) -> dict[str, Any]:
    """The entry's row: its columns (as set, or None), the documents as their JSON text."""
    state = entry.__dict__  # a new entry's values, read without an attribute call each
    values = {name: state.get(name) for name in _WRITTEN}
    values["before"] = _document_text(values["before"])
    values["after"] = _document_text(values["after"])
    return values


def _lock_head(session: Session, connection: Connection) -> tuple[int, str]:
    row = connection.execute(_LOCK_HEAD).first()
    if row is None:
        # A database whose head row went (emptied tables): start it at the last entry.
        last = connection.execute(
            select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)
        ).first()
        seq, hash_ = (last[0], last[1]) if last is not None else (0, GENESIS_HASH)
        insert_ignoring_conflict(
            session,
            AuditChainHead,
            {"id": HEAD_ID, "last_seq": seq, "last_hash": hash_},
            ["id"],
        )
        row = connection.execute(_LOCK_HEAD).one()
    return int(row[0]), str(row[1])


def _inside(savepoint: SessionTransaction | None, ended: SessionTransaction) -> bool:
    while savepoint is not None:
        if savepoint is ended:
            return True
        savepoint = savepoint.parent
    return False


@event.listens_for(Session, "before_commit")
def _seal_before_commit(session: Session) -> None:
    if session.info.get(_PENDING):
        seal(session)


@event.listens_for(Session, "after_soft_rollback")
def _drop_rolled_back(session: Session, previous_transaction: SessionTransaction) -> None:
    held: list[_Held] | None = session.info.get(_PENDING)
    if not held:
        return
    if not previous_transaction.nested:
        session.info.pop(_PENDING, None)
        return
    session.info[_PENDING] = [h for h in held if not _inside(h.savepoint, previous_transaction)]
