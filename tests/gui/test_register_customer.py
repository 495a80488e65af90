"""Registering a visitor with the keyboard alone, against real databases (SQLite, PostgreSQL)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from pos_desktop.bootstrap import Services, build_services
from pos_desktop.config import load_settings
from pos_desktop.domain.codes import CustomerCode
from pos_desktop.domain.contact import normalize_email, normalize_phone
from pos_desktop.domain.customer import CustomerInput, CustomerType
from pos_desktop.domain.errors import FieldProblem, ValidationError
from pos_desktop.services.customer_views import CustomerView
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.screens.register_customer import RegisterCustomerScreen
from pos_desktop.ui.widgets.qr_view import MIN_SIDE, QrView
from tests.conftest import Staff
from tests.gui.keyboard import focused, show_active
from tests.support.databases import Outage

CTRL = Qt.KeyboardModifier.ControlModifier
#: Nothing listens on port 1: connecting is refused at once, every time.
UNREACHABLE_URL = "postgresql://postgres@127.0.0.1:1/x"


def key_target(qtbot: QtBot) -> QWidget:
    """Where a real keyboard's keys go: an open popup (the country list) first, as in Qt."""
    qtbot.waitUntil(lambda: focused() is not None)
    widget = QApplication.activePopupWidget() or focused()
    assert widget is not None
    return widget


def type_text(qtbot: QtBot, text: str) -> None:
    for char in text:  # one by one: the popup may open after the first letter
        QTest.keyClicks(key_target(qtbot), char)


def press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    QTest.keyClick(key_target(qtbot), key, modifier)


def popup_closed(qtbot: QtBot, screen: RegisterCustomerScreen) -> None:
    """Wait for the country popup to close and give the window back its activation.

    A window manager does that; the offscreen platform activates the popup late and leaves it
    "active" once hidden, and focus changes in an inactive window never reach
    ``QApplication.focusWidget()``.
    """
    qtbot.waitUntil(lambda: not screen.country.popup_visible())
    QApplication.processEvents()  # delivers the popup's late activation first
    screen.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen)


def open_screen(qtbot: QtBot, ctx: UiContext) -> RegisterCustomerScreen:
    screen = RegisterCustomerScreen(ctx)
    show_active(qtbot, screen, (1100, 760))
    screen.activate()
    qtbot.waitUntil(lambda: focused() is screen.name)
    return screen


def type_fields(qtbot: QtBot, *values: str) -> None:
    """Type each value into the focused field and Tab on to the next one."""
    for value in values:
        type_text(qtbot, value)
        press(qtbot, Qt.Key.Key_Tab)


def stored_with_email(services: Services, staff: Staff, email: str) -> list[CustomerView]:
    return [c for c in services.customers.search(staff.admin, email) if c.email == email]


def decode_shown_qr(view: QrView) -> list[str]:
    """Decode what the label paints: QPixmap -> QImage -> bytes -> PIL -> zxing."""
    image = view.pixmap().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    size = (image.width(), image.height())
    pil = Image.frombytes("L", size, bytes(image.constBits()), "raw", "L", image.bytesPerLine())
    return [found.text for found in zxingcpp.read_barcodes(pil)]


