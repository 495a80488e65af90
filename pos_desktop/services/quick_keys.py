"""Quick keys: the checkout's grid of tiles, and how a manager arranges it.

A tile sells what a scan would: a product (looked up by its SKU, so price, VAT and stock are
the scan's), a seat in one of today's workshops (by its code), or a preset (a named amount
with its VAT rate, sold as a free-text line). Who sells reads the grid; who manages products
arranges it: which products show, their order, and the favourites pinned first in every tab.
The manager's changes are audited beside the product's own; a cashier's attempt is refused
and recorded too (the grid is what every till sells from).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import bindparam, case, func, or_, select
from sqlalchemy.orm import Session

from pos_desktop.domain.clock import Clock
from pos_desktop.domain.errors import FieldProblem, NotFound, PermissionDenied, ValidationError
from pos_desktop.domain.invoice import parse_line
from pos_desktop.domain.phrases import say
from pos_desktop.domain.roles import Actor, Permission
from pos_desktop.domain.text import clean_line
from pos_desktop.domain.workshops import WorkshopStatus
from pos_desktop.services import audit
from pos_desktop.services.events import Happened
from pos_desktop.services.station import StationResolver
from pos_desktop.storage.models import Product, QuickKey, Workshop
from pos_desktop.storage.uow import Database

#: More tiles than this is a catalogue, not a grid: the search finds the rest.
MAX_TILES = 300
MAX_POSITION = 9999
WORKSHOPS_TAB = "Workshops"
_DAY = timedelta(days=1)


class TileKind(StrEnum):
    PRODUCT = "product"
    SEAT = "seat"
    PRESET = "preset"


@dataclass(frozen=True, slots=True)
class Tile:
    """One quick key as the checkout shows it, in the grid's order."""

    kind: TileKind
    label: str
    price: Decimal
    vat_rate: Decimal
    #: The tab it shows in besides "All" ("" none).
    category: str
    pinned: bool = False
    #: What the checkout looks up as if scanned: a product's SKU, a workshop's code.
    code: str = ""
    preset_id: int | None = None
    #: A seat tile's free seats (0: full).
    seats_free: int | None = None


@dataclass(frozen=True, slots=True)
class TileSetting:
    """A product's tile as the manager arranges it (no row yet: shown, unpinned, unordered)."""

    product_id: int
    shown: bool = True
    pinned: bool = False
    position: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class QuickKeysChanged(Happened):
    """The grid's arrangement or presets changed: the checkouts of this app load it again."""


#: A tile and the manager's place for it (``None``: not placed).
Placed = tuple[Tile, int | None]


def _order(pinned: bool, position: int | None, label: str) -> tuple[bool, bool, int, str]:
    return (not pinned, position is None, position or 0, label.casefold())


def _setting_doc(setting: TileSetting) -> dict[str, Any]:
    return {"shown": setting.shown, "pinned": setting.pinned, "position": setting.position}


