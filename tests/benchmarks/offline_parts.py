"""What the offline benchmarks share: a till with a journal, its 5-line cart, and the rows
that are not latencies (a rate, a scenario's seconds) with their verdicts.

A till here is the app's ``Services`` for one terminal code, on a PostgreSQL URL (usually a
``tests/support/pg_proxy.py`` proxy's, so the line can be cut) with its journal in a folder
of the benchmark's own; the real clock, the foundation benchmark's fast password hasher.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_CEILING, Decimal
from pathlib import Path

from pos_desktop.bootstrap import Services, build_services
from pos_desktop.bootstrap.offline import OfflineTill
from pos_desktop.config import load_settings
from pos_desktop.domain.action_key import ActionKey
from pos_desktop.domain.invoice import LineInput, PaymentInput, PaymentMethod
from pos_desktop.domain.roles import Actor
from pos_desktop.services.invoice_views import InvoiceView
from pos_desktop.services.sales import SaleInput
from tests.benchmarks.foundation import FAST_HASHER, CatalogueItem
from tests.benchmarks.verdict import verdict

ZERO = Decimal(0)


def till_services(url: str, folder: Path, terminal: str) -> Services:
    """Terminal ``terminal`` on ``url``; its journal in ``folder / "journal"``."""
    config = folder / f"config-{terminal}.toml"
    config.write_text("")
    settings = load_settings(
        environ={
            "POS_DATABASE_URL": url,
            "POS_CONFIG": str(config),
            "POS_OFFLINE_FOLDER": str(folder / "journal"),
            "POS_POS_TERMINAL": terminal,
            "POS_POS_DEVICE_ID_FILE": str(folder / f"device-{terminal}"),
        }
    )
    return build_services(settings, hasher=FAST_HASHER)


def journal_of(till: Services) -> OfflineTill:
    offline = till.offline
    assert offline is not None, "a till on PostgreSQL keeps a journal"
    return offline


def five_line_cart(catalogue: Sequence[CatalogueItem], customer: str | None = None) -> SaleInput:
    """Five catalogue items, one each, paid in cash with the next note up (change given)."""
    lines = [
        LineInput(item.name, Decimal(1), item.price, item.vat_rate, ZERO, None, item.product_id)
        for item in catalogue[:5]
    ]
    gross = sum((line.unit_price for line in lines), ZERO)  # prices include VAT (default)
    note = Decimal(50)
    tendered = max(note, (gross / note).to_integral_value(rounding=ROUND_CEILING) * note)
    return SaleInput(lines, customer, [PaymentInput(PaymentMethod.CASH, tendered)])


def sell(till: Services, actor: Actor, cart: SaleInput) -> tuple[InvoiceView, bool, str]:
    """A sale on the server, else on the journal: ``(view, offline, key)``."""
    key = ActionKey.new()
    view, offline = journal_of(till).run(
        lambda services, k: services.billing.create_invoice(actor, cart, key=k), key
    )
    return view, offline, key.value


@dataclass(frozen=True)
class Figure:
    """A row that is not a latency distribution: a rate, a count, a scenario's seconds."""

    operation: str
    value: float
    unit: str
    target: float | None = None
    #: The target is a floor (a rate), not a ceiling (a time).
    at_least: bool = False
    note: str = ""

    @property
    def verdict(self) -> str:
        if self.target is None:
            return verdict(self.value, None)
        if self.at_least:
            return verdict(self.value, self.target, at_least=True)
        return verdict(self.value, self.target + 1e-9)  # "within": at most the target

    @property
    def target_text(self) -> str:
        if self.target is None:
            return "-"
        return f"{'>=' if self.at_least else '<='} {self.target:g} {self.unit}"


def print_figures(figures: Iterable[Figure]) -> None:
    head = ("figure", "value", "target", "result", "")
    rows = [
        (f.operation, f"{f.value:,.2f} {f.unit}", f.target_text, f.verdict, f.note) for f in figures
    ]
    widths = [max(len(x) for x in col) for col in zip(head, *rows, strict=True)]
    fmt: Callable[[Sequence[str]], str] = lambda row: "  ".join(  # noqa: E731
        cell.rjust(w) if i == 1 else cell.ljust(w)
        for i, (cell, w) in enumerate(zip(row, widths, strict=True))
    ).rstrip()
    print(fmt(head))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print(fmt(row))
