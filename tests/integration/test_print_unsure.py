"""A printer that took the bytes and then went quiet: the receipt is "unsure", never sent again by
itself; a person marks it printed or reprints it as a COPY (no drawer kick), both audited.
On SQLite and PostgreSQL, against the loopback printer."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from decimal import Decimal

import pytest
from sqlalchemy import select, update

from pos_desktop.bootstrap import Services
from pos_desktop.config import Settings
from pos_desktop.domain.errors import NotFound
from pos_desktop.domain.invoice import LineInput, PaymentInput, PaymentMethod
from pos_desktop.services.printing import PrintLoop, PrintReport
from pos_desktop.services.refunds import RefundLine
from pos_desktop.services.sales import SaleInput
from pos_desktop.storage.models import AuditEvent, PrintJob
from tests.conftest import Staff
from tests.support.clock import FakeClock
from tests.support.escpos_decoder import decode
from tests.support.paper import printing_services
from tests.support.socket_printer import SocketPrinter

D = Decimal
COPY = "*** COPY ***"


@pytest.fixture
def printer() -> Iterator[SocketPrinter]:
    with SocketPrinter() as running:
        yield running


@pytest.fixture
def printing(settings: Settings, clock: FakeClock, printer: SocketPrinter) -> Iterator[Services]:
    built = printing_services(settings, clock, printer.url, drawer_kick=True)
    yield built
    built.close()


def sell(services: Services, staff: Staff, method: PaymentMethod = PaymentMethod.CASH) -> str:
    view = services.billing.create_invoice(
        staff.cashier,
        SaleInput(
            [LineInput("Catalogue", D(2), D("12.50"), D(7))],
            None,
            [PaymentInput(method, D(25), reference="A1" if method is PaymentMethod.CARD else None)],
        ),
    )
    assert view.number
    return view.number


def jobs(services: Services) -> list[tuple[str, bool, bool, str | None]]:
    """(state, copy, open_drawer, problem) of every job, oldest first."""
    with services.db.reader() as uow:
        rows = uow.session.scalars(select(PrintJob).order_by(PrintJob.id))
        return [(j.state, j.copy, j.open_drawer, j.problem) for j in rows]


def audit_actions(services: Services) -> list[tuple[str, str]]:
    """The audit trail's printing events: reprints and jobs marked printed by hand."""
    with services.db.reader() as uow:
        rows = uow.session.execute(
            select(AuditEvent.action, AuditEvent.summary).order_by(AuditEvent.id)
        )
        return [
            (action, summary)
            for action, summary in rows
            if action.endswith("reprint") or action.startswith("print_job.")
        ]


def stalled_sale(services: Services, staff: Staff, printer: SocketPrinter) -> tuple[str, int]:
    """A cash sale whose receipt the printer took and then never confirmed."""
    printer.mode = "stall"
    number = sell(services, staff)
    report = services.printing.send_due()
    assert report.printed == [] and report.waiting == []
    assert [name for name, _why in report.unsure] == [number]
    [view] = services.printing.jobs(staff.cashier)
    assert view.unsure
    return number, view.id


def test_a_stalled_receipt_is_unsure_and_never_printed_twice(
    printing: Services, staff: Staff, printer: SocketPrinter
) -> None:
    number, _job = stalled_sale(printing, staff, printer)
    assert jobs(printing) == [("unsure", False, True, "timeout")]
    # The printer is fine again: round after round (the app's loop, the CLI's retry), nothing
    # sends that receipt again.
    printer.mode = "ready"
    rounds: list[PrintReport] = []
    done = threading.Event()

    def counted(report: PrintReport) -> None:
        rounds.append(report)
        if len(rounds) >= 3:
            done.set()

    loop = PrintLoop(printing.printing.send_due, interval=0.05, on_round=counted)
    loop.start()
    try:
        assert done.wait(10)
    finally:
        loop.stop()
    assert printing.printing.retry(staff.cashier).printed == []
    assert all(not r.printed and not r.unsure for r in rounds)
    [receipt] = printer.wait_for_jobs(1)
    assert len(printer.jobs) == 1  # the one it took before it stalled
    slip = decode(receipt)
    assert slip.qr_codes == [number] and COPY not in slip.lines
    assert slip.drawer_kicks == [2]  # the drawer opened once
    state = printing.printing.queue_state()
    assert (state.waiting, state.unsure, state.unsure_document) == (0, 1, number)


