"""A customer's badge: the name in any script, the company, the code large and as a QR."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from pos_desktop.adapters.pdf import badge_pdf
from tests.support.documents import customer_view
from tests.support.pdf_reading import (
    embedded_fonts,
    page_sizes_mm,
    page_texts,
    qr_texts,
    rendered_pages,
)


def flat(text: str) -> str:
    return " ".join(text.split())


def test_badge_shows_name_company_code_and_a_qr_that_reads_back() -> None:
    pdf = badge_pdf(customer_view(), "Expo 2024")
    [text] = [flat(t) for t in page_texts(pdf)]
    assert "山田 太郎" in text
    assert "株式会社サンプル" in text
    assert "Purchasing manager" in text
    assert "K7Q2-M9XP" in text
    assert "Expo 2024" in text
    assert page_sizes_mm(pdf) == [(148, 105)]
    assert "DroidSansFallback" in embedded_fonts(pdf)
    [page] = rendered_pages(pdf)
    assert qr_texts(page) == ["K7Q2M9XP"]


@pytest.mark.parametrize(
    "name",
    [
        "Zoë Ångström-Øvergård",
        "Αλέξανδρος Παπαδόπουλος",
        "Владимир Достоевский-Толстой",
        "王小明",
        "Maximilian Alexander Friedrich von Hohenzollern-Sigmaringen",
    ],
)
def test_long_and_foreign_names_stay_whole_and_on_the_page(name: str) -> None:
    pdf = badge_pdf(customer_view(name, company=None, job_title=None), "Фестиваль 2024")
    text = flat(page_texts(pdf)[0])
    assert name in text or name.replace(" ", "") in text.replace(" ", "")
    assert "Фестиваль 2024" in text
    # A long name is split or shrunk, never cut: the QR still reads beside it.
    assert qr_texts(rendered_pages(pdf, dpi=100)[0]) == ["K7Q2M9XP"]


@pytest.mark.parametrize("dpi", [72, 600])
def test_the_qr_is_drawn_as_vector_shapes_and_reads_coarse_or_fine(dpi: int) -> None:
    """No bitmap a viewer or printer driver could blur when scaling it: at a screen's 72 dpi
    and a laser printer's 600 dpi alike, the printed QR reads back."""
    pdf = badge_pdf(customer_view("Ada Lovelace"), "Expo 2024")
    assert [list(page.images) for page in PdfReader(io.BytesIO(pdf)).pages] == [[]]
    assert qr_texts(rendered_pages(pdf, dpi=dpi)[0]) == ["K7Q2M9XP"]


def test_a_badge_embeds_only_the_glyphs_it_shows() -> None:
    """Each welcome email carries a badge: a subset of a few glyphs keeps it small."""
    pdf = badge_pdf(customer_view("Ada Lovelace", company=None, job_title=None), "Expo 2024")
    assert len(pdf) < 30_000
