"""The main window's customer display: its feed and its window (Ctrl+Shift+V).

The feed listens from the start, so a display opened in the middle of a sale shows that sale;
the window is made when first opened and placed on the monitor the settings name.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from pos_desktop.ui.context import UiContext
from pos_desktop.ui.customer_display.feed import DisplayFeed
from pos_desktop.ui.customer_display.window import CustomerDisplay
from pos_desktop.ui.i18n import tr


class DisplayControl:
    def __init__(self, ctx: UiContext, owner: QWidget) -> None:
        services = ctx.services
        self._settings = services.settings
        self._owner = owner
        self.feed = DisplayFeed(services.bus, services.station.terminal_code, owner)
        self.window: CustomerDisplay | None = None
        if self._settings.ui.customer_display:
            self.open()

    @property
    def is_open(self) -> bool:
        return self.window is not None and self.window.isVisible()

    def toggle(self) -> None:
        if self.is_open and self.window is not None:
            self.window.close()
        else:
            self.open()

    def open(self) -> None:
        if self.window is None:
            shop = self._settings.shop.name
            welcome = tr("CustomerDisplay", "Welcome to {venue}").format(venue=shop)
            self.window = CustomerDisplay(
                self.feed,
                welcome=welcome if shop else "",
                logo=self._settings.email.logo,
                parent=self._owner,
            )
        ui = self._settings.ui
        self.window.place(ui.customer_display_screen, full_screen=ui.customer_display_full_screen)

    def close(self) -> None:
        """The main window goes (log out, another user): stop listening, close the display."""
        self.feed.close()
        if self.window is not None:
            self.window.close()
