"""Transfers between stock locations: requested -> approved or rejected -> sent -> received.

Anyone may ask for goods (the booth runs low); a manager approves or rejects; stock leaves the
source when the transfer is sent and arrives when it is received, each in its own transaction
with its movement. What arrives may differ from what was sent (a box fell off the van): both
quantities stay on the line, so the difference is on record and the levels stay true.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pos_desktop.domain.clock import Clock
from pos_desktop.domain.errors import InvalidState, NotFound, ValidationError
from pos_desktop.domain.money import ZERO, parse_decimal
from pos_desktop.domain.phrases import say
from pos_desktop.domain.roles import Actor, Permission
from pos_desktop.domain.text import clean_line
from pos_desktop.services import audit
from pos_desktop.services.station import StationResolver
from pos_desktop.services.stock import move, tracked_product
from pos_desktop.storage.models import Product, StockLocation, StockTransfer, StockTransferLine
from pos_desktop.storage.stock_locations import location_id
from pos_desktop.storage.uow import Database, UnitOfWork

REQUESTED, APPROVED, REJECTED, SENT, RECEIVED = (
    "requested",
    "approved",
    "rejected",
    "sent",
    "received",
)


@dataclass(frozen=True, slots=True)
class TransferLineView:
    sku: str
    name: str
    requested: Decimal
    sent: Decimal | None
    received: Decimal | None

    @property
    def missing(self) -> Decimal:
        """Sent but not received (lost or broken on the way)."""
        if self.sent is None or self.received is None:
            return ZERO
        return self.sent - self.received


@dataclass(frozen=True, slots=True)
class TransferView:
    id: int
    from_location: str
    to_location: str
    status: str
    note: str | None
    requested_by: str
    decided_by: str | None
    reject_reason: str | None
    sent_by: str | None
    received_by: str | None
    lines: tuple[TransferLineView, ...]


def parse_items(items: Sequence[str]) -> dict[str, Decimal]:
    """``SKU:QTY`` pairs (the CLI's ``--item``) into quantities by SKU."""
    wanted: dict[str, Decimal] = {}
    for item in items:
        sku, _, quantity = item.rpartition(":")
        if not sku.strip():
            raise ValidationError.single(
                say("item"), say("{item!r}: write SKU:QUANTITY", item=item)
            )
        key = clean_line(sku).upper()
        wanted[key] = wanted.get(key, ZERO) + parse_decimal(
            quantity, field=say("quantity of {sku}", sku=key), max_decimals=3
        )
    return wanted


class TransferService:
    def __init__(self, db: Database, clock: Clock, station: StationResolver) -> None:
        self._db = db
        self._clock = clock
        self._station = station

    def request(
        self,
        actor: Actor,
        *,
        from_location: str,
        to_location: str,
        items: Mapping[str, Decimal],
        note: str = "",
    ) -> TransferView:
        actor.require(Permission.INVOICE_VIEW)  # anyone at the booth may ask for goods
        if not items:
            raise ValidationError.single(
                say("items"), say("name at least one product and quantity")
            )
        now = self._clock.now()
        with self._db.unit_of_work() as uow:
            session = uow.session
            source = location_id(session, from_location)
            target = location_id(session, to_location)
            if source == target:
                raise ValidationError.single(say("to"), say("is the same location as from"))
            lines = []
            for sku, quantity in items.items():
                if quantity <= 0:
                    raise ValidationError.single(
                        say("quantity"), say("of {sku} must be more than 0", sku=sku)
                    )
                lines.append(
                    StockTransferLine(
                        product_id=tracked_product(session, sku).id, requested=quantity
                    )
                )
            row = StockTransfer(
                from_location_id=source,
                to_location_id=target,
                status=REQUESTED,
                note=clean_line(note)[:200] or None,
                requested_at=now,
                requested_by=actor.label,
                lines=lines,
            )
            session.add(row)
            session.flush()
            return self._finish(uow, actor, row, step="request", now=now)

    def approve(self, actor: Actor, transfer_id: int) -> TransferView:
        return self._decide(actor, transfer_id, approve=True, reason="")

    def reject(self, actor: Actor, transfer_id: int, reason: str) -> TransferView:
        why = clean_line(reason)
        if len(why) < 3:
            raise ValidationError.single(say("reason"), say("say why (at least 3 characters)"))
        return self._decide(actor, transfer_id, approve=False, reason=why)

    def _decide(
        self, actor: Actor, transfer_id: int, *, approve: bool, reason: str
    ) -> TransferView:
        actor.require(Permission.PRODUCT_MANAGE)
        now = self._clock.now()
        with self._db.unit_of_work() as uow:
            session = uow.session
            row = self._in_state(session, transfer_id, REQUESTED)
            row.status = APPROVED if approve else REJECTED
            row.decided_at, row.decided_by = now, actor.label
            row.reject_reason = None if approve else reason
            return self._finish(uow, actor, row, step="approve" if approve else "reject", now=now)

    def send(
        self, actor: Actor, transfer_id: int, sent: Mapping[str, Decimal] | None = None
    ) -> TransferView:
        """The goods leave the source (what was approved, unless ``sent`` says otherwise)."""
        actor.require(Permission.INVOICE_VIEW)
        now = self._clock.now()
        with self._db.unit_of_work() as uow:
            session = uow.session
            row = self._in_state(session, transfer_id, APPROVED)
            for line, product in self._lines(session, row):
                line.sent = _given(sent, product, line.requested)
                move(
                    session,
                    product=product,
                    location=row.from_location_id,
                    quantity=-line.sent,
                    reason="transfer_out",
                    reference=f"transfer {row.id}",
                    by=actor.label,
                    at=now,
                    allow_negative=False,
                )
            row.status, row.sent_at, row.sent_by = SENT, now, actor.label
            return self._finish(uow, actor, row, step="send", now=now)

    def receive(
        self, actor: Actor, transfer_id: int, received: Mapping[str, Decimal] | None = None
    ) -> TransferView:
        """The goods arrive (what was sent, unless ``received`` counts otherwise)."""
        actor.require(Permission.INVOICE_VIEW)
        now = self._clock.now()
        with self._db.unit_of_work() as uow:
            session = uow.session
            row = self._in_state(session, transfer_id, SENT)
            for line, product in self._lines(session, row):
                assert line.sent is not None
                line.received = _given(received, product, line.sent)
                move(
                    session,
                    product=product,
                    location=row.to_location_id,
                    quantity=line.received,
                    reason="transfer_in",
                    reference=f"transfer {row.id}",
                    by=actor.label,
                    at=now,
                    allow_negative=True,
                )
            row.status, row.received_at, row.received_by = RECEIVED, now, actor.label
            return self._finish(uow, actor, row, step="receive", now=now)

    def list_transfers(self, actor: Actor, *, status: str | None = None) -> list[TransferView]:
        actor.require(Permission.INVOICE_VIEW)
        query = select(StockTransfer).order_by(StockTransfer.id.desc()).limit(200)
        if status:
            query = query.where(StockTransfer.status == status)
        with self._db.reader() as uow:
            return [_view(uow.session, row) for row in uow.session.scalars(query)]

    # ------------------------------------------------------------------------------ parts

    @staticmethod
    def _in_state(session: Session, transfer_id: int, state: str) -> StockTransfer:
        row = session.scalars(
            select(StockTransfer).where(StockTransfer.id == transfer_id).with_for_update()
        ).first()
        if row is None:
            raise NotFound(say("no transfer {number}", number=transfer_id))
        if row.status != state:
            raise InvalidState(
                say(
                    "transfer {number} is {status}, not {state}",
                    number=transfer_id,
                    status=row.status,
                    state=state,
                )
            )
        return row

    @staticmethod
    def _lines(session: Session, row: StockTransfer) -> list[tuple[StockTransferLine, Product]]:
        products = {
            p.id: p
            for p in session.scalars(
                select(Product).where(Product.id.in_([line.product_id for line in row.lines]))
            )
        }
        return sorted(
            ((line, products[line.product_id]) for line in row.lines), key=lambda pair: pair[1].id
        )

    def _finish(
        self, uow: UnitOfWork, actor: Actor, row: StockTransfer, *, step: str, now: datetime
    ) -> TransferView:
        """Flush, audit the step with the transfer as it now is, commit."""
        session = uow.session
        session.flush()
        view = _view(session, row)
        audit.record(
            session,
            actor=actor,
            at=now,
            action=f"transfer.{step}",
            entity_type="transfer",
            entity_key=str(row.id),
            summary=f"transfer {row.id} {view.from_location} -> {view.to_location}: {row.status}"
            + "".join(
                f"; {line.sku} {format(line.requested.normalize(), 'f')}"
                + (f" sent {format(line.sent.normalize(), 'f')}" if line.sent is not None else "")
                + (
                    f" received {format(line.received.normalize(), 'f')}"
                    if line.received is not None
                    else ""
                )
                for line in view.lines
            ),
            after=transfer_document(view),
            terminal=self._station.terminal_code,
        )
        uow.commit()
        return view


def _given(values: Mapping[str, Decimal] | None, product: Product, default: Decimal) -> Decimal:
    if values is None or product.sku not in values:
        return default
    value = values[product.sku]
    if value < 0:
        raise ValidationError.single(
            say("quantity"), say("of {sku} must not be negative", sku=product.sku)
        )
    return value


def _view(session: Session, row: StockTransfer) -> TransferView:
    codes = dict(session.execute(select(StockLocation.id, StockLocation.code)).all())
    products = {
        p.id: p
        for p in session.scalars(
            select(Product).where(Product.id.in_([line.product_id for line in row.lines]))
        )
    }
    return TransferView(
        row.id,
        codes[row.from_location_id],
        codes[row.to_location_id],
        row.status,
        row.note,
        row.requested_by,
        row.decided_by,
        row.reject_reason,
        row.sent_by,
        row.received_by,
        tuple(
            TransferLineView(
                products[line.product_id].sku,
                products[line.product_id].name,
                line.requested,
                line.sent,
                line.received,
            )
            for line in row.lines
        ),
    )


def transfer_document(view: TransferView) -> dict[str, Any]:
    """A transfer as JSON (``transfer ... --json``, the audit log)."""

    def q(value: Decimal | None) -> str | None:
        return None if value is None else format(value.normalize(), "f")

    return {
        "id": view.id,
        "from": view.from_location,
        "to": view.to_location,
        "status": view.status,
        "note": view.note,
        "requested_by": view.requested_by,
        "decided_by": view.decided_by,
        "reject_reason": view.reject_reason,
        "sent_by": view.sent_by,
        "received_by": view.received_by,
        "lines": [
            {
                "sku": line.sku,
                "name": line.name,
                "requested": q(line.requested),
                "sent": q(line.sent),
                "received": q(line.received),
                "missing": q(line.missing),
            }
            for line in view.lines
        ],
    }
