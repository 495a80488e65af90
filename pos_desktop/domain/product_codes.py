"""A product's SKU and barcodes as people type, scan and paste them.

Several barcodes arrive in one text (a form field, a spreadsheet cell) separated by spaces,
``|``, commas or semicolons: none of these can be part of a barcode, which is letters and
digits only, so splitting never cuts one in two.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pos_desktop.domain.errors import ValidationError
from pos_desktop.domain.phrases import say
from pos_desktop.domain.text import clean_line

CODE_LENGTH = 40
_SEPARATORS = re.compile(r"[\s|,;]+")


def split_barcodes(text: str) -> list[str]:
    """The barcodes in one text, in order (blank text: none)."""
    return [code for code in _SEPARATORS.split(text) if code]


def parse_sku(text: str) -> str:
    sku = clean_line(text).upper()
    if not sku or len(sku) > CODE_LENGTH or " " in sku:
        raise ValidationError.single(
            say("SKU"), say("use 1 to {most} characters without spaces", most=CODE_LENGTH)
        )
    return sku


def parse_barcodes(codes: Iterable[str]) -> list[str]:
    """Each checked, in the order given; a barcode given twice counts once."""
    found: list[str] = []
    for text in codes:
        for code in split_barcodes(clean_line(text)):
            if not code.isalnum() or not code.isascii() or len(code) > CODE_LENGTH:
                raise ValidationError.single(
                    say("barcode"),
                    say(
                        "{code!r}: use up to {most} letters and digits",
                        code=code,
                        most=CODE_LENGTH,
                    ),
                )
            if code not in found:
                found.append(code)
    return found
