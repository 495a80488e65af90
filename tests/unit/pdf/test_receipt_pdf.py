"""The receipt PDF on an 80 mm roll says what the printed slip says."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pos_desktop.adapters.pdf.receipt import receipt_pdf
from pos_desktop.config import ShopSettings
from pos_desktop.domain.receipt import Receipt, receipt_text
from pos_desktop.services.receipts import build_receipt, shop_info
from tests.support.documents import customer_view, invoice_view, sample_lines
from tests.support.pdf_reading import page_sizes_mm, page_texts, qr_texts, rendered_pages

SHOP = shop_info(
    ShopSettings(name="Müller Messebau", address="Hauptstraße 5; Berlin", vat_id="DE1"),
    "Danke! Ευχαριστώ! Спасибо!",
    exhibition="Expo 2024",
    terminal="T1",
)


def receipt(lines: int = 10, *, copy: bool = False) -> Receipt:
    view = invoice_view(sample_lines(lines), customer=customer_view(), cash=Decimal(5000))
    return build_receipt(view, SHOP, copy=copy)


def words(text: str) -> list[str]:
    return text.split()


def test_the_pdf_says_what_the_slip_says() -> None:
    slip = receipt()
    pdf = receipt_pdf(slip)
    [text] = page_texts(pdf)
    # Same words in the same order as the plain-text rendering of the same layout (the QR is
    # a picture in the PDF, a "[QR ...]" line in the text; rules are drawn lines, not dashes).
    expected = [
        w for w in words(receipt_text(slip, 48)) if not w.startswith("[QR") and set(w) != {"-"}
    ]
    expected.remove(f"{slip.number}]")
    assert words(text) == expected
    assert "山田" in text and "Ευχαριστώ" in text and "€" in text


def test_an_80_mm_roll_as_long_as_the_receipt_with_a_qr_of_the_number() -> None:
    short, long = receipt_pdf(receipt(3)), receipt_pdf(receipt(60))
    [(width, short_height)] = page_sizes_mm(short)
    [(long_width, long_height)] = page_sizes_mm(long)
    assert width == long_width == 80
    assert long_height > short_height + 150
    assert qr_texts(rendered_pages(short)[0]) == ["EXPO24-T1-000042"]


@pytest.mark.parametrize("columns", [32, 42, 48])
def test_copies_are_marked_at_any_column_count(columns: int) -> None:
    text = page_texts(receipt_pdf(receipt(2, copy=True), columns=columns))[0]
    assert text.count("*** COPY ***") == 2
    assert "EXPO24-T1-000042" in text
