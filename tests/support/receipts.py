"""Receipts built without a database, for layout, rendering and benchmark tests."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from pos_desktop.domain.receipt import (
    Receipt,
    ReceiptLine,
    ReceiptPayment,
    ReceiptVat,
)

D = Decimal


def sample_receipt(
    *,
    lines: int = 3,
    customer: str | None = "Zoë Ångström-Müller",
    copy: bool = False,
    currency: str = "EUR",
    description: str = "Exhibition catalogue (hardcover, signed by the curator)",
) -> Receipt:
    """A paid sale of ``lines`` lines at two VAT rates, one with a 10% discount, cash paid."""
    items = []
    for i in range(lines):
        rate = D(7) if i % 2 == 0 else D(19)
        price = D("12.50") + i
        qty = D(i % 3 + 1)
        discount = (qty * price * D("0.1")).quantize(D("0.01")) if i == 1 else D(0)
        items.append(
            ReceiptLine(
                description=f"{description} #{i + 1}",
                quantity=qty,
                unit_price=price,
                amount=qty * price,
                discount=discount,
                discount_percent=D(10) if discount else None,
                vat_rate=rate,
                vat_code="A" if rate == 7 else "B",
            )
        )
    gross = sum((ln.amount - ln.discount for ln in items), D(0))
    discount = sum((ln.discount for ln in items), D(0))
    vat = []
    for code, rate in (("A", D(7)), ("B", D(19))):
        g = sum((ln.amount - ln.discount for ln in items if ln.vat_code == code), D(0))
        if g:
            net = (g * 100 / (100 + rate)).quantize(D("0.01"))
            vat.append(ReceiptVat(code, rate, net, g - net, g))
    tendered = (gross + 20).quantize(D(1))
    return Receipt(
        header=("Café Größe GmbH", "Hauptstraße 1, 10115 Berlin", "VAT DE123456789"),
        exhibition="Expo 2026",
        booth="B-12",
        number="EXPO26-T1-000042",
        issued_at=datetime(2026, 5, 4, 14, 3, tzinfo=UTC),
        terminal="T1",
        cashier="Jürgen",
        customer_name=customer,
        customer_code="7KX2M9P9" if customer else None,
        currency=currency,
        prices_include_vat=True,
        lines=tuple(items),
        vat=tuple(vat),
        net=sum((v.net for v in vat), D(0)),
        vat_total=sum((v.vat for v in vat), D(0)),
        gross=gross,
        discount=discount,
        paid=gross,
        change=tendered - gross,
        payments=(ReceiptPayment("cash", "Cash", gross, tendered, None),),
        footer=("Thank you for your visit!",),
        copy=copy,
        venue="Messe Berlin",
    )
