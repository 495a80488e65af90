"""Things sold by barcode or SKU; a line may also be free text without a product."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import Boolean, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from pos_desktop.storage.models.base import Base, Timestamped, Versioned
from pos_desktop.storage.types import Money, Percent, Quantity, UtcDateTime


class Product(Timestamped, Versioned, Base):
    __tablename__ = "products"
    __mapper_args__ = {"version_id_col": Versioned.version}  # noqa: RUF012

    id: Mapped[int] = mapped_column(primary_key=True)
    sku: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    price: Mapped[Decimal] = mapped_column(Money())
    vat_rate: Mapped[Decimal] = mapped_column(Percent())
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    #: Sales, refunds and transfers move its stock (a workshop seat or a service is not counted).
    track_stock: Mapped[bool] = mapped_column(Boolean, default=False)
    category: Mapped[str | None] = mapped_column(String(60))
    #: The dashboard warns when a location holds this many or fewer.
    low_stock_at: Mapped[Decimal | None] = mapped_column(Quantity())
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    #: In the order they were entered; the first is the one a single-barcode export shows.
    barcodes: Mapped[list[ProductBarcode]] = relationship(
        order_by="ProductBarcode.position", cascade="all, delete-orphan", lazy="selectin"
    )


class ProductBarcode(Base):
    """One of a product's barcodes (the single item, a pack, the manufacturer's and our own...).

    The barcode is the primary key: unique across all products, and a scan is one index lookup.
    """

    __tablename__ = "product_barcodes"

    barcode: Mapped[str] = mapped_column(String(40), primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
