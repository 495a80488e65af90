"""An existing database gets its chain (migration 0021): entries as found, in id order.

Entries written before the upgrade are chained as they are; each invoice, credit note and
closed cash session gets its current digest on its latest money entry (an invoice's latest
``invoice.*`` entry, a credit note's ``invoice.refund``, a session's ``cash_session.close``).
A record that has no such entry gets an ``audit.adopt`` entry of its own, and one closing
``audit.upgrade`` entry says what was done, so the log itself tells where proof begins.

What older entries can and cannot prove: from the upgrade on, any change to them or to those
records is found. What happened before it cannot be: the entries were not hashed when
written, and a record's digest is of its rows as found at the upgrade, not as its action left
them.

Thread rule: runs inside the migration's transaction, alone on the database.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Text, bindparam, column, func, select, table, update

from pos_desktop.services.audit_chain import (
    DOCUMENTS,
    ENTRY_FIELDS,
    chain_rows,
    hash_text,
    write_head,
)
from pos_desktop.services.audit_encoding import (
    INT,
    encode,
    join_encodings,
    sql_byte_length,
    sql_encoding,
)
from pos_desktop.services.audit_records import (
    CASH_SESSION,
    CREDIT_NOTE,
    INVOICE,
    KIND_BY_NAME,
    KINDS,
    CurrentDigest,
    RecordKind,
    current_digests,
)
from pos_desktop.storage.models.audit import GENESIS_HASH, canonical_json
from pos_desktop.storage.types import UtcDateTime

INVOICE_ACTIONS = ("invoice.draft", "invoice.issue", "invoice.pay", "invoice.edit", "invoice.void")
UPGRADE_ACTOR = "system:upgrade"
ROUND = 5000
#: ``ENTRY_FIELDS`` split: numbered here, as stored, and the subject given here.
_PLACE, _STORED, _SUBJECT = ENTRY_FIELDS[:2], ENTRY_FIELDS[2:10], ENTRY_FIELDS[10:]
_ENTRIES = table(
    "audit_events",
    *(
        column(name, UtcDateTime()) if name == "occurred_at" else column(name)
        for name in ("id", *(n for n, _k in ENTRY_FIELDS), *DOCUMENTS, "hash")
    ),
)


@dataclass(frozen=True, slots=True)
class ChainStart:
    entries: int
    digests: int
    adopted: int
    last_seq: int
    last_hash: str


def chain_existing(connection: Connection, now: datetime) -> ChainStart:
    """Number and hash every entry, attach digests, adopt unaudited records, set the head."""
    found = {k.name: {r.record_id: r for r in current_digests(connection, k)} for k in KINDS}
    vouching = _latest_entries(connection, found)
    attach = {entry_id: subject for subject, entry_id in vouching.items()}
    seq, prev = 0, GENESIS_HASH
    for rows in _stored_rounds(connection):
        updates: list[dict[str, Any]] = []
        for entry_id, stored in rows:
            subject: tuple[str | None, int | None, str | None] = (None, None, None)
            if entry_id in attach:
                kind_name, record_id = attach[entry_id]
                subject = (kind_name, record_id, found[kind_name][record_id].digest)
            seq += 1
            fields, lengths, documents = stored
            text = join_encodings(
                encode(_PLACE, (seq, prev)), fields, encode(_SUBJECT, subject), lengths
            )
            text += documents
            updates.append(
                {
                    "_id": entry_id,
                    "seq": seq,
                    "prev_hash": prev,
                    "hash": hash_text(text),
                    "subject_type": subject[0],
                    "subject_id": subject[1],
                    "digest": subject[2],
                }
            )
            prev = updates[-1]["hash"]
        _write_chained(connection, updates)
    chained = seq
    new_rows = [
        _adoption(KIND_BY_NAME[kind_name], record, now)
        for kind_name, records in found.items()
        for record_id, record in records.items()
        if record.sealed and (kind_name, record_id) not in vouching
    ]
    adopted = len(new_rows)
    if chained or adopted:
        new_rows.append(
            _entry(
                now,
                action="audit.upgrade",
                entity_type="audit",
                entity_key=None,
                summary=f"audit hash chain started: {chained} earlier entries chained as found,"
                f" {len(vouching)} records' digests put on their latest entries and {adopted}"
                " records without one adopted, all as found at this upgrade",
                after={"entries": chained, "digests": len(vouching), "adopted": adopted},
            )
        )
    seq, prev = chain_rows(new_rows, seq, prev)
    for row in new_rows:
        row["before"] = None if row["before"] is None else canonical_json(row["before"])
        row["after"] = None if row["after"] is None else canonical_json(row["after"])
    if new_rows:
        connection.execute(_ENTRIES.insert(), new_rows)
    write_head(connection, seq, prev)
    return ChainStart(chained, len(vouching), adopted, seq, prev)


def _latest_entries(
    connection: Connection, found: dict[str, dict[int, CurrentDigest]]
) -> dict[tuple[str, int], int]:
    """``(kind, record id) -> id`` of the latest existing entry of an action on the record."""
    by_key: dict[str, dict[str | None, int]] = {
        INVOICE.name: {r.label or f"draft-{i}": i for i, r in found[INVOICE.name].items()},
        CREDIT_NOTE.name: {r.label: i for i, r in found[CREDIT_NOTE.name].items()},
        CASH_SESSION.name: {str(i): i for i in found[CASH_SESSION.name]},
    }
    e = _ENTRIES.c
    query = (
        select(e.id, e.action, e.entity_key, e.after)
        .where(
            e.action.in_([*INVOICE_ACTIONS, "invoice.refund", "cash_session.close"]),
        )
        .order_by(e.id)
    )
    latest: dict[tuple[str, int], int] = {}
    for entry_id, action, entity_key, after in connection.execute(query):
        key = entity_key
        if action == "invoice.refund":
            kind, key = CREDIT_NOTE.name, _document_number(after)
        elif action == "cash_session.close":
            kind = CASH_SESSION.name
        else:
            kind = INVOICE.name
        record_id = by_key[kind].get(key) if key is not None else None
        if record_id is not None:
            latest[(kind, record_id)] = entry_id
    return latest


def _document_number(after: Any) -> str | None:
    """A refund entry's credit note number, from its ``after`` document."""
    if after is None:
        return None
    document = json.loads(after) if isinstance(after, str) else after
    number = document.get("number") if isinstance(document, dict) else None
    return str(number) if number is not None else None


