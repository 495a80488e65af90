"""Parked sales: a cart put aside at the till (F10) and recalled later (Shift+F10).

A cashier parks the cart while its customer fetches a card and serves the next one meanwhile.
The cart is stored as typed (lines as text, the customer's code, the note), per terminal, so it
survives a restart. Parking is not a money action (nothing is sold), but it carries the cart's
idempotency key: a park retried after a lost answer finds its row instead of making a second.
Recalling deletes the row with a conditional DELETE in the transaction that reads it, so two
windows recalling the same cart get it once: the second is told it was already taken.
Both are audited: a parked-then-dropped cart is how a till could hide a sale.

A till with an offline journal parks there while the server does not answer (ui/parked_places.py):
the same class on the journal's database. Ids of the two overlap; the key names one cart in both.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from pos_desktop.domain.action_key import ActionKey
from pos_desktop.domain.clock import Clock
from pos_desktop.domain.errors import FieldProblem, NotFound, ValidationError
from pos_desktop.domain.phrases import say
from pos_desktop.domain.roles import Actor, Permission
from pos_desktop.services import audit
from pos_desktop.storage.models import ParkedSale
from pos_desktop.storage.uow import Database

MAX_LINES = 500
MAX_NOTE = 200
MAX_TEXT = 200


@dataclass(frozen=True, slots=True)
class ParkedLine:
    """A cart line as the cashier typed it (amounts stay text: it may still be unfinished)."""

    description: str
    quantity: str = "1"
    unit_price: str = ""
    vat_rate: str = ""
    discount: str = ""
    product_id: int | None = None
    workshop_id: int | None = None


@dataclass(frozen=True, slots=True)
class CartToPark:
    lines: tuple[ParkedLine, ...]
    currency: str
    gross: Decimal
    key: ActionKey
    note: str = ""
    customer_code: str | None = None
    customer_name: str | None = None


@dataclass(frozen=True, slots=True)
class ParkedSaleSummary:
    """One row of the parked list."""

    id: int
    parked_at: datetime
    parked_by: str
    note: str
    customer_code: str | None
    customer_name: str | None
    line_count: int
    gross: Decimal
    currency: str
    #: The cart's idempotency key: a cart parked in both databases (a park whose answer was
    #: lost, then made on the journal) has one key in both.
    key: str
    #: Listed from this till's offline journal (ui/parked_places.py): ids overlap with the
    #: server's, so its recall goes to the journal.
    on_journal: bool = False


@dataclass(frozen=True, slots=True)
class RecalledSale:
    """A parked cart taken back: its lines, customer and key (the cart's key goes on)."""

    summary: ParkedSaleSummary
    lines: tuple[ParkedLine, ...]
    key: ActionKey


def _summary(row: ParkedSale) -> ParkedSaleSummary:
    return ParkedSaleSummary(
        row.id,
        row.parked_at,
        row.parked_by,
        row.note,
        row.customer_code,
        row.customer_name,
        row.line_count,
        row.gross,
        row.currency,
        row.action_key,
    )


def _check(cart: CartToPark) -> None:
    problems: list[FieldProblem] = []
    if not cart.lines:
        problems.append(FieldProblem(say("lines"), say("an empty cart cannot be parked")))
    if len(cart.lines) > MAX_LINES:
        problems.append(
            FieldProblem(say("lines"), say("at most {count} lines can be parked", count=MAX_LINES))
        )
    if len(cart.note) > MAX_NOTE:
        problems.append(
            FieldProblem(say("note"), say("at most {count} characters", count=MAX_NOTE))
        )
    for n, line in enumerate(cart.lines, 1):
        texts = (line.description, line.quantity, line.unit_price, line.vat_rate, line.discount)
        if any(len(text) > MAX_TEXT for text in texts):
            problems.append(
                FieldProblem(
                    say("line {number}", number=n),
                    say("at most {count} characters a field", count=MAX_TEXT),
                )
            )
    if problems:
        raise ValidationError(problems)


class ParkedSales:
    def __init__(self, db: Database, clock: Clock, terminal: str) -> None:
        self._db = db
        self._clock = clock
        self._terminal = terminal

    def park(self, actor: Actor, cart: CartToPark) -> ParkedSaleSummary:
        """Store the cart for this terminal; parking the same cart (key) again returns its row."""
        actor.require(Permission.INVOICE_CREATE)
        _check(cart)
        with self._db.unit_of_work() as uow:
            existing = uow.session.scalar(
                select(ParkedSale).where(ParkedSale.action_key == cart.key.value)
            )
            if existing is not None:
                return _summary(existing)
            row = ParkedSale(
                terminal=self._terminal,
                action_key=cart.key.value,
                parked_at=self._clock.now(),
                parked_by=actor.label,
                note=cart.note.strip(),
                customer_code=cart.customer_code,
                customer_name=cart.customer_name,
                currency=cart.currency,
                gross=cart.gross,
                line_count=len(cart.lines),
                lines=json.dumps([asdict(line) for line in cart.lines], ensure_ascii=False),
            )
            uow.session.add(row)
            uow.session.flush()
            summary = _summary(row)
            audit.record(
                uow.session,
                actor=actor,
                at=row.parked_at,
                action="sale.park",
                entity_type="parked_sale",
                entity_key=str(row.id),
                summary=f"parked a cart of {row.line_count} lines, {row.gross:f} {row.currency}",
                after={"note": row.note, "customer": row.customer_code, "lines": row.lines},
                terminal=self._terminal,
            )
            uow.commit()
            return summary

    def list_parked(self, actor: Actor) -> list[ParkedSaleSummary]:
        """This terminal's parked carts, oldest first (the customer waiting longest on top)."""
        actor.require(Permission.INVOICE_CREATE)
        with self._db.reader() as uow:
            rows = uow.session.scalars(
                select(ParkedSale)
                .where(ParkedSale.terminal == self._terminal)
                .order_by(ParkedSale.parked_at, ParkedSale.id)
            ).all()
            return [_summary(row) for row in rows]

    def count(self, actor: Actor) -> int:
        actor.require(Permission.INVOICE_CREATE)
        with self._db.reader() as uow:
            return int(
                uow.session.scalar(
                    select(func.count())
                    .select_from(ParkedSale)
                    .where(ParkedSale.terminal == self._terminal)
                )
                or 0
            )

    def recall(self, actor: Actor, parked_id: int) -> RecalledSale:
        """Take a parked cart back; it leaves the list. Only one caller ever gets it."""
        actor.require(Permission.INVOICE_CREATE)
        gone = NotFound(
            say("parked sale {number} is no longer parked (already recalled?)", number=parked_id)
        )
        with self._db.unit_of_work() as uow:
            row = uow.session.scalar(
                select(ParkedSale).where(
                    ParkedSale.id == parked_id, ParkedSale.terminal == self._terminal
                )
            )
            if row is None:
                raise gone
            summary = _summary(row)
            lines = tuple(ParkedLine(**fields) for fields in json.loads(row.lines))
            key = ActionKey(row.action_key)
            uow.session.expunge(row)
            why = f"recalled a parked cart of {summary.line_count} lines"
            if not self._take(uow.session, actor, parked_id, why):
                raise gone
            uow.commit()
            return RecalledSale(summary, lines, key)

    def forget(self, actor: Actor, key: ActionKey) -> bool:
        """Drop the cart parked here under ``key`` once its twin was recalled from the other
        database (both were parked by one F10 whose answer was lost); audited. ``False``: none."""
        actor.require(Permission.INVOICE_CREATE)
        with self._db.unit_of_work() as uow:
            row_id = uow.session.scalar(
                select(ParkedSale.id).where(
                    ParkedSale.action_key == key.value, ParkedSale.terminal == self._terminal
                )
            )
            why = "dropped the twin of a parked cart recalled from the other database"
            if row_id is None or not self._take(uow.session, actor, row_id, why):
                return False
            uow.commit()
            return True

    def _take(self, session: Session, actor: Actor, parked_id: int, why: str) -> bool:
        """Delete the cart and audit it; conditional: a second window's recall that read the
        row too deletes nothing (``False``)."""
        deleted = session.execute(delete(ParkedSale).where(ParkedSale.id == parked_id)).rowcount  # type: ignore[attr-defined]
        if deleted != 1:
            return False
        audit.record(
            session,
            actor=actor,
            at=self._clock.now(),
            action="sale.recall",
            entity_type="parked_sale",
            entity_key=str(parked_id),
            summary=why,
            terminal=self._terminal,
        )
        return True
