"""A cart line and a parked line carry the same fields: parking copies one into the other by
name (ui/screens/checkout_parking.py), so a field added to one only would be lost or refused."""

from __future__ import annotations

from dataclasses import fields

from pos_desktop.services.parked_sales import ParkedLine
from pos_desktop.ui.cart import CartLine


def test_cart_and_parked_lines_have_the_same_fields() -> None:
    assert [(f.name, f.default) for f in fields(CartLine)] == [
        (f.name, f.default) for f in fields(ParkedLine)
    ]
