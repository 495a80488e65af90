"""What a routed scan does in the main window: the screens stay unaware of scanners.

A customer opens at the checkout (as "sell to" does; on the door check-in screen it is checked
in instead), a product is looked up and added to the
cart exactly as if typed into the checkout's scan field, an invoice opens in the invoice list.
A role without the screen gets a message instead.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING

from pos_desktop.ui.i18n import tr
from pos_desktop.ui.offline_switch import read_online_only
from pos_desktop.ui.scanning.router import ScanActions
from pos_desktop.ui.screens.checkout import CheckoutScreen
from pos_desktop.ui.screens.door import DoorView
from pos_desktop.ui.screens.invoices import InvoicesScreen
from pos_desktop.ui.widgets.message_bar import Tone

if TYPE_CHECKING:
    from pos_desktop.ui.main_window import MainWindow

Say = Callable[[str, Tone], None]


def main_window_actions(window: MainWindow, say: Say) -> ScanActions:
    """The actions hold the window weakly: it is deleted when another cashier takes over."""
    window_ref = weakref.ref(window)
    del window

    def checkout() -> CheckoutScreen | None:
        window = window_ref()
        if window is None:
            return None
        screen = window.screens.get("Checkout")
        if not isinstance(screen, CheckoutScreen):
            say(tr("ScanActions", "Scanned a sale code, but this role has no checkout"), Tone.ERROR)
            return None
        window.show_screen("Checkout")
        if screen.pages.currentWidget() is screen.done_panel:
            screen.new_sale()  # the previous sale's invoice was still on screen
        return screen

    def door() -> DoorView | None:
        """The door check-in screen, when it is the one on show: a scan there admits."""
        window = window_ref()
        screen = window.stack.currentWidget() if window is not None else None
        return screen if isinstance(screen, DoorView) else None

    def customer(code: str) -> None:
        window, at_door = window_ref(), door()
        if at_door is not None:
            at_door.check_in_code(code)
        elif window is not None and checkout() is not None:
            window.sell_to(code)

    def customer_or_product(code: str) -> None:
        at_door = door()
        if at_door is not None:
            at_door.check_in_code(code)
            return
        screen = checkout()
        if screen is not None:
            screen.select_customer(code, or_product=True)

    def product(code: str) -> None:
        screen = checkout()
        if screen is not None:
            screen._look_up_product(code)  # as if typed into its scan field

    def invoice(number: str) -> None:
        window = window_ref()
        if window is None:
            return
        screen = window.screens.get("Invoices")
        if not isinstance(screen, InvoicesScreen):
            cannot = tr(
                "ScanActions", "Scanned invoice {number}, but this role cannot open invoices"
            )
            say(cannot.format(number=number), Tone.ERROR)
            return
        window.show_screen("Invoices")
        ctx, actor = window.ctx, window.ctx.actor
        ctx.runner.submit(
            lambda: read_online_only(ctx, lambda services: services.billing.get(actor, number)),
            screen._show,
            screen.messages.show_error,
            owner=screen,
        )

    return ScanActions(customer, product, invoice, customer_or_product)
