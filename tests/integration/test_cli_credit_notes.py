"""Credit notes as documents: ``creditnote pdf`` reads back with its number, invoice and amounts."""

from __future__ import annotations

from pathlib import Path

from tests.support.cli import EXIT_BAD_INPUT, Cli
from tests.support.pdf_reading import page_texts


def _refund(cli: Cli) -> tuple[str, str]:
    cli.ok("product", "add", "--sku", "MUG", "--name", "Booth mug", "--price", "9.50",
           "--vat", "19")  # fmt: skip
    sold = cli.json("invoice", "create", "--item", "MUG:3", "--pay", "cash:28.50")
    note = cli.json(
        "invoice", "refund", sold["number"], "--line", "1:2", "--reason", "chipped", "--json"
    )
    return sold["number"], note["number"]


def test_credit_note_pdf_names_itself_the_invoice_and_the_refund(cli: Cli, tmp_path: Path) -> None:
    invoice, note = _refund(cli)
    out = tmp_path / "cn.pdf"
    cli.ok("creditnote", "pdf", note, "--out", str(out))
    text = " ".join(page_texts(out.read_bytes()))
    assert "CREDIT NOTE" in text
    assert note in text and invoice in text
    assert "-19.00" in text  # the two mugs given back, as a negative
    assert "REFUNDED: 19.00 EUR paid back by cash" in text
    assert "chipped" in text


def test_unknown_credit_note_is_refused(cli: Cli, tmp_path: Path) -> None:
    result = cli.fails(EXIT_BAD_INPUT, "creditnote", "pdf", "NOPE-1", "--out", str(tmp_path / "x"))
    assert "no credit note NOPE-1" in result.stderr
    assert not (tmp_path / "x").exists()
