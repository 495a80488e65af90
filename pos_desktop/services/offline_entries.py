"""The offline journal's entries: written by handlers on the journal's bus, read by sync.

A till selling on its offline journal runs the ordinary services there; what it did reaches
the server as the entries these handlers write, each in the very transaction of its action
(a till killed a moment later keeps both or neither). An entry holds the action's *inputs*
(what a replay on the server needs: lines, payments, customer code, cashier), its idempotency
key, and what the till gave out (the invoice number, the customer code). No service knows of
any of this: the handlers are wired onto the journal's bus only (``bootstrap/offline.py``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, bindparam, func, insert, select

from pos_desktop.domain.action_key import ActionKey
from pos_desktop.domain.customer_fields import FIELD_NAMES
from pos_desktop.services.events import (
    CashMoved,
    CashSessionClosed,
    CashSessionOpened,
    CustomerCheckedIn,
    CustomerRegistered,
    InvoiceEdited,
    InvoiceVoided,
    RefundMade,
    SaleIssued,
)
from pos_desktop.services.messagebus import MessageBus, Transaction
from pos_desktop.storage.models import CashMovement, Invoice, OfflineEntry
from pos_desktop.storage.models.offline_entry import (
    CHECKIN_KIND,
    CONFLICT,
    PENDING,
    SALE_KIND,
    SYNCED,
)
from pos_desktop.storage.uow import Database

_ENTRIES = cast(Table, OfflineEntry.__table__)
_INSERT = insert(_ENTRIES)


def _text(value: object) -> str | None:
    return None if value is None else str(value)


_WAITING = (
    select(func.count()).select_from(OfflineEntry.__table__).where(OfflineEntry.state == PENDING)
)
_NEWER = select(OfflineEntry.seq, OfflineEntry.kind, OfflineEntry.state).where(
    OfflineEntry.seq > bindparam("seq")
)
_WAITING_BY_KIND = (
    select(OfflineEntry.kind, func.count())
    .where(OfflineEntry.state == PENDING)
    .group_by(OfflineEntry.kind)
)


def _key(uow: Transaction) -> str:
    """The action's idempotency key (the unit of work's); a new one if it had none."""
    key = getattr(uow, "key", None)
    return key.value if isinstance(key, ActionKey) else ActionKey.new().value


def _write(
    uow: Transaction, kind: str, payload: dict[str, Any], number: str | None, at: datetime
) -> None:
    uow.session.connection().execute(
        _INSERT,
        {
            "key": _key(uow),
            "kind": kind,
            "payload": json.dumps(payload, ensure_ascii=False, sort_keys=True),
            "number": number,
            "created_at": at,
            "state": PENDING,
        },
    )


def _lines(invoice: Invoice) -> list[dict[str, Any]]:
    """An invoice's lines as inputs again, in their printed order (a sale's, an edit's)."""
    return [
        {
            "description": line.description,
            "quantity": str(line.quantity),
            "unit_price": str(line.unit_price),
            "vat_rate": str(line.vat_rate),
            # A percentage gives the same rounded amount again; else the amount itself.
            "discount": str(line.discount) if line.discount_percent is None else "0",
            "discount_percent": _text(line.discount_percent),
            "product_id": line.product_id,
            "workshop_id": line.workshop_id,
        }
        for line in sorted(invoice.lines, key=lambda ln: ln.position)
    ]


def sale_issued(uow: Transaction, event: SaleIssued) -> None:
    invoice = event.invoice
    lines = _lines(invoice)
    payments = [
        {"method": p.method, "amount": str(p.tendered), "reference": p.reference}
        for p in invoice.payments
    ]
    payload = {
        "cashier": event.by,
        "customer_code": event.customer.code if event.customer else None,
        "lines": lines,
        "payments": payments,
        "reverse_charge": bool(invoice.reverse_charge),
    }
    _write(uow, SALE_KIND, payload, invoice.number, event.at)


def customer_registered(uow: Transaction, event: CustomerRegistered) -> None:
    row = event.customer
    fields = {
        name: "" if getattr(row, name) is None else str(getattr(row, name)) for name in FIELD_NAMES
    }
    _write(uow, "registration", {"by": event.by, "fields": fields}, row.code, event.at)


