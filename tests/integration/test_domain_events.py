"""Actions announce what they caused; handlers and listeners registered on the bus do the rest.

What a cashier notices: a refund's slip prints and its drawer opens at once, and the customer's
notice leaves at once, with no screen waking anything; a new side effect (here a loyalty bonus
and a customer display) is a handler or listener registered on the bus, nothing else; what a
handler writes commits with the sale or not at all.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from datetime import UTC
from decimal import Decimal

import pytest
from sqlalchemy import select

from pos_desktop.adapters.smtp_mail import SmtpMailer
from pos_desktop.bootstrap import Services
from pos_desktop.config import Settings
from pos_desktop.domain.customer import CustomerInput
from pos_desktop.domain.errors import ValidationError
from pos_desktop.domain.invoice import LineInput, PaymentInput, PaymentMethod
from pos_desktop.domain.roles import Actor
from pos_desktop.services import audit
from pos_desktop.services.events import (
    CashSessionClosed,
    CustomerRegistered,
    EmailQueued,
    PrintJobQueued,
    RefundMade,
    SaleIssued,
    StockMoved,
)
from pos_desktop.services.messagebus import Transaction
from pos_desktop.services.products import ProductView
from pos_desktop.services.refunds import RefundLine
from pos_desktop.services.sales import SaleInput
from pos_desktop.storage.models import AuditEvent, Invoice
from tests.conftest import Staff
from tests.support.clock import FakeClock
from tests.support.escpos_decoder import decode
from tests.support.network import closed_port
from tests.support.paper import printing_services
from tests.support.smtp_server import SmtpServer
from tests.support.socket_printer import SocketPrinter

D = Decimal
#: Far longer than the test waits: what arrives came from a wake-up, not from a round.
ROUND_S = 120.0
AT_ONCE_S = 10.0


@pytest.fixture
def till(
    settings: Settings, clock: FakeClock
) -> Iterator[tuple[Services, SocketPrinter, SmtpServer]]:
    """A till printing by itself on a loopback printer and mailing through loopback SMTP, its
    print and mail loops running as the app runs them, with rounds too rare to matter."""
    port = closed_port()
    with SocketPrinter() as printer, SmtpServer(port=port) as server:
        services = printing_services(settings, clock, printer.url, drawer_kick=True)
        smtp = services.settings.smtp
        smtp.host, smtp.port, smtp.security, smtp.sender = "127.0.0.1", port, "none", "b@x.example"
        mailer = services.outbox_sender.mailer
        assert isinstance(mailer, SmtpMailer)
        mailer.timeout = 2.0
        services.print_round_seconds = services.mail_round_seconds = ROUND_S
        services.print_loop.start()
        services.mail_loop.start()
        try:
            yield services, printer, server
        finally:
            services.print_loop.stop()
            services.mail_loop.stop()
            services.close()


def wait_for(check: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + AT_ONCE_S
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"not at once: {what}")
        time.sleep(0.02)


def five_mugs(services: Services, staff: Staff) -> ProductView:
    mug = services.products.add(
        staff.manager, sku="MUG", name="Booth mug", price="9.50", vat_rate="19", track_stock=True
    )
    services.stock.adjust(staff.manager, "MUG", "5", location="BOOTH")
    return mug


def booth(services: Services, staff: Staff) -> Decimal:
    [level] = services.stock.show(staff.manager, sku="MUG", location="BOOTH")
    return level.quantity


def sell(services: Services, cashier: Actor, code: str | None, method: PaymentMethod) -> str:
    view = services.billing.create_invoice(
        cashier,
        SaleInput(
            [LineInput("Catalogue", D(2), D("12.50"), D(7))],
            code,
            [PaymentInput(method, D(25))],
        ),
    )
    assert view.number is not None
    return view.number


def test_a_cash_refund_prints_its_slip_opens_the_drawer_and_mails_the_customer_at_once(
    till: tuple[Services, SocketPrinter, SmtpServer], staff: Staff
) -> None:
    services, printer, server = till
    ada = services.customers.register(staff.cashier, CustomerInput("Ada Lovelace", "ada@x.org"))
    number = sell(services, staff.cashier, ada.code, PaymentMethod.CASH)
    wait_for(lambda: len(printer.jobs) == 1 and len(server.messages) == 2, "receipt, 2 emails")

    # The service alone, as the refund dialog calls it: nothing wakes the loops by hand.
    note = services.refunds.refund(
        staff.cashier, number, [RefundLine(1, D(1))], method="cash", reason="one was torn"
    )

    wait_for(lambda: len(printer.jobs) == 2, "the refund slip")
    slip = decode(printer.jobs[1])
    assert any(line.startswith("Credit note") and note.number in line for line in slip.lines)
    assert any(line.startswith("Cash refund") and "-12.50" in line for line in slip.lines)
    assert slip.drawer_kicks  # the cash goes out of the drawer now, not at the next round
    wait_for(lambda: len(server.messages) == 3, "the refund notice")
    notice = server.messages[2]
    assert notice["To"] == "ada@x.org"
    assert note.number in notice.get_body(("plain",)).get_content()  # type: ignore[union-attr]


def test_a_void_emails_its_notice_at_once(
    till: tuple[Services, SocketPrinter, SmtpServer], staff: Staff
) -> None:
    services, _printer, server = till
    ada = services.customers.register(staff.cashier, CustomerInput("Ada Lovelace", "ada@x.org"))
    number = sell(services, staff.cashier, ada.code, PaymentMethod.CARD)
    wait_for(lambda: len(server.messages) == 2, "welcome and invoice")

    services.billing.void(staff.manager, number, reason="sold twice by mistake")

    wait_for(lambda: len(server.messages) == 3, "the void notice")
    assert number in server.messages[2].get_body(("plain",)).get_content()  # type: ignore[union-attr]


def test_a_new_side_effect_is_one_handler_and_one_listener(
    services: Services, staff: Staff
) -> None:
    """A loyalty bonus written with the sale, a customer display shown after it: registering
    them on the bus is the whole change."""
    shown: list[str] = []

    def loyalty_bonus(uow: Transaction, event: SaleIssued) -> None:
        audit.record(
            uow.session,
            actor=staff.cashier,
            at=event.at,
            action="loyalty.bonus",
            entity_type="invoice",
            entity_key=event.invoice.number,
            summary=f"{int(event.invoice.gross)} points",
            terminal=event.terminal,
        )

    services.bus.handle(SaleIssued, loyalty_bonus)
    stop = services.bus.listen(SaleIssued, lambda event: shown.append(f"{event.view.gross}"))

    number = sell(services, staff.cashier, None, PaymentMethod.CARD)

    with services.db.reader() as uow:
        bonus = uow.session.execute(
            select(AuditEvent.entity_key, AuditEvent.summary).where(
                AuditEvent.action == "loyalty.bonus"
            )
        ).one()
    assert tuple(bonus) == (number, "25 points")
    assert shown == ["25.00"]
    stop()
    sell(services, staff.cashier, None, PaymentMethod.CARD)
    assert shown == ["25.00"]  # a closed display hears nothing more


def test_what_handlers_write_commits_with_the_sale_or_not_at_all(
    services: Services, staff: Staff
) -> None:
    shown: list[object] = []

    def display(event: object) -> None:
        shown.append(event)

    def refuse(_uow: Transaction, _event: SaleIssued) -> None:
        raise ValidationError.single("bonus", "the loyalty server said no")

    services.bus.listen(SaleIssued, display)
    services.bus.listen(StockMoved, display)
    services.bus.handle(SaleIssued, refuse)  # after the stock and totals handlers
    product = five_mugs(services, staff)

    with pytest.raises(ValidationError, match="loyalty server said no"):
        services.billing.create_invoice(
            staff.cashier,
            SaleInput(
                [LineInput("Booth mug", D(1), D("9.50"), D(19), product_id=product.id)],
                None,
                [PaymentInput(PaymentMethod.CARD, D("9.50"))],
            ),
        )

    with services.db.reader() as uow:
        assert uow.session.scalars(select(Invoice)).all() == []
    assert booth(services, staff) == D(5)  # nothing left the shelf
    assert services.dashboard.figures(staff.manager, UTC).revenue_today == D(0)  # nor counted
    assert shown == []  # listeners hear only what was saved


def test_events_announce_what_followed_from_them(services: Services, staff: Staff) -> None:
    """Handlers announce what they did: a screen can follow stock, print jobs and emails."""
    heard: list[str] = []
    for kind in (CustomerRegistered, SaleIssued, StockMoved, EmailQueued, PrintJobQueued):
        services.bus.listen(kind, lambda event: heard.append(type(event).__name__))
    services.bus.listen(RefundMade, lambda event: heard.append(f"refund {event.method}"))
    services.bus.listen(CashSessionClosed, lambda event: heard.append("closed"))
    product = five_mugs(services, staff)
    ada = services.customers.register(staff.cashier, CustomerInput("Ada Lovelace", "ada@x.org"))
    view = services.billing.create_invoice(
        staff.cashier,
        SaleInput(
            [LineInput("Booth mug", D(2), D("9.50"), D(19), product_id=product.id)],
            ada.code,
            [PaymentInput(PaymentMethod.CARD, D(19))],
        ),
    )
    assert view.number is not None
    services.refunds.refund(staff.cashier, view.number, None, method="card", reason="too heavy")

    assert heard == [
        "CustomerRegistered",
        "EmailQueued",  # the welcome
        "SaleIssued",
        "StockMoved",
        "EmailQueued",  # the invoice
        "refund card",
        "StockMoved",  # back on the shelf
        "EmailQueued",  # the refund notice
    ]
    assert booth(services, staff) == D(5)