def test_a_customer_typed_by_keyboard_is_stored_and_gets_code_and_qr(
    qtbot: QtBot, cashier_ctx: UiContext, services: Services, staff: Staff
) -> None:
    screen = open_screen(qtbot, cashier_ctx)
    assert not screen.save_button.isEnabled()  # name and email are still missing

    type_fields(qtbot, "Anna Schmidt", "anna@example.org", "030 1234567", "Acme GmbH", "Buyer")
    assert focused() is screen.country
    type_text(qtbot, "germ")  # type-to-search: the popup offers "Germany (DE)"
    qtbot.waitUntil(screen.country.popup_visible)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)  # picks it
    popup_closed(qtbot, screen)
    assert screen.country.code() == "DE"
    press(qtbot, Qt.Key.Key_Return)  # Enter moves on, like Tab
    assert focused() is screen.street
    type_fields(qtbot, "Hauptstraße 5", "10115")
    assert focused() is screen.city
    type_fields(qtbot, "Berlin", "136 695 976")  # the VAT ID takes the country's prefix
    press(qtbot, Qt.Key.Key_Down)  # customer type: individual -> corporate
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is screen.form.language  # receipts, invoices, emails: from the country ...
    assert screen.form.language.currentData() == ""
    press(qtbot, Qt.Key.Key_End)  # ... or Polski, the last of the list
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is screen.notes
    type_text(qtbot, "Wants the catalogue")

    qtbot.waitUntil(screen.save_button.isEnabled)
    assert screen.notices["phone"].text() == "✓ +49 30 1234567"  # the E.164 number, grouped
    with qtbot.waitSignal(screen.registered) as saved:
        press(qtbot, Qt.Key.Key_S, CTRL)
    view: CustomerView = saved.args[0]

    stored = services.customers.get(staff.admin, view.code)
    assert (stored.name, stored.email, stored.phone) == (
        "Anna Schmidt",
        "anna@example.org",
        "+49301234567",
    )
    assert (stored.company, stored.job_title, stored.country, stored.city) == (
        "Acme GmbH",
        "Buyer",
        "DE",
        "Berlin",
    )
    assert (stored.street, stored.postcode, stored.vat_id) == (
        "Hauptstraße 5",
        "10115",
        "DE136695976",
    )
    assert (stored.customer_type, stored.notes) == (CustomerType.CORPORATE, "Wants the catalogue")
    assert stored.language == "pl"
    assert stored.registered_by == staff.cashier.label

    assert screen.pages.currentWidget() is screen.result
    assert screen.card.code.text() == CustomerCode(view.code).display
    qtbot.waitUntil(screen.card.qr.has_qr)
    shown = screen.card.qr.pixmap()
    assert min(shown.width(), shown.height()) >= MIN_SIDE
    assert decode_shown_qr(screen.card.qr) == [view.code]
    assert focused() is screen.another_button

    press(qtbot, Qt.Key.Key_Return)  # register another
    assert screen.pages.currentWidget() is screen.form_page
    assert focused() is screen.name
    assert (screen.name.text(), screen.email.text(), screen.country.code()) == ("", "", "")
    assert screen.notes.toPlainText() == ""
    assert screen.notices["name"].text() == ""  # a fresh form is not scolded
    assert not screen.save_button.isEnabled()


def test_enter_walks_the_fields_reads_the_phone_in_the_country_and_saves_from_the_vat_id(
    qtbot: QtBot, cashier_ctx: UiContext, services: Services, staff: Staff
) -> None:
    screen = open_screen(qtbot, cashier_ctx)
    for value in ("Luca Rossi", "luca@example.ch", "044 668 18 00", "", ""):
        type_text(qtbot, value)
        press(qtbot, Qt.Key.Key_Return)  # Enter walks the fields like Tab
    assert focused() is screen.country
    type_text(qtbot, "schweiz")  # a spelling the list does not hold, resolved when leaving
    popup_closed(qtbot, screen)  # nothing in the list contains it
    press(qtbot, Qt.Key.Key_Tab)
    assert screen.country.currentText() == "Switzerland (CH)"
    qtbot.waitUntil(lambda: screen.notices["phone"].text() == "✓ +41 44 668 18 00")
    assert focused() is screen.street
    for _ in range(3):  # street, postcode, city: Enter walks on
        press(qtbot, Qt.Key.Key_Return)
    assert focused() is screen.vat_id
    with qtbot.waitSignal(screen.registered) as saved:
        press(qtbot, Qt.Key.Key_Return)  # the last one-line field saves
    view: CustomerView = saved.args[0]
    assert (view.phone, view.country) == ("+41446681800", "CH")
    assert stored_with_email(services, staff, "luca@example.ch") == [view]

    press(qtbot, Qt.Key.Key_N, CTRL)  # before the QR is even drawn: it is dropped
    assert screen.pages.currentWidget() is screen.form_page
    assert focused() is screen.name
    qtbot.waitUntil(lambda: not cashier_ctx.runner.busy)
    assert not screen.card.qr.has_qr()


