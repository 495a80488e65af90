"""F1: every keyboard shortcut, so a new cashier learns the keyboard-only sale in a minute."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

SHORTCUTS: tuple[tuple[str, str], ...] = (
    ("F1", "This help"),
    ("F4", "Back to the checkout's scan field, from any screen"),
    ("Ctrl+1 ... Ctrl+9, Ctrl+0", "Open the screens listed on the left (Ctrl+0: the tenth)"),
    ("Ctrl+PgDown / Ctrl+PgUp", "Next / previous screen in the list"),
    ("Ctrl+K", "Find a customer by code or name from any screen (Enter sells, Ctrl+E edits)"),
    ("Ctrl+L", "Lock the till now (the same user unlocks; another logs in and takes over)"),
    ("Ctrl+Shift+V", "Open or close the customer display (its monitor: Settings > Appearance)"),
    ("Enter (scan field)", "Customer code: their card; barcode, SKU or product name: add it"),
    ("F3", "New free-text line: description, Tab, amount, Tab, quantity, Tab, VAT %, Enter"),
    ("F8", "Go to the cart's lines (arrows move, F2 edits a cell, Delete removes a line)"),
    (
        "Alt+1 ... Alt+9",
        "Sell the first nine quick keys of the tab on show (tap or click works too)",
    ),
    ("Alt+0", "Go to the quick keys: arrows move, Enter or Space sells the tile"),
    ("Alt+Left / Alt+Right", "Previous / next tab of quick keys (All, the categories, Workshops)"),
    ("F7", "Discount on the whole sale: 10% or an amount, spread over the lines"),
    ("F9", "Walk-in sale: remove the customer from the cart"),
    ("F10", "Park the sale (with an optional note) and start an empty one"),
    ("Shift+F10", "Parked sales of this till: Enter brings one back with its customer"),
    ("F12", "Pay: cash received (Enter), or F6 for card, both for a split payment"),
    ("Enter / Esc (confirmation)", "Save the sale / go back and change it"),
    ("Ctrl+N", "New sale (asks first when the cart has lines)"),
    ("Esc (scan field)", "Clear what was typed"),
    ("Enter (invoice view)", "Done: back to an empty checkout"),
    ("Ctrl+E (invoice view)", "Edit the invoice (managers): F2 edits a cell, Ctrl+S saves"),
    ("Ctrl+P (invoice view)", "Print the receipt again (marked COPY)"),
    ("Ctrl+R (invoice view)", "Refund the invoice, whole or per line (a credit note)"),
    (
        "Ctrl+M (invoice view)",
        "Email the customer again: the invoice, a voided one's void notice; a refunded one "
        "offers its refund notices (Enter sends the latest)",
    ),
    (
        "Alt+N, Ctrl+Shift+D / Ctrl+Shift+S / Ctrl+Shift+C (invoice view)",
        "A refunded invoice's credit notes: pick one / open its PDF / save it / reprint its slip",
    ),
    ("F5 (cash drawer)", "Refresh the X report"),
    (
        "Ctrl+P / Ctrl+D / Ctrl+S (cash drawer)",
        "Print the X or Z report on screen (a Z printed before: COPY) / open its PDF / save it",
    ),
    (
        "Ctrl+Shift+P",
        "Receipts waiting for the printer: Ctrl+R retry, Ctrl+T another printer; one that may "
        "not have printed: Ctrl+P reprint as COPY (drawer stays shut), Ctrl+M mark printed",
    ),
    (
        "Alt+S / Alt+K, Ctrl+R, Del (outbox)",
        "Filter the customer emails by state / kind; retry one; cancel one",
    ),
    ("Ctrl+N / Ctrl+S (products)", "New product / save the product"),
    ("Enter / Del (product barcodes)", "Add the scanned or typed barcode / remove the selected"),
    ("Ctrl+I / Ctrl+E (products)", "Import products from a CSV (checked first) / export as CSV"),
    ("F5 / Ctrl+E (reports)", "Show the period's report / export it as CSV"),
    ("Alt+S / Alt+M (reports)", "Sales / Commission tab (Alt+A there: one cashier or all)"),
    (
        "Ctrl+Shift+E (customers, invoices)",
        "Export the filtered list to CSV or XLSX (managers); again to stop",
    ),
    ("Ctrl+S (settings)", "Save the settings"),
)


def shortcuts_html() -> str:
    rows = "".join(
        f"<tr><td style='padding:2px 16px 2px 0'><b>{key}</b></td><td>{what}</td></tr>"
        for key, what in SHORTCUTS
    )
    return f"<h3>Keyboard shortcuts</h3><table>{rows}</table>"


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(shortcuts_html()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