def _entry(
    now: datetime,
    *,
    action: str,
    entity_type: str,
    entity_key: str | None,
    summary: str,
    after: dict[str, Any],
    subject: tuple[str, int, str] | None = None,
) -> dict[str, Any]:
    return {
        "occurred_at": now,
        "actor": UPGRADE_ACTOR,
        "user_id": None,
        "terminal": None,
        "action": action,
        "entity_type": entity_type,
        "entity_key": entity_key,
        "summary": summary,
        "before": None,
        "after": after,
        "subject_type": subject[0] if subject else None,
        "subject_id": subject[1] if subject else None,
        "digest": subject[2] if subject else None,
    }


def _adoption(kind: RecordKind, record: CurrentDigest, now: datetime) -> dict[str, Any]:
    name = kind.describe(record.record_id, record.label)
    return _entry(
        now,
        action="audit.adopt",
        entity_type=kind.name,
        entity_key=(record.label or str(record.record_id))[:40],
        summary=f"{name} had no audit entry: adopted as found at the upgrade to the hash chain",
        after={"id": record.record_id},
        subject=(kind.name, record.record_id, record.digest),
    )


def _stored_rounds(connection: Connection) -> Iterator[list[tuple[int, tuple[str, str, str]]]]:
    """Each entry's stored fields spelt by the database (the fields, the documents' lengths,
    the documents), ``ROUND`` entries at a time."""
    dialect = connection.dialect.name
    e = _ENTRIES.c
    fields = sql_encoding(_STORED, [e[name] for name, _k in _STORED], dialect)
    lengths = sql_encoding(
        [("before", INT), ("after", INT)],
        [sql_byte_length(e.before, dialect), sql_byte_length(e.after, dialect)],
        dialect,
    )
    documents = func.coalesce(e.before, "", type_=Text) + func.coalesce(e.after, "", type_=Text)
    query = select(e.id, fields, lengths, documents).order_by(e.id).limit(ROUND)
    after = 0
    while rows := connection.execute(query.where(e.id > after)).all():
        yield [(int(i), (str(f), str(n), str(d))) for i, f, n, d in rows]
        after = rows[-1][0]


def _write_chained(connection: Connection, updates: list[dict[str, Any]]) -> None:
    names = ("seq", "prev_hash", "hash", "subject_type", "subject_id", "digest")
    statement = (
        update(_ENTRIES)
        .where(_ENTRIES.c.id == bindparam("_id"))
        .values({name: bindparam(name) for name in names})
    )
    connection.execute(statement, updates)
