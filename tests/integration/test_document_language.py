"""Receipts, invoice PDFs and emails in the customer's language, on SQLite and PostgreSQL: the
slip a loopback printer receives (decoded ESC/POS), the PDF's text, the email a real SMTP server
(aiosmtpd) takes. The customer's record at print or mail time decides: their language, else
their country's; a sale without a customer follows ``[documents] language``, else English."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from decimal import Decimal

import pytest

from pos_desktop.adapters.smtp_mail import SmtpMailer
from pos_desktop.bootstrap import Services, build_services
from pos_desktop.config import Settings
from pos_desktop.domain.customer import CustomerInput
from pos_desktop.domain.invoice import LineInput, PaymentInput, PaymentMethod
from pos_desktop.services.sales import SaleInput
from tests.conftest import FAST_HASHER, Staff
from tests.support.clock import FakeClock
from tests.support.escpos_decoder import Decoded, decode
from tests.support.network import closed_port
from tests.support.pdf_reading import page_texts
from tests.support.smtp_server import SmtpServer
from tests.support.socket_printer import SocketPrinter

D = Decimal
#: 2 x 12.50 at 7% and 1 x 1,089.00 at 19% less 10%: 1,005.10 in all, 1,020.00 cash, 14.90 back.
LINES = [
    LineInput("Catalogue", D(2), D("12.50"), D(7)),
    LineInput("Masterclass", D(1), D("1089.00"), D(19), discount_percent=D(10)),
]
CASH = D("1020")


@pytest.fixture
def printer() -> Iterator[SocketPrinter]:
    with SocketPrinter() as running:
        yield running


@pytest.fixture
def printing(settings: Settings, clock: FakeClock, printer: SocketPrinter) -> Iterator[Services]:
    configured = dataclasses.replace(
        settings,
        printer=dataclasses.replace(
            settings.printer, url=printer.url, timeout_seconds=1, columns=42
        ),
    )
    configured.sources["printer.columns"] = "test"
    built = build_services(configured, clock=clock, hasher=FAST_HASHER)
    yield built
    built.close()


def register(services: Services, staff: Staff, name: str, **fields: str) -> str:
    email = fields.pop("email", f"{name.split(maxsplit=1)[0].lower()}@example.org")
    data = CustomerInput(name=name, email=email, **fields)
    return services.customers.register(staff.cashier, data).code


def sell(services: Services, staff: Staff, code: str | None) -> str:
    view = services.billing.create_invoice(
        staff.cashier, SaleInput(LINES, code, [PaymentInput(PaymentMethod.CASH, CASH)])
    )
    assert view.number
    return view.number


def printed(services: Services, printer: SocketPrinter) -> Decoded:
    before = len(printer.jobs)
    services.printing.send_due()
    assert len(printer.jobs) == before + 1
    return decode(printer.jobs[-1])


def starting(slip: Decoded, word: str) -> list[str]:
    return [line for line in slip.lines if line.startswith(word)]


def test_a_german_customers_receipt_says_german_words_and_german_money(
    printing: Services, staff: Staff, printer: SocketPrinter
) -> None:
    code = register(printing, staff, "Jürgen Weber", country="FR", language="de")
    number = sell(printing, staff, code)

    slip = printed(printing, printer)

    assert slip.qr_codes == [number]
    assert f"Kunde: Jürgen Weber ({code})" in slip.lines
    assert starting(slip, "Rechnung")[0].endswith(number)
    assert any(line.startswith("SUMME") and "1.005,10 €" in line for line in slip.large_lines)
    assert starting(slip, "Bar")[0].endswith("1.020,00")
    assert starting(slip, "Rückgeld")[0].endswith("14,90")
    assert starting(slip, "  Rabatt 10%")[0].endswith("-108,90")
    assert "Preise inkl. MwSt. (EUR)" in slip.lines
    assert "Vielen Dank für Ihren Besuch!" in slip.lines  # the default footer, translated
    for english in ("TOTAL", "Change", "Cash", "Customer:", "Cashier:"):
        assert not starting(slip, english), english


def test_a_customer_from_austria_without_a_language_gets_german(
    printing: Services, staff: Staff, printer: SocketPrinter
) -> None:
    code = register(printing, staff, "Anna Huber", country="Austria")
    assert printing.customers.get(staff.cashier, code).language is None
    sell(printing, staff, code)

    slip = printed(printing, printer)

    assert f"Kunde: Anna Huber ({code})" in slip.lines
    assert starting(slip, "Kassierer:")
    badge = " ".join(page_texts(printing.documents.badge_pdf_for(staff.cashier, code)))
    assert "Zeigen Sie diesen Code am Stand" in badge


def test_a_reprint_speaks_the_language_the_customer_has_now(
    printing: Services, staff: Staff, printer: SocketPrinter
) -> None:
    code = register(printing, staff, "Łucja Nowak", country="PL")
    number = sell(printing, staff, code)
    first = printed(printing, printer)
    assert "Dziękujemy za wizytę!" in first.lines  # Poland: Polish, ę and all
    assert f"Klient: Łucja Nowak ({code})" in first.lines
    assert any(line.startswith("RAZEM") and "1 005,10 €" in line for line in first.large_lines)

    printing.customers.edit(staff.manager, code, {"language": "it"})
    printing.printing.reprint(staff.cashier, number)
    again = printed(printing, printer)

    assert "*** COPIA ***" in again.lines
    assert f"Cliente: Łucja Nowak ({code})" in again.lines
    assert any(line.startswith("TOTALE") for line in again.large_lines)


def test_an_anonymous_sale_is_english_unless_the_setting_says_otherwise(
    printing: Services, staff: Staff, printer: SocketPrinter
) -> None:
    sell(printing, staff, None)
    english = printed(printing, printer)
    assert any(line.startswith("TOTAL") and "€1005.10" in line for line in english.large_lines)
    assert starting(english, "Change")[0].endswith("14.90")

    printing.settings.documents.language = "nl"
    sell(printing, staff, None)
    dutch = printed(printing, printer)
    assert any(line.startswith("TOTAAL") and "€ 1.005,10" in line for line in dutch.large_lines)
    assert starting(dutch, "Wisselgeld")[0].endswith("14,90")


def test_the_invoice_pdf_of_a_polish_customer_is_polish(services: Services, staff: Staff) -> None:
    code = register(services, staff, "Zofia Wójcik", language="pl", country="DE")
    number = sell(services, staff, code)

    text = " ".join(page_texts(services.documents.invoice_pdf_for(staff.cashier, number)))

    for words in (
        "FAKTURA",
        f"Kod klienta: {code}",
        "Kasjer: carl",
        "Opis",
        "Cena jedn.",
        "Razem netto",
        "Razem",
        "1 005,10 €",
        "ZAPŁACONA",
        "gotówka: 1 005,10 € (wpłacono 1 020,00 €, reszta 14,90 €)",
        "Strona 1",
    ):
        assert words in text, (words, text)
    assert "INVOICE" not in text and "Customer code" not in text


def test_the_credit_note_pdf_speaks_the_customers_language(
    services: Services, staff: Staff
) -> None:
    code = register(services, staff, "Giulia Rossi", country="IT")
    number = sell(services, staff, code)
    note = services.refunds.refund(staff.manager, number, method="cash", reason="annullato")

    text = " ".join(page_texts(services.credit_notes.pdf_for(staff.cashier, note.number)))

    for words in ("NOTA DI CREDITO", f"Fattura di riferimento: {number}", "Motivo: annullato"):
        assert words in text, (words, text)
    assert "Totale rimborsato" in text and "CREDIT NOTE" not in text


@pytest.fixture
def mail(services: Services) -> Iterator[tuple[Services, SmtpServer]]:
    port = closed_port()
    smtp = services.settings.smtp
    smtp.host, smtp.port, smtp.security, smtp.sender = "127.0.0.1", port, "none", "b@shop.example"
    mailer = services.outbox_sender.mailer
    assert isinstance(mailer, SmtpMailer)
    mailer.timeout = 1.0
    with SmtpServer(port=port) as server:
        yield services, server


def test_the_invoice_email_to_a_french_customer_is_french(
    mail: tuple[Services, SmtpServer], staff: Staff
) -> None:
    services, server = mail
    code = register(services, staff, "Marie Curie", email="marie@example.fr", language="fr")
    services.outbox_sender.send_due()
    (welcome,) = server.messages
    assert welcome["Subject"].startswith("Votre code client pour Expo 2024")
    server.received.clear()

    number = sell(services, staff, code)
    services.outbox_sender.send_due()

    (message,) = server.messages
    assert message["Subject"] == f"Votre commande est enregistrée : facture {number}"
    body = message.get_body(("plain",))
    assert body is not None
    text = body.get_content()
    assert "Merci pour votre commande" in text
    assert "Total : 1\u202f005,10\xa0€" in text  # Babel's French, as the mail client shows it
    assert f"La facture est jointe au format PDF (invoice-{number}.pdf)." in text
    (pdf,) = [p for p in message.walk() if p.get_content_type() == "application/pdf"]
    data = pdf.get_payload(decode=True)
    assert isinstance(data, bytes)
    assert "FACTURE" in " ".join(page_texts(data))  # the attached PDF speaks French too


def test_the_welcome_email_follows_the_country(
    mail: tuple[Services, SmtpServer], staff: Staff
) -> None:
    services, server = mail
    register(services, staff, "Jan de Vries", email="jan@example.nl", country="NL")
    register(services, staff, "Kenji Sato", email="kenji@example.jp", country="JP")
    services.outbox_sender.send_due()

    by_recipient = {m["To"]: m for m in server.messages}
    dutch = by_recipient["jan@example.nl"]
    assert dutch["Subject"].startswith("Uw klantcode voor Expo 2024")
    body = dutch.get_body(("plain",))
    assert body is not None and "Zo gebruikt u hem aan de kassa" in body.get_content()
    assert by_recipient["kenji@example.jp"]["Subject"].startswith("Your customer code for")
