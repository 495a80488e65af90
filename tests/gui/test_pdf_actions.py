"""Open PDF / Save PDF as from the invoice view, and the badge PDF after registration.

The desktop's PDF viewer and the native file dialog cannot answer offscreen: the tests swap
``PdfActions.open_file`` and ``ask_path`` for recorders (the only stand-ins here); the PDF is
built by the real services in the runner and written to real files.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from pos_desktop.ui.context import UiContext
from pos_desktop.ui.screens.checkout import CheckoutScreen
from pos_desktop.ui.widgets.message_bar import Tone
from pos_desktop.ui.widgets.pdf_actions import PdfActions
from tests.gui.keyboard import press
from tests.gui.selling import sell_by_keyboard
from tests.gui.test_checkout import open_checkout
from tests.gui.test_register_customer import CTRL, open_screen, type_fields
from tests.support.pdf_reading import page_texts, qr_texts, rendered_pages

NUMBER = "EXPO24-T1-000001"
ALT = Qt.KeyboardModifier.AltModifier


class Viewer:
    """Records what would have been handed to the desktop's PDF viewer."""

    def __init__(self, accepts: bool = True) -> None:
        self.opened: list[Path] = []
        self.accepts = accepts

    def __call__(self, path: Path) -> bool:
        self.opened.append(path)
        return self.accepts


def sold(qtbot: QtBot, ctx: UiContext) -> tuple[CheckoutScreen, PdfActions]:
    """The checkout (kept: qtbot holds it weakly) and the PDF actions of the sale just made."""
    screen = open_checkout(qtbot, ctx)
    sell_by_keyboard(qtbot, screen, "Poster A1", "8.00")
    return screen, screen.done_panel.pdf


def test_open_pdf_hands_the_invoice_to_the_viewer(qtbot: QtBot, cashier_ctx: UiContext) -> None:
    _screen, actions = sold(qtbot, cashier_ctx)
    viewer = Viewer()
    actions.open_file = viewer
    assert actions.open_button.isEnabled()

    press(qtbot, Qt.Key.Key_D, ALT)
    qtbot.waitUntil(lambda: "Opened" in actions.messages.text())
    [path] = viewer.opened
    assert "Opened" in actions.messages.text()
    text = " ".join(page_texts(path.read_bytes())[0].split())
    assert NUMBER in text and "Poster A1" in text and "Total 8.00 EUR" in text
    path.unlink()


def test_no_viewer_says_where_the_file_is(qtbot: QtBot, cashier_ctx: UiContext) -> None:
    _screen, actions = sold(qtbot, cashier_ctx)
    viewer = Viewer(accepts=False)
    actions.open_file = viewer
    actions.open_button.click()
    qtbot.waitUntil(lambda: actions.messages.tone is Tone.ERROR)
    [path] = viewer.opened
    assert str(path) in actions.messages.text()
    assert path.is_file()
    assert actions.open_button.isEnabled()
    path.unlink()


def test_save_pdf_as_writes_where_asked(
    qtbot: QtBot, cashier_ctx: UiContext, tmp_path: Path
) -> None:
    _screen, actions = sold(qtbot, cashier_ctx)
    asked: list[str] = []

    def ask(_parent: QWidget, suggested: str) -> Path:
        asked.append(suggested)
        return tmp_path / "books" / suggested

    actions.ask_path = ask
    press(qtbot, Qt.Key.Key_A, ALT)
    qtbot.waitUntil(lambda: "Saved" in actions.messages.text())
    assert asked == [f"invoice-{NUMBER}.pdf"]
    saved = tmp_path / "books" / f"invoice-{NUMBER}.pdf"
    assert f"Saved {saved}" in actions.messages.text()
    [page] = rendered_pages(saved.read_bytes(), dpi=100)
    assert qr_texts(page) == [NUMBER]


def test_a_failed_save_says_so_and_can_be_retried(
    qtbot: QtBot, cashier_ctx: UiContext, tmp_path: Path
) -> None:
    _screen, actions = sold(qtbot, cashier_ctx)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    target = blocker / "x.pdf"
    actions.ask_path = lambda _parent, _name: target
    actions.save_button.click()
    qtbot.waitUntil(lambda: actions.messages.tone is Tone.ERROR)
    assert "could not be written" in actions.messages.text()
    assert actions.save_button.isEnabled()

    actions.ask_path = lambda _parent, _name: tmp_path / "x.pdf"
    actions.save_button.click()
    qtbot.waitUntil(lambda: "Saved" in actions.messages.text())
    assert (tmp_path / "x.pdf").read_bytes().startswith(b"%PDF")


def test_cancelling_the_dialog_writes_nothing(qtbot: QtBot, cashier_ctx: UiContext) -> None:
    _screen, actions = sold(qtbot, cashier_ctx)
    actions.ask_path = lambda _parent, _name: None
    before = actions.messages.text()
    actions.save_button.click()
    assert actions.messages.text() == before  # still the sale's own message
    assert actions.save_button.isEnabled()


def test_badge_pdf_after_registration(qtbot: QtBot, cashier_ctx: UiContext) -> None:
    screen = open_screen(qtbot, cashier_ctx)
    # QTest types what a keyboard has keys for; an input method would type these characters.
    screen.name.setText("王小明")
    press(qtbot, Qt.Key.Key_Tab)
    type_fields(qtbot, "wang@example.cn")
    qtbot.waitUntil(screen.save_button.isEnabled)
    with qtbot.waitSignal(screen.registered) as saved:
        press(qtbot, Qt.Key.Key_S, CTRL)
    code = saved.args[0].code
    viewer = Viewer()
    screen.badge.open_file = viewer
    assert screen.badge.open_button.isEnabled()

    press(qtbot, Qt.Key.Key_D, ALT)
    qtbot.waitUntil(lambda: bool(viewer.opened))
    [path] = viewer.opened
    assert path.name.startswith(f"badge-{code}")
    pdf = path.read_bytes()
    assert "王小明" in page_texts(pdf)[0]
    assert qr_texts(rendered_pages(pdf, dpi=100)[0]) == [code]
    path.unlink()
