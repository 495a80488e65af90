"""The Shop tab of Settings: the seller printed on invoices, changed without a restart."""

from __future__ import annotations

import tomllib
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from pos_desktop.bootstrap import Services
from pos_desktop.domain.invoice import LineInput
from pos_desktop.services.billing import SaleInput
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
    press(qtbot, Qt.Key.Key_H, ALT)  # S&hop
    assert focused() is screen.fields["shop.name"].editor
    type_text(qtbot, "Booth Books Ltd")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "1 High Street; London")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "GB123456789")
    paper = screen.fields["shop.paper"].editor
    assert isinstance(paper, QComboBox)
    paper.setFocus()
    type_text(qtbot, "U")  # "US Letter"
    press(qtbot, Qt.Key.Key_S, CTRL)
    saved(qtbot, screen, Tone.SUCCESS)

    written = tomllib.loads(empty_config.read_text(encoding="utf-8"))["shop"]
    assert written == {
        "name": "Booth Books Ltd",
        "address": "1 High Street; London",
        "vat_id": "GB123456789",
        "paper": "Letter",
    }
    pdf = services.documents.render_invoice_pdf(sale.number)
    after = " ".join(page_texts(pdf)[0].split())
    assert "Booth Books Ltd 1 High Street London VAT ID: GB123456789" in after
    assert page_sizes_mm(pdf) == [(216, 279)]
