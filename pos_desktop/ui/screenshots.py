"""``pos-desktop screenshots --out DIR``: every screen, filled with demo data, as PNG files.

For the README and for reviews: first the first-start wizard on an empty database; then a
throw-away SQLite database in a temporary folder gets an admin, a manager and the demo data,
and each screen is shown the way a user reaches it (the login, a sale, the lists, every admin
screen the main window lists, a booked visitor scanned in at the door, the idle lock) and
grabbed once its background work is done.
Every dialog is closed after its picture. Runs offscreen (no display needed) or on X11.
"""

from __future__ import annotations

import secrets
import tempfile
import time
from pathlib import Path

from argon2 import PasswordHasher
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTableView, QWidget

from pos_desktop.bootstrap import Services, build_services
from pos_desktop.config import load_settings
from pos_desktop.domain.roles import Actor, Role
from pos_desktop.services.database_admin import DemoRequest, FirstStart, file_url
from pos_desktop.services.exhibitions import ExhibitionInput
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.i18n import apply_language
from pos_desktop.ui.idle_lock import TerminalLock
from pos_desktop.ui.main_window import MainWindow
from pos_desktop.ui.screens.checkout import CheckoutScreen
from pos_desktop.ui.screens.customers import CustomersScreen
from pos_desktop.ui.screens.door import DoorView
from pos_desktop.ui.screens.first_start import FirstStartDialog
from pos_desktop.ui.screens.help import HelpDialog
from pos_desktop.ui.screens.login import LoginDialog
from pos_desktop.ui.theme import apply_theme
from pos_desktop.ui.workers import ThreadPoolRunner

PASSWORD = secrets.token_urlsafe(18)  # the database is thrown away with its folder
SETUP = Actor(None, "cli:screenshots", Role.ADMIN, "cli:screenshots")


def render_screenshots(
    out: Path, *, size: tuple[int, int] | None = None, theme: str = "light", language: str = "en"
) -> list[Path]:
    """:func:`take_screenshots` in this process's QApplication (started here if there is none:
    the CLI's ``screenshots``), so Qt stays inside ui/."""
    _app = QApplication.instance() or QApplication([])  # kept alive while rendering
    return take_screenshots(out, size=size or WINDOW_SIZE, theme=theme, language=language)


def take_screenshots(
    out: Path,
    *,
    customers: int = 150,
    invoices: int = 400,
    size: tuple[int, int] | None = None,
    theme: str = "light",
    language: str = "en",
) -> list[Path]:
    """Needs a QApplication (the CLI starts one on the offscreen platform). ``size``: the main
    window's; ``theme``: a ``ui.theme`` value; ``language``: a code of domain/languages.py
    (the UI's text, numbers and amounts in it)."""
    out.mkdir(parents=True, exist_ok=True)
    size = size or WINDOW_SIZE
    apply_theme(theme)
    apply_language(language)
    with tempfile.TemporaryDirectory(prefix="pos_shots_") as name:
        folder = Path(name)
        url = file_url(folder / "pos.sqlite3")
        config = folder / "config.toml"
        config.write_text("")
        settings = load_settings(environ={"POS_DATABASE_URL": url, "POS_CONFIG": str(config)})
        services = build_services(settings, hasher=CHEAP_HASHER)
        runner = ThreadPoolRunner()
        try:
            saved = _first_start(folder, runner, out)
            expo = ExhibitionInput(name="Expo 2026", code="EXPO26", venue="Hall 4", currency="EUR")
            demo = DemoRequest(customers, invoices)
            done = services.database_admin.first_start(
                SETUP, FirstStart("admin", PASSWORD, exhibition=expo, demo=demo)
            )
            if done.demo_error is not None:
                raise done.demo_error
            door = done.demo.door if done.demo else None
            services.users.add_user(SETUP, username="maria", password=PASSWORD, role=Role.MANAGER)
            saved += _login(services, runner, out)
            manager = services.users.login("maria", PASSWORD)
            saved += _tour(services, runner, manager, out, size)
            admin = services.users.login("admin", PASSWORD)
            saved += _admin_tour(services, runner, admin, out, size, door=door)
            saved += _idle_lock(services, runner, manager, out, size)
            return saved
        finally:
            runner.wait_for_done()
            services.close()
            apply_language("")


