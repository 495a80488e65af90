"""The product catalogue: add, change, retire; find by SKU/barcode; list and search by name."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TypeVar

from sqlalchemy import and_, exc, or_, select, union_all
from sqlalchemy.orm import Session, joinedload

from pos_desktop.domain.clock import Clock
from pos_desktop.domain.errors import Conflict, NotFound
from pos_desktop.domain.phrases import say
from pos_desktop.domain.roles import Actor, Permission
from pos_desktop.domain.text import clean_line
from pos_desktop.services import audit
from pos_desktop.services.product_fields import (
    ProductFields,
    apply,
    checked_values,
    document,
    refuse_taken_codes,
    state,
)
from pos_desktop.services.station import StationResolver
from pos_desktop.storage.models import Product, ProductBarcode
from pos_desktop.storage.uow import Database


@dataclass(frozen=True, slots=True)
class ProductView:
    id: int
    sku: str
    name: str
    price: Decimal
    vat_rate: Decimal
    active: bool
    version: int
    track_stock: bool = False
    category: str | None = None
    low_stock_at: Decimal | None = None
    #: In the order they were entered; any of them finds the product.
    barcodes: tuple[str, ...] = ()

    @property
    def barcode(self) -> str | None:
        """The first barcode (what had been the only one before several were possible)."""
        return self.barcodes[0] if self.barcodes else None


T = TypeVar("T")


def _by(source: str) -> str:
    return f" by {source}" if source else ""


def _view(p: Product) -> ProductView:
    return ProductView(
        p.id,
        p.sku,
        p.name,
        p.price,
        p.vat_rate,
        p.active,
        p.version,
        bool(p.track_stock),
        p.category,
        p.low_stock_at,
        tuple(b.barcode for b in p.barcodes),
    )


@dataclass(frozen=True, slots=True)
class ProductChange:
    product: ProductView
    #: The fields that changed (audit keys), empty when the product already was like that.
    changed: list[str]


def _again_if_taken_meanwhile(action: Callable[[], T]) -> T:
    """``action`` (a whole transaction), once more if a unique index refused its write.

    Its check that no other product has the SKU or barcodes cannot see a product another
    terminal is saving at that moment; the index then refuses one of the two. Run again, the
    check sees the other product and names it (Conflict) instead of a database error.
    """
    try:
        return action()
    except exc.IntegrityError:
        return action()


class ProductService:
    def __init__(self, db: Database, clock: Clock, station: StationResolver) -> None:
        self._db = db
        self._clock = clock
        self._station = station

    def add(
        self,
        actor: Actor,
        *,
        sku: str,
        name: str,
        price: str,
        vat_rate: str,
        barcodes: Sequence[str] = (),
        track_stock: bool = False,
        category: str = "",
        low_stock_at: str = "",
    ) -> ProductView:
        fields = ProductFields(
            sku=sku,
            name=name,
            price=price,
            vat_rate=vat_rate,
            barcodes=barcodes,
            track_stock=track_stock,
            category=category,
            low_stock_at=low_stock_at,
        )

        def add() -> ProductView:
            with self._db.unit_of_work() as uow:
                view = self.add_in(uow.session, actor, fields)
                uow.commit()
            return view

        return _again_if_taken_meanwhile(add)

    def add_in(
        self, session: Session, actor: Actor, fields: ProductFields, *, source: str = ""
    ) -> ProductView:
        """Add a product inside the caller's transaction (an import adds many in one), checked
        and audited as :meth:`add` does; ``source`` names what added it in the audit log."""
        actor.require(Permission.PRODUCT_MANAGE)
        currency = self._station.current_exhibition(session).currency
        values = checked_values(fields.for_new_product(), currency)
        refuse_taken_codes(session, [values["sku"], *values["barcodes"]], values["sku"], None)
        now = self._clock.now()
        row = Product(created_at=now, updated_at=now)
        apply(row, values)
        session.add(row)
        session.flush()
        audit.record(
            session,
            actor=actor,
            at=now,
            action="product.add",
            entity_type="product",
            entity_key=row.sku,
            summary=f"product {row.sku} {row.name} added{_by(source)}",
            after=document(values, currency),
            terminal=self._station.terminal_code,
        )
        return _view(row)

    def edit(
        self,
        actor: Actor,
        product_id: int,
        *,
        expected_version: int,
        sku: str,
        name: str,
        price: str,
        vat_rate: str,
        barcodes: Sequence[str] | None = None,
        active: bool = True,
        track_stock: bool | None = None,
        category: str | None = None,
        low_stock_at: str | None = None,
    ) -> ProductView:
        """Change a product; lines already sold keep the price and name they were sold at.

        ``barcodes``, ``track_stock``, ``category`` and ``low_stock_at`` stay as they are when
        not given. Nothing changed: nothing is written.
        """
        fields = ProductFields(
            sku, name, price, vat_rate, barcodes, active, track_stock, category, low_stock_at
        )

        def edit() -> ProductView:
            with self._db.unit_of_work() as uow:
                change = self.update_in(
                    uow.session, actor, product_id, fields, expected_version=expected_version
                )
                uow.commit()
            return change.product

        return _again_if_taken_meanwhile(edit)

    def update_in(
        self,
        session: Session,
        actor: Actor,
        product_id: int,
        fields: ProductFields,
        *,
        expected_version: int | None = None,
        source: str = "",
    ) -> ProductChange:
        """Change a product inside the caller's transaction, checked and audited as :meth:`edit`
        does; a field left ``None`` keeps its value. Nothing changed: nothing written."""
        actor.require(Permission.PRODUCT_MANAGE)
        row = session.get(Product, product_id)
        if row is None:
            raise NotFound(say("no product with id {number}", number=product_id))
        if expected_version is not None and row.version != expected_version:
            raise Conflict(
                say("product {sku} was changed meanwhile; reload and try again", sku=row.sku)
            )
        currency = self._station.current_exhibition(session).currency
        values = checked_values(fields, currency)
        before = state(row)
        after = {**before, **values}
        old, new = document(before, currency), document(after, currency)
        changed = sorted(k for k in new if new[k] != old[k])
        if not changed:
            return ProductChange(_view(row), [])
        refuse_taken_codes(session, [after["sku"], *after["barcodes"]], after["sku"], row.id)
        now = self._clock.now()
        apply(row, values)
        row.updated_at = now
        session.flush()
        audit.record(
            session,
            actor=actor,
            at=now,
            action="product.edit",
            entity_type="product",
            entity_key=row.sku,
            summary=f"product {row.sku} changed{_by(source)}: {', '.join(changed)}",
            before=old,
            after=new,
            terminal=self._station.terminal_code,
        )
        return ProductChange(_view(row), changed)

    def find(self, actor: Actor, code: str) -> ProductView:
        """By any of its barcodes or its SKU, exactly as scanned or typed.

        One statement (the barcodes come along by a join), all index lookups: the product ids
        of the barcode (primary key of ``product_barcodes``) and of the SKU (unique index) as a
        UNION, as PostgreSQL scans the whole catalogue for ``id IN (...) OR sku = ...``.
        """
        actor.require(Permission.INVOICE_CREATE)
        text = clean_line(code)
        ids = union_all(
            select(ProductBarcode.product_id).where(ProductBarcode.barcode == text),
            select(Product.id).where(Product.sku == text.upper()),
        )
        with self._db.reader() as uow:
            rows = (
                uow.session.scalars(
                    select(Product)
                    .options(joinedload(Product.barcodes))
                    .where(Product.active.is_(True), Product.id.in_(ids))
                )
                .unique()
                .all()
            )
            if not rows:
                raise NotFound(say("no product with barcode or SKU {code!r}", code=text))
            return _view(rows[0])

    def list_products(
        self,
        actor: Actor,
        *,
        text: str = "",
        limit: int = 200,
        after: ProductView | None = None,
        include_inactive: bool = False,
    ) -> list[ProductView]:
        """By name (then id, for key paging); inactive ones only for who manages products."""
        actor.require(Permission.PRODUCT_MANAGE if include_inactive else Permission.INVOICE_CREATE)
        query = select(Product)
        if not include_inactive:
            query = query.where(Product.active.is_(True))
        words = clean_line(text)  # typed or scanned into the search: control characters go
        if words:
            query = query.where(
                or_(
                    Product.name.icontains(words, autoescape=True),
                    Product.sku.startswith(words.upper(), autoescape=True),
                    Product.id.in_(
                        select(ProductBarcode.product_id).where(
                            ProductBarcode.barcode.startswith(words, autoescape=True)
                        )
                    ),
                    Product.category.icontains(words, autoescape=True),
                )
            )
        if after is not None:
            query = query.where(
                or_(
                    Product.name > after.name,
                    and_(Product.name == after.name, Product.id > after.id),
                )
            )
        with self._db.reader() as uow:
            rows = uow.session.scalars(query.order_by(Product.name, Product.id).limit(limit))
            return [_view(p) for p in rows]
