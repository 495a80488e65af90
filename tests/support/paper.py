"""Reading printed reports as a manager does, and a till whose printer is a test printer."""

from __future__ import annotations

import dataclasses
import re
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from itertools import takewhile
from typing import Any

from pos_desktop.bootstrap import Services, build_services
from pos_desktop.config import Settings
from pos_desktop.services.net_sales import Amounts
from pos_desktop.services.session_report import SessionReport
from tests.conftest import FAST_HASHER
from tests.support.clock import FakeClock

NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def printing_services(
    settings: Settings, clock: FakeClock, url: str, *, auto_print: bool = True, **printer: Any
) -> Services:
    """Services of a till printing on ``url`` (42 columns, 1 s time limit; ``printer``: more
    ``[printer]`` settings)."""
    configured = dataclasses.replace(
        settings,
        printer=dataclasses.replace(
            settings.printer,
            url=url,
            timeout_seconds=1,
            auto_print=auto_print,
            columns=42,
            **printer,
        ),
    )
    configured.sources["printer.columns"] = "test"
    return build_services(configured, clock=clock, hasher=FAST_HASHER)


def figures(text: str, label: str) -> list[str]:
    """The figures right after the first ``label`` that has any, whether the label and its
    figures share a printed line (the slip) or are cells of a table (the PDF's text)."""
    words, wanted = text.split(), label.split()
    for at in range(len(words)):
        if words[at : at + len(wanted)] == wanted:
            found = list(takewhile(NUMBER.fullmatch, words[at + len(wanted) :]))
            if found:
                return found
    raise AssertionError(f"no {label!r} with figures in:\n{text}")


def sample_z_report() -> SessionReport:
    """A closed day at a busy till, built in memory (layout and benchmark tests)."""
    d = Decimal
    opened = datetime(2026, 5, 4, 7, 30, tzinfo=UTC)
    closed = opened + timedelta(hours=11)
    moves = tuple(
        (opened + timedelta(hours=h), kind, d(amount), why, "Zoë Ångström")
        for h, kind, amount, why in (
            (1, "in", "50.00", "change from the bank"),
            (4, "out", "500.00", "to the safe"),
            (7, "out", "800.00", "to the safe"),
            (9, "in", "20.00", "coins"),
        )
    )
    return SessionReport(
        session_id=412,
        terminal="T1",
        exhibition_name="Frankfurter Buchmesse 2026",
        currency="EUR",
        opened_at=opened,
        opened_by="Zoë Ångström",
        closed_at=closed,
        closed_by="maria",
        float_amount=d("150.00"),
        cash_in=d("70.00"),
        cash_out=d("1300.00"),
        movements=moves,
        sales=Amounts(5000, d("98213.45"), d("14120.33"), d("112333.78")),
        by_payment_method=(("card", 3100, d("70210.48")), ("cash", 1950, d("42123.30"))),
        by_vat_rate=(
            (d("7"), Amounts(2100, d("25000.00"), d("1750.00"), d("26750.00"))),
            (d("19"), Amounts(4800, d("73213.45"), d("12370.33"), d("85583.78"))),
        ),
        by_cashier=(
            ("Zoë Ångström", 2600, d("60000.00")),
            ("carl", 1900, d("42333.78")),
            ("maria", 500, d("10000.00")),
        ),
        discounts=d("312.40"),
        voids=(7, d("212.50")),
        cash_returned_for_voids=d("0.00"),
        refunds=(12, d("340.20")),
        expected_cash=d("40703.10"),
        counted_cash=d("40701.10"),
        as_of=closed,
        cash_refunded=d("340.20"),
        issued=(5007, d("112886.48")),
        cash_received=d("42463.50"),
    )
