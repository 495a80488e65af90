"""The one rule for formula-looking cells, and the way back for an import."""

from __future__ import annotations

import pytest

from pos_desktop.domain.spreadsheet_cells import neutralise, restore, safe_row


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("=1+2", "'=1+2"),
        ("+49301234567", "'+49301234567"),
        ("-Dash", "'-Dash"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("\uff1d1+2", "'\uff1d1+2"),
        ("\uff0bcmd", "'\uff0bcmd"),
        ("\uff0dcmd", "'\uff0dcmd"),
        ("\uff20SUM", "'\uff20SUM"),
        ("-12.50", "-12.50"),  # a refund total stays a number
        ("-2+3", "'-2+3"),
        ("plain", "plain"),
        ("", ""),
    ],
)
def test_the_one_rule_and_its_way_back(value: str, written: str) -> None:
    assert neutralise(value) == written
    assert restore(written) == value
    assert safe_row([value, 3, None, -1.5]) == [written, 3, None, -1.5]
