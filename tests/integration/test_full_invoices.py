"""Full and simplified invoices, and the reverse charge, as the buyer reads them: on the A4 PDF,
the printed receipt (a loopback ESC/POS printer) and the invoice email (aiosmtpd), on SQLite
and PostgreSQL.

A business visitor with a company address gets a full invoice naming both parties with their
addresses and VAT IDs, and keeps it when they move later; a walk-in gets a simplified one. Only
a manager may put the reverse-charge note on a sale, and only for a buyer with a valid VAT ID
of another EU country.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from email.message import EmailMessage

import pytest

from pos_desktop.adapters.smtp_mail import SmtpMailer
from pos_desktop.bootstrap import Services
from pos_desktop.domain.customer import CustomerInput
from pos_desktop.domain.errors import PermissionDenied, ValidationError
from pos_desktop.domain.invoice import LineInput, PaymentInput, PaymentMethod
from pos_desktop.domain.parties import REVERSE_CHARGE_NOTE, Buyer
from pos_desktop.services.invoice_views import InvoiceView
from pos_desktop.services.sales import SaleInput
from tests.conftest import Staff
from tests.support.escpos_decoder import decode
from tests.support.network import closed_port
from tests.support.pdf_reading import page_texts
from tests.support.smtp_server import SmtpServer
from tests.support.socket_printer import SocketPrinter

D = Decimal
SELLER_VAT = "DE136695976"
BUYER_VAT = "FR40303265045"
POSTER = LineInput("Poster", D(2), D("25.00"), D(19))


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def seller(services: Services) -> Services:
    """The booth's legal data in ``[seller]`` (as Settings > Seller or ``POS_SELLER_*`` set it)."""
    legal = services.settings.seller
    legal.name, legal.street, legal.postcode = "Booth Books GmbH", "Hauptstraße 5", "10115"
    legal.city, legal.country, legal.vat_id = "Berlin", "DE", SELLER_VAT
    legal.tax_number, legal.register = "27/123/45678", "Amtsgericht Berlin HRB 12345"
    return services


def business(services: Services, staff: Staff, *, vat_id: str = BUYER_VAT) -> str:
    """A French company's buyer with a company address and VAT ID, reading their documents in
    English (French ones: test_document_language.py); returns the code."""
    return services.customers.register(
        staff.cashier,
        CustomerInput(
            name="Zoé Lefèvre",
            email="zoe@creme.example",
            company="Café Crème SARL",
            street="12 rue de la Paix",
            postcode="75002",
            city="Paris",
            country="FR",
            vat_id=vat_id,
            language="en",
        ),
    ).code


def sell(
    services: Services,
    actor_staff: Staff,
    code: str | None,
    *,
    manager: bool = False,
    reverse_charge: bool = False,
) -> InvoiceView:
    actor = actor_staff.manager if manager else actor_staff.cashier
    pay = [PaymentInput(PaymentMethod.CARD, D("50.00"), "A1")]
    sale = SaleInput([POSTER], code, pay, reverse_charge=reverse_charge)
    return services.billing.create_invoice(actor, sale)


def pdf_text(services: Services, number: str | None) -> str:
    assert number is not None
    return flat(page_texts(services.documents.render_invoice_pdf(number))[0])


SELLER_FACTS = (
    "Booth Books GmbH",
    "Hauptstraße 5",
    "10115 Berlin",
    f"VAT ID: {SELLER_VAT}",
    "Tax number: 27/123/45678",
    "Amtsgericht Berlin HRB 12345",
)
BUYER_FACTS = (
    "Café Crème SARL",
    "Zoé Lefèvre",
    "12 rue de la Paix",
    "75002 Paris",
    "France",
    f"VAT ID: {BUYER_VAT}",
)


def test_a_business_gets_a_full_invoice_a_walk_in_a_simplified_one(
    seller: Services, staff: Staff
) -> None:
    full = sell(seller, staff, business(seller, staff))
    walk_in = sell(seller, staff, None)
    assert full.is_full and not walk_in.is_full

    text = pdf_text(seller, full.number)
    for fact in (*SELLER_FACTS, *BUYER_FACTS):
        assert fact in text
    assert REVERSE_CHARGE_NOTE not in text  # nobody chose it

    simple = pdf_text(seller, walk_in.number)
    for fact in SELLER_FACTS:  # the seller always, when configured
        assert fact in simple
    assert "Walk-in customer" in simple
    for fact in BUYER_FACTS:
        assert fact not in simple
    assert "VAT ID: FR" not in simple


def test_the_invoice_keeps_the_address_it_was_issued_with(seller: Services, staff: Staff) -> None:
    code = business(seller, staff)
    sale = sell(seller, staff, code)
    seller.customers.edit(
        staff.cashier, code, {"street": "1 avenue Foch", "postcode": "75116", "city": "Paris"}
    )

    text = pdf_text(seller, sale.number)
    assert "12 rue de la Paix" in text and "75002 Paris" in text
    assert "avenue Foch" not in text
    assert "1 avenue Foch" in pdf_text(seller, sell(seller, staff, code).number)
    assert seller.billing.get(staff.cashier, sale.number or "").buyer == full_buyer(
        "12 rue de la Paix", "75002"
    )


def full_buyer(street: str, postcode: str) -> Buyer:
    return Buyer("Zoé Lefèvre", "Café Crème SARL", street, postcode, "Paris", "FR", BUYER_VAT)


