"""The PDFs a customer takes home in their language: the invoice's words, money and dates in
each of the seven, the badge's hint and the attendance certificate; English as before."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pos_desktop.adapters.document_catalogues import documents_text
from pos_desktop.adapters.pdf import SellerInfo, badge_pdf, invoice_pdf
from pos_desktop.adapters.pdf.certificate import CertificateDoc, certificate_pdf
from pos_desktop.domain.document_text import ENGLISH
from tests.support.documents import customer_view, invoice_view, sample_lines
from tests.support.pdf_reading import page_texts

SELLER = SellerInfo(
    "Booth Books GmbH", "Hauptstraße 5\n10115 Berlin\nDE", vat_id="DE136695976", tax_number="27/1"
)


def flat(pdf: bytes) -> str:
    return " ".join(" ".join(page_texts(pdf)).split())


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", ("INVOICE", "Bill to", "Unit price", "Total net", "PAID", "VAT ID: DE136695976")),
        ("de", ("RECHNUNG", "Rechnungsempfänger", "Einzelpreis", "Summe netto", "BEZAHLT",
                "USt-IdNr.: DE136695976", "Steuernummer: 27/1", "Seite 1")),
        ("fr", ("FACTURE", "Facturé à", "Prix unitaire", "Total HT", "PAYÉE", "Page 1")),
        ("es", ("FACTURA", "Facturar a", "Precio unitario", "Base imponible", "PAGADA")),
        ("it", ("FATTURA", "Intestata a", "Prezzo unitario", "Totale imponibile", "PAGATA")),
        ("nl", ("FACTUUR", "Factuur aan", "Stukprijs", "Totaal netto", "BETAALD", "Pagina 1")),
        ("pl", ("FAKTURA", "Nabywca", "Cena jedn.", "Razem netto", "ZAPŁACONA", "Strona 1")),
    ],
)  # fmt: skip
def test_the_invoice_speaks_each_language(language: str, words: tuple[str, ...]) -> None:
    view = invoice_view(sample_lines(3), customer=customer_view(), cash=Decimal(500))
    text = flat(invoice_pdf(view, SELLER, buyer=customer_view(), text=documents_text(language)))
    for word in words:
        assert word in text, (language, word)


def test_english_is_the_invoice_it_always_was() -> None:
    view = invoice_view(sample_lines(3), customer=customer_view(), cash=Decimal(500))
    assert invoice_pdf(view, SELLER, text=ENGLISH) == invoice_pdf(view, SELLER)


def test_a_german_invoice_writes_german_money() -> None:
    view = invoice_view(sample_lines(1), cash=Decimal(5000))
    text = flat(invoice_pdf(view, SELLER, text=documents_text("de")))
    total = f"{view.gross:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    assert f"Gesamt {total} €" in text
    assert "Laufkunde" in text  # no customer: a walk-in


def test_the_badge_tells_the_visitor_in_their_language() -> None:
    assert "Show this code at the booth" in flat(badge_pdf(customer_view(), "Expo"))
    polish = flat(badge_pdf(customer_view(), "Expo", documents_text("pl")))
    assert "Prosimy pokazać ten kod na stoisku" in polish


def test_the_attendance_certificate_in_german() -> None:
    doc = CertificateDoc(
        name="Jürgen Weber",
        title="Typography for booths",
        date="04.05.2026 14:00",
        minutes=45,
        exhibition="Expo 2026",
        text=documents_text("de"),
    )
    text = flat(certificate_pdf(doc))
    for words in (
        "Teilnahmebescheinigung",
        "Hiermit wird bestätigt, dass",
        "an der Veranstaltung",
        "am 04.05.2026 14:00 (45 Minuten)",
        "bei Expo 2026 teilgenommen hat.",
    ):
        assert words in text, words
