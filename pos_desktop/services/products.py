"""The product catalogue, as far as selling needs it: add, find by SKU/barcode/name, list."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from pos_desktop.domain.clock import Clock
from pos_desktop.domain.errors import Conflict, NotFound, ProblemCollector
from pos_desktop.domain.invoice import parse_vat_rate
from pos_desktop.domain.money import parse_amount
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


def _view(p: Product) -> ProductView:
    return ProductView(p.id, p.sku, p.barcode, p.name, p.price, p.vat_rate, p.active)


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
    ) -> ProductView:
        actor.require(Permission.PRODUCT_MANAGE)
        with self._db.unit_of_work() as uow:
            view = self._add(
                uow.session, actor, sku=sku, name=name, price=price, vat=vat_rate, barcode=barcode
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
    ) -> ProductView:
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
        clash = session.scalars(
            select(Product).where(
                or_(Product.sku == clean_sku, Product.barcode == (clean_barcode or clean_sku))
            )
        ).first()
        if clash is not None:
            raise Conflict(f"SKU or barcode already used by {clash.sku} ({clash.name})")
        now = self._clock.now()
        row = Product(
            sku=clean_sku,
            barcode=clean_barcode,
            name=product_name,
            price=amount,
            vat_rate=rate,
            active=True,
            created_at=now,
            updated_at=now,
        )
        session.add(row)
        session.flush()
        audit.record(
            session,
            actor=actor,
            at=now,
            action="product.add",
            entity_type="product",
            entity_key=clean_sku,
            summary=f"product {clean_sku} {product_name} added",
            after={"sku": clean_sku, "name": product_name, "price": amount, "vat_rate": rate},
            terminal=self._station.terminal_code,
        )
        return _view(row)

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

    def list_products(self, actor: Actor, *, text: str = "", limit: int = 200) -> list[ProductView]:
        actor.require(Permission.INVOICE_CREATE)
        query = select(Product).where(Product.active.is_(True))
        if text.strip():
            query = query.where(
                or_(
                    Product.name.icontains(text.strip(), autoescape=True),
                    Product.sku.startswith(text.strip().upper(), autoescape=True),
                )
            )
        with self._db.reader() as uow:
            return [
                _view(p) for p in uow.session.scalars(query.order_by(Product.name).limit(limit))
            ]