def test_reprinting_an_unsure_receipt_prints_a_copy_without_opening_the_drawer(
    printing: Services, staff: Staff, printer: SocketPrinter
) -> None:
    number, job_id = stalled_sale(printing, staff, printer)
    printer.mode = "ready"
    copy_id = printing.printing.reprint_unsure(staff.cashier, job_id)
    assert printing.printing.send_due(job_ids=[copy_id]).printed == [number]
    original, copy = (decode(job) for job in printer.wait_for_jobs(2))
    assert original.drawer_kicks == [2] and COPY not in original.lines
    assert copy.qr_codes == [number]
    assert copy.lines.count(COPY) == 2  # at its top and bottom
    assert copy.drawer_kicks == []
    assert jobs(printing) == [("replaced", False, True, "timeout"), ("printed", True, False, None)]
    assert printing.printing.queue_state().unsure == 0
    [(action, summary)] = audit_actions(printing)
    assert action == "receipt.reprint"
    assert summary == (
        f"receipt of {number} reprinted (marked COPY) in place of one that may not have printed"
    )
    with pytest.raises(NotFound):  # decided: nothing to decide twice
        printing.printing.reprint_unsure(staff.cashier, job_id)


def test_marking_an_unsure_receipt_printed_settles_it_and_is_audited(
    printing: Services, staff: Staff, printer: SocketPrinter
) -> None:
    number, job_id = stalled_sale(printing, staff, printer)
    printing.printing.mark_printed(staff.cashier, job_id)
    assert jobs(printing) == [("printed", False, True, "timeout")]
    assert printing.printing.jobs(staff.cashier) == []
    assert printing.printing.queue_state().unsure == 0
    [(action, summary)] = audit_actions(printing)
    assert action == "print_job.marked_printed"
    assert summary.startswith(f"receipt of {number} marked printed by hand")
    printer.mode = "ready"
    assert printing.printing.send_due().printed == []
    assert len(printer.wait_for_jobs(1)) == 1


def test_only_an_unsure_job_waits_for_a_decision(
    printing: Services, staff: Staff, printer: SocketPrinter
) -> None:
    printer.mode = "paper out"
    sell(printing, staff)
    printing.printing.send_due()
    [view] = printing.printing.jobs(staff.cashier)
    assert (view.state, view.problem) == ("queued", "paper out")
    with pytest.raises(NotFound, match="not waiting for a decision"):
        printing.printing.mark_printed(staff.cashier, view.id)
    with pytest.raises(NotFound):
        printing.printing.reprint_unsure(staff.cashier, view.id)


def test_reprint_from_the_invoice_settles_its_unsure_receipt(
    printing: Services, staff: Staff, printer: SocketPrinter
) -> None:
    number, _job = stalled_sale(printing, staff, printer)
    printer.mode = "ready"
    printing.printing.queue(staff.cashier, number)  # "print the receipt": it may be out, a COPY
    assert printing.printing.send_due().printed == [number]
    assert COPY in decode(printer.wait_for_jobs(2)[1]).lines
    assert jobs(printing) == [("replaced", False, True, "timeout"), ("printed", True, False, None)]


@pytest.mark.parametrize(
    ("mode", "problem"),
    [("paper out", "paper out"), ("cover open", "cover open"), ("offline", "offline")],
)
def test_a_printer_not_ready_keeps_the_job_queued_with_its_reason(
    printing: Services, staff: Staff, printer: SocketPrinter, mode: str, problem: str
) -> None:
    printer.mode = mode
    number = sell(printing, staff)
    report = printing.printing.send_due()
    assert report.unsure == [] and [name for name, _why in report.waiting] == [number]
    state = printing.printing.queue_state()
    assert (state.waiting, state.problem, state.unsure) == (1, problem, 0)
    assert printing.printing.status().describe() == problem
    printer.mode = "ready"
    assert printing.printing.send_due().printed == [number]  # refused before: safe to send
    assert decode(printer.wait_for_jobs(1)[0]).drawer_kicks == [2]


