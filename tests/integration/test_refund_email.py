"""Refund notices: a credit note queues an email to the invoice's customer in its own transaction.

Delivered to a real SMTP server on loopback (aiosmtpd), on SQLite and PostgreSQL: the customer
reads the credit note's number, the invoice, the amount and how the money comes back.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest

from pos_desktop.adapters.smtp_mail import SmtpMailer
from pos_desktop.bootstrap import Services
from pos_desktop.domain.customer import CustomerInput
from pos_desktop.domain.errors import InvalidState
from pos_desktop.domain.invoice import LineInput, PaymentInput, PaymentMethod
from pos_desktop.services.billing import SaleInput
from pos_desktop.services.refunds import RefundLine
from pos_desktop.storage.models import Exhibition
from tests.conftest import Staff
from tests.support.network import closed_port
from tests.support.smtp_server import SmtpServer

D = Decimal


@pytest.fixture
def mail(services: Services) -> Iterator[tuple[Services, SmtpServer]]:
    """Services sending plainly to an SMTP server on a free loopback port."""
    port = closed_port()
    smtp = services.settings.smtp
    smtp.host, smtp.port, smtp.security, smtp.sender = "127.0.0.1", port, "none", "b@shop.example"
    mailer = services.outbox_sender.mailer
    assert isinstance(mailer, SmtpMailer)
    mailer.timeout = 1.0
    with SmtpServer(port=port) as server:
        yield services, server


def sell_to_ada(services: Services, staff: Staff, method: PaymentMethod) -> str:
    code = services.customers.register(
        staff.cashier, CustomerInput(name="Ada Lovelace", email="ada@example.org")
    ).code
    view = services.billing.create_invoice(
        staff.cashier,
        SaleInput(
            [LineInput("Catalogue", D(2), D("12.50"), D(7))],
            code,
            [PaymentInput(method, D(25))],
        ),
    )
    assert view.number is not None
    return view.number


def test_a_refund_emails_the_credit_note_to_the_customer(
    mail: tuple[Services, SmtpServer], staff: Staff
) -> None:
    services, server = mail
    number = sell_to_ada(services, staff, PaymentMethod.CARD)
    services.outbox_sender.send_due()  # welcome + invoice
    server.received.clear()

    note = services.refunds.refund(
        staff.cashier, number, [RefundLine(1, D(1))], method="card", reason="one was torn"
    )

    kinds = [e.kind for e in services.outbox.messages(staff.manager)]
    assert kinds[0] == "refund"
    assert services.outbox_sender.send_due().sent == 1
    (message,) = server.messages
    assert message["To"] == "ada@example.org"
    assert message["Subject"] == f"Credit note {note.number} for invoice {number}"
    text = message.get_body(("plain",))
    html = message.get_body(("html",))
    assert text is not None and html is not None
    body = text.get_content()
    assert "Hello Ada Lovelace" in body
    assert "Refunded: €12.50" in body and "1 x Catalogue" in body
    assert "The amount goes back to the card you paid with." in body
    assert note.number in html.get_content() and "€12.50" in html.get_content()


def test_the_german_notice_says_cash_comes_back_in_cash(
    mail: tuple[Services, SmtpServer], staff: Staff
) -> None:
    services, server = mail
    with services.db.unit_of_work() as uow:
        for exhibition in uow.session.query(Exhibition):
            exhibition.language = "de-DE"
        uow.commit()
    number = sell_to_ada(services, staff, PaymentMethod.CASH)
    services.outbox_sender.send_due()
    server.received.clear()

    note = services.refunds.refund(staff.manager, number, method="cash", reason="abgesagt")

    services.outbox_sender.send_due()
    (message,) = server.messages
    assert message["Subject"] == f"Gutschrift {note.number} zur Rechnung {number}"
    text = message.get_body(("plain",))
    assert text is not None
    assert "Erstattet: 25,00\xa0€" in text.get_content()
    assert "Der Betrag wird Ihnen bar ausgezahlt." in text.get_content()


def test_a_refused_refund_queues_nothing_and_walk_ins_get_nothing(
    services: Services, staff: Staff
) -> None:
    number = sell_to_ada(services, staff, PaymentMethod.CASH)
    before = len(services.outbox.messages(staff.manager))
    with pytest.raises(InvalidState):
        services.refunds.refund(
            staff.cashier, number, [RefundLine(1, D(3))], method="cash", reason="too many"
        )
    assert len(services.outbox.messages(staff.manager)) == before

    walk_in = services.billing.create_invoice(
        staff.cashier,
        SaleInput(
            [LineInput("Pen", D(1), D("2.00"), D(19))],
            None,
            [PaymentInput(PaymentMethod.CASH, D(2))],
        ),
    )
    services.refunds.refund(staff.cashier, walk_in.number or "", method="cash", reason="broken")
    assert len(services.outbox.messages(staff.manager)) == before
