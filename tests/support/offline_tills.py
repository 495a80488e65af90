"""Tills with an offline journal, whose line to PostgreSQL runs through ``pg_proxy``."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from pos_desktop.bootstrap import Services, build_services
from pos_desktop.bootstrap.offline import OfflineTill
from pos_desktop.config import load_settings
from pos_desktop.domain.action_key import ActionKey
from pos_desktop.domain.invoice import LineInput, PaymentInput, PaymentMethod
from pos_desktop.domain.roles import Actor
from pos_desktop.services.invoice_views import InvoiceView
from pos_desktop.services.sales import SaleInput
from tests.conftest import FAST_HASHER
from tests.support.clock import FakeClock

D = Decimal
MUG = LineInput("Mug", D(2), D("9.50"), D(19))
SALE = SaleInput([MUG], None, [PaymentInput(PaymentMethod.CASH, D("20.00"))])


def till_services(
    server_url: str, folder: Path, clock: FakeClock, terminal: str = "T1"
) -> Services:
    """A till on ``server_url`` (a proxy's); its journal in ``folder / "journal"``."""
    config = folder / f"config-{terminal}.toml"
    config.write_text("")
    settings = load_settings(
        environ={
            "POS_DATABASE_URL": server_url,
            "POS_CONFIG": str(config),
            "POS_OFFLINE_FOLDER": str(folder / "journal"),
            "POS_POS_TERMINAL": terminal,
            "POS_POS_DEVICE_ID_FILE": str(folder / f"device-{terminal}"),
        }
    )
    return build_services(settings, clock=clock, hasher=FAST_HASHER)


def journal_of(till: Services) -> OfflineTill:
    offline = till.offline
    assert offline is not None
    return offline


def sell(
    till: Services, actor: Actor, sale: SaleInput = SALE, key: ActionKey | None = None
) -> tuple[InvoiceView, bool]:
    """A sale on the server, else on the journal: ``(view, offline)``."""
    return journal_of(till).run(
        lambda services, k: services.billing.create_invoice(actor, sale, key=k),
        key or ActionKey.new(),
    )
