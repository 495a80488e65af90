"""The Seller and Shop tabs of Settings: the seller printed on invoices, changed without a
restart; a bad VAT ID is refused at its field."""

from __future__ import annotations

import tomllib
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from pos_desktop.bootstrap import Services
from pos_desktop.domain.invoice import LineInput
from pos_desktop.services.sales import SaleInput
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.widgets.message_bar import Tone
from tests.conftest import Staff
from tests.gui.keyboard import focused, press, type_text
from tests.gui.test_settings import ALT, CTRL, open_settings, saved
from tests.support.pdf_reading import page_sizes_mm, page_texts


def test_admin_sets_the_seller_and_the_next_invoice_pdf_shows_it(
    qtbot: QtBot, admin_ctx: UiContext, services: Services, staff: Staff, empty_config: Path
) -> None:
    line = LineInput("Poster", Decimal(1), Decimal("8.00"), Decimal(20))
    sale = services.billing.create_invoice(staff.cashier, SaleInput([line], None, []))
    assert sale.number is not None
    before = " ".join(page_texts(services.documents.render_invoice_pdf(sale.number))[0].split())
    assert "Expo 2024" in before and "VAT ID" not in before

    screen = open_settings(qtbot, admin_ctx)
    press(qtbot, Qt.Key.Key_L, ALT)  # Se&ller
    assert focused() is screen.fields["seller.name"].editor
    for value in ("Booth Books GmbH", "Hauptstraße 5", "10115", "Berlin", "Germany"):
        type_text(qtbot, value)
        press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "DE 136 695 977")  # one digit off
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "27/123/45678")
    press(qtbot, Qt.Key.Key_S, CTRL)
    saved(qtbot, screen, Tone.ERROR)
    assert "invalid check digit" in screen.fields["seller.vat_id"].error.text()
    assert focused() is screen.fields["seller.vat_id"].editor
    assert empty_config.read_text(encoding="utf-8") == ""  # nothing written

    type_text(qtbot, "DE 136 695 976")  # the field's text was selected: replaced
    press(qtbot, Qt.Key.Key_H, ALT)  # S&hop
    paper = screen.fields["shop.paper"].editor
    assert isinstance(paper, QComboBox)
    paper.setFocus()
    type_text(qtbot, "U")  # "US Letter"
    press(qtbot, Qt.Key.Key_S, CTRL)
    saved(qtbot, screen, Tone.SUCCESS)

    written = tomllib.loads(empty_config.read_text(encoding="utf-8"))
    assert written["seller"] == {
        "name": "Booth Books GmbH",
        "street": "Hauptstraße 5",
        "postcode": "10115",
        "city": "Berlin",
        "country": "DE",
        "vat_id": "DE136695976",
        "tax_number": "27/123/45678",
    }
    assert written["shop"] == {"paper": "Letter"}
    pdf = services.documents.render_invoice_pdf(sale.number)
    after = " ".join(page_texts(pdf)[0].split())
    assert (
        "Booth Books GmbH Hauptstraße 5 10115 Berlin Germany VAT ID: DE136695976"
        " Tax number: 27/123/45678"
    ) in after
    assert page_sizes_mm(pdf) == [(216, 279)]
