"""Users screen: an admin adds, disables, re-enables, promotes and resets a cashier."""

from __future__ import annotations

import pytest
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from pos_desktop.bootstrap import Services
from pos_desktop.domain.errors import AuthenticationFailed
from pos_desktop.domain.roles import Role
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.screens.users import UsersScreen
from tests.conftest import PASSWORD

NEW_PASSWORD = "another long secret"


def open_users(qtbot: QtBot, ctx: UiContext) -> UsersScreen:
    screen = UsersScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    screen.activate()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 3 and not screen.model.loading)
    return screen


def select(qtbot: QtBot, screen: UsersScreen, username: str) -> None:
    qtbot.waitUntil(lambda: not screen.model.loading)
    names = [screen.model.row(i).username for i in range(screen.model.rowCount())]
    screen.table.selectRow(names.index(username))


def wait_done(qtbot: QtBot, screen: UsersScreen, text: str) -> None:
    qtbot.waitUntil(lambda: text in screen.messages.text() and not screen.model.loading)


def test_admin_manages_a_cashier_from_start_to_promotion(
    qtbot: QtBot, admin_ctx: UiContext, services: Services
) -> None:
    screen = open_users(qtbot, admin_ctx)
    QTest.keyClicks(screen.new_username, "Dora")
    QTest.keyClicks(screen.new_name, "Dora Explorer")
    QTest.keyClicks(screen.new_password, PASSWORD)
    QTest.keyClicks(screen.new_password_again, PASSWORD)
    screen.add_user()
    wait_done(qtbot, screen, "dora added as cashier")
    assert screen.model.rowCount() == 4
    assert services.users.login("dora", PASSWORD).role is Role.CASHIER

    select(qtbot, screen, "dora")
    screen.toggle_enabled()
    wait_done(qtbot, screen, "dora disabled")
    with pytest.raises(AuthenticationFailed):
        services.users.login("dora", PASSWORD)

    select(qtbot, screen, "dora")
    screen.toggle_enabled()
    wait_done(qtbot, screen, "dora enabled")
    select(qtbot, screen, "dora")
    QTest.keyClicks(screen.reset_password, NEW_PASSWORD)
    QTest.keyClicks(screen.reset_password_again, NEW_PASSWORD)
    screen.reset()
    wait_done(qtbot, screen, "password of dora reset")
    select(qtbot, screen, "dora")
    screen.role.setCurrentIndex(screen.role.findData(Role.MANAGER))
    screen.set_role()
    wait_done(qtbot, screen, "dora is now manager")
    assert services.users.login("dora", NEW_PASSWORD).role is Role.MANAGER


def test_mismatched_passwords_and_short_ones_add_nobody(
    qtbot: QtBot, admin_ctx: UiContext, services: Services
) -> None:
    screen = open_users(qtbot, admin_ctx)
    QTest.keyClicks(screen.new_username, "eve")
    QTest.keyClicks(screen.new_password, PASSWORD)
    QTest.keyClicks(screen.new_password_again, PASSWORD + "x")
    screen.add_user()
    assert "differ" in screen.messages.text()
    assert (screen.new_password.text(), screen.new_username.text()) == ("", "eve")
    QTest.keyClicks(screen.new_password, "short")
    QTest.keyClicks(screen.new_password_again, "short")
    screen.add_user()
    qtbot.waitUntil(
        lambda: "password" in screen.messages.text() and "differ" not in screen.messages.text()
    )
    assert [u.username for u in services.users.list_users(admin_ctx.actor)].count("eve") == 0


def test_an_admin_cannot_disable_themselves(qtbot: QtBot, admin_ctx: UiContext) -> None:
    screen = open_users(qtbot, admin_ctx)
    select(qtbot, screen, "admin")
    screen.toggle_enabled()
    qtbot.waitUntil(lambda: "yourself" in screen.messages.text())


def test_the_selected_users_box_follows_the_row(qtbot: QtBot, admin_ctx: UiContext) -> None:
    screen = open_users(qtbot, admin_ctx)
    select(qtbot, screen, "maria")
    assert "maria (enabled)" in screen.selected_box.title()
    assert Role(screen.role.currentData()) is Role.MANAGER
    assert screen.enable_button.text() == "Disable"
    select(qtbot, screen, "carl")
    assert Role(screen.role.currentData()) is Role.CASHIER
