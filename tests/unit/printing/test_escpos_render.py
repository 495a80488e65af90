"""ESC/POS receipts read back by a strict decoder: what the printed slip says."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
import zxingcpp
from PIL import Image

from pos_desktop.adapters.printing import wide_glyphs
from pos_desktop.adapters.printing.escpos_render import (
    EscposOptions,
    printable_text,
    render_escpos,
)
from tests.support.escpos_decoder import UnknownCommand, decode
from tests.support.receipts import sample_receipt

NUMBER = "EXPO26-T1-000042"


def test_native_qr_holds_the_number_and_the_text_keeps_accents_and_the_euro() -> None:
    data = render_escpos(sample_receipt(), EscposOptions(columns=42, native_qr=True))
    slip = decode(data)
    assert slip.qr_codes == [NUMBER]
    assert slip.images == []
    assert "Customer: Zoë Ångström-Müller (7KX2M9P9)" in slip.lines
    assert "Cashier: Jürgen" in slip.lines
    assert any("€80.30" in line for line in slip.large_lines)
    assert any(line.startswith("TOTAL") for line in slip.bold_lines)
    assert slip.cuts == 1
    assert slip.drawer_kicks == []


def test_raster_qr_decodes_back_to_the_number() -> None:
    data = render_escpos(sample_receipt(), EscposOptions(profile="simple", columns=42))
    slip = decode(data, "simple")
    assert slip.qr_codes == []
    assert len(slip.images) == 1
    found = zxingcpp.read_barcodes(slip.images[0].convert("L"))
    assert [code.text for code in found] == [NUMBER]


@pytest.fixture
def no_receipt_font(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A till without a CJK font: what the code pages lack is transliterated, not drawn."""
    monkeypatch.setattr(wide_glyphs, "FONT_FILES", ())
    monkeypatch.delenv(wide_glyphs.FONT_VARIABLE, raising=False)
    wide_glyphs.wide_font.cache_clear()
    yield
    wide_glyphs.wide_font.cache_clear()


@pytest.mark.usefixtures("no_receipt_font")
def test_a_printer_without_the_euro_gets_eur_and_keeps_what_it_has() -> None:
    receipt = dataclasses.replace(sample_receipt(), customer_name="Łukasz Café 王")
    slip = decode(render_escpos(receipt, EscposOptions(profile="simple", columns=48)), "simple")
    assert slip.code_pages == ["CP437"]
    assert any(line.startswith("TOTAL") and "EUR80.30" in line for line in slip.lines)
    assert "Customer: Lukasz Café ? (7KX2M9P9)" in slip.lines  # é exists in CP437


def test_every_character_comes_out_somehow() -> None:
    wild = "Ærøskøbing – “Straße” 東京 🙂 ŁĄ\u200b\x07"
    # CP437 has Æ and ß but not ø: only what is missing is transliterated.
    assert printable_text(wild, "simple") == 'Æroskobing - "Straße" ?? ? LA'
    assert printable_text(wild, "default").startswith("Ærøskøbing")


@pytest.mark.parametrize("columns", [32, 42, 48])
def test_printed_lines_fit_the_paper(columns: int) -> None:
    receipt = sample_receipt(lines=10, description="Überlänge " + "ß" * 60)
    slip = decode(render_escpos(receipt, EscposOptions(columns=columns, native_qr=True)))
    for line in slip.lines:
        limit = columns // 2 if line in slip.large_lines else columns
        assert len(line) <= limit, line


def test_cash_sale_kicks_the_drawer_only_when_set() -> None:
    receipt = sample_receipt()
    assert decode(render_escpos(receipt, EscposOptions(drawer_kick=True))).drawer_kicks == [2]
    card = dataclasses.replace(
        receipt, payments=tuple(dataclasses.replace(p, method="card") for p in receipt.payments)
    )
    assert decode(render_escpos(card, EscposOptions(drawer_kick=True))).drawer_kicks == []


def test_a_reprint_says_copy_and_a_logo_is_printed_as_an_image() -> None:
    logo = Image.new("1", (64, 16), 0)
    data = render_escpos(sample_receipt(copy=True), EscposOptions(native_qr=True, logo=logo))
    slip = decode(data)
    assert next(line for line in slip.lines if line) == "*** COPY ***"
    assert len(slip.images) == 1 and slip.images[0].size == (64, 16)


def test_the_decoder_refuses_what_it_does_not_know() -> None:
    with pytest.raises(UnknownCommand):
        decode(b"\x1b@Hello\n\x1b\x99")
    with pytest.raises(UnknownCommand):
        decode(b"\x1b@\x82")  # a high byte before any code page was chosen
