"""The business records an audit entry vouches for, and their digests.

An entry of a money action holds the digest of the record it left behind, as the transaction
commits it: an invoice with its lines and payments (``invoice.draft|issue|pay|edit|void``), a
credit note with its lines (``invoice.refund``), a cash session with its cash movements
(``cash_session.close``). ``audit verify`` digests the rows as they are now and compares.

The columns are listed here by name rather than taken from the models: a column that a later
version adds must not change the digest of records audited before it. Left out on purpose:
``version`` (an optimistic-locking counter that proves nothing). Nothing else of these rows
changes without an audited action; a column that does (a print or e-mail status, say) must be
left out as well, or every change of it audited.

Thread rule: pure functions and queries on the connection given; safe anywhere.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Table, column, null, select, table, true

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
    sql_encoding,
)

#: Records read per round of ``current_digests`` (their parts come in the same round).
CHUNK = 2000


@dataclass(frozen=True, slots=True)
class Part:
    """Rows belonging to a record (an invoice's lines), in a fixed order."""

    table: str
    parent: str  # the column pointing at the record
    attribute: str  # the ORM relationship on the record
    mark: str  # a letter starting each of these rows in the digest's text
    order: tuple[str, ...]
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
    ),
    (
        Part(
            "invoice_lines",
            "invoice_id",
            "lines",
            "L",
            ("position",),
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
            ("id",),
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
            ("id",),
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
            ("id",),
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


def _digest(kind: RecordKind, header: str, parts: list[tuple[str, list[str]]]) -> str:
    text = [kind.name, ":", header]
    for mark, rows in parts:
        for row in rows:
            text += (mark, row)
    return hashlib.sha256("".join(text).encode()).hexdigest()


def digest_of_rows(
    kind: RecordKind, record: Mapping[str, Any], parts: Sequence[Sequence[Mapping[str, Any]]]
) -> str:
    """The digest of a record given as column values, its parts' rows in their order (for
    bulk loads that write rows without the ORM)."""
    spelt = [
        (part.mark, [encode_mapping(part.fields, row) for row in rows])
        for part, rows in zip(kind.parts, parts, strict=True)
    ]
    return _digest(kind, encode_mapping(kind.fields, record), spelt)


def digest_of(kind: RecordKind, record: Any) -> str:
    """The digest of an ORM record as it stands in the session (flushed: ids are known)."""
    parts = []
    for part in kind.parts:
        rows = sorted(
            getattr(record, part.attribute), key=lambda r: tuple(getattr(r, o) for o in part.order)
        )
        parts.append((part.mark, [encode_object(part.fields, row) for row in rows]))
    return _digest(kind, encode_object(kind.fields, record), parts)


def _table(name: str, names: list[str]) -> Table:
    return table(name, *(column(n) for n in dict.fromkeys(names)))  # type: ignore[return-value]


@dataclass(frozen=True, slots=True)
class CurrentDigest:
    record_id: int
    label: str | None
    #: Whether the record must have an audited digest (a closed cash session, any invoice).
    sealed: bool
    digest: str


def current_digests(connection: Connection, kind: RecordKind) -> Iterator[CurrentDigest]:
    """Every record of ``kind`` in id order, digested from its rows as they are now.

    The database spells each row (``audit_encoding``); a round reads ``CHUNK`` records and
    then their parts by a range of the parent column, so a million records take a few
    thousand queries, not a million.
    """
    dialect = connection.dialect.name
    extra = [n for n in (kind.label, kind.sealed_when) if n]
    head = _table(kind.table, ["id", *extra, *(n for n, _k in kind.fields)])
    spelt = sql_encoding(kind.fields, [head.c[n] for n, _k in kind.fields], dialect)
    label = head.c[kind.label] if kind.label else null()
    sealed = head.c[kind.sealed_when].is_not(None) if kind.sealed_when else true()
    query = select(head.c.id, label, sealed, spelt).order_by(head.c.id).limit(CHUNK)
    part_queries = []
    for part in kind.parts:
        rows = _table(part.table, [part.parent, *part.order, *(n for n, _k in part.fields)])
        part_queries.append(
            (
                part.mark,
                rows.c[part.parent],
                select(
                    rows.c[part.parent],
                    sql_encoding(part.fields, [rows.c[n] for n, _k in part.fields], dialect),
                ).order_by(rows.c[part.parent], *(rows.c[o] for o in part.order)),
            )
        )
    after = 0
    while True:
        records = connection.execute(query.where(head.c.id > after)).all()
        if not records:
            return
        low, high = records[0][0], records[-1][0]
        grouped = []
        for mark, parent, part_query in part_queries:
            by_parent: dict[int, list[str]] = defaultdict(list)
            for parent_id, text in connection.execute(part_query.where(parent.between(low, high))):
                by_parent[parent_id].append(text)
            grouped.append((mark, by_parent))
        for record_id, name, is_sealed, text in records:
            parts = [(mark, by_parent.get(record_id, [])) for mark, by_parent in grouped]
            yield CurrentDigest(
                record_id,
                name,
                bool(is_sealed),
                _digest(kind, text, parts),
            )
        after = high
