"""The customer form shows every field of the list, in its order, and gives back what it shows."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QLabel
from pytestqt.qtbot import QtBot

from pos_desktop.config import CustomerSettings
from pos_desktop.domain.customer import CustomerInput, validate_customer
from pos_desktop.ui.widgets.customer_form import CustomerForm

EVERY_FIELD = CustomerInput(
    name="Ada Lovelace",
    email="ada@example.com",
    phone="+49301234567",
    company="Analytical Engines GmbH",
    job_title="Buyer",
    country="DE",
    city="Berlin",
    customer_type="corporate",
    notes="Wants a quote\nby Friday",
    street="Unter den Linden 1",
    postcode="10117",
    vat_id="DE136695976",
    language="fr",
)


def test_the_labels_come_in_the_form_s_order(qtbot: QtBot) -> None:
    form = CustomerForm(CustomerSettings())
    qtbot.addWidget(form)
    grid = form.layout()
    assert isinstance(grid, QGridLayout)

    labels = []
    for row in range(grid.rowCount()):
        item = grid.itemAtPosition(row, 0)
        assert item is not None
        widget = item.widget()
        assert isinstance(widget, QLabel)
        labels.append(widget.text())
    assert labels == [
        "Name", "Email", "Phone", "Company", "Job title", "Country", "Street", "Postcode",
        "City", "VAT ID", "Customer type", "Language", "Notes",
    ]  # fmt: skip


def test_a_loaded_customer_comes_back_as_it_was(qtbot: QtBot) -> None:
    settings = CustomerSettings()
    form = CustomerForm(settings)
    qtbot.addWidget(form)
    stored = validate_customer(EVERY_FIELD, default_region="DE", email_required=True)

    form.load(stored)

    assert form.form_input() == EVERY_FIELD
    assert form.problems == {}
    assert form.touched == set()
    form.clear()
    assert form.form_input() == CustomerInput(name="", customer_type="individual")
