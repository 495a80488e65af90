"""``pos-desktop screenshots --out DIR``: every screen, filled with demo data, as PNG files.

For the README and for reviews: a throw-away SQLite database in a temporary folder gets an
admin, a cashier and the demo data; then each screen is shown the way a user reaches it and
grabbed once its background work is done. Runs offscreen (no display needed).
"""

from __future__ import annotations

import secrets
import tempfile
import time
from pathlib import Path

from argon2 import PasswordHasher
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from pos_desktop.bootstrap import Services, build_services
from pos_desktop.config import load_settings
from pos_desktop.domain.roles import Actor, Role
from pos_desktop.services.demo_data import DemoDataService
from pos_desktop.services.exhibitions import ExhibitionInput
from pos_desktop.storage import migrate
from pos_desktop.storage.engine import create_engine_for, sqlite_url
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.main_window import MainWindow
from pos_desktop.ui.screens.checkout import CheckoutScreen
from pos_desktop.ui.screens.customers import CustomersScreen
from pos_desktop.ui.screens.help import HelpDialog
from pos_desktop.ui.workers import ThreadPoolRunner

PASSWORD = secrets.token_urlsafe(18)  # the database is thrown away with its folder
SETUP = Actor(None, "cli:screenshots", Role.ADMIN, "cli:screenshots")


def take_screenshots(out: Path, *, customers: int = 150, invoices: int = 400) -> list[Path]:
    """Needs a QApplication (the CLI starts one on the offscreen platform)."""
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="pos_shots_") as folder:
        url = sqlite_url(Path(folder) / "pos.sqlite3")
        config = Path(folder) / "config.toml"
        config.write_text("")
        engine = create_engine_for(url)
        migrate.upgrade(engine)
        engine.dispose()
        settings = load_settings(environ={"POS_DATABASE_URL": url, "POS_CONFIG": str(config)})
        cheap = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
        services = build_services(settings, hasher=cheap)
        try:
            services.setup.initialize(
                SETUP,
                admin_username="admin",
                admin_password=PASSWORD,
                exhibition=ExhibitionInput(
                    name="Expo 2026", code="EXPO26", venue="Hall 4", currency="EUR"
                ),
            )
            demo = DemoDataService(services.db, settings, services.station, services.clock)
            demo.generate(SETUP, customers=customers, invoices=invoices)
            services.users.add_user(SETUP, username="maria", password=PASSWORD, role=Role.MANAGER)
            manager = services.users.login("maria", PASSWORD)
            return _tour(services, manager, out)
        finally:
            services.close()


def _settle(runner: ThreadPoolRunner, rounds: int = 5) -> None:
    """Let queued events and background jobs finish, as a user would wait for the screen."""
    deadline = time.monotonic() + 30
    for _ in range(rounds):
        QCoreApplication.processEvents()
        QTest.qWait(30)
        while runner.busy and time.monotonic() < deadline:
            QTest.qWait(20)


def _tour(services: Services, manager: Actor, out: Path) -> list[Path]:
    runner = ThreadPoolRunner()
    window = MainWindow(UiContext(services, runner, manager))
    window.resize(1280, 800)
    window.show()
    saved: list[Path] = []

    def save(name: str, widget: QWidget) -> None:
        _settle(runner)
        path = out / f"{name}.png"
        pixmap: QPixmap = widget.grab()
        pixmap.save(str(path))
        saved.append(path)

    checkout = window.show_screen("Checkout")
    assert isinstance(checkout, CheckoutScreen)
    _settle(runner)
    someone = services.customers.list_customers(manager, limit=1)[0]
    QTest.keyClicks(checkout.scan, someone.code)
    QTest.keyClick(checkout.scan, Qt.Key.Key_Return)
    for description, amount, quantity, vat in LINES:
        entry = checkout.line_entry
        entry.description.setText(description)
        entry.amount.setText(amount)
        entry.quantity.setText(quantity)
        entry.vat.setText(vat)
        entry.submit()
    save("checkout", window)
    checkout.pay()
    save("payment", checkout.payment_dialog)
    checkout.payment_dialog.cash.setText("400")
    checkout.payment_dialog.accept()
    save("confirmation", checkout.confirmation)
    checkout.confirmation.accept()
    save("sale-saved", window)
    checkout.new_sale()
    for title in ("Register customer", "Customers", "Invoices", "Dashboard"):
        screen = window.show_screen(title)
        if isinstance(screen, CustomersScreen):
            _settle(runner)
            screen.table.selectRow(0)
        save(title.lower().replace(" ", "-"), window)
    help_dialog = HelpDialog(window)
    help_dialog.show()
    save("help", help_dialog)
    help_dialog.close()
    window.close()
    runner.wait_for_done()
    return saved


LINES = (
    ("Workshop seat: Advanced session", "89.00", "1", "19"),
    ("Exhibition catalogue 2026", "12.00", "2", "7"),
    ("Consulting hour", "120.00", "1", "19"),
)
