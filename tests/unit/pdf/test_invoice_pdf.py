"""The invoice PDF says what an accountant needs, in every script, on A4 or Letter."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pos_desktop.adapters.pdf import SellerInfo, invoice_pdf, seller_info
from pos_desktop.config import ShopSettings
from pos_desktop.domain.invoice import InvoiceStatus
from tests.support.documents import customer_view, invoice_view, sample_lines
from tests.support.pdf_reading import (
    embedded_fonts,
    page_sizes_mm,
    page_texts,
    qr_texts,
    rendered_pages,
)

SELLER = SellerInfo(
    "Müller Messebau GmbH", "Hauptstraße 5; 10115 Berlin", "DE123456789", "IBAN DE89 3704 0044"
)


def flat(text: str) -> str:
    """Extracted text with line breaks as spaces: wrapping is layout, not content."""
    return " ".join(text.split())


def test_invoice_states_seller_buyer_lines_vat_and_totals() -> None:
    taro = customer_view()
    view = invoice_view(sample_lines(10), customer=taro, cash=Decimal(500))
    [text] = page_texts(invoice_pdf(view, SELLER, buyer=taro))
    text = flat(text)
    for expected in (
        "Müller Messebau GmbH",
        "Hauptstraße 5",
        "VAT ID: DE123456789",
        "EXPO24-T1-000042",
        "山田 太郎",
        "株式会社サンプル",
        "Ōsaka",
        "Customer code: K7Q2M9XP",
        "Article 001",
        "Article 010",
        "IBAN DE89 3704 0044",
    ):
        assert expected in text
    # Totals and VAT breakdown as stored on the invoice (here from the domain's price_lines).
    assert f"Total {view.gross} EUR" in text
    assert f"Total net {view.net} EUR" in text
    assert f"Total VAT {view.vat} EUR" in text
    for bucket in view.vat_breakdown:
        assert f"{bucket.rate.normalize():f} {bucket.net} {bucket.vat} {bucket.gross}" in text
    assert "PAID" in text
    assert "tendered 500.00 EUR, change" in text


def test_greek_and_cyrillic_names_and_embedded_fonts() -> None:
    greek = customer_view("Αλέξανδρος Παπαδόπουλος", company="Горизонт ООО", job_title=None)
    pdf = invoice_pdf(invoice_view(sample_lines(2), customer=greek), SELLER, buyer=greek)
    text = flat(page_texts(pdf)[0])
    assert "Αλέξανδρος Παπαδόπουλος" in text
    assert "Горизонт ООО" in text
    # Nothing depends on the reader's fonts: every font program travels inside the file.
    assert embedded_fonts(pdf) >= {"DejaVuSans", "DejaVuSans-Bold"}

    taro = customer_view()
    japanese = invoice_pdf(invoice_view(sample_lines(2), customer=taro), SELLER, buyer=taro)
    assert "DroidSansFallback" in embedded_fonts(japanese)


def test_qr_on_the_printed_page_reads_back_as_the_number() -> None:
    pdf = invoice_pdf(invoice_view(sample_lines(3)), SELLER)
    [page] = rendered_pages(pdf)
    assert qr_texts(page) == ["EXPO24-T1-000042"]


@pytest.mark.parametrize(("paper", "size_mm"), [("A4", (210, 297)), ("Letter", (216, 279))])
def test_paper_size(paper: str, size_mm: tuple[int, int]) -> None:
    pdf = invoice_pdf(invoice_view(sample_lines(3)), SELLER, paper=paper)
    assert page_sizes_mm(pdf) == [size_mm]


def test_unknown_paper_is_refused() -> None:
    with pytest.raises(ValueError, match="A4 or Letter"):
        invoice_pdf(invoice_view(sample_lines(1)), SELLER, paper="A5")


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_sixty_lines_flow_onto_more_pages_with_totals_after_the_last_line(paper: str) -> None:
    view = invoice_view(sample_lines(60), cash=Decimal(10_000))
    pages = [flat(t) for t in page_texts(invoice_pdf(view, SELLER, paper=paper))]
    assert len(pages) >= 2
    every_line = " ".join(pages)
    for i in range(1, 61):
        assert f"Article {i:03d}" in every_line
    assert f"Total {view.gross} EUR" in pages[-1]
    assert all("Total net" not in p for p in pages[:-1])
    last_line_at = pages[-1].index("Article 060")
    assert pages[-1].index("Total net") > last_line_at
    for number, page in enumerate(pages, 1):
        # Column headings, the number and the page on every page.
        assert "Description" in page and "Unit price" in page
        assert f"Invoice EXPO24-T1-000042 Page {number}" in page


def test_payment_status_says_what_is_due_or_why_it_does_not_count() -> None:
    unpaid = invoice_view(sample_lines(2))
    assert f"UNPAID: {unpaid.gross} EUR due" in flat(page_texts(invoice_pdf(unpaid, SELLER))[0])
    assert "Walk-in customer" in flat(page_texts(invoice_pdf(unpaid, SELLER))[0])

    voided = invoice_view(sample_lines(2), cash=Decimal(100), status=InvoiceStatus.VOIDED)
    assert "VOID since" in flat(page_texts(invoice_pdf(voided, SELLER))[0])
    assert "wrong customer" in flat(page_texts(invoice_pdf(voided, SELLER))[0])

    draft = invoice_view(sample_lines(2), number=None, status=InvoiceStatus.DRAFT)
    text = flat(page_texts(invoice_pdf(draft, SELLER))[0])
    assert "DRAFT: not an invoice" in text
    assert not qr_texts(rendered_pages(invoice_pdf(draft, SELLER), dpi=100)[0])


def test_prices_without_vat_print_net_amounts() -> None:
    view = invoice_view(sample_lines(1), prices_include_vat=False)
    text = flat(page_texts(invoice_pdf(view, SELLER))[0])
    assert "Amount excl. VAT" in text
    assert f"{view.lines[0].net}" in text.split("Article 001", 1)[1]


def test_seller_from_the_shop_settings_or_the_exhibition() -> None:
    shop = ShopSettings(address="Hauptstraße 5\n10115 Berlin", vat_id="DE1")
    assert seller_info(shop, "Expo 2024").name == "Expo 2024"
    assert seller_info(shop, "Expo 2024").address_lines == ["Hauptstraße 5", "10115 Berlin"]
    shop.name = "Müller GmbH"
    assert seller_info(shop, "Expo 2024").name == "Müller GmbH"
