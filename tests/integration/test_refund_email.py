"""Refund notices: a credit note queues an email to the invoice's customer in its own transaction.

Delivered to a real SMTP server on loopback (aiosmtpd), on SQLite and PostgreSQL: the customer
reads the credit note's number, the invoice, the amount and how the money comes back.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from email.message import EmailMessage

import pytest

from pos_desktop.adapters.smtp_mail import SmtpMailer
from pos_desktop.bootstrap import Services
from pos_desktop.domain.customer import CustomerInput
from pos_desktop.domain.errors import InvalidState, NotFound, ValidationError
from pos_desktop.domain.invoice import LineInput, PaymentInput, PaymentMethod
from pos_desktop.services.refunds import RefundLine
from pos_desktop.services.sales import SaleInput
from pos_desktop.storage.models import Exhibition
from tests.conftest import Staff
from tests.support.network import closed_port
from tests.support.pdf_reading import page_texts
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
    """Two catalogues (25.00) to Ada Lovelace <ada@example.org>, registered at the first sale."""
    known = services.customers.search(staff.cashier, "ada@example.org")
    code = (
        known[0].code
        if known
        else services.customers.register(
            staff.cashier, CustomerInput(name="Ada Lovelace", email="ada@example.org")
        ).code
    )
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
    assert f"The credit note is attached as a PDF (credit-note-{note.number}.pdf)." in body
    assert credit_note_pdf_text(message, note.number) == [note.number, "12.50"]


def credit_note_pdf_text(message: EmailMessage, number: str) -> list[str]:
    """Of the one PDF attached, named after credit note ``number``: which of the credit note's
    number and the amounts it should hold its text has (checked by the caller)."""
    (pdf,) = [p for p in message.walk() if p.get_content_type() == "application/pdf"]
    assert pdf.get_filename() == f"credit-note-{number}.pdf"
    data = pdf.get_payload(decode=True)
    assert isinstance(data, bytes)
    text = " ".join(page_texts(data))
    return [word for word in (number, "12.50", "25.00") if word in text]


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


def refunded_twice(services: Services, staff: Staff, server: SmtpServer) -> tuple[str, str, str]:
    """Ada's invoice (2 catalogues, 25.00) refunded one catalogue at a time; what was queued
    so far is sent and forgotten. Returns the invoice's and both credit notes' numbers."""
    number = sell_to_ada(services, staff, PaymentMethod.CARD)
    first = services.refunds.refund(
        staff.cashier, number, [RefundLine(1, D(1))], method="card", reason="one was torn"
    )
    second = services.refunds.refund(
        staff.cashier, number, [RefundLine(1, D(1))], method="card", reason="the other too"
    )
    services.outbox_sender.send_due()
    server.received.clear()
    return number, first.number, second.number


def test_send_again_on_a_refunded_invoice_sends_the_latest_refund_notice_with_its_pdf(
    mail: tuple[Services, SmtpServer], staff: Staff
) -> None:
    services, server = mail
    number, first, second = refunded_twice(services, staff, server)

    offered = services.outbox.invoice_emails(staff.cashier, number)
    assert [(e.kind.value, e.credit_note) for e in offered] == [
        ("refund", second),
        ("refund", first),
        ("invoice", None),
    ]
    assert offered[0].label == f"Refund notice {second} (12.50 EUR)"
    entry = services.outbox.send_invoice_again(staff.cashier, number)
    assert entry.kind == "refund" and entry.invoice_number == number

    assert services.outbox_sender.send_due().sent == 1
    (message,) = server.messages
    assert message["To"] == "ada@example.org"
    assert message["Subject"] == f"Credit note {second} for invoice {number}"
    assert credit_note_pdf_text(message, second) == [second, "12.50"]


def test_send_again_picks_an_earlier_credit_note_or_the_invoice_itself(
    mail: tuple[Services, SmtpServer], staff: Staff
) -> None:
    services, server = mail
    number, first, _second = refunded_twice(services, staff, server)

    services.outbox.send_invoice_again(staff.cashier, number, credit_note=first.lower())
    services.outbox.send_invoice_again(staff.cashier, number, kind="invoice")
    assert services.outbox_sender.send_due().sent == 2
    subjects = sorted(m["Subject"] for m in server.messages)
    assert subjects == [
        f"Credit note {first} for invoice {number}",
        f"Your order has been placed: invoice {number}",
    ]
    invoice = next(m for m in server.messages if m["Subject"].startswith("Your order"))
    (pdf,) = [p for p in invoice.walk() if p.get_content_type() == "application/pdf"]
    assert pdf.get_filename() == f"invoice-{number}.pdf"


def test_send_again_on_a_voided_invoice_sends_the_void_notice_never_the_order(
    mail: tuple[Services, SmtpServer], staff: Staff
) -> None:
    services, server = mail
    number = sell_to_ada(services, staff, PaymentMethod.CASH)
    services.billing.void(staff.manager, number, reason="wrong customer")
    services.outbox_sender.send_due()
    server.received.clear()

    assert [e.kind.value for e in services.outbox.invoice_emails(staff.cashier, number)] == ["void"]
    with pytest.raises(InvalidState, match="is voided: send the void notice instead"):
        services.outbox.send_invoice_again(staff.cashier, number, kind="invoice")
    services.outbox.send_invoice_again(staff.cashier, number)

    assert services.outbox_sender.send_due().sent == 1
    (message,) = server.messages
    assert message["Subject"] == f"Invoice {number} has been cancelled"
    body = message.get_body(("plain",))
    assert body is not None and "Reason: wrong customer" in body.get_content()


def test_send_again_refuses_what_the_invoice_has_not(
    mail: tuple[Services, SmtpServer], staff: Staff
) -> None:
    services, _server = mail
    number = sell_to_ada(services, staff, PaymentMethod.CASH)
    before = len(services.outbox.messages(staff.manager))
    with pytest.raises(InvalidState, match="has no refund"):
        services.outbox.send_invoice_again(staff.cashier, number, kind="refund")
    with pytest.raises(InvalidState, match="is not voided"):
        services.outbox.send_invoice_again(staff.cashier, number, kind="void")
    with pytest.raises(ValidationError, match="invoice, void, refund"):
        services.outbox.send_invoice_again(staff.cashier, number, kind="welcome")
    other = sell_to_ada(services, staff, PaymentMethod.CASH)
    note = services.refunds.refund(staff.cashier, other, method="cash", reason="broken")
    with pytest.raises(NotFound, match=f"no credit note {note.number} for invoice {number}"):
        services.outbox.send_invoice_again(staff.cashier, number, credit_note=note.number)
    assert len(services.outbox.messages(staff.manager)) == before + 2  # the other sale, its refund