def test_invalid_email_and_phone_are_shown_and_nothing_is_saved(
    qtbot: QtBot, cashier_ctx: UiContext, services: Services, staff: Staff
) -> None:
    screen = open_screen(qtbot, cashier_ctx)
    type_fields(qtbot, "Anna Schmidt", "anna@@example", "12345")

    qtbot.waitUntil(lambda: bool(screen.notices["phone"].text()))
    checks: list[tuple[str, Callable[[], str | None]]] = [
        ("email", lambda: normalize_email("anna@@example")),
        ("phone", lambda: normalize_phone("12345", "DE")),
    ]
    for field, check in checks:
        with pytest.raises(ValidationError) as refused:
            check()
        # The screen shows the domain's own words: one rule, no copy of it in the UI.
        assert refused.value.problems[0].message in screen.notices[field].text()
    assert screen.notices["name"].text() == ""
    assert not screen.save_button.isEnabled()
    assert screen.save_hint.text() == "To save, complete or correct: Email, Phone"  # as labelled

    press(qtbot, Qt.Key.Key_S, CTRL)
    assert focused() is screen.email  # the first field to fix
    assert not cashier_ctx.runner.busy
    assert services.customers.search(staff.admin, "Anna") == []

    screen.email.selectAll()
    type_text(qtbot, "anna@example.org")
    qtbot.waitUntil(lambda: screen.notices["email"].text() == "")
    assert not screen.save_button.isEnabled()  # the phone is still wrong


def test_a_known_email_shows_who_has_it_and_registers_only_when_asked(
    qtbot: QtBot, cashier_ctx: UiContext, services: Services, staff: Staff
) -> None:
    first = services.customers.register(
        staff.cashier, CustomerInput(name="Anna Schmidt", email="anna@example.org")
    )
    screen = open_screen(qtbot, cashier_ctx)
    type_fields(qtbot, "Anna Schmidt-Berg", "ANNA@example.org")
    qtbot.waitUntil(screen.save_button.isEnabled)
    press(qtbot, Qt.Key.Key_S, CTRL)

    qtbot.waitUntil(screen.duplicate_box.isVisible)
    text = screen.duplicate_label.text()
    assert "Anna Schmidt" in text and CustomerCode(first.code).display in text
    assert focused() is screen.email
    assert screen.pages.currentWidget() is screen.form_page
    assert stored_with_email(services, staff, "anna@example.org") == [first]

    with qtbot.waitSignal(screen.registered) as saved:
        press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # "Register anyway"
    second: CustomerView = saved.args[0]
    assert second.code != first.code and second.name == "Anna Schmidt-Berg"
    qtbot.waitUntil(screen.card.qr.has_qr)  # no QR job may outlive the test's widgets
    assert {c.code for c in services.customers.search(staff.admin, "example.org")} == {
        first.code,
        second.code,
    }


def typed_form(screen: RegisterCustomerScreen) -> tuple[str, ...]:
    return (
        screen.name.text(),
        screen.email.text(),
        screen.phone.text(),
        screen.company.text(),
        screen.notes.toPlainText(),
    )


def fill_and_fail(qtbot: QtBot, screen: RegisterCustomerScreen) -> tuple[str, ...]:
    type_fields(qtbot, "Bea Kim", "bea@example.kr", "+82 2 312 3456", "Kim Ltd")
    for _ in range(8):  # job title, country, street, postcode, city, VAT ID, type, language
        press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Call back")
    press(qtbot, Qt.Key.Key_Return)  # a new line in the notes, not a save
    type_text(qtbot, "after the talk")
    typed = typed_form(screen)
    qtbot.waitUntil(screen.save_button.isEnabled)
    press(qtbot, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: not screen.saving)
    assert "cannot be reached" in screen.messages.text()
    assert "form is kept" in screen.messages.text()
    assert screen.pages.currentWidget() is screen.form_page
    assert typed_form(screen) == typed
    assert focused() is screen.notes  # where the cashier was
    assert screen.save_button.isEnabled()
    return typed


