"""A refund's slip goes through the print queue like a sale's receipt, titled CREDIT NOTE."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest

from pos_desktop.bootstrap import Services
from pos_desktop.config import Settings
from pos_desktop.domain.invoice import LineInput, PaymentInput, PaymentMethod
from pos_desktop.services.refunds import RefundLine
from pos_desktop.services.sales import SaleInput
from tests.conftest import Staff
from tests.support.clock import FakeClock
from tests.support.escpos_decoder import decode
from tests.support.paper import printing_services
from tests.support.socket_printer import SocketPrinter

D = Decimal


@pytest.fixture
def printer() -> Iterator[SocketPrinter]:
    with SocketPrinter() as running:
        yield running


def _services(settings: Settings, clock: FakeClock, url: str, *, auto_print: bool) -> Services:
    return printing_services(settings, clock, url, auto_print=auto_print, drawer_kick=True)


def _sell_and_refund(services: Services, staff: Staff, method: PaymentMethod) -> tuple[str, str]:
    sold = services.billing.create_invoice(
        staff.cashier,
        SaleInput(
            [LineInput("Booth mug", D(3), D("9.50"), D(19))],
            None,
            [PaymentInput(PaymentMethod.CASH, D("28.50"))],
        ),
    )
    assert sold.number
    note = services.refunds.refund(
        staff.cashier, sold.number, [RefundLine(1, D(2))], method=method, reason="chipped"
    )
    return sold.number, note.number


def test_a_cash_refund_prints_a_credit_note_slip_and_opens_the_drawer(
    settings: Settings, clock: FakeClock, staff: Staff, printer: SocketPrinter
) -> None:
    services = _services(settings, clock, printer.url, auto_print=True)
    try:
        invoice, note = _sell_and_refund(services, staff, PaymentMethod.CASH)
        report = services.printing.send_due()
        assert report.printed == [invoice, note]
        slip = decode(printer.jobs[1])
        assert any("CREDIT NOTE" in line for line in slip.large_lines)
        assert any(line.startswith("Credit note") and note in line for line in slip.lines)
        assert any(line.startswith("For invoice") and invoice in line for line in slip.lines)
        assert any("-19.00" in line for line in slip.large_lines)  # the TOTAL, negative
        assert any(line.startswith("Cash refund") and "-19.00" in line for line in slip.lines)
        assert "Reason: chipped" in slip.lines
        assert slip.qr_codes == [note]
        assert slip.drawer_kicks  # the cash goes out of the drawer
        assert services.printing.send_due().printed == []  # printed once
    finally:
        services.close()


def test_no_slip_when_the_till_does_not_print_by_itself(
    settings: Settings, clock: FakeClock, staff: Staff, printer: SocketPrinter
) -> None:
    services = _services(settings, clock, printer.url, auto_print=False)
    try:
        _sell_and_refund(services, staff, PaymentMethod.CARD)
        assert services.printing.send_due().printed == []
        assert printer.jobs == []
    finally:
        services.close()
