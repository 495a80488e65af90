"""Dates on screen as the user's language writes them; English keeps the sortable forms."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest
from PySide6.QtWidgets import QApplication

from pos_desktop.ui.i18n import apply_language
from pos_desktop.ui.local_dates import (
    CLOCK,
    CLOCK_SECONDS,
    DATE,
    DATE_TIME,
    DAY_CLOCK,
    WEEKDAY_CLOCK,
    WEEKDAY_DAY_CLOCK,
    Shape,
    moment_text,
)

MONDAY = datetime(2026, 12, 7, 13, 45, 9)


@pytest.fixture
def language(qapp: QApplication) -> Iterator[None]:
    yield
    apply_language("")


@pytest.mark.parametrize(
    ("code", "shape", "shown"),
    [
        ("en", DATE_TIME, "2026-12-07 13:45"),
        ("en", DAY_CLOCK, "07 Dec 13:45"),
        ("en", WEEKDAY_DAY_CLOCK, "Mon 07 Dec 13:45"),
        ("en", CLOCK_SECONDS, "13:45:09"),
        ("de", DATE_TIME, "7.12.2026, 13:45"),
        ("de", WEEKDAY_CLOCK, "Mo., 13:45"),
        ("fr", DATE_TIME, "07/12/2026 13:45"),
        ("nl", DATE_TIME, "7-12-2026, 13:45"),
        ("pl", DATE, "7.12.2026"),
        ("it", CLOCK, "13:45"),
        ("es", DAY_CLOCK, "7/12, 13:45"),
    ],
)
@pytest.mark.usefixtures("language")
def test_a_moment_reads_as_the_language_writes_it(code: str, shape: Shape, shown: str) -> None:
    apply_language(code)
    assert moment_text(MONDAY, shape) == shown


@pytest.mark.usefixtures("language")
def test_no_moment_shows_nothing_and_a_day_has_no_time() -> None:
    apply_language("de")
    assert moment_text(None, DATE_TIME) == ""
    assert moment_text(date(2026, 1, 2), DATE) == "2.1.2026"
