"""The business records an audit entry vouches for, and their digests.

An entry of a money action holds the digest of the record it left behind, as the transaction
commits it: an invoice with its lines and payments (``invoice.draft|issue|pay|edit|void``), a
credit note with its lines (``invoice.refund``), a cash session with its cash movements
(``cash_session.close``). ``audit verify`` digests the rows as they are now and compares.

The columns are listed here by name rather than taken from the models: a column that a later
version adds must not change the digest of records audited before it (a column listed later
needs a digest version of its own; docs/audit-chain.md). Left out on purpose:
``version`` (an optimistic-locking counter that proves nothing). Nothing else of these rows
changes without an audited action; a column that does (a print or e-mail status, say) must be
left out as well, or every change of it audited.

Thread rule: pure functions and queries on the connection given; safe anywhere.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import (
    ColumnElement,
    Connection,
    Text,
    column,
    func,
    literal,
    null,
    select,
    table,
    true,
)
from sqlalchemy.sql.expression import TableClause

from pos_desktop.services.audit_encoding import (
    BOOL,
    INT,
    MONEY,
    PERCENT,
    QUANTITY,
    TEXT,
    WHEN,
    Field,
    encode_mapping,
    encode_object,
    raw_rows,
    sql_encoding,
)

#: Records read per round of ``current_digests`` (their parts come in the same round).
CHUNK = 2000


@dataclass(frozen=True, slots=True)
class Part:
    """Rows belonging to a record (an invoice's lines)."""

    table: str
    parent: str  # the column pointing at the record
    attribute: str  # the ORM relationship on the record
    mark: str  # a letter starting each of these rows in the digest's text
    fields: tuple[Field, ...]


@dataclass(frozen=True, slots=True)
class RecordKind:
    name: str  # the audit entry's ``subject_type``
    title: str  # how a person calls one ("credit note")
    table: str
    fields: tuple[Field, ...]
    parts: tuple[Part, ...]
    #: Named by this column (an invoice's number); by id when it is empty (a draft).
    label: str | None = None
    #: Only records with this column set must have a digest (a cash session once closed).
    sealed_when: str | None = None

    def describe(self, record_id: int, label: str | None) -> str:
        if label:
            return f"{self.title} {label}"
        return (
            f"draft invoice {record_id}" if self.name == "invoice" else f"{self.title} {record_id}"
        )


INVOICE = RecordKind(
    "invoice",
    "invoice",
    "invoices",
    (
        ("id", INT),
        ("number", TEXT),
        ("series_id", INT),
        ("sequence", INT),
        ("status", TEXT),
        ("exhibition_id", INT),
        ("terminal_id", INT),
        ("customer_id", INT),
        ("currency", TEXT),
        ("prices_include_vat", BOOL),
        ("net", MONEY),
        ("vat", MONEY),
        ("gross", MONEY),
        ("discount", MONEY),
        ("paid", MONEY),
        ("change", MONEY),
        ("cashier_user_id", INT),
        ("cashier_name", TEXT),
        ("issued_at", WHEN),
        ("revision", INT),
        ("voided_at", WHEN),
        ("voided_by", TEXT),
        ("void_reason", TEXT),
        ("created_at", WHEN),
        ("buyer_name", TEXT),
        ("buyer_company", TEXT),
        ("buyer_street", TEXT),
        ("buyer_postcode", TEXT),
        ("buyer_city", TEXT),
        ("buyer_country", TEXT),
        ("buyer_vat_id", TEXT),
        ("reverse_charge", BOOL),
    ),
    (
        Part(
            "invoice_lines",
            "invoice_id",
            "lines",
            "L",
            (
                ("id", INT),
                ("position", INT),
                ("product_id", INT),
                ("description", TEXT),
                ("quantity", QUANTITY),
                ("unit_price", MONEY),
                ("discount", MONEY),
                ("discount_percent", PERCENT),
                ("vat_rate", PERCENT),
                ("net", MONEY),
                ("vat", MONEY),
                ("gross", MONEY),
            ),
        ),
        Part(
            "payments",
            "invoice_id",
            "payments",
            "P",
            (
                ("id", INT),
                ("method", TEXT),
                ("amount", MONEY),
                ("tendered", MONEY),
                ("change", MONEY),
                ("reference", TEXT),
                ("received_at", WHEN),
                ("received_by", TEXT),
            ),
        ),
    ),
    label="number",
)

CREDIT_NOTE = RecordKind(
    "credit_note",
    "credit note",
    "credit_notes",
    (
        ("id", INT),
        ("number", TEXT),
        ("series_id", INT),
        ("sequence", INT),
        ("invoice_id", INT),
        ("terminal_id", INT),
        ("currency", TEXT),
        ("method", TEXT),
        ("restocked", BOOL),
        ("reason", TEXT),
        ("net", MONEY),
        ("vat", MONEY),
        ("gross", MONEY),
        ("created_at", WHEN),
        ("created_by", TEXT),
        ("approved_by", TEXT),
    ),
    (
        Part(
            "credit_note_lines",
            "credit_note_id",
            "lines",
            "L",
            (
                ("id", INT),
                ("invoice_line_id", INT),
                ("quantity", QUANTITY),
                ("vat_rate", PERCENT),
                ("net", MONEY),
                ("vat", MONEY),
                ("gross", MONEY),
            ),
        ),
    ),
    label="number",
)

CASH_SESSION = RecordKind(
    "cash_session",
    "cash session",
    "cash_sessions",
    (
        ("id", INT),
        ("terminal_id", INT),
        ("exhibition_id", INT),
        ("currency", TEXT),
        ("opened_at", WHEN),
        ("opened_by", TEXT),
        ("float_amount", MONEY),
        ("closed_at", WHEN),
        ("closed_by", TEXT),
        ("expected_cash", MONEY),
        ("counted_cash", MONEY),
    ),
    (
        Part(
            "cash_movements",
            "session_id",
            "movements",
            "M",
            (
                ("id", INT),
                ("kind", TEXT),
                ("amount", MONEY),
                ("reason", TEXT),
                ("at", WHEN),
                ("by", TEXT),
            ),
        ),
    ),
    sealed_when="closed_at",
)

KINDS = (INVOICE, CREDIT_NOTE, CASH_SESSION)
KIND_BY_NAME = {kind.name: kind for kind in KINDS}


#: Between a part's rows as the database joins them (JSON escapes control characters, so it
#: never occurs inside a row's text).
_SEPARATOR = "\x1e"


def _digest(kind: RecordKind, header: str, parts: Sequence[tuple[str, Iterable[str]]]) -> str:
    """SHA-256 of ``kind:header``, then per part its mark and its rows' texts in sorted order
    (sorted, not in the table's order: SQLite 3.40 cannot order inside an aggregate, and each
    row's text carries its id, and a line its position, anyway)."""
    text = f"{kind.name}:{header}" + "".join(mark + "".join(sorted(rows)) for mark, rows in parts)
    return hashlib.sha256(text.encode()).hexdigest()


def digest_of_rows(
    kind: RecordKind, record: Mapping[str, Any], parts: Sequence[Sequence[Mapping[str, Any]]]
) -> str:
    """The digest of a record given as column values, with its parts' rows (for bulk loads
    that write rows without the ORM)."""
    spelt = [
        (part.mark, [encode_mapping(part.fields, row) for row in rows])
        for part, rows in zip(kind.parts, parts, strict=True)
    ]
    return _digest(kind, encode_mapping(kind.fields, record), spelt)


def digest_of(kind: RecordKind, record: Any) -> str:
    """The digest of an ORM record as it stands in the session (flushed: ids are known)."""
    parts = [
        (part.mark, [encode_object(part.fields, row) for row in getattr(record, part.attribute)])
        for part in kind.parts
    ]
    return _digest(kind, encode_object(kind.fields, record), parts)


def _table(name: str, names: Iterable[str]) -> TableClause:
    return table(name, *(column(n) for n in dict.fromkeys(names)))


class CurrentDigest(NamedTuple):
    record_id: int
    label: str | None
    #: Whether the record must have an audited digest (a closed cash session, any invoice).
    sealed: bool
    digest: str


def record_labels(
    connection: Connection, kind: RecordKind, record_ids: Sequence[int]
) -> dict[int, str | None]:
    """``id -> label`` (an invoice's number) of the records asked for."""
    if kind.label is None:
        return {}
    rows = _table(kind.table, ["id", kind.label])
    found: dict[int, str | None] = {}
    for start in range(0, len(record_ids), 500):
        chunk = record_ids[start : start + 500]
        query = select(rows.c.id, rows.c[kind.label]).where(rows.c.id.in_(chunk))
        found.update((int(i), label) for i, label in connection.execute(query))
    return found


def _part_rows(part: Part, record_id: ColumnElement[int], dialect: str) -> ColumnElement[str]:
    """A record's rows of ``part``, spelt and joined by ``_SEPARATOR`` in any order (Python
    sorts them: an ordered aggregate cost PostgreSQL a sort per record and each row's text
    twice)."""
    rows = _table(part.table, [part.parent, *(n for n, _k in part.fields)])
    spelt = sql_encoding(part.fields, [rows.c[n] for n, _k in part.fields], dialect)
    aggregate = func.string_agg if dialect == "postgresql" else func.group_concat
    joined = aggregate(spelt, literal(_SEPARATOR, Text), type_=Text)
    found = select(joined).where(rows.c[part.parent] == record_id).scalar_subquery()
    return func.coalesce(found, literal("", Text), type_=Text)


def _joined_digest(kind: RecordKind, texts: list[str]) -> str:
    """:func:`_digest` of a record's header and its parts as the database joined them."""
    text = f"{kind.name}:{texts[0]}"
    for part, rows in zip(kind.parts, texts[1:], strict=True):
        text += part.mark
        if _SEPARATOR in rows:
            text += "".join(sorted(rows.split(_SEPARATOR)))
        else:
            text += rows
    return hashlib.sha256(text.encode()).hexdigest()


def current_digests(
    connection: Connection,
    kind: RecordKind,
    *,
    between: tuple[int, int] | None = None,
    ids: Sequence[int] | None = None,
) -> Iterator[CurrentDigest]:
    """The records of ``kind`` (all, those with ids ``between`` two, or those of ``ids``) in id
    order, digested from their rows as they are now.

    One query per ``CHUNK`` records, each record's parts read by correlated subqueries on the
    parts' indexes; the database spells the rows, Python sorts and hashes them (hashlib is
    faster than PostgreSQL's own ``sha256``).
    """
    dialect = connection.dialect.name
    extra = [n for n in (kind.label, kind.sealed_when) if n]
    head = _table(kind.table, ["id", *extra, *(n for n, _k in kind.fields)])
    spelt = sql_encoding(kind.fields, [head.c[n] for n, _k in kind.fields], dialect)
    label = head.c[kind.label] if kind.label else null()
    sealed = head.c[kind.sealed_when].is_not(None) if kind.sealed_when else true()
    columns = [spelt, *(_part_rows(part, head.c.id, dialect) for part in kind.parts)]
    query = select(head.c.id, label, sealed, *columns).order_by(head.c.id)
    if ids is not None:
        for at in range(0, len(ids), CHUNK):
            statement = query.where(head.c.id.in_(ids[at : at + CHUNK]))
            for record_id, name, is_sealed, *texts in raw_rows(connection, statement):
                yield CurrentDigest(record_id, name, bool(is_sealed), _joined_digest(kind, texts))
        return
    if between is not None:
        query = query.where(head.c.id.between(*between))
    after: int | None = None
    while True:
        statement = query if after is None else query.where(head.c.id > after)
        records = raw_rows(connection, statement.limit(CHUNK))
        if not records:
            return
        for record_id, name, is_sealed, *texts in records:
            yield CurrentDigest(record_id, name, bool(is_sealed), _joined_digest(kind, texts))
        after = records[-1][0]