def cash_session_opened(uow: Transaction, event: CashSessionOpened) -> None:
    payload = {"by": event.by, "float": str(event.cash_session.float_amount)}
    _write(uow, "cash_open", payload, None, event.at)


def cash_moved(uow: Transaction, event: CashMoved) -> None:
    reason = uow.session.scalar(
        select(CashMovement.reason)
        .where(CashMovement.session_id == event.cash_session.id)
        .order_by(CashMovement.id.desc())
        .limit(1)
    )
    payload = {
        "by": event.by,
        "kind": event.kind,
        "amount": str(event.amount),
        "reason": reason or "offline",
    }
    _write(uow, "cash_move", payload, None, event.at)


def cash_session_closed(uow: Transaction, event: CashSessionClosed) -> None:
    payload = {"by": event.by, "counted": _text(event.cash_session.counted_cash)}
    _write(uow, "cash_close", payload, None, event.at)


def invoice_voided(uow: Transaction, event: InvoiceVoided) -> None:
    """A sale the journal holds (made offline), voided before the server had it: the void
    follows the sale there, in order."""
    payload = {"by": event.by, "reason": event.invoice.void_reason or ""}
    _write(uow, "void", payload, event.invoice.number, event.at)


def refund_made(uow: Transaction, event: RefundMade) -> None:
    """A refund of a sale the journal holds (made offline): lines by their printed position,
    which the server's copy of the sale shares."""
    note = event.note
    positions = {line.id: line.position for line in event.invoice.lines}
    payload = {
        "by": event.by,
        "method": event.method.value,
        "restock": bool(note.restocked),
        "reason": note.reason,
        "approved_by": note.approved_by,
        "credit_note": note.number,
        "gross": str(note.gross),  # what the till paid back: the server's is compared with it
        "lines": [
            {"position": positions[line.invoice_line_id], "quantity": str(line.quantity)}
            for line in note.lines
        ],
    }
    _write(uow, "refund", payload, event.invoice.number, event.at)


def invoice_edited(uow: Transaction, event: InvoiceEdited) -> None:
    """An edit of a sale the journal holds (made offline): the new lines, the reason and the
    customer, replayed on the server's copy after the sale; the totals and revision the till
    arrived at, for the replay to compare."""
    view = event.view
    payload = {
        "by": event.by,
        "reason": event.reason,
        "lines": _lines(event.invoice),
        "keep_customer": event.customer_kept,
        "customer_code": None if event.customer_kept else view.customer_code,
        "revision": view.revision,
        "totals": {"net": str(view.net), "vat": str(view.vat), "gross": str(view.gross)},
    }
    _write(uow, "edit", payload, event.invoice.number, event.at)


def customer_checked_in(uow: Transaction, event: CustomerCheckedIn) -> None:
    """An admission at the door (only admissions: a visitor turned away changed nothing),
    under the customer's code (what a manager's list shows). Replayed at the till's time; the
    server's verdict may differ (a conflict)."""
    payload = {
        "by": event.by,
        "customer_code": event.customer_code,
        "workshop_code": event.workshop_code,
        "seat": event.seat,
    }
    _write(uow, CHECKIN_KIND, payload, event.customer_code, event.at)


def journal_entries(bus: MessageBus) -> None:
    """Wire the entries onto the journal's bus (after book keeping: the entry is the last
    thing the action writes)."""
    bus.handle(SaleIssued, sale_issued)
    bus.handle(CustomerRegistered, customer_registered)
    bus.handle(CashSessionOpened, cash_session_opened)
    bus.handle(CashMoved, cash_moved)
    bus.handle(CashSessionClosed, cash_session_closed)
    bus.handle(InvoiceVoided, invoice_voided)
    bus.handle(InvoiceEdited, invoice_edited)
    bus.handle(RefundMade, refund_made)
    bus.handle(CustomerCheckedIn, customer_checked_in)