def test_a_customer_without_a_street_gets_a_simplified_invoice(
    seller: Services, staff: Staff
) -> None:
    code = seller.customers.register(
        staff.cashier,
        CustomerInput(name="Ada Lovelace", email="ada@example.org", company="Analytical Ltd"),
    ).code
    sale = sell(seller, staff, code)
    assert not sale.is_full
    text = pdf_text(seller, sale.number)
    assert "Ada Lovelace" in text and "Customer code" in text


# ------------------------------------------------------------------------- reverse charge


def test_reverse_charge_is_a_managers_choice(seller: Services, staff: Staff) -> None:
    code = business(seller, staff)
    with pytest.raises(PermissionDenied, match="may not choose reverse charge"):
        sell(seller, staff, code, reverse_charge=True)
    assert seller.billing.list_invoices(staff.admin) == []  # nothing was sold

    sale = sell(seller, staff, code, manager=True, reverse_charge=True)
    assert sale.reverse_charge
    assert REVERSE_CHARGE_NOTE in pdf_text(seller, sale.number)
    [event] = seller.audit.entries(staff.admin, entity_key=sale.number)
    assert "reverse charge" in event.summary
    assert event.after is not None and event.after["reverse_charge"] is True


@pytest.mark.parametrize(
    ("customer_vat", "reason"),
    [
        (None, "no VAT ID"),
        ("DE136695976", "seller's own country"),  # a German buyer of a German seller
    ],
)
def test_reverse_charge_needs_a_vat_id_of_another_eu_country(
    seller: Services, staff: Staff, customer_vat: str | None, reason: str
) -> None:
    code = seller.customers.register(
        staff.cashier,
        CustomerInput(
            name="Hans Meier",
            email="hans@example.de",
            company="Meier AG",
            street="Marktplatz 1",
            postcode="80331",
            city="München",
            country="DE",
            vat_id=customer_vat or "",
        ),
    ).code
    with pytest.raises(ValidationError, match=reason) as refused:
        sell(seller, staff, code, manager=True, reverse_charge=True)
    assert refused.value.fields == ["reverse charge"]
    with pytest.raises(ValidationError, match="walk-in"):
        sell(seller, staff, None, manager=True, reverse_charge=True)
    assert seller.billing.list_invoices(staff.admin) == []


def test_reverse_charge_needs_the_sellers_country(services: Services, staff: Staff) -> None:
    code = business(services, staff)  # no [seller] set up
    with pytest.raises(ValidationError, match="seller's country is not set"):
        sell(services, staff, code, manager=True, reverse_charge=True)


# --------------------------------------------------------------------- receipt and email


@pytest.fixture
def printer(seller: Services) -> Iterator[SocketPrinter]:
    with SocketPrinter() as running:
        seller.settings.printer.url = running.url
        yield running


def test_the_receipt_shows_the_full_invoice_and_the_note(
    seller: Services, staff: Staff, printer: SocketPrinter
) -> None:
    sale = sell(seller, staff, business(seller, staff), manager=True, reverse_charge=True)
    walk_in = sell(seller, staff, None)
    report = seller.printing.send_due()
    assert report.printed == [sale.number, walk_in.number], report

    full, simple = (decode(job) for job in printer.wait_for_jobs(2))
    text = flat(full.text)
    for fact in (*SELLER_FACTS, "Bill to:", *BUYER_FACTS):
        assert fact in text, fact
    assert flat(REVERSE_CHARGE_NOTE) in text
    assert full.qr_codes == [sale.number]

    simple_text = flat(simple.text)
    assert f"VAT ID: {SELLER_VAT}" in simple_text
    assert "Bill to:" not in simple_text and "Café Crème" not in simple_text
    assert flat(REVERSE_CHARGE_NOTE) not in simple_text
    assert simple.qr_codes == [walk_in.number]


@pytest.fixture
def smtp(seller: Services) -> Iterator[SmtpServer]:
    port = closed_port()
    mail = seller.settings.smtp
    mail.host, mail.port, mail.security, mail.sender = "127.0.0.1", port, "none", "booth@x.example"
    mailer = seller.outbox_sender.mailer
    assert isinstance(mailer, SmtpMailer)
    mailer.timeout = 1.0
    with SmtpServer(port=port) as running:
        yield running


def invoice_email(server: SmtpServer, number: str | None) -> tuple[str, str]:
    [message] = [
        r.message for r in server.received if str(r.message["Subject"]).endswith(str(number))
    ]
    assert isinstance(message, EmailMessage)
    text, html = message.get_body(("plain",)), message.get_body(("html",))
    assert text is not None and html is not None
    return str(text.get_content()), str(html.get_content())


def test_the_invoice_email_shows_the_full_invoice_and_the_note(
    seller: Services, staff: Staff, smtp: SmtpServer
) -> None:
    code = business(seller, staff)
    sale = sell(seller, staff, code, manager=True, reverse_charge=True)
    plain_sale = seller.customers.register(
        staff.cashier, CustomerInput(name="Ada Lovelace", email="ada@example.org")
    ).code
    simple = sell(seller, staff, plain_sale)
    report = seller.outbox_sender.send_due()
    assert report.sent == 4, report  # two welcomes, two invoices

    text, html = invoice_email(smtp, sale.number)
    for fact in (*SELLER_FACTS, *BUYER_FACTS):
        assert fact in text, fact
    assert "Seller:" in text and "Bill to:" in text
    assert REVERSE_CHARGE_NOTE in flat(text)
    assert "Café Crème SARL" in html and f"VAT ID: {BUYER_VAT}" in html
    assert REVERSE_CHARGE_NOTE in html

    text, _html = invoice_email(smtp, simple.number)
    assert f"VAT ID: {SELLER_VAT}" in text  # the seller, always
    assert "Bill to:" not in text and REVERSE_CHARGE_NOTE not in text
