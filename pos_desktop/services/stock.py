"""Stock per location as a ledger of movements; sales, voids and refunds move it in their own
transaction.

:func:`move` is the one way stock changes: it writes the movement and adds it to the level in
the same transaction. Taking stock out, when overselling is off, is one conditional UPDATE
(``quantity + q >= 0``): on PostgreSQL the row lock makes terminals selling the last units
queue, and the loser is refused instead of driving the level below zero.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any, Protocol, cast

from sqlalchemy import Select, Table, Update, and_, bindparam, func, insert, or_, select, update
from sqlalchemy.orm import Session

from pos_desktop.domain.clock import Clock
from pos_desktop.domain.errors import InvalidState, NotFound
from pos_desktop.domain.invoice import parse_quantity
from pos_desktop.domain.money import ZERO, parse_decimal
from pos_desktop.domain.phrases import say
from pos_desktop.domain.roles import Actor, Permission
from pos_desktop.domain.text import clean_line
from pos_desktop.services import audit
from pos_desktop.services.station import StationResolver
from pos_desktop.storage.models import (
    Invoice,
    Product,
    StockLevel,
    StockLocation,
    StockMovement,
)
from pos_desktop.storage.stock_locations import location_id
from pos_desktop.storage.uow import Database
from pos_desktop.storage.upsert import insert_ignoring_conflict


class InsufficientStock(InvalidState):
    """Selling or moving more than a location holds while overselling is off."""


@dataclass(frozen=True, slots=True)
class LevelView:
    sku: str
    name: str
    location: str
    quantity: Decimal
    low_stock_at: Decimal | None

    @property
    def low(self) -> bool:
        return self.low_stock_at is not None and self.quantity <= self.low_stock_at


class Stocked(Protocol):
    """What a movement needs of a product (an ORM row or a selected tuple both fit)."""

    @property
    def id(self) -> int: ...
    @property
    def sku(self) -> str: ...
    @property
    def name(self) -> str: ...


def _levels() -> Table:
    table = StockLevel.__table__
    assert isinstance(table, Table)
    return table


def _take_statement() -> Update:
    """Take ``take`` of a product from a location only if that much is there (one statement,
    built once: a sale runs it for every tracked product it sells)."""
    levels = _levels()
    return (
        update(levels)
        .where(
            levels.c.product_id == bindparam("product"),
            levels.c.location_id == bindparam("location"),
            levels.c.quantity >= bindparam("take"),
        )
        .values(quantity=levels.c.quantity - bindparam("take"))
    )


_TAKE = _take_statement()


def _short_of(session: Session, product: Stocked, location: int, take: Decimal) -> None:
    levels = _levels()
    held = (
        session.connection()
        .execute(
            select(levels.c.quantity).where(
                levels.c.product_id == product.id, levels.c.location_id == location
            )
        )
        .scalar()
    )
    if held is None or held < take:
        raise InsufficientStock(
            say(
                "only {left} of {sku} ({name}) left here; {wanted} wanted",
                left=format((held or ZERO).normalize(), "f"),
                sku=product.sku,
                name=product.name,
                wanted=format(take.normalize(), "f"),
            )
        )


def _take_all(session: Session, location: int, taken: Sequence[tuple[Stocked, Decimal]]) -> None:
    """Every product's quantity leaves, or InsufficientStock names the first that is short.

    One executemany in product order (so two tills never lock each other; psycopg sends it in
    one round trip); the rows it changed add up to the products only if each had enough.
    """
    done = session.connection().execute(
        _TAKE,
        [{"product": product.id, "location": location, "take": take} for product, take in taken],
    )
    if done.rowcount != len(taken):
        for product, take in taken:
            _short_of(session, product, location, take)
        raise InsufficientStock(say("the stock changed while this sale was saved; try again"))


def _add_to_level(
    session: Session, product: Stocked, location: int, quantity: Decimal, allow_negative: bool
) -> None:
    """The level changes by ``quantity``; taking out more than is there raises (unless allowed)."""
    if quantity < 0 and not allow_negative:
        _take_all(session, location, [(product, -quantity)])
        return
    levels = _levels()
    insert_ignoring_conflict(
        session,
        StockLevel,
        {"product_id": product.id, "location_id": location, "quantity": ZERO},
        ["product_id", "location_id"],
    )
    session.connection().execute(
        update(levels)
        .where(levels.c.product_id == product.id, levels.c.location_id == location)
        .values(quantity=levels.c.quantity + quantity)
    )


#: Built once, on the table: a sale writes its movements with it (an ``insert(StockMovement)``
#: built per call cost more than running it).
_INSERT_MOVEMENTS = insert(cast(Table, StockMovement.__table__))


def _record(session: Session, movements: list[dict[str, Any]]) -> None:
    if movements:
        session.connection().execute(_INSERT_MOVEMENTS, movements)


def move(
    session: Session,
    *,
    product: Stocked,
    location: int,
    quantity: Decimal,
    reason: str,
    reference: str | None,
    by: str,
    at: datetime,
    allow_negative: bool,
    note: str | None = None,
) -> None:
    """Record one movement and add it to the level, refusing to go below zero unless allowed."""
    if quantity == 0:
        return
    _add_to_level(session, product, location, quantity, allow_negative)
    _record(
        session,
        [
            _movement(
                product,
                location,
                quantity,
                reason=reason,
                reference=reference,
                by=by,
                at=at,
                note=note,
            )
        ],
    )


def _movement(
    product: Stocked,
    location: int,
    quantity: Decimal,
    *,
    reason: str,
    reference: str | None,
    by: str,
    at: datetime,
    note: str | None = None,
) -> dict[str, Any]:
    return {
        "product_id": product.id,
        "location_id": location,
        "quantity": quantity,
        "reason": reason,
        "reference": reference,
        "note": note,
        "at": at,
        "by": by,
    }


def move_invoice_lines(
    session: Session,
    lines: Iterable[tuple[int | None, Decimal]],
    *,
    sign: int,
    location: Callable[[Session], int],
    reason: str,
    reference: str | None,
    by: str,
    at: datetime,
    allow_negative: bool,
    tracked: Sequence[Stocked] | None = None,
) -> list[int]:
    """The tracked products of a sale (``sign=-1``), void or refund (``+1``) in or out of stock,
    at the ``location`` (an id, asked only if a tracked product is among the lines); returns the
    ids of the products that moved.

    Few statements, all Core: one SELECT of the tracked products (none when the caller has
    ``tracked`` already: those of the lines, in id order), one UPDATE per product (in product
    order, so two tills never lock each other), one INSERT of all the movements.
    """
    wanted: dict[int, Decimal] = {}
    for product_id, quantity in lines:
        if product_id is not None:
            wanted[product_id] = wanted.get(product_id, ZERO) + quantity
    if not wanted:
        return []
    products = tracked_products(session, wanted) if tracked is None else tracked
    if not products:
        return []
    place = location(session)
    movements, taken = [], []
    for product in products:
        quantity = sign * wanted[product.id]
        if quantity == 0:
            continue
        if quantity < 0 and not allow_negative:
            taken.append((product, -quantity))  # a sale: all in one statement below
        else:
            _add_to_level(session, product, place, quantity, allow_negative=True)
        movements.append(
            _movement(product, place, quantity, reason=reason, reference=reference, by=by, at=at)
        )
    if taken:
        _take_all(session, place, taken)
    _record(session, movements)
    return [movement["product_id"] for movement in movements]


def tracked_products(session: Session, ids: Iterable[int]) -> Sequence[Stocked]:
    """The products among ``ids`` whose stock is tracked, in id order."""
    return session.execute(
        select(Product.id, Product.sku, Product.name)
        .where(Product.id.in_(list(ids)), Product.track_stock.is_(True))
        .order_by(Product.id)
    ).all()


def invoice_lines(row: Invoice) -> list[tuple[int | None, Decimal]]:
    return [(line.product_id, line.quantity) for line in row.lines]


def levels_select() -> Select[str, str, str, Decimal, Decimal | None]:
    """Levels with what a list shows of them (the ``LevelView`` fields, in order)."""
    return (
        select(
            Product.sku, Product.name, StockLocation.code, StockLevel.quantity, Product.low_stock_at
        )
        .join(StockLevel, StockLevel.product_id == Product.id)
        .join(StockLocation, StockLocation.id == StockLevel.location_id)
    )


class StockService:
    def __init__(self, db: Database, clock: Clock, station: StationResolver) -> None:
        self._db = db
        self._clock = clock
        self._station = station

    def show(
        self, actor: Actor, *, sku: str | None = None, location: str | None = None
    ) -> list[LevelView]:
        """Levels of tracked products, by product and location."""
        actor.require(Permission.INVOICE_VIEW)
        query = levels_select().order_by(Product.name, StockLocation.code)
        if sku:
            query = query.where(Product.sku == clean_line(sku).upper())
        if location:
            query = query.where(StockLocation.code == clean_line(location).upper())
        with self._db.reader() as uow:
            return [LevelView(*row) for row in uow.session.execute(query).all()]

    def page(
        self,
        actor: Actor,
        *,
        after: LevelView | None = None,
        limit: int = 200,
        location: str | None = None,
    ) -> list[LevelView]:
        """One screenful of levels by SKU and location, from ``after`` on (key paging: the
        stock list of 50,000 products in five places scrolls as fast at the end as at the top)."""
        actor.require(Permission.INVOICE_VIEW)
        query = levels_select().order_by(Product.sku, StockLocation.code).limit(limit)
        if location:
            query = query.where(StockLocation.code == clean_line(location).upper())
        if after is not None:
            query = query.where(
                or_(
                    Product.sku > after.sku,
                    and_(Product.sku == after.sku, StockLocation.code > after.location),
                )
            )
        with self._db.reader() as uow:
            return [LevelView(*row) for row in uow.session.execute(query).all()]

    def low(self, actor: Actor) -> list[LevelView]:
        """What needs restocking: levels at or under their product's threshold."""
        return [level for level in self.show(actor) if level.low]

    def adjust(
        self,
        actor: Actor,
        sku: str,
        quantity: str,
        *,
        location: str,
        reason: str = "receipt",
        note: str = "",
    ) -> LevelView:
        """Goods in (``+``) or out (``-``) outside a sale: a delivery, breakage, samples."""
        actor.require(Permission.PRODUCT_MANAGE)
        amount = _signed_quantity(quantity)
        return self._change(actor, sku, location, lambda _held: amount, reason=reason, note=note)

    def count(self, actor: Actor, sku: str, counted: str, *, location: str) -> LevelView:
        """A stock count: the level becomes what was counted; the difference is a movement."""
        actor.require(Permission.PRODUCT_MANAGE)
        value = parse_decimal(counted, field=say("counted"), max_decimals=3, allow_zero=True)
        return self._change(
            actor, sku, location, lambda held: value - held, reason="count", note="stock count"
        )

    def _change(
        self,
        actor: Actor,
        sku: str,
        location: str,
        delta: Callable[[Decimal], Decimal],
        *,
        reason: str,
        note: str,
    ) -> LevelView:
        now = self._clock.now()
        with self._db.unit_of_work() as uow:
            session = uow.session
            product = tracked_product(session, sku)
            place = location_id(session, location)
            held = (
                session.scalar(
                    select(StockLevel.quantity).where(
                        StockLevel.product_id == product.id, StockLevel.location_id == place
                    )
                )
                or ZERO
            )
            change = delta(held)
            move(
                session,
                product=product,
                location=place,
                quantity=change,
                reason=reason,
                reference=None,
                by=actor.label,
                at=now,
                allow_negative=False,
                note=clean_line(note)[:200] or None,
            )
            code = clean_line(location).upper()
            audit.record(
                session,
                actor=actor,
                at=now,
                action=f"stock.{reason}",
                entity_type="product",
                entity_key=product.sku,
                summary=f"{product.sku} at {code}: {format(held.normalize(), 'f')} -> "
                f"{format((held + change).normalize(), 'f')} ({reason})",
                before={"quantity": held},
                after={"quantity": held + change},
                terminal=self._station.terminal_code,
            )
            uow.commit()
        [level] = self.show(actor, sku=product.sku, location=code)
        return level

    def ledger_sums(self, actor: Actor) -> dict[tuple[str, str], Decimal]:
        """Every level recomputed from the movements (tests and audits compare the two)."""
        actor.require(Permission.PRODUCT_MANAGE)
        with self._db.reader() as uow:
            rows = uow.session.execute(
                select(Product.sku, StockLocation.code, func.sum(StockMovement.quantity))
                .join(Product, Product.id == StockMovement.product_id)
                .join(StockLocation, StockLocation.id == StockMovement.location_id)
                .group_by(Product.sku, StockLocation.code)
            ).all()
        return {(sku, code): total for sku, code, total in rows}


def tracked_product(session: Session, sku: str) -> Product:
    """The product of a SKU as typed, refused unless its stock is tracked."""
    product = session.scalars(select(Product).where(Product.sku == clean_line(sku).upper())).first()
    if product is None:
        raise NotFound(say("no product with SKU {sku!r}", sku=sku))
    if not product.track_stock:
        raise InvalidState(
            say("{sku} is not tracked in stock (tick it in Products)", sku=product.sku)
        )
    return product


def _signed_quantity(text: str) -> Decimal:
    clean = text.strip()
    negative = clean.startswith("-")
    value = parse_quantity(clean.lstrip("+-"))
    return -value if negative else value


def levels_of(rows: Sequence[LevelView]) -> dict[tuple[str, str], Decimal]:
    return {(r.sku, r.location): r.quantity for r in rows}
