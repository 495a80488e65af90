"""The main window: role-aware navigation on the left, one screen at a time on the right.

A screen is listed only if the logged-in role may use it; the services check the permission
again, so hiding is convenience, not security. ``F4`` brings the checkout's scan field back from
anywhere, ``Ctrl+1..9`` and ``Ctrl+0`` jump to the listed screens, ``Ctrl+PgDown`` /
``Ctrl+PgUp`` step through them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from pos_desktop.domain.roles import Permission
from pos_desktop.ui.cart import Cart
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.customer_display.control import DisplayControl
from pos_desktop.ui.help_menu import add_help_menu
from pos_desktop.ui.i18n import QT_TRANSLATE_NOOP, current_language, role_name, tr
from pos_desktop.ui.language_menu import add_language_menu
from pos_desktop.ui.scanning.scanners import Scanners
from pos_desktop.ui.screen_shelf import ScreenShelf
from pos_desktop.ui.screens.audit_log import AuditLogScreen
from pos_desktop.ui.screens.cash_drawer import CashDrawerScreen
from pos_desktop.ui.screens.checkout import CheckoutScreen
from pos_desktop.ui.screens.customer_import import CustomerImportScreen
from pos_desktop.ui.screens.customer_lookup import CustomerLookup
from pos_desktop.ui.screens.customers import CustomersScreen
from pos_desktop.ui.screens.dashboard import DashboardScreen
from pos_desktop.ui.screens.door import DoorView
from pos_desktop.ui.screens.help import HelpDialog
from pos_desktop.ui.screens.invoices import InvoicesScreen
from pos_desktop.ui.screens.offline_journal import OfflineJournalScreen
from pos_desktop.ui.screens.outbox import OutboxScreen
from pos_desktop.ui.screens.print_queue import PrintQueueDialog
from pos_desktop.ui.screens.products import ProductsScreen
from pos_desktop.ui.screens.register_customer import RegisterCustomerScreen
from pos_desktop.ui.screens.reports import ReportsScreen
from pos_desktop.ui.screens.settings import SettingsScreen
from pos_desktop.ui.screens.stock import StockScreen
from pos_desktop.ui.screens.users import UsersScreen
from pos_desktop.ui.screens.workshops import WorkshopsScreen
from pos_desktop.ui.widgets.backup_status import BackupStatusLabel
from pos_desktop.ui.widgets.link_status import LinkStatusLabel
from pos_desktop.ui.widgets.navigation import Navigation
from pos_desktop.ui.widgets.outbox_status import OutboxStatusLabel
from pos_desktop.ui.widgets.printer_status import PrinterStatusLabel
from pos_desktop.ui.widgets.status_label import StatusLabel


@dataclass(frozen=True)
class ScreenSpec:
    #: The screen's key (English) and, translated in the context "Screens", its name.
    title: str
    permission: Permission
    build: Callable[[UiContext], QWidget]
    #: A file in resources/icons/screens (without ``.svg``).
    icon: str = "package"


SCREENS: tuple[ScreenSpec, ...] = (
    ScreenSpec(
        QT_TRANSLATE_NOOP("Screens", "Checkout"),
        Permission.INVOICE_CREATE,
        CheckoutScreen,
        "shopping-cart",
    ),
    ScreenSpec(
        QT_TRANSLATE_NOOP("Screens", "Register customer"),
        Permission.CUSTOMER_REGISTER,
        RegisterCustomerScreen,
        "user-plus",
    ),
    ScreenSpec(
        QT_TRANSLATE_NOOP("Screens", "Customers"),
        Permission.CUSTOMER_VIEW,
        CustomersScreen,
        "users",
    ),
    ScreenSpec(
        QT_TRANSLATE_NOOP("Screens", "Invoices"), Permission.INVOICE_VIEW, InvoicesScreen, "receipt"
    ),
    ScreenSpec(
        QT_TRANSLATE_NOOP("Screens", "Cash drawer"),
        Permission.CASH_SESSION,
        CashDrawerScreen,
        "banknote",
    ),
    ScreenSpec(
        QT_TRANSLATE_NOOP("Screens", "Dashboard"),
        Permission.REPORT_VIEW,
        DashboardScreen,
        "layout-dashboard",
    ),
    ScreenSpec(
        QT_TRANSLATE_NOOP("Screens", "Reports"),
        Permission.REPORT_VIEW,
        ReportsScreen,
        "chart-column",
    ),
    ScreenSpec(
        QT_TRANSLATE_NOOP("Screens", "Products"),
        Permission.PRODUCT_MANAGE,
        ProductsScreen,
        "package",
    ),
    ScreenSpec(
        QT_TRANSLATE_NOOP("Screens", "Stock"), Permission.PRODUCT_MANAGE, StockScreen, "warehouse"
    ),
    ScreenSpec(
        QT_TRANSLATE_NOOP("Screens", "Users"), Permission.USER_MANAGE, UsersScreen, "user-cog"
    ),
    ScreenSpec(
        QT_TRANSLATE_NOOP("Screens", "Settings"),
        Permission.SETTINGS_MANAGE,
        SettingsScreen,
        "settings",
    ),
    ScreenSpec(
        QT_TRANSLATE_NOOP("Screens", "Audit log"),
        Permission.AUDIT_VIEW,
        AuditLogScreen,
        "scroll-text",
    ),
    ScreenSpec(
        QT_TRANSLATE_NOOP("Screens", "Outbox"), Permission.OUTBOX_MANAGE, OutboxScreen, "send"
    ),
    ScreenSpec(
        QT_TRANSLATE_NOOP("Screens", "Import customers"),
        Permission.CUSTOMER_IMPORT,
        CustomerImportScreen,
        "file-up",
    ),
    # After the others, so their Ctrl+N stay where cashiers' fingers learnt them.
    ScreenSpec(
        QT_TRANSLATE_NOOP("Screens", "Workshops"),
        Permission.WORKSHOP_MANAGE,
        WorkshopsScreen,
        "calendar-days",
    ),
    ScreenSpec(
        QT_TRANSLATE_NOOP("Screens", "Door check-in"),
        Permission.CUSTOMER_VIEW,
        DoorView,
        "scan-line",
    ),
    ScreenSpec(
        QT_TRANSLATE_NOOP("Screens", "Offline journal"),
        Permission.OUTBOX_MANAGE,
        OfflineJournalScreen,
        "wifi-off",
    ),
)


class MainWindow(QMainWindow):
    #: Ctrl+L: the cashier steps away (or hands over): the till locks at once.
    lock_requested = Signal()
    #: The user chose another language in the Language menu (its code): the terminal lock
    #: stores it and builds the window anew (ui/idle_lock.py).
    language_requested = Signal(str)

    def __init__(self, ctx: UiContext, screens: tuple[ScreenSpec, ...] = SCREENS) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(tr("MainWindow", "Booth POS"))
        self.resize(1280, 800)
        self.nav = Navigation()
        self.stack = QStackedWidget()
        #: Built when first asked for (``ui/screen_shelf.py``); the checkout at once.
        self.screens = ScreenShelf(self.stack, ctx)
        for spec in screens:
            if ctx.actor.can(spec.permission):
                self.screens.add(spec)
                self.nav.add_screen(tr("Screens", spec.title), spec.icon)
        self.screens.get("Checkout")
        self.nav.setFixedWidth(self.nav.fitting_width())
        self.nav.currentRowChanged.connect(self._show_row)
        self._connect_screens()
        body = QWidget()
        layout = QHBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(body)
        self._build_status_bar()
        self.scanners = Scanners(self, self.scanner_label)
        self.customer_display = DisplayControl(ctx, self)
        self._build_shortcuts()
        self.language_menu, self.language_actions = add_language_menu(self)
        for code, action in self.language_actions.items():
            action.triggered.connect(lambda _=False, c=code: self._language_chosen(c))
        self.help_menu = add_help_menu(self, ctx.services, self.show_help)
        if self.nav.count():
            self.nav.setCurrentRow(0)

    def _language_chosen(self, code: str) -> None:
        if code != current_language():
            self.language_requested.emit(code)

    def hand_over_cart(self) -> Cart | None:
        """The checkout's cart for the window that replaces this one (another language), or
        ``None`` (no lines, or a sale being saved: that one finishes here)."""
        checkout = self.screens.get("Checkout")
        if not isinstance(checkout, CheckoutScreen) or checkout.saving:
            return None
        return checkout.open_cart()

    def take_over_cart(self, cart: Cart) -> None:
        checkout = self.screens.get("Checkout")
        if isinstance(checkout, CheckoutScreen):
            checkout.adopt_cart(cart)

    def _connect_screens(self) -> None:
        """Screens do not know each other; the window passes a customer from one to another."""
        if "Checkout" in self.screens:
            self.screens.when_built("Register customer", self._sell_from_register)

    def _sell_from_register(self, register: QWidget) -> None:
        if isinstance(register, RegisterCustomerScreen):
            register.sell_requested.connect(self.sell_to)

    def sell_to(self, code: str) -> None:
        checkout = self.show_screen("Checkout")
        assert isinstance(checkout, CheckoutScreen)
        if checkout.pages.currentWidget() is checkout.done_panel:
            checkout.new_sale()  # the previous sale's invoice was still on screen
        checkout.select_customer(code)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.user_label = StatusLabel(f"{self.ctx.actor.label} ({role_name(self.ctx.actor.role)})")
        self.db_label = StatusLabel(
            tr("MainWindow", "Database: {backend}").format(
                backend=self.ctx.services.database_admin.backend
            )
        )
        self.busy_label = StatusLabel("")
        #: "Offline since 10:42 - 17 sales waiting" (hidden while the server answers).
        self.link_label = LinkStatusLabel(self.ctx)
        # Placeholders until the printing, scanning and email issues fill them in.
        self.printer_label = PrinterStatusLabel(self.ctx)
        self.printer_label.clicked.connect(self.show_print_queue)
        self.scanner_label = StatusLabel(tr("MainWindow", "Scanner: keyboard"))
        self.outbox_label = OutboxStatusLabel(self.ctx)
        self.backup_label = BackupStatusLabel(self.ctx)
        for label in (
            self.link_label,
            self.user_label,
            self.db_label,
            self.printer_label,
            self.scanner_label,
            self.outbox_label,
            self.backup_label,
        ):
            bar.addPermanentWidget(label)
        bar.addWidget(self.busy_label)
        busy_changed = getattr(self.ctx.runner, "busy_changed", None)
        if busy_changed is not None:
            busy_changed.connect(self._show_busy)  # a method: disconnected with the window

    def _show_busy(self, busy: bool) -> None:
        self.busy_label.setText(tr("MainWindow", "Working...") if busy else "")

    def _build_shortcuts(self) -> None:
        QShortcut(QKeySequence(Qt.Key.Key_F4), self, self.go_to_checkout)
        QShortcut(QKeySequence(Qt.Key.Key_F1), self, self.show_help)
        QShortcut(QKeySequence("Ctrl+Shift+P"), self, self.show_print_queue)
        QShortcut(QKeySequence("Ctrl+Shift+V"), self, self.customer_display.toggle)
        QShortcut(QKeySequence("Ctrl+L"), self, self.lock_requested.emit)
        if self.ctx.actor.can(Permission.CUSTOMER_VIEW):
            QShortcut(QKeySequence("Ctrl+K"), self, self.find_customer)
        QShortcut(QKeySequence("Ctrl+PgDown"), self, lambda: self._step_screen(1))
        QShortcut(QKeySequence("Ctrl+PgUp"), self, lambda: self._step_screen(-1))
        for row in range(min(self.nav.count(), 10)):  # Ctrl+1 .. Ctrl+9, Ctrl+0 the tenth
            QShortcut(
                QKeySequence(f"Ctrl+{(row + 1) % 10}"),
                self,
                lambda r=row: self.nav.setCurrentRow(r),
            )

    def _step_screen(self, step: int) -> None:
        """Ctrl+PgDown / Ctrl+PgUp: the next or previous screen, round the list."""
        if self.nav.count():
            self.nav.setCurrentRow((self.nav.currentRow() + step) % self.nav.count())

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        widget = self.screens[self.screens.title_at(row)]
        self.stack.setCurrentWidget(widget)
        activate = getattr(widget, "activate", None)
        if callable(activate):
            activate()

    def show_screen(self, title: str) -> QWidget:
        widget = self.screens[title]
        self.nav.setCurrentRow(self.stack.indexOf(widget))
        return widget

    def go_to_checkout(self) -> None:
        if "Checkout" in self.screens:
            self.show_screen("Checkout")

    def find_customer(self) -> None:
        """Ctrl+K: a customer's card from any screen; Enter sells to them at the checkout."""
        lookup = CustomerLookup(self.ctx, self)
        if "Checkout" in self.screens:
            lookup.sell_requested.connect(self.sell_to)
        lookup.finished.connect(lookup.deleteLater)
        self.lookup = lookup
        lookup.open()

    def show_print_queue(self) -> None:
        """Ctrl+Shift+P or a click on the printer label: the receipts waiting at this till."""
        dialog = PrintQueueDialog(self.ctx, self)
        dialog.changed.connect(self.printer_label.refresh)
        self.print_queue = dialog  # kept (not deleteLater'd): its lambdas hold it
        dialog.open()

    def show_help(self) -> None:
        HelpDialog(self).exec()

    # -------------------------------------------------------------------------- closing

    #: Set once the cashier has answered the question (or nothing needed asking).
    close_confirmed = False

    def close_without_asking(self) -> None:
        """For the idle lock handing the till to another user: no question to answer."""
        self.close_confirmed = True
        self.close()

    def park_open_cart(self, note: str) -> bool:
        """Park the checkout's cart if it has lines (another user takes the till over: the
        cart must not be lost with this window). The park runs on the runner and is saved
        even if this window is gone by then."""
        checkout = self.screens.get("Checkout")
        if not isinstance(checkout, CheckoutScreen) or checkout.saving:
            return False
        if checkout.open_cart() is None:  # none, or a sale just saved (its invoice on screen)
            return False
        checkout.park(note)
        return True

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        """A cart with lines is not dropped by closing the window: park it, drop it, or stay."""
        checkout = self.screens.get("Checkout")
        cart = checkout.open_cart() if isinstance(checkout, CheckoutScreen) else None
        if self.close_confirmed or cart is None:
            self.customer_display.close()
            event.accept()
            return
        event.ignore()
        assert isinstance(checkout, CheckoutScreen)
        self.show_screen("Checkout")
        count = len(cart.lines)
        question = (
            tr("MainWindow", "The cart has {count} lines. Park the sale before closing?")
            if count > 1
            else tr("MainWindow", "The cart has 1 line. Park the sale before closing?")
        )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            tr("MainWindow", "Close Booth POS"),
            question.format(count=count),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        self.park_and_close_button = box.addButton(
            tr("MainWindow", "&Park and close"), QMessageBox.ButtonRole.AcceptRole
        )
        self.drop_and_close_button = box.addButton(
            tr("MainWindow", "&Drop the cart and close"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.setDefaultButton(self.park_and_close_button)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(self._close_answered)  # a method: no cycle through a lambda
        self.close_question = box
        box.open()

    def _close_answered(self, button: QAbstractButton) -> None:
        checkout = self.screens.get("Checkout")
        if not isinstance(checkout, CheckoutScreen):
            return
        if button is self.park_and_close_button:
            checkout.park("left open when the window was closed", then=self.close_without_asking)
        elif button is self.drop_and_close_button:
            self.close_without_asking()
        else:
            checkout.focus_scan()
