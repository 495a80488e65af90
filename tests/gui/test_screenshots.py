"""`pos-desktop screenshots` renders every screen (the README's pictures come from it)."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pos_desktop.ui.main_window import SCREENS as MAIN_SCREENS
from pos_desktop.ui.screenshots import take_screenshots

DIALOGS = {
    "first-start-database",
    "first-start-admin",
    "login",
    "payment",
    "confirmation",
    "sale-saved",
    "parked-sales",
    "customer-display-welcome",
    "customer-display",
    "customer-display-thanks",
    "help",
    "idle-lock",
}


GREEN = (0x1A, 0x7F, 0x37)  # ui/screens/door.py's colour for "admitted"


def test_every_screen_and_dialog_is_rendered_to_a_png(qtbot: QtBot, tmp_path: Path) -> None:
    saved = take_screenshots(tmp_path / "shots", customers=15, invoices=25)
    screens = {spec.title.lower().replace(" ", "-") for spec in MAIN_SCREENS}
    assert {p.stem for p in saved} == screens | DIALOGS
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == []  # all closed
    with Image.open(tmp_path / "shots" / "dashboard.png") as image:
        assert image.size == (1280, 800)
        assert len(image.getcolors(maxcolors=100_000) or []) > 20  # drawn, not blank
    with Image.open(tmp_path / "shots" / "door-check-in.png") as image:
        # The demo's visitor booked for today's session, scanned in: the green "Admitted".
        assert image.convert("RGB").getpixel((300, 200)) == GREEN
    with Image.open(tmp_path / "shots" / "idle-lock.png") as image:
        assert image.size == (1280, 800)
        dialog = image.crop((440, 220, 840, 380))  # the lock dialog, centred on the window
        below = image.crop((440, 450, 840, 700))  # the window's content: hidden while locked
        assert len(dialog.getcolors(maxcolors=100_000) or []) > 20
        assert len(below.getcolors(maxcolors=100_000) or []) == 1