def _settle(runner: ThreadPoolRunner, rounds: int = 5) -> None:
    """Let queued events and background jobs finish, as a user would wait for the screen."""
    deadline = time.monotonic() + 30
    for _ in range(rounds):
        QCoreApplication.processEvents()
        QTest.qWait(30)
        while runner.busy and time.monotonic() < deadline:
            QTest.qWait(20)


def _save(runner: ThreadPoolRunner, out: Path, name: str, widget: QWidget) -> Path:
    _settle(runner)
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    return path


def _first_start(folder: Path, runner: ThreadPoolRunner, out: Path) -> list[Path]:
    """The wizard on a database of its own: nothing there yet, as at a first start."""
    config = folder / "first-start.toml"
    config.write_text(f'[database]\nurl = "{file_url(folder / "till.sqlite3")}"\n')
    services = build_services(load_settings(environ={"POS_CONFIG": str(config)}))
    dialog = FirstStartDialog(services, runner)
    try:
        dialog.show()
        dialog.database_page.test_connection()
        saved = [_save(runner, out, "first-start-database", dialog)]
        dialog.show_setup_page()
        page = dialog.setup_page
        for field, text in (
            (page.username, "admin"),
            (page.display_name, "Alex Admin"),
            (page.password, PASSWORD),
            (page.password_again, PASSWORD),
            (page.exhibition_name, "Expo 2026"),
            (page.exhibition_code, "EXPO26"),
        ):
            field.setText(text)
        page.demo.setChecked(True)
        saved.append(_save(runner, out, "first-start-admin", dialog))
        return saved
    finally:
        dialog.close()
        services.close()


def _login(services: Services, runner: ThreadPoolRunner, out: Path) -> list[Path]:
    dialog = LoginDialog(services, runner, username="maria")
    dialog.password.setText(PASSWORD)
    dialog.show()
    try:
        _settle(runner)
        dialog.password.deselect()  # focus-in selected it all: a blue bar, not dots
        return [_save(runner, out, "login", dialog)]
    finally:
        dialog.close()


def _tour(
    services: Services, runner: ThreadPoolRunner, manager: Actor, out: Path, size: tuple[int, int]
) -> list[Path]:
    """A sale from scan to invoice, then the manager's other screens."""
    window = MainWindow(UiContext(services, runner, manager))
    window.resize(*size)
    window.show()
    saved: list[Path] = []

    def save(name: str, widget: QWidget) -> None:
        saved.append(_save(runner, out, name, widget))

    services.cash_sessions.open(manager, "150.00")  # the Cash drawer then shows its X report
    services.cash_sessions.move_cash(manager, "out", "20.00", "change for the coffee bar")
    checkout = window.show_screen("Checkout")
    assert isinstance(checkout, CheckoutScreen)
    window.customer_display.open()
    display = window.customer_display.window
    assert display is not None
    display.resize(800, 600)
    _settle(runner)
    save("customer-display-welcome", display)
    someone = services.customers.list_customers(manager, limit=1)[0]
    for code in (someone.code, WORKSHOP_SEAT):  # the visitor, then a seat in today's workshop
        QTest.keyClicks(checkout.scan, code)
        QTest.keyClick(checkout.scan, Qt.Key.Key_Return)
        _settle(runner)
    for description, amount, quantity, vat in LINES:
        entry = checkout.line_entry
        entry.description.setText(description)
        entry.amount.setText(amount)
        entry.quantity.setText(quantity)
        entry.vat.setText(vat)
        entry.submit()
    save("checkout", window)
    save("customer-display", display)
    checkout.pay()
    save("payment", checkout.payment_dialog)
    checkout.payment_dialog.cash.setText("400")
    checkout.payment_dialog.accept()
    save("confirmation", checkout.confirmation)
    checkout.confirmation.accept()
    save("sale-saved", window)
    save("customer-display-thanks", display)
    checkout.new_sale()
    saved.extend(_parked_sales(checkout, runner, out))
    for title in MANAGER_SCREENS:
        screen = window.show_screen(title)
        if isinstance(screen, CustomersScreen):
            _settle(runner)
            screen.table.selectRow(0)
        save(_file_name(title), window)
    help_dialog = HelpDialog(window)
    help_dialog.show()
    save("help", help_dialog)
    help_dialog.close()
    window.close()
    return saved


