"""Correcting a customer's details: same checks as at registration, nothing lost on a clash."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pos_desktop.bootstrap import Services
from pos_desktop.domain.customer import CustomerInput
from pos_desktop.services.customer_views import CustomerView
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.screens.customer_editor import CustomerEditor
from tests.conftest import Staff
from tests.gui.keyboard import focused, press, show_active, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def register(services: Services, staff: Staff, name: str, email: str) -> CustomerView:
    return services.customers.register(staff.cashier, CustomerInput(name=name, email=email))


def open_editor(qtbot: QtBot, ctx: UiContext, view: CustomerView) -> CustomerEditor:
    editor = CustomerEditor(ctx, view)
    show_active(qtbot, editor)
    qtbot.waitUntil(lambda: focused() is editor.form.name)
    return editor


def test_a_cashier_corrects_a_name_and_adds_a_phone_by_keyboard(
    qtbot: QtBot, cashier_ctx: UiContext, services: Services, staff: Staff
) -> None:
    ada = register(services, staff, "Ada Lovelase", "ada@example.com")
    editor = open_editor(qtbot, cashier_ctx, ada)
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, "Ada Lovelace")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is editor.form.phone
    type_text(qtbot, "030 1234567")
    press(qtbot, Qt.Key.Key_S, CTRL)

    qtbot.waitUntil(lambda: editor.saved is not None)
    stored = services.customers.get(staff.admin, ada.code)
    assert (stored.code, stored.name, stored.phone) == (ada.code, "Ada Lovelace", "+49301234567")


def test_a_bad_email_is_shown_at_its_field_and_nothing_is_saved(
    qtbot: QtBot, cashier_ctx: UiContext, services: Services, staff: Staff
) -> None:
    ada = register(services, staff, "Ada", "ada@example.com")
    editor = open_editor(qtbot, cashier_ctx, ada)
    editor.form.email.setFocus()
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, "ada@")
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert editor.form.notices["email"].text()
    assert focused() is editor.form.email
    assert services.customers.get(staff.admin, ada.code).email == "ada@example.com"


def test_someone_elses_email_needs_save_anyway(
    qtbot: QtBot, cashier_ctx: UiContext, services: Services, staff: Staff
) -> None:
    register(services, staff, "Grace Hopper", "grace@example.com")
    ada = register(services, staff, "Ada", "ada@example.com")
    editor = open_editor(qtbot, cashier_ctx, ada)
    editor.form.email.setFocus()
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, "grace@example.com")
    press(qtbot, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: "Grace Hopper" in editor.messages.text())
    assert services.customers.get(staff.admin, ada.code).email == "ada@example.com"

    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: editor.saved is not None)
    assert services.customers.get(staff.admin, ada.code).email == "grace@example.com"


def test_a_change_saved_meanwhile_elsewhere_is_not_overwritten(
    qtbot: QtBot, cashier_ctx: UiContext, services: Services, staff: Staff
) -> None:
    ada = register(services, staff, "Ada", "ada@example.com")
    editor = open_editor(qtbot, cashier_ctx, ada)
    services.customers.edit(staff.manager, ada.code, {"company": "Analytical Engines"})
    press(qtbot, Qt.Key.Key_End)
    type_text(qtbot, " Lovelace")
    press(qtbot, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: "another terminal" in editor.messages.text())
    assert editor.isVisible() and editor.form.name.text() == "Ada Lovelace"
    assert services.customers.get(staff.admin, ada.code).name == "Ada"


def test_the_editor_shows_and_changes_the_invoice_address(
    qtbot: QtBot, cashier_ctx: UiContext, services: Services, staff: Staff
) -> None:
    zoe = services.customers.register(
        staff.cashier,
        CustomerInput(
            name="Zoé Lefèvre",
            email="zoe@creme.example",
            company="Café Crème SARL",
            street="12 rue de la Paix",
            postcode="75002",
            city="Paris",
            country="FR",
            vat_id="FR40303265045",
        ),
    )
    editor = open_editor(qtbot, cashier_ctx, zoe)
    form = editor.form
    assert (form.street.text(), form.postcode.text(), form.city.text(), form.vat_id.text()) == (
        "12 rue de la Paix",
        "75002",
        "Paris",
        "FR40303265045",
    )
    form.street.setFocus()
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, "1 avenue Foch")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is form.postcode
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, "75116")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is form.vat_id
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, "FR41303265045")  # one digit off
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert "invalid check digit" in form.notices["VAT ID"].text()
    assert services.customers.get(staff.admin, zoe.code).street == "12 rue de la Paix"

    press(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, "FR40303265045")
    press(qtbot, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: editor.saved is not None)
    stored = services.customers.get(staff.admin, zoe.code)
    assert (stored.street, stored.postcode, stored.vat_id) == (
        "1 avenue Foch",
        "75116",
        "FR40303265045",
    )
