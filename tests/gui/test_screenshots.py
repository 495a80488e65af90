"""`pos-desktop screenshots` renders every screen (the README's pictures come from it)."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from pytestqt.qtbot import QtBot

from pos_desktop.ui.screenshots import take_screenshots

SCREENS = {
    "checkout",
    "payment",
    "confirmation",
    "sale-saved",
    "register-customer",
    "customers",
    "invoices",
    "dashboard",
    "help",
}


def test_every_screen_is_rendered_to_a_png(qtbot: QtBot, tmp_path: Path) -> None:
    saved = take_screenshots(tmp_path / "shots", customers=15, invoices=25)
    assert {p.stem for p in saved} == SCREENS
    with Image.open(tmp_path / "shots" / "dashboard.png") as image:
        assert image.size == (1280, 800)
        assert len(image.getcolors(maxcolors=100_000) or []) > 20  # drawn, not blank
