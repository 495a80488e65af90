"""Issue 9's "done when": stock the booth, sell, refund one, discount one, close the drawer."""

from __future__ import annotations

from decimal import Decimal

from pos_desktop.bootstrap import Services
from pos_desktop.domain.invoice import LineInput, PaymentInput, PaymentMethod
from pos_desktop.services.refunds import RefundLine
from pos_desktop.services.sales import SaleInput
from pos_desktop.services.stock import levels_of
from tests.conftest import Staff

D = Decimal


def test_a_day_at_the_booth_from_transfer_to_z_report(services: Services, staff: Staff) -> None:
    mug = services.products.add(
        staff.manager, sku="MUG", name="Mug", price="10.00", vat_rate="19", track_stock=True
    )
    services.stock.adjust(staff.manager, "MUG", "50", location="WAREHOUSE", note="delivery")
    asked = services.transfers.request(
        staff.cashier, from_location="WAREHOUSE", to_location="BOOTH", items={"MUG": D(20)}
    )
    services.transfers.approve(staff.manager, asked.id)
    services.transfers.send(staff.manager, asked.id)
    services.transfers.receive(staff.cashier, asked.id)
    services.cash_sessions.open(staff.cashier, "100.00")

    def mugs(quantity: int, discount: str = "") -> LineInput:
        off = D(discount) if discount else None
        return LineInput(
            "Mug", D(quantity), D("10.00"), D(19), discount_percent=off, product_id=mug.id
        )

    cash = PaymentMethod.CASH
    sold = services.billing.create_invoice(
        staff.cashier, SaleInput([mugs(3)], None, [PaymentInput(cash, D("30.00"))])
    )
    services.billing.create_invoice(  # 10% off: within a cashier's limit
        staff.cashier, SaleInput([mugs(2, "10")], None, [PaymentInput(cash, D("18.00"))])
    )
    assert sold.number is not None
    services.refunds.refund(
        staff.cashier, sold.number, [RefundLine(1, D(1))], method="cash", reason="one chipped"
    )

    z = services.cash_sessions.close(staff.cashier, "138.00")  # 100 + 30 + 18 - 10
    assert (z.expected_cash, z.counted_cash, z.difference) == (D("138.00"), D("138.00"), D(0))
    assert z.refunds == (1, D("10.00"))
    levels = levels_of(services.stock.show(staff.manager))
    assert levels == {("MUG", "BOOTH"): D(16), ("MUG", "WAREHOUSE"): D(30)}  # 20 - 5 + 1
    assert levels == services.stock.ledger_sums(staff.manager)