@dataclass(frozen=True, slots=True)
class EntryView:
    seq: int
    key: str
    kind: str
    number: str | None
    created_at: datetime
    state: str
    conflict: str | None
    server_number: str | None
    #: Who did it on the till (the sale's cashier, the registering user), for a manager.
    by: str | None = None


@dataclass(frozen=True, slots=True)
class JournalCounts:
    pending: int
    synced: int
    conflicts: int
    #: When an entry last reached the server (None: never).
    last_sync: datetime | None = None
    #: When the oldest entry still waiting was saved (None: none waits).
    oldest_pending: datetime | None = None
    #: ``pending`` by kind (``{"sale": 17, "checkin": 40}``; a kind with none is absent).
    pending_by_kind: Mapping[str, int] = field(default_factory=dict)
    #: The newest entry's ``seq`` when counted (0: none yet): later ones are not in the counts.
    newest: int = 0

    @property
    def pending_sales(self) -> int:
        """Of ``pending``, the sales (what the status bar counts as sales)."""
        return self.pending_by_kind.get(SALE_KIND, 0)


def _view(row: OfflineEntry) -> EntryView:
    return EntryView(
        row.seq,
        row.key,
        row.kind,
        row.number,
        row.created_at,
        row.state,
        row.conflict,
        row.server_number,
        _by(row.payload),
    )


def _by(payload: str) -> str | None:
    data = json.loads(payload)
    who = data.get("cashier") or data.get("by") if isinstance(data, dict) else None
    return who if isinstance(who, str) else None


class OfflineEntries:
    """What the journal holds for a manager and for the sync."""

    def __init__(self, journal: Database) -> None:
        self._db = journal

    def counts(self) -> JournalCounts:
        with self._db.reader() as uow:
            session = uow.session
            rows = dict(
                session.execute(
                    select(OfflineEntry.state, func.count()).group_by(OfflineEntry.state)
                ).all()
            )
            last_sync = session.scalar(select(func.max(OfflineEntry.synced_at)))
            oldest = session.scalar(
                select(func.min(OfflineEntry.created_at)).where(OfflineEntry.state == PENDING)
            )
            by_kind = {kind: int(n) for kind, n in session.execute(_WAITING_BY_KIND).all()}
            newest = session.scalar(select(func.max(OfflineEntry.seq))) or 0
        return JournalCounts(
            int(rows.get(PENDING, 0)),
            int(rows.get(SYNCED, 0)),
            int(rows.get(CONFLICT, 0)),
            last_sync,
            oldest,
            by_kind,
            newest,
        )

    def last_seq(self) -> int:
        """The newest entry's number (0 when there is none)."""
        with self._db.reader() as uow:
            return uow.session.scalar(select(func.max(OfflineEntry.seq))) or 0

    def waiting(self) -> int:
        """Entries not yet on the server: while any wait, new actions go to the journal too
        (the server's series must take them in order)."""
        with self._db.engine.connect() as connection:  # asked twice a sale: no ORM session
            return int(connection.scalar(_WAITING) or 0)

    def waiting_after(self, seq: int) -> tuple[dict[str, int], int]:
        """The waiting entries newer than ``seq`` by kind, and the newest entry's ``seq``
        (``seq`` when none is newer): what actions added since the journal was last counted,
        read from the newest rows (a count by kind of every waiting entry reads them all)."""
        added: dict[str, int] = {}
        newest = seq
        with self._db.engine.connect() as connection:
            for row_seq, kind, state in connection.execute(_NEWER, {"seq": seq}):
                newest = max(newest, row_seq)
                if state == PENDING:
                    added[kind] = added.get(kind, 0) + 1
        return added, newest

    def listed(
        self, *, state: str | None = None, limit: int = 100, after: int | None = None
    ) -> list[EntryView]:
        """In order; ``after``: the entries following that ``seq`` (a list's next page)."""
        query = select(OfflineEntry).order_by(OfflineEntry.seq).limit(limit)
        if after is not None:
            query = query.where(OfflineEntry.seq > after)
        if state is not None:
            query = query.where(OfflineEntry.state == state)
        with self._db.reader() as uow:
            return [_view(row) for row in uow.session.scalars(query)]