def save_again(qtbot: QtBot, screen: RegisterCustomerScreen, typed: tuple[str, ...]) -> None:
    with qtbot.waitSignal(screen.registered) as saved:
        press(qtbot, Qt.Key.Key_S, CTRL)
    view: CustomerView = saved.args[0]
    assert (view.name, view.email, view.phone, view.company, view.notes) == (
        "Bea Kim",
        "bea@example.kr",
        "+8223123456",
        "Kim Ltd",
        "Call back\nafter the talk",
    )
    assert typed[0] == view.name
    qtbot.waitUntil(screen.card.qr.has_qr)


@pytest.fixture
def unreachable_services(empty_config: Path) -> Iterator[Services]:
    environ = {"POS_DATABASE_URL": UNREACHABLE_URL, "POS_CONFIG": str(empty_config)}
    built = build_services(load_settings(environ=environ))
    yield built
    built.close()


def test_an_unreachable_database_keeps_the_typed_form(
    qtbot: QtBot,
    cashier_ctx: UiContext,
    services: Services,
    staff: Staff,
    unreachable_services: Services,
) -> None:
    cashier_ctx.services = unreachable_services  # the database server is gone
    screen = open_screen(qtbot, cashier_ctx)
    typed = fill_and_fail(qtbot, screen)
    assert stored_with_email(services, staff, "bea@example.kr") == []

    cashier_ctx.services = services  # ... and back: Ctrl+S again, nothing retyped
    save_again(qtbot, screen, typed)


@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_a_postgresql_outage_keeps_the_typed_form(
    qtbot: QtBot, cashier_ctx: UiContext, services: Services, staff: Staff
) -> None:
    screen = open_screen(qtbot, cashier_ctx)
    with Outage(services.db.url):
        typed = fill_and_fail(qtbot, screen)
    save_again(qtbot, screen, typed)
    assert len(stored_with_email(services, staff, "bea@example.kr")) == 1


def test_problems_the_service_reports_land_next_to_their_fields(
    qtbot: QtBot, cashier_ctx: UiContext
) -> None:
    """The service runs the same checks, so this path is for rules only it can apply."""
    screen = open_screen(qtbot, cashier_ctx)
    type_fields(qtbot, "Anna Schmidt", "anna@example.org")
    screen.show_problems(
        [FieldProblem("email", "is blocked at this booth"), FieldProblem("badge", "is missing")]
    )
    assert screen.notices["email"].text() == "Email is blocked at this booth"
    assert screen.messages.text() == "badge: is missing"  # no field for it: the message bar
    assert focused() is screen.email


def test_a_bad_vat_id_is_shown_at_its_field_with_the_reason(
    qtbot: QtBot, cashier_ctx: UiContext, services: Services, staff: Staff
) -> None:
    screen = open_screen(qtbot, cashier_ctx)
    type_fields(qtbot, "Hans Meier", "hans@example.de")
    screen.vat_id.setFocus()
    type_text(qtbot, "DE136695977")
    qtbot.waitUntil(lambda: bool(screen.notices["VAT ID"].text()))
    assert "invalid check digit" in screen.notices["VAT ID"].text()
    assert not screen.save_button.isEnabled()
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert focused() is screen.vat_id
    assert services.customers.search(staff.admin, "Meier") == []

    screen.vat_id.selectAll()
    type_text(qtbot, "DE136695976")
    qtbot.waitUntil(lambda: screen.notices["VAT ID"].text() == "")
    with qtbot.waitSignal(screen.registered) as saved:
        press(qtbot, Qt.Key.Key_S, CTRL)
    assert saved.args[0].vat_id == "DE136695976"
