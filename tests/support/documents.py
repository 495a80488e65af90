"""Invoice and customer read models built in memory, priced by the real domain functions.

For the PDF tests and the documents benchmark: what they render is exactly what the services
would hand over (``InvoiceView``/``CustomerView``), without a database round trip; the CLI
tests cover the same documents made from a real database.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from decimal import Decimal

from pos_desktop.domain.customer import CustomerType
from pos_desktop.domain.invoice import (
    InvoiceStatus,
    LineInput,
    PaymentInput,
    PaymentMethod,
    price_lines,
    settle,
)
from pos_desktop.services.customer_views import CustomerView
from pos_desktop.services.invoice_views import InvoiceView, LineView, PaymentView

WHEN = datetime(2024, 9, 12, 10, 30, tzinfo=UTC)


def sample_lines(count: int) -> list[LineInput]:
    """``count`` lines with two VAT rates, a discount and a long description among them."""
    lines = []
    for i in range(1, count + 1):
        lines.append(
            LineInput(
                f"Article {i:03d} "
                + ("with a long description that needs wrapping on paper " if i % 7 == 0 else ""),
                Decimal(i % 3 + 1),
                Decimal("12.50") + i,
                Decimal(20) if i % 2 else Decimal(7),
                Decimal("1.00") if i % 5 == 0 else Decimal(0),
            )
        )
    return lines


def invoice_view(
    lines: Sequence[LineInput],
    *,
    number: str | None = "EXPO24-T1-000042",
    customer: CustomerView | None = None,
    cash: Decimal | None = None,
    status: InvoiceStatus = InvoiceStatus.ISSUED,
    currency: str = "EUR",
    prices_include_vat: bool = True,
) -> InvoiceView:
    """An issued invoice of ``lines``, paid in cash if ``cash`` (what was handed over) is given."""
    priced = price_lines(lines, currency, prices_include_vat)
    totals = priced.totals
    settled = settle(
        totals.gross, [PaymentInput(PaymentMethod.CASH, cash)] if cash else [], currency
    )
    line_views = tuple(
        LineView(
            i,
            ln.description,
            ln.quantity,
            ln.unit_price,
            amounts.discount,
            ln.discount_percent,
            ln.vat_rate,
            amounts.net,
            amounts.vat,
            amounts.gross,
            None,
        )
        for i, (ln, amounts) in enumerate(zip(lines, priced.lines, strict=True), 1)
    )
    payments = tuple(
        PaymentView(p.method, p.amount, p.tendered, p.change, p.reference, WHEN, "carl")
        for p in settled.payments
    )
    return InvoiceView(
        id=42,
        number=number,
        status=status,
        exhibition_id=1,
        customer_code=customer.code if customer else None,
        customer_name=customer.name if customer else None,
        currency=currency,
        prices_include_vat=prices_include_vat,
        lines=line_views,
        vat_breakdown=totals.vat_breakdown,
        net=totals.net,
        vat=totals.vat,
        gross=totals.gross,
        discount=totals.discount,
        paid=settled.paid,
        change=settled.change,
        payments=payments,
        cashier="carl",
        created_at=WHEN,
        issued_at=WHEN if status is not InvoiceStatus.DRAFT else None,
        voided_at=WHEN if status is InvoiceStatus.VOIDED else None,
        voided_by="maria" if status is InvoiceStatus.VOIDED else None,
        void_reason="wrong customer" if status is InvoiceStatus.VOIDED else None,
        revision=1,
        version=1,
    )


def customer_view(
    name: str = "山田 太郎",
    *,
    code: str = "K7Q2M9XP",
    company: str | None = "株式会社サンプル",
    job_title: str | None = "Purchasing manager",
) -> CustomerView:
    return CustomerView(
        code=code,
        name=name,
        email="taro@example.jp",
        phone=None,
        company=company,
        job_title=job_title,
        country="JP",
        city="Ōsaka",
        customer_type=CustomerType.INDIVIDUAL,
        notes=None,
        external_ref=None,
        registered_by="carl",
        created_at=WHEN,
        updated_at=WHEN,
        version=1,
    )
