"""The welcome email's state in the customers list, and "resend welcome" from the keyboard.

A cashier sees at a glance who has their code by email (sent), who is still waiting
(queued, with the reason) and whose address bounced (failed, with the reason); a visitor who
lost the email gets it again with Ctrl+Shift+W from the list or from the Ctrl+K lookup.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pos_desktop.adapters.smtp_mail import SmtpMailer
from pos_desktop.bootstrap import Services
from pos_desktop.domain.customer import CustomerInput
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.screens.customer_lookup import CustomerLookup
from pos_desktop.ui.screens.customers import COLUMNS, CustomersScreen
from tests.conftest import Staff
from tests.gui.keyboard import press, show_active, type_text
from tests.support.network import closed_port
from tests.support.smtp_server import SmtpServer

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier
STATUS = [c.title for c in COLUMNS].index("Welcome email")


@pytest.fixture
def server(services: Services) -> Iterator[SmtpServer]:
    port = closed_port()
    smtp = services.settings.smtp
    smtp.host, smtp.port, smtp.security, smtp.sender = "127.0.0.1", port, "none", "b@shop.example"
    mailer = services.outbox_sender.mailer
    assert isinstance(mailer, SmtpMailer)
    mailer.timeout = 2.0
    with SmtpServer(port=port) as running:
        yield running


def register(services: Services, staff: Staff, name: str, email: str | None) -> str:
    given = CustomerInput(name=name, email=email) if email else CustomerInput(name=name)
    return services.customers.register(staff.cashier, given).code


def welcomes(services: Services, staff: Staff, code: str) -> int:
    return sum(
        1
        for e in services.outbox.messages(staff.manager)
        if e.kind == "welcome" and e.customer_code == code
    )


def status_cells(screen: CustomersScreen) -> dict[str, str]:
    model = screen.model
    return {model.row(r).name: str(model.index(r, STATUS).data()) for r in range(model.rowCount())}


def test_the_list_shows_sent_queued_failed_and_nothing_for_no_address(
    qtbot: QtBot, cashier_ctx: UiContext, services: Services, staff: Staff, server: SmtpServer
) -> None:
    services.settings.customers.email_required = False
    register(services, staff, "Ada Sent", "ada@example.org")
    server.bouncing.add("bob@example.org")
    register(services, staff, "Bob Bounced", "bob@example.org")
    services.outbox_sender.send_due()
    register(services, staff, "Cleo Queued", "cleo@example.org")
    register(services, staff, "Dan Nomail", None)

    screen = CustomersScreen(cashier_ctx)
    show_active(qtbot, screen, (1200, 600))
    screen.activate()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 4 and not screen.model.loading)
    cells = status_cells(screen)
    assert cells["Ada Sent"] == "sent"
    assert cells["Bob Bounced"].startswith("failed: ") and "bob@example.org" in cells["Bob Bounced"]
    assert cells["Cleo Queued"] == "queued"
    assert cells["Dan Nomail"] == ""


def test_ctrl_shift_w_in_the_list_queues_the_welcome_again(
    qtbot: QtBot, cashier_ctx: UiContext, services: Services, staff: Staff, server: SmtpServer
) -> None:
    code = register(services, staff, "Ada Lovelace", "ada@example.org")
    services.outbox_sender.send_due()
    screen = CustomersScreen(cashier_ctx)
    show_active(qtbot, screen, (1200, 600))
    screen.activate()
    qtbot.waitUntil(screen.search.hasFocus)
    type_text(qtbot, "Ada")
    # The search runs after a typing pause, and clears the message bar: wait for it, or on a
    # loaded machine it may run after Ctrl+Shift+W and wipe the confirmation off the screen.
    qtbot.waitUntil(
        lambda: (
            not screen.typing_pause.isActive()
            and screen.model.rowCount() == 1
            and not screen.model.loading
        )
    )
    assert status_cells(screen) == {"Ada Lovelace": "sent"}
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.card.card is not None)

    press(qtbot, Qt.Key.Key_W, CTRL_SHIFT)

    qtbot.waitUntil(lambda: "queued again" in screen.messages.text())
    assert "ada@example.org" in screen.messages.text()
    assert welcomes(services, staff, code) == 2
    qtbot.waitUntil(lambda: status_cells(screen) == {"Ada Lovelace": "queued"})
    # The card reloads on its own: the one shown before (status "sent") may still be there.
    qtbot.waitUntil(
        lambda: screen.card.card is not None and screen.card.card.email_status == "queued"
    )
    assert services.outbox_sender.send_due().sent == 1
    assert len(server.messages) == 2


def test_ctrl_shift_w_without_a_selection_or_an_address_says_why(
    qtbot: QtBot, cashier_ctx: UiContext, services: Services, staff: Staff
) -> None:
    services.settings.customers.email_required = False
    code = register(services, staff, "Dan Nomail", None)
    screen = CustomersScreen(cashier_ctx)
    show_active(qtbot, screen, (1200, 600))
    screen.activate()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1 and not screen.model.loading)
    press(qtbot, Qt.Key.Key_W, CTRL_SHIFT)
    assert "Select a customer first" in screen.messages.text()

    screen.table.setFocus()
    screen.table.selectRow(0)
    qtbot.waitUntil(lambda: screen.card.card is not None)
    press(qtbot, Qt.Key.Key_W, CTRL_SHIFT)
    qtbot.waitUntil(lambda: "has no email address" in screen.messages.text())
    assert welcomes(services, staff, code) == 0


def test_the_lookup_resends_the_welcome_and_its_card_says_queued(
    qtbot: QtBot, cashier_ctx: UiContext, services: Services, staff: Staff, server: SmtpServer
) -> None:
    code = register(services, staff, "Ada Lovelace", "ada@example.org")
    services.outbox_sender.send_due()
    lookup = CustomerLookup(cashier_ctx)
    show_active(qtbot, lookup)
    qtbot.waitUntil(lookup.code.hasFocus)
    type_text(qtbot, code)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: lookup.card is not None)
    assert lookup.card is not None and lookup.card.email_status == "sent"

    press(qtbot, Qt.Key.Key_W, CTRL_SHIFT)

    qtbot.waitUntil(lambda: "queued again" in lookup.messages.text())
    assert lookup.card is not None and lookup.card.email_status == "queued"
    assert "Welcome email:" in lookup.card_view.label.text()
    assert welcomes(services, staff, code) == 2
    assert lookup.isVisible()  # resending does not sell or close
