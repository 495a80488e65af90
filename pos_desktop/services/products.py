"""The product catalogue: add, change, retire; find by SKU/barcode; list and search by name."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from pos_desktop.domain.clock import Clock
from pos_desktop.domain.errors import Conflict, NotFound, ProblemCollector
from pos_desktop.domain.invoice import parse_vat_rate
from pos_desktop.domain.money import parse_amount, parse_decimal, round_money
from pos_desktop.domain.roles import Actor, Permission
from pos_desktop.domain.text import clean_line, name_text
from pos_desktop.services import audit
from pos_desktop.services.station import StationResolver
from pos_desktop.storage.models import Product
from pos_desktop.storage.uow import Database


@dataclass(frozen=True, slots=True)
class ProductView:
    id: int
    sku: str
    barcode: str | None
    name: str
    price: Decimal
    vat_rate: Decimal
    active: bool
    version: int
    track_stock: bool = False
    category: str | None = None
    low_stock_at: Decimal | None = None


def _view(p: Product) -> ProductView:
    return ProductView(
        p.id,
        p.sku,
        p.barcode,
        p.name,
        p.price,
        p.vat_rate,
        p.active,
        p.version,
        bool(p.track_stock),
        p.category,
        p.low_stock_at,
    )


def _document(p: Product, currency: str) -> dict[str, Any]:
    """What the audit log keeps of a product, before and after a change."""
    return {
        "sku": p.sku,
        "barcode": p.barcode,
        "name": p.name,
        "price": round_money(p.price, currency),
        "vat_rate": p.vat_rate.normalize(),
        "active": p.active,
        "track_stock": bool(p.track_stock),
        "category": p.category,
        "low_stock_at": p.low_stock_at,
    }


def _stock_fields(track_stock: bool, category: str, low_stock_at: str) -> dict[str, Any]:
    clean_category = clean_line(category)[:60] or None
    threshold = None
    if low_stock_at.strip():
        threshold = parse_decimal(
            low_stock_at, field="low stock at", max_decimals=3, allow_zero=True
        )
    return {"track_stock": track_stock, "category": clean_category, "low_stock_at": threshold}


@dataclass(frozen=True, slots=True)
class _ProductFields:
    sku: str
    barcode: str | None
    name: str
    price: Decimal
    vat_rate: Decimal
    currency: str

    def as_columns(self) -> dict[str, Any]:
        return {
            "sku": self.sku,
            "barcode": self.barcode,
            "name": self.name,
            "price": self.price,
            "vat_rate": self.vat_rate,
        }


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
        barcode: str = "",
        track_stock: bool = False,
        category: str = "",
        low_stock_at: str = "",
    ) -> ProductView:
        actor.require(Permission.PRODUCT_MANAGE)
        extra = _stock_fields(track_stock, category, low_stock_at)
        with self._db.unit_of_work() as uow:
            view = self._add(
                uow.session,
                actor,
                sku=sku,
                name=name,
                price=price,
                vat=vat_rate,
                barcode=barcode,
                extra=extra,
            )
            uow.commit()
        return view

    def _add(
        self,
        session: Session,
        actor: Actor,
        *,
        sku: str,
        name: str,
        price: str,
        vat: str,
        barcode: str,
        extra: dict[str, Any] | None = None,
    ) -> ProductView:
        fields = self._checked(session, sku=sku, name=name, price=price, vat=vat, barcode=barcode)
        now = self._clock.now()
        row = Product(
            **fields.as_columns(), **(extra or {}), active=True, created_at=now, updated_at=now
        )
        session.add(row)
        session.flush()
        audit.record(
            session,
            actor=actor,
            at=now,
            action="product.add",
            entity_type="product",
            entity_key=fields.sku,
            summary=f"product {fields.sku} {fields.name} added",
            after=_document(row, fields.currency),
            terminal=self._station.terminal_code,
        )
        return _view(row)

    def _checked(
        self,
        session: Session,
        *,
        sku: str,
        name: str,
        price: str,
        vat: str,
        barcode: str,
        own_id: int | None = None,
    ) -> _ProductFields:
        """Every problem of the form at once; SKU and barcode unique across both columns."""
        currency = self._station.current_exhibition(session).currency
        problems = ProblemCollector()
        clean_sku = clean_line(sku).upper()
        if not clean_sku or len(clean_sku) > 40 or " " in clean_sku:
            problems.add("SKU", "use 1 to 40 characters without spaces")
        clean_barcode = clean_line(barcode) or None
        if clean_barcode and (not clean_barcode.isalnum() or len(clean_barcode) > 40):
            problems.add("barcode", "use up to 40 letters and digits")
        product_name = amount = rate = None
        with problems.collect():
            product_name = name_text(name, "name", max_length=200, required=True)
        with problems.collect():
            amount = parse_amount(price, currency, field="price")
        with problems.collect():
            rate = parse_vat_rate(vat)
        problems.raise_if_any()
        assert product_name and amount is not None and rate is not None
        codes = {clean_sku, clean_barcode or clean_sku}
        query = select(Product).where(or_(Product.sku.in_(codes), Product.barcode.in_(codes)))
        if own_id is not None:
            query = query.where(Product.id != own_id)
        clash = session.scalars(query).first()
        if clash is not None:
            raise Conflict(f"SKU or barcode already used by {clash.sku} ({clash.name})")
        return _ProductFields(clean_sku, clean_barcode, product_name, amount, rate, currency)

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
        barcode: str = "",
        active: bool = True,
        track_stock: bool | None = None,
        category: str | None = None,
        low_stock_at: str | None = None,
    ) -> ProductView:
        """Change a product; lines already sold keep the price and name they were sold at.

        ``track_stock``, ``category`` and ``low_stock_at`` stay as they are when not given.
        """
        actor.require(Permission.PRODUCT_MANAGE)
        with self._db.unit_of_work() as uow:
            session = uow.session
            row = session.get(Product, product_id)
            if row is None:
                raise NotFound(f"no product with id {product_id}")
            if row.version != expected_version:
                raise Conflict(f"product {row.sku} was changed meanwhile; reload and try again")
            currency = self._station.current_exhibition(session).currency
            before = _document(row, currency)
            fields = self._checked(
                session,
                sku=sku,
                name=name,
                price=price,
                vat=vat_rate,
                barcode=barcode,
                own_id=row.id,
            )
            for column, value in fields.as_columns().items():
                setattr(row, column, value)
            stock = _stock_fields(
                row.track_stock if track_stock is None else track_stock,
                (row.category or "") if category is None else category,
                format(row.low_stock_at, "f")
                if low_stock_at is None and row.low_stock_at is not None
                else (low_stock_at or ""),
            )
            for column, value in stock.items():
                setattr(row, column, value)
            row.active = active
            now = self._clock.now()
            row.updated_at = now
            session.flush()
            after = _document(row, currency)
            changed = sorted(k for k in after if after[k] != before[k])
            audit.record(
                session,
                actor=actor,
                at=now,
                action="product.edit",
                entity_type="product",
                entity_key=row.sku,
                summary=f"product {row.sku} changed: {', '.join(changed) or 'nothing'}",
                before=before,
                after=after,
                terminal=self._station.terminal_code,
            )
            view = _view(row)
            uow.commit()
        return view

    def find(self, actor: Actor, code: str) -> ProductView:
        """By barcode or SKU, exactly as scanned or typed."""
        actor.require(Permission.INVOICE_CREATE)
        text = clean_line(code)
        with self._db.reader() as uow:
            row = uow.session.scalars(
                select(Product).where(
                    Product.active.is_(True),
                    or_(Product.barcode == text, Product.sku == text.upper()),
                )
            ).first()
            if row is None:
                raise NotFound(f"no product with barcode or SKU {text!r}")
            return _view(row)

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
        words = text.strip()
        if words:
            query = query.where(
                or_(
                    Product.name.icontains(words, autoescape=True),
                    Product.sku.startswith(words.upper(), autoescape=True),
                    Product.barcode.startswith(words, autoescape=True),
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
