"""In-process: ``invoice pdf NUMBER --out FILE`` and ``customer badge CODE --out FILE`` on both
backends, from invoices and customers the CLI itself stored."""

from __future__ import annotations

from pathlib import Path

from tests.support.cli import EXIT_BAD_INPUT, EXIT_REFUSED, Cli, unknown_code
from tests.support.pdf_reading import page_sizes_mm, page_texts, qr_texts, rendered_pages


def flat(text: str) -> str:
    return " ".join(text.split())


def test_invoice_pdf_of_a_stored_sale(cli: Cli, tmp_path: Path) -> None:
    taro = cli.register(
        "山田 太郎", "taro@example.jp", options=["--company", "株式会社サンプル", "--country", "JP"]
    )
    sale = cli.sell(
        taro["code"],
        "Café crème — Größe L|2|3.50|7",
        "Stand rental Ελλάδα|1|100.00|20",
        pays=["cash:110"],
    )
    out = tmp_path / "out" / "invoice.pdf"
    result = cli.ok("invoice", "pdf", sale["number"], "--out", str(out))
    assert str(out) in result.stdout

    pdf = out.read_bytes()
    [text] = [flat(t) for t in page_texts(pdf)]
    assert sale["number"] in text
    assert "Expo 2024" in text  # no [shop] name set: the seller is the exhibition
    assert "山田 太郎" in text and "株式会社サンプル" in text
    assert "Café crème — Größe L" in text and "Stand rental Ελλάδα" in text
    assert f"Total {sale['gross']} EUR" in text
    assert f"Total net {sale['net']} EUR" in text
    assert "PAID" in text
    assert page_sizes_mm(pdf) == [(210, 297)]
    assert qr_texts(rendered_pages(pdf)[0]) == [sale["number"]]


def test_paper_and_seller_come_from_the_shop_settings(cli: Cli, tmp_path: Path) -> None:
    sale = cli.sell(None, "Poster|1|12.00|20")
    shop = {
        "POS_SHOP_NAME": "Müller Messebau GmbH",
        "POS_SHOP_VAT_ID": "DE123456789",
        "POS_SHOP_PAPER": "Letter",
    }
    out = tmp_path / "letter.pdf"
    assert cli.invoke("invoice", "pdf", sale["number"], "--out", str(out), env=shop).exit_code == 0
    pdf = out.read_bytes()
    assert page_sizes_mm(pdf) == [(216, 279)]
    text = flat(page_texts(pdf)[0])
    assert "Müller Messebau GmbH" in text and "VAT ID: DE123456789" in text
    assert f"UNPAID: {sale['gross']} EUR due" in text

    cli.ok("invoice", "pdf", sale["number"], "--out", str(out), "--paper", "a4")
    assert page_sizes_mm(out.read_bytes()) == [(210, 297)]


def test_invoice_pdf_refusals_leave_no_file(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "none.pdf"
    cli.fails(EXIT_BAD_INPUT, "invoice", "pdf", "EXPO2024-T1-000999", "--out", str(out))
    cli.fails(EXIT_BAD_INPUT, "invoice", "pdf", "not a number", "--out", str(out))
    assert not out.exists()
    sale = cli.sell(None, "Poster|1|12.00|20")
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    result = cli.invoke("invoice", "pdf", sale["number"], "--out", str(blocked / "x.pdf"))
    assert result.exit_code == EXIT_REFUSED
    assert "cannot write" in result.stderr


def test_customer_badge(cli: Cli, tmp_path: Path) -> None:
    code = cli.register("Владимир Петров", "vp@example.com", options=["--company", "Горизонт ООО"])[
        "code"
    ]
    out = tmp_path / "badge.pdf"
    cli.ok("customer", "badge", code.lower(), "--out", str(out))
    pdf = out.read_bytes()
    text = flat(page_texts(pdf)[0])
    assert "Владимир Петров" in text and "Горизонт ООО" in text
    assert f"{code[:4]}-{code[4:]}" in text
    assert "Expo 2024" in text
    assert page_sizes_mm(pdf) == [(148, 105)]
    assert qr_texts(rendered_pages(pdf)[0]) == [code]


def test_badge_of_an_unknown_customer_is_refused(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "badge.pdf"
    cli.fails(EXIT_BAD_INPUT, "customer", "badge", unknown_code(), "--out", str(out))
    assert not out.exists()