def _parked_sales(checkout: CheckoutScreen, runner: ThreadPoolRunner, out: Path) -> list[Path]:
    """Two carts parked (F10), then the list Shift+F10 shows."""
    for (description, amount, quantity, vat), note in zip(
        LINES, ("fetching her card", ""), strict=True
    ):
        entry = checkout.line_entry
        entry.description.setText(description)
        entry.amount.setText(amount)
        entry.quantity.setText(quantity)
        entry.vat.setText(vat)
        entry.submit()
        checkout.park(note)
        _settle(runner)
    checkout.ask_recall()
    _settle(runner)
    picker = checkout.parked_picker
    shot = _save(runner, out, "parked-sales", picker)
    picker.reject()
    return [shot]


def _admin_tour(
    services: Services,
    runner: ThreadPoolRunner,
    admin: Actor,
    out: Path,
    size: tuple[int, int],
    *,
    door: tuple[str, str] | None,
) -> list[Path]:
    """Every screen the sale and the manager's tour left out (Users, Settings, Audit log...);
    at the door, ``door``'s visitor (the demo's, booked for today's session) is scanned in."""
    window = MainWindow(UiContext(services, runner, admin))
    window.resize(*size)
    window.show()
    saved: list[Path] = []
    try:
        for title in window.screens:
            if title in SHOWN_BY_MANAGER:
                continue
            screen = window.show_screen(title)
            table = getattr(screen, "table", None)
            if title in DETAIL_ROW and isinstance(table, QTableView):
                _settle(runner)
                table.selectRow(DETAIL_ROW[title])
            if isinstance(screen, DoorView) and door is not None:
                _scan_at_the_door(screen, runner, *door)
            saved.append(_save(runner, out, _file_name(title), window))
    finally:
        window.close()
    return saved


def _scan_at_the_door(view: DoorView, runner: ThreadPoolRunner, workshop: str, who: str) -> None:
    """Today's session picked, and a booked visitor's QR scanned: "Admitted: NAME"."""
    _settle(runner)
    view.session.setCurrentIndex(max(view.session.findData(workshop), 0))
    QTest.keyClicks(view.scan, who)
    QTest.keyClick(view.scan, Qt.Key.Key_Return)


def _idle_lock(
    services: Services, runner: ThreadPoolRunner, manager: Actor, out: Path, size: tuple[int, int]
) -> list[Path]:
    """The window after a while without input: its content hidden, the lock dialog on top."""
    lock = TerminalLock(services, runner, manager, timeout_ms=0)
    lock.start()
    lock.window.showNormal()  # start() maximises: the picture has the tour's size
    lock.window.resize(*size)
    try:
        lock.lock()
        dialog = lock.dialog
        assert dialog is not None
        _settle(runner)
        # The dialog is a window of its own: a grab of the main window leaves it out, so it is
        # painted where the window manager puts it, centred on the window, with a frame.
        picture = lock.window.grab()
        popup = dialog.grab()
        painter = QPainter(picture)
        x = (picture.width() - popup.width()) // 2
        y = (picture.height() - popup.height()) // 3
        painter.drawPixmap(x, y, popup)
        painter.setPen(QColor("#666666"))
        painter.drawRect(x - 1, y - 1, popup.width() + 1, popup.height() + 1)
        painter.end()
        path = out / "idle-lock.png"
        picture.save(str(path))
        return [path]
    finally:
        if lock.dialog is not None:
            lock.dialog.hide()
        lock.stop()
        lock.window.close()


def _file_name(title: str) -> str:
    return title.lower().replace(" ", "-")


WINDOW_SIZE = (1280, 800)
MANAGER_SCREENS = ("Register customer", "Customers", "Invoices", "Dashboard")
SHOWN_BY_MANAGER = frozenset({"Checkout", *MANAGER_SCREENS})
#: Screens that show the selected row's details: which row (the audit log's row 0 is the
#: admin's own login for this tour; row 1 is the manager's sale, with its before/after).
DETAIL_ROW = {"Audit log": 1}
CHEAP_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
#: The demo's workshop today (``services/demo_workshops.py``), sold at the checkout by its code.
WORKSHOP_SEAT = "INTRO-1"
LINES = (
    ("Exhibition catalogue 2026", "12.00", "2", "7"),
    ("Consulting hour", "120.00", "1", "19"),
)
