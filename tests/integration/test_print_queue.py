"""The print queue against a network printer on loopback: sales are safe, receipts arrive once
(a printer that may have printed without confirming it: test_print_unsure.py)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from pos_desktop.adapters.printing import wide_glyphs
from pos_desktop.bootstrap import Services, build_services
from pos_desktop.config import Settings
from pos_desktop.domain.customer import CustomerInput
from pos_desktop.domain.invoice import LineInput, PaymentInput, PaymentMethod
from pos_desktop.domain.receipt import Align, receipt_text
from pos_desktop.services.sales import SaleInput
from pos_desktop.storage.models import AuditEvent, Invoice, PrintJob
from tests.conftest import FAST_HASHER, Staff
from tests.support.clock import FakeClock
from tests.support.escpos_decoder import decode
from tests.support.network import closed_port
from tests.support.socket_printer import SocketPrinter

D = Decimal
LINES = [
    LineInput("Catalogue", D(2), D("12.50"), D(7)),
    LineInput("Workshop", D(1), D("89.00"), D(19), discount_percent=D(10)),
]


@pytest.fixture
def printer() -> Iterator[SocketPrinter]:
    with SocketPrinter() as running:
        yield running


@pytest.fixture
def printing(settings: Settings, clock: FakeClock, printer: SocketPrinter) -> Iterator[Services]:
    configured = dataclasses.replace(
        settings,
        printer=dataclasses.replace(
            settings.printer, url=printer.url, timeout_seconds=1, drawer_kick=True, columns=42
        ),
    )
    configured.sources["printer.columns"] = "test"
    built = build_services(configured, clock=clock, hasher=FAST_HASHER)
    yield built
    built.close()


def sell(services: Services, staff: Staff, code: str | None = None) -> str:
    view = services.billing.create_invoice(
        staff.cashier,
        SaleInput(LINES, code, [PaymentInput(PaymentMethod.CASH, D("120"))]),
    )
    assert view.number
    return view.number


def states(services: Services) -> list[tuple[str, str | None]]:
    with services.db.reader() as uow:
        return [(j.state, j.problem) for j in uow.session.scalars(select(PrintJob))]


def test_a_sale_prints_its_receipt_with_accents_euro_qr_and_drawer_kick(
    printing: Services, staff: Staff, printer: SocketPrinter
) -> None:
    code = printing.customers.register(
        staff.cashier, CustomerInput(name="Zoë Ångström", email="zoe@example.org")
    ).code
    number = sell(printing, staff, code)
    assert states(printing) == [("queued", None)]  # written with the sale
    report = printing.printing.send_due()
    assert report.printed == [number]
    assert states(printing) == [("printed", None)]
    [job] = printer.jobs
    slip = decode(job)
    assert slip.qr_codes == [number]
    assert f"Customer: Zoë Ångström ({code})" in slip.lines
    assert any("€105.10" in line for line in slip.large_lines)
    assert slip.drawer_kicks == [2] and slip.cuts == 1
    # Nothing left: a second round prints nothing more.
    assert printing.printing.send_due().printed == []
    assert len(printer.jobs) == 1


def test_a_japanese_name_is_printed_as_a_picture_of_itself_not_question_marks(
    printing: Services, staff: Staff, printer: SocketPrinter
) -> None:
    assert wide_glyphs.wide_font(20) is not None, "make system-deps installs fonts-noto-cjk"
    code = printing.customers.register(
        staff.cashier, CustomerInput(name="山田 花子", email="hanako@example.jp")
    ).code
    number = sell(printing, staff, code)
    printing.printing.send_due()
    slip = decode(printer.jobs[0])
    assert not any("?" in line for line in slip.lines)  # nothing lost to the code pages
    assert not any(f"({code})" in line for line in slip.lines)  # the line went as a picture
    name_line = [i for i in slip.images if i.size == (42 * 12, 24)]
    assert len(name_line) == 1
    expected = wide_glyphs.line_picture(f"Customer: 山田 花子 ({code})", 42, align=Align.LEFT)
    assert expected is not None
    drawn = name_line[0].convert("1")
    assert drawn.tobytes() == expected.tobytes()
    assert slip.qr_codes == [number]


def test_without_a_font_for_it_the_name_is_transliterated_and_the_receipt_still_prints(
    printing: Services, staff: Staff, printer: SocketPrinter, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(wide_glyphs, "FONT_FILES", ())
    monkeypatch.delenv(wide_glyphs.FONT_VARIABLE, raising=False)
    wide_glyphs.wide_font.cache_clear()
    try:
        code = printing.customers.register(
            staff.cashier, CustomerInput(name="山田 花子", email="hanako@example.jp")
        ).code
        sell(printing, staff, code)
        printing.printing.send_due()
    finally:
        wide_glyphs.wide_font.cache_clear()
    slip = decode(printer.jobs[0])
    assert f"Customer: ?? ?? ({code})" in slip.lines


def test_paper_out_keeps_the_job_with_the_reason_until_a_retry(
    printing: Services, staff: Staff, printer: SocketPrinter
) -> None:
    printer.mode = "paper out"
    number = sell(printing, staff)
    report = printing.printing.send_due()
    assert report.printed == [] and "out of paper" in report.waiting[0][1]
    assert states(printing) == [("queued", "paper out")]
    state = printing.printing.queue_state()
    assert (state.waiting, state.problem) == (1, "paper out")
    printer.mode = "ready"
    assert printing.printing.retry(staff.cashier).printed == [number]
    assert printing.printing.queue_state().waiting == 0
    assert len(printer.jobs) == 1


def test_a_receipt_printed_minutes_after_the_sale_is_marked_printed_late(
    printing: Services, staff: Staff, printer: SocketPrinter, clock: FakeClock
) -> None:
    printer.mode = "paper out"
    late, on_time = sell(printing, staff), None
    assert printing.printing.send_due().waiting  # the printer is away for ten minutes
    clock.advance(minutes=10)
    printer.mode = "ready"
    assert printing.printing.send_due().printed == [late]
    on_time = sell(printing, staff)
    clock.advance(minutes=4)  # a slow round, but not late
    assert printing.printing.send_due().printed == [on_time]
    first, second = (decode(job) for job in printer.jobs)
    assert "*** PRINTED LATE ***" in first.lines and late in " ".join(first.lines)
    assert "*** PRINTED LATE ***" not in second.lines
    # A reprint of the late one is a COPY, not "late": the copy mark says what it is.
    printing.printing.reprint(staff.cashier, late)
    printing.printing.send_due()
    third = decode(printer.jobs[2])
    assert "*** COPY ***" in third.lines and "*** PRINTED LATE ***" not in third.lines


def test_an_unreachable_printer_loses_no_sale(
    printing: Services, staff: Staff, printer: SocketPrinter
) -> None:
    number = sell(printing, staff)
    report = printing.printing.send_due(url=f"tcp://127.0.0.1:{closed_port()}")
    assert "offline" in report.waiting[0][1]
    assert states(printing) == [("queued", "offline")]
    with printing.db.reader() as uow:  # the sale is committed whatever the printer did
        assert uow.session.scalar(select(Invoice.number)) == number
    assert printing.printing.status(f"tcp://127.0.0.1:{closed_port()}").reachable is False


def test_send_to_another_printer_and_reprint_marked_copy(
    printing: Services, staff: Staff, printer: SocketPrinter, tmp_path: Path
) -> None:
    printer.mode = "offline"
    number = sell(printing, staff)
    assert printing.printing.send_due().waiting
    other = tmp_path / "lp0"
    report = printing.printing.retry(staff.cashier, url=f"file://{other}")
    assert report.printed == [number]
    first = decode(other.read_bytes())
    assert first.qr_codes == [number] and "*** COPY ***" not in first.lines
    printing.printing.reprint(staff.cashier, number)
    printing.printing.send_due(url=f"file://{other}")
    copies = [ln for ln in decode(other.read_bytes()).lines if ln == "*** COPY ***"]
    assert len(copies) == 2  # the reprint says COPY at its top and bottom
    with printing.db.reader() as uow:
        actions = list(uow.session.scalars(select(AuditEvent.action)))
    assert "receipt.reprint" in actions


def test_receipt_text_and_status_of_a_ready_printer(
    printing: Services, staff: Staff, printer: SocketPrinter
) -> None:
    number = sell(printing, staff)
    text = receipt_text(printing.printing.receipt(staff.cashier, number), 42)
    assert number in text and "Workshop" in text and "€105.10" in text
    status = printing.printing.status()
    assert (status.reachable, status.online, status.paper) == (True, True, "ok")
    printer.mode = "paper near end"
    assert printing.printing.status().describe() == "ready, paper near end"


def test_no_printer_set_up_queues_nothing(services: Services, staff: Staff) -> None:
    sell(services, staff)
    assert states(services) == []