class QuickKeyService:
    def __init__(self, db: Database, clock: Clock, station: StationResolver) -> None:
        self._db = db
        self._clock = clock
        self._station = station

    # ------------------------------------------------------------------------- the grid

    def tiles(self, actor: Actor, *, limit: int = MAX_TILES) -> list[Tile]:
        """Every tile in the grid's order: favourites first, then the manager's order, then
        by name; today's workshop seats (by start) last, in their own tab."""
        actor.require(Permission.INVOICE_CREATE)
        with self._db.reader() as uow:
            session = uow.session
            placed = _product_tiles(session, limit) + _preset_tiles(session)
            placed.sort(key=lambda p: _order(p[0].pinned, p[1], p[0].label))
            return [tile for tile, _position in placed[:limit]] + self._seat_tiles(session)

    def _seat_tiles(self, session: Session) -> list[Tile]:
        """Seats of the workshops on sale that start today and have not ended."""
        now = self._clock.now()
        midnight = now.astimezone().replace(hour=0, minute=0, second=0, microsecond=0)
        exhibition_id = self._station.current_exhibition_id(session)
        if exhibition_id is None:
            return []
        window = {"exhibition_id": exhibition_id, "start": midnight, "end": midnight + _DAY}
        rows = session.scalars(_SEATS, window).all()
        return [
            Tile(
                TileKind.SEAT,
                f"{row.title} {_local_time(row.starts_at)}",
                row.price,
                row.vat_rate,
                WORKSHOPS_TAB,
                code=row.code,
                seats_free=max(row.capacity - row.booked - row.held, 0),
            )
            for row in rows
            if row.starts_at + timedelta(minutes=row.minutes) > now
        ]

    # ------------------------------------------------------------------- arranging

    def setting(self, actor: Actor, product_id: int) -> TileSetting:
        actor.require(Permission.PRODUCT_MANAGE)
        with self._db.reader() as uow:
            return _setting_of(uow.session, product_id)

    def arrange(
        self,
        actor: Actor,
        product_id: int,
        *,
        shown: bool,
        pinned: bool,
        position: int | None,
    ) -> TileSetting:
        """Show or hide a product's tile, pin it first, give its place; audited."""
        self._require_manager(actor, f"arrange the quick key of product {product_id}")
        if position is not None and not 0 <= position <= MAX_POSITION:
            raise ValidationError(
                [
                    FieldProblem(
                        say("position"), say("must be between 0 and {limit}", limit=MAX_POSITION)
                    )
                ]
            )
        wanted = TileSetting(product_id, shown, pinned, position)
        with self._db.unit_of_work() as uow:
            session = uow.session
            product = session.get(Product, product_id)
            if product is None:
                raise NotFound(say("no product with id {number}", number=product_id))
            before = _setting_of(session, product_id)
            if before == wanted:
                return before
            row = session.scalars(select(QuickKey).where(QuickKey.product_id == product_id)).first()
            if row is None:
                row = QuickKey(product_id=product_id)
                session.add(row)
            row.shown, row.pinned, row.position = shown, pinned, position
            now = self._stamp(row, actor)
            how = ", ".join(
                part
                for part in (
                    "shown" if shown else "hidden",
                    "favourite" if pinned else "",
                    f"place {position}" if position is not None else "",
                )
                if part
            )
            audit.record(
                session,
                actor=actor,
                at=now,
                action="quick_key.arrange",
                entity_type="product",
                entity_key=product.sku,
                summary=f"quick key of {product.sku} {product.name}: {how}",
                before=_setting_doc(before),
                after=_setting_doc(wanted),
                terminal=self._station.terminal_code,
            )
            uow.record(self._changed(actor, now))
            uow.commit()
        return wanted

    def add_preset(
        self,
        actor: Actor,
        *,
        label: str,
        amount: str,
        vat_rate: str,
        category: str = "",
        pinned: bool = False,
    ) -> Tile:
        """A tile that sells a named amount (an entry ticket, a donation) as a free-text line."""
        self._require_manager(actor, f"add the quick key {clean_line(label)[:60]!r}")
        with self._db.unit_of_work() as uow:
            session = uow.session
            currency = self._station.current_exhibition(session).currency
            name = clean_line(label)
            line = parse_line(
                description=name,
                quantity=1,
                unit_price=amount,
                vat_rate=vat_rate,
                currency=currency,
            )
            if len(name) > 60:
                raise ValidationError(
                    [FieldProblem(say("label"), say("is longer than {limit} characters", limit=60))]
                )
            row = QuickKey(
                label=name,
                amount=line.unit_price,
                vat_rate=line.vat_rate,
                category=clean_line(category)[:60] or None,
                pinned=pinned,
                shown=True,
            )
            session.add(row)
            now = self._stamp(row, actor)
            session.flush()
            audit.record(
                session,
                actor=actor,
                at=now,
                action="quick_key.preset_add",
                entity_type="quick_key",
                entity_key=str(row.id),
                summary=f"quick key {name} ({line.unit_price} {currency}) added",
                after={"label": name, "amount": line.unit_price, "vat_rate": line.vat_rate},
                terminal=self._station.terminal_code,
            )
            uow.record(self._changed(actor, now))
            uow.commit()
            return Tile(
                TileKind.PRESET, name, line.unit_price, line.vat_rate, row.category or "",
                pinned, preset_id=row.id,
            )  # fmt: skip

    def presets(self, actor: Actor) -> list[Tile]:
        """The presets as the manager keeps them (hidden ones too), in the grid's order."""
        actor.require(Permission.PRODUCT_MANAGE)
        with self._db.reader() as uow:
            rows = uow.session.scalars(select(QuickKey).where(QuickKey.product_id.is_(None)))
            placed = [_preset(row) for row in rows]
        placed.sort(key=lambda p: _order(p[0].pinned, p[1], p[0].label))
        return [tile for tile, _position in placed]

    def remove_preset(self, actor: Actor, preset_id: int) -> None:
        """Gone from every till's grid; lines sold with it keep their text and amount."""
        self._require_manager(actor, f"remove the quick key {preset_id}")
        with self._db.unit_of_work() as uow:
            row = uow.session.get(QuickKey, preset_id)
            if row is None or row.product_id is not None:
                raise NotFound(say("no preset quick key {number}", number=preset_id))
            now = self._clock.now()
            audit.record(
                uow.session,
                actor=actor,
                at=now,
                action="quick_key.preset_remove",
                entity_type="quick_key",
                entity_key=str(row.id),
                summary=f"quick key {row.label} removed",
                before={"label": row.label, "amount": row.amount, "vat_rate": row.vat_rate},
                terminal=self._station.terminal_code,
            )
            uow.session.delete(row)
            uow.record(self._changed(actor, now))
            uow.commit()

    # ----------------------------------------------------------------------- helpers

    def _changed(self, actor: Actor, at: datetime) -> QuickKeysChanged:
        return QuickKeysChanged(by=actor.label, terminal=self._station.terminal_code, at=at)

    def _stamp(self, row: QuickKey, actor: Actor) -> datetime:
        now = self._clock.now()
        row.updated_at, row.updated_by = now, actor.label[:80]
        return now

    def _require_manager(self, actor: Actor, what: str) -> None:
        """The grid is what every till sells from: a refused change is recorded as well."""
        try:
            actor.require(Permission.PRODUCT_MANAGE)
        except PermissionDenied as error:
            with self._db.unit_of_work() as uow:
                audit.record(
                    uow.session,
                    actor=actor,
                    at=self._clock.now(),
                    action="quick_key.refused",
                    entity_type="quick_key",
                    entity_key=None,
                    summary=f"{actor.label} may not {what}: {error}",
                    terminal=self._station.terminal_code,
                )
                uow.commit()
            raise