def test_paper_running_out_during_the_receipt_leaves_it_unsure(
    printing: Services, staff: Staff, printer: SocketPrinter
) -> None:
    printer.after_receipt = {1: 0x1E, 2: 0x32, 4: 0x72}
    sell(printing, staff)
    [(_name, why)] = printing.printing.send_due().unsure
    assert "out of paper after taking the receipt" in why
    assert jobs(printing) == [("unsure", False, True, "paper out")]


def test_a_send_cut_short_by_a_dead_till_becomes_unsure_not_resent(
    printing: Services, staff: Staff, printer: SocketPrinter, clock: FakeClock
) -> None:
    """The app was killed while sending: its claim runs out, and the job may have printed."""
    sell(printing, staff)
    with printing.db.unit_of_work() as uow:
        uow.session.execute(update(PrintJob).values(state="sending", attempts=1))
        uow.commit()
    assert printing.printing.send_due().printed == []  # the claim still holds
    assert jobs(printing) == [("sending", False, True, None)]
    clock.advance(minutes=3)
    report = printing.printing.send_due()
    assert report.printed == [] and printer.jobs == []
    assert jobs(printing) == [("unsure", False, True, "interrupted")]
    [view] = printing.printing.jobs(staff.cashier)
    assert view.last_error == "the till stopped while sending it"


def test_an_unsure_refund_slip_reprints_as_a_copy(
    printing: Services, staff: Staff, printer: SocketPrinter
) -> None:
    sold = sell(printing, staff)
    assert printing.printing.send_due().printed == [sold]
    printer.mode = "stall"
    note = printing.refunds.refund(
        staff.cashier, sold, [RefundLine(1, D(1))], method=PaymentMethod.CASH, reason="torn"
    )
    assert [name for name, _why in printing.printing.send_due().unsure] == [note.number]
    [view] = printing.printing.jobs(staff.cashier)
    assert view.document == note.number
    printer.mode = "ready"
    printing.printing.send_due(job_ids=[printing.printing.reprint_unsure(staff.cashier, view.id)])
    slip = decode(printer.wait_for_jobs(3)[2])
    assert COPY in slip.lines and slip.qr_codes == [note.number] and slip.drawer_kicks == []
    assert [a for a, _s in audit_actions(printing)] == ["credit_note.reprint"]


def test_an_unsure_z_report_reprints_as_a_copy(
    printing: Services, staff: Staff, printer: SocketPrinter, clock: FakeClock
) -> None:
    printing.cash_sessions.open(staff.cashier, "50.00")
    clock.advance(hours=1)
    printer.mode = "stall"
    z = printing.cash_sessions.close(staff.cashier, "50.00")  # auto_print queues the Z
    assert printing.printing.send_due().unsure
    [view] = printing.printing.jobs(staff.cashier)
    assert view.document == f"Z report {z.session_id}"
    printer.mode = "ready"
    printing.printing.send_due(job_ids=[printing.printing.reprint_unsure(staff.cashier, view.id)])
    assert COPY in decode(printer.wait_for_jobs(2)[1]).lines
    assert [a for a, _s in audit_actions(printing)] == ["cash_session.z_reprint"]


def test_an_unsure_x_report_reprints_as_a_copy_of_the_same_moment(
    printing: Services, staff: Staff, printer: SocketPrinter, clock: FakeClock
) -> None:
    printing.cash_sessions.open(staff.cashier, "50.00")
    sell(printing, staff)
    assert printing.printing.send_due().printed
    x = printing.cash_sessions.x_report(staff.cashier)
    printer.mode = "stall"
    printing.printing.queue_session_report(staff.cashier, x)
    assert printing.printing.send_due().unsure
    clock.advance(hours=1)
    sell(printing, staff, PaymentMethod.CARD)  # later sales are not on that X report
    printer.mode = "ready"
    assert printing.printing.send_due().printed
    [view] = printing.printing.jobs(staff.cashier)
    printing.printing.send_due(job_ids=[printing.printing.reprint_unsure(staff.cashier, view.id)])
    first, copy = (decode(job) for job in printer.wait_for_jobs(4)[1::2])
    assert COPY in copy.lines and COPY not in first.lines
    assert [ln for ln in copy.lines if ln != COPY] == [ln for ln in first.lines if ln != COPY]
    assert [state for state, *_rest in jobs(printing)] == [
        "printed",
        "replaced",
        "printed",
        "printed",
    ]
    assert [a for a, _s in audit_actions(printing)] == ["cash_session.x_reprint"]
