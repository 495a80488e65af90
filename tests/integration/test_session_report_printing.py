"""X and Z reports on paper: the till's printer (through the queue) and the PDF say the same.

A shift with cash and card sales at two VAT rates, a void, a cash refund and cash moved in and
out; its Z report is decoded from the ESC/POS bytes (loopback TCP printer and a printer file)
and read back from the PDF, on SQLite and PostgreSQL.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from pos_desktop.bootstrap import Services
from pos_desktop.config import Settings
from pos_desktop.domain.invoice import LineInput, PaymentInput, PaymentMethod
from pos_desktop.domain.receipt import COPY_MARK
from pos_desktop.services.sales import SaleInput
from pos_desktop.storage.models import AuditEvent, PrintJob
from tests.conftest import Staff
from tests.support.clock import FakeClock
from tests.support.escpos_decoder import Decoded, decode
from tests.support.network import closed_port
from tests.support.paper import figures, printing_services
from tests.support.pdf_reading import page_sizes_mm, page_texts
from tests.support.socket_printer import SocketPrinter

D = Decimal
#: What the shift below must come to, as a manager reads it off the paper.
DRAWER = {
    "Float": "100.00",
    "Cash sales": "52.70",
    "Cash refunds": "-7.00",
    "Cash back for voids": "-10.00",
    "Cash in": "50.00",
    "Cash out": "-30.00",
    "Expected cash": "155.70",
    "Counted cash": "150.00",
    "Difference": "-5.70",
}
# Net of the void and the refund: cash 52.70 received - 10.00 voided - 7.00 refunded.
PAYMENTS = {"Card": ["1", "40.00"], "Cash": ["3", "35.70"]}
VAT = {"7%": ["10.00", "0.70", "10.70"], "19%": ["54.62", "10.38", "65.00"]}


@pytest.fixture
def printer() -> Iterator[SocketPrinter]:
    with SocketPrinter() as running:
        yield running


def sell(services: Services, staff: Staff, price: str, vat: int, method: PaymentMethod) -> str:
    line = LineInput("Item", D(1), D(price), D(vat))
    pay = PaymentInput(method, D(price), reference="A1" if method is PaymentMethod.CARD else None)
    view = services.billing.create_invoice(staff.cashier, SaleInput([line], None, [pay]))
    assert view.number is not None
    return view.number


def shift(services: Services, staff: Staff, clock: FakeClock) -> None:
    """Float 100; cash 25 + 7 (refunded in cash) + 10.70 at 7%; card 40; a voided cash 10;
    50 in, 30 out: the drawer should hold 155.70."""
    services.cash_sessions.open(staff.cashier, "100.00")
    clock.advance(minutes=5)
    sell(services, staff, "25.00", 19, PaymentMethod.CASH)
    refunded = sell(services, staff, "7.00", 19, PaymentMethod.CASH)
    sell(services, staff, "40.00", 19, PaymentMethod.CARD)
    sell(services, staff, "10.70", 7, PaymentMethod.CASH)
    wrong = sell(services, staff, "10.00", 19, PaymentMethod.CASH)
    services.billing.void(staff.manager, wrong, reason="wrong item")
    services.refunds.refund(staff.cashier, refunded, method="cash", reason="changed their mind")
    services.cash_sessions.move_cash(staff.cashier, "in", "50", "change from the bank")
    services.cash_sessions.move_cash(staff.cashier, "out", "30", "to the safe")
    clock.advance(minutes=5)


def assert_z_figures(text: str) -> None:
    for label, amount in DRAWER.items():
        assert figures(text, label) == [amount], label
    for method, expected in PAYMENTS.items():
        assert figures(text, method) == expected, method
    for rate, expected in VAT.items():
        assert figures(text, rate) == expected, rate
    assert figures(text, "Issued (5)") == ["92.70"]
    assert figures(text, "Voids (1)") == ["-10.00"]
    assert figures(text, "Refunds (1)") == ["-7.00"]
    assert figures(text, "Gross") == ["75.70"]


def printed_z(slip: Decoded) -> None:
    assert "Z REPORT" in slip.large_lines
    assert {"Expected cash", "Counted cash", "Difference"} <= {
        line.split("  ")[0] for line in slip.bold_lines
    }
    assert_z_figures(slip.text)
    assert not slip.drawer_kicks  # a report is not a cash sale
    assert slip.cuts == 1


def test_the_z_report_prints_at_closing_and_as_pdf_with_the_same_figures(
    settings: Settings, clock: FakeClock, staff: Staff, printer: SocketPrinter
) -> None:
    services = printing_services(settings, clock, printer.url)
    try:
        shift(services, staff, clock)
        sales_jobs = len(services.printing.send_due().printed)  # receipts, the refund's slip
        assert sales_jobs == 6
        printer.wait_for_jobs(sales_jobs)
        z = services.cash_sessions.close(staff.manager, "150.00")
        assert services.printing.send_due().printed == [f"Z report {z.session_id}"]
        slip = decode(printer.wait_for_jobs(sales_jobs + 1)[-1])
        printed_z(slip)
        assert COPY_MARK not in slip.lines
        assert figures(slip.text, "Session") == [str(z.session_id)]
        assert re.search(r"^Till +T1$", slip.text, re.MULTILINE)
        assert re.search(r"^\d\d:\d\d out to the safe \(carl\) +-30.00$", slip.text, re.MULTILINE)

        pdf = services.cash_sessions.report_pdf(z)
        assert page_sizes_mm(pdf) == [(210, 297)]  # A4, as invoices (shop.paper)
        text = "\n".join(page_texts(pdf))
        assert "Z REPORT" in text and "Expo 2024" in text
        assert_z_figures(text)
    finally:
        services.close()


def test_a_report_waits_for_an_offline_printer_and_prints_on_another(
    settings: Settings, clock: FakeClock, staff: Staff, printer: SocketPrinter, tmp_path: Path
) -> None:
    services = printing_services(
        settings, clock, f"tcp://127.0.0.1:{closed_port()}", auto_print=False
    )
    try:
        shift(services, staff, clock)
        x = services.cash_sessions.x_report(staff.cashier)
        job = services.printing.queue_session_report(staff.cashier, x)
        report = services.printing.send_due()
        assert report.printed == [] and report.waiting[0][0] == f"X report {x.session_id}"
        waiting = services.printing.jobs(staff.cashier)
        assert [(j.id, j.document, j.state) for j in waiting] == [
            (job, f"X report {x.session_id}", "queued")
        ]
        # Later in the shift: another sale, then the close. The X report still says what it
        # said when it was asked for; the Z (closing) has everything.
        clock.advance(minutes=10)
        sell(services, staff, "5.00", 19, PaymentMethod.CASH)
        z = services.cash_sessions.close(staff.cashier, "160.70")
        assert z.expected_cash == D("160.70")

        services.printing.retry(staff.cashier, job_id=job, url=printer.url)
        slip = decode(printer.wait_for_jobs(1)[0])
        assert "X REPORT" in slip.large_lines
        assert figures(slip.text, "Expected cash") == ["155.70"]
        assert figures(slip.text, "Cash sales") == ["52.70"]
        assert "Counted cash" not in slip.text

        # To a printer file too (a USB printer's device file behaves so).
        device = tmp_path / "lp0"
        z_job = services.printing.queue_session_report(staff.cashier, z)
        assert services.printing.retry(staff.cashier, job_id=z_job, url=f"file://{device}").printed
        on_file = decode(device.read_bytes())
        assert "Z REPORT" in on_file.large_lines
        assert figures(on_file.text, "Expected cash") == ["160.70"]
        assert figures(on_file.text, "Difference") == ["0.00"]
    finally:
        services.close()


def test_a_closed_z_report_reprints_as_a_copy_and_the_reprint_is_audited(
    settings: Settings, clock: FakeClock, staff: Staff, printer: SocketPrinter
) -> None:
    services = printing_services(settings, clock, printer.url)
    try:
        shift(services, staff, clock)
        z = services.cash_sessions.close(staff.manager, "150.00")
        first = len(services.printing.send_due().printed)
        printer.wait_for_jobs(first)
        clock.advance(days=1)
        services.cash_sessions.open(staff.cashier, "80.00")  # the next day's shift

        again = services.cash_sessions.z_report(staff.manager, z.session_id)
        job = services.printing.queue_session_report(staff.manager, again)
        assert services.printing.send_due(job_ids=[job]).printed == [f"Z report {z.session_id}"]
        copy = decode(printer.wait_for_jobs(first + 1)[-1])
        assert copy.lines.count(COPY_MARK) == 2  # top and bottom, as a receipt copy
        printed_z(copy)
        with services.db.reader() as uow:
            events = uow.session.scalars(
                select(AuditEvent).where(AuditEvent.action == "cash_session.z_reprint")
            ).all()
            assert [(e.entity_key, e.actor) for e in events] == [(str(z.session_id), "maria")]
            jobs = uow.session.scalars(
                select(PrintJob).where(PrintJob.cash_session_id == z.session_id)
            ).all()
            assert [j.copy for j in jobs] == [False, True]
    finally:
        services.close()