def _setting_of(session: Session, product_id: int) -> TileSetting:
    row = session.scalars(select(QuickKey).where(QuickKey.product_id == product_id)).first()
    if row is None:
        return TileSetting(product_id)
    return TileSetting(product_id, row.shown, row.pinned, row.position)


def _local_time(when: datetime) -> str:
    return when.astimezone().strftime("%H:%M")


_PINNED = func.coalesce(QuickKey.pinned, False)
#: Built once: the grid loads each time the checkout is shown (its first paint's budget).
_PRODUCT_TILES = (
    select(
        Product.sku,
        Product.name,
        Product.price,
        Product.vat_rate,
        Product.category,
        _PINNED,
        QuickKey.position,
    )
    .outerjoin(QuickKey, QuickKey.product_id == Product.id)
    .where(Product.active.is_(True), or_(QuickKey.shown.is_(None), QuickKey.shown))
    .order_by(
        _PINNED.desc(),
        case((QuickKey.position.is_(None), 1), else_=0),
        QuickKey.position,
        Product.name,
        Product.id,
    )
    .limit(bindparam("limit"))
)
_PRESETS = select(QuickKey).where(QuickKey.product_id.is_(None), QuickKey.shown)
_SEATS = (
    select(Workshop)
    .where(
        Workshop.exhibition_id == bindparam("exhibition_id"),
        Workshop.status == WorkshopStatus.PUBLISHED.value,
        Workshop.starts_at >= bindparam("start"),
        Workshop.starts_at < bindparam("end"),
    )
    .order_by(Workshop.starts_at, Workshop.code)
)


def _product_tiles(session: Session, limit: int) -> list[Placed]:
    rows = session.execute(_PRODUCT_TILES, {"limit": limit}).all()
    return [
        (Tile(TileKind.PRODUCT, name, price, rate, category or "", bool(is_pinned), sku), place)
        for sku, name, price, rate, category, is_pinned, place in rows
    ]


def _preset_tiles(session: Session) -> list[Placed]:
    return [_preset(row) for row in session.scalars(_PRESETS)]


def _preset(row: QuickKey) -> Placed:
    assert row.label is not None and row.amount is not None and row.vat_rate is not None
    tile = Tile(
        TileKind.PRESET,
        row.label,
        row.amount,
        row.vat_rate,
        row.category or "",
        row.pinned,
        preset_id=row.id,
    )
    return tile, row.position
