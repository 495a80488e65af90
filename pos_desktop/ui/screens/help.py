"""F1: every keyboard shortcut, so a new cashier learns the keyboard-only sale in a minute."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from pos_desktop.ui.i18n import QT_TRANSLATE_NOOP, tr

SHORTCUTS: tuple[tuple[str, str], ...] = (
    (QT_TRANSLATE_NOOP("Help", "F1"), QT_TRANSLATE_NOOP("Help", "This help")),
    (
        QT_TRANSLATE_NOOP("Help", "F4"),
        QT_TRANSLATE_NOOP("Help", "Back to the checkout's scan field, from any screen"),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "Ctrl+1 ... Ctrl+9, Ctrl+0"),
        QT_TRANSLATE_NOOP("Help", "Open the screens listed on the left (Ctrl+0: the tenth)"),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "Ctrl+PgDown / Ctrl+PgUp"),
        QT_TRANSLATE_NOOP("Help", "Next / previous screen in the list"),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "Ctrl+K"),
        QT_TRANSLATE_NOOP(
            "Help", "Find a customer by code or name from any screen (Enter sells, Ctrl+E edits)"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "Ctrl+L"),
        QT_TRANSLATE_NOOP(
            "Help", "Lock the till now (the same user unlocks; another logs in and takes over)"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "Ctrl+Shift+V"),
        QT_TRANSLATE_NOOP(
            "Help", "Open or close the customer display (its monitor: Settings > Appearance)"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "Enter (scan field)"),
        QT_TRANSLATE_NOOP(
            "Help", "Customer code: their card; barcode, SKU or product name: add it"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "F3"),
        QT_TRANSLATE_NOOP(
            "Help", "New free-text line: description, Tab, amount, Tab, quantity, Tab, VAT %, Enter"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "F8"),
        QT_TRANSLATE_NOOP(
            "Help", "Go to the cart's lines (arrows move, F2 edits a cell, Delete removes a line)"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "Alt+1 ... Alt+9"),
        QT_TRANSLATE_NOOP(
            "Help", "Sell the first nine quick keys of the tab on show (tap or click works too)"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "Alt+0"),
        QT_TRANSLATE_NOOP(
            "Help", "Go to the quick keys: arrows move, Enter or Space sells the tile"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "Alt+Left / Alt+Right"),
        QT_TRANSLATE_NOOP(
            "Help", "Previous / next tab of quick keys (All, the categories, Workshops)"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "F7"),
        QT_TRANSLATE_NOOP(
            "Help", "Discount on the whole sale: 10% or an amount, spread over the lines"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "F9"),
        QT_TRANSLATE_NOOP("Help", "Walk-in sale: remove the customer from the cart"),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "F10"),
        QT_TRANSLATE_NOOP("Help", "Park the sale (with an optional note) and start an empty one"),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "Shift+F10"),
        QT_TRANSLATE_NOOP(
            "Help", "Parked sales of this till: Enter brings one back with its customer"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "F12"),
        QT_TRANSLATE_NOOP(
            "Help", "Pay: cash received (Enter), or F6 for card, both for a split payment"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "Enter / Esc (confirmation)"),
        QT_TRANSLATE_NOOP("Help", "Save the sale / go back and change it"),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "Ctrl+N"),
        QT_TRANSLATE_NOOP("Help", "New sale (asks first when the cart has lines)"),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "Esc (scan field)"),
        QT_TRANSLATE_NOOP("Help", "Clear what was typed"),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "Enter (invoice view)"),
        QT_TRANSLATE_NOOP("Help", "Done: back to an empty checkout"),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "Ctrl+E (invoice view)"),
        QT_TRANSLATE_NOOP("Help", "Edit the invoice (managers): F2 edits a cell, Ctrl+S saves"),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "Ctrl+P (invoice view)"),
        QT_TRANSLATE_NOOP("Help", "Print the receipt again (marked COPY)"),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "Ctrl+R (invoice view)"),
        QT_TRANSLATE_NOOP("Help", "Refund the invoice, whole or per line (a credit note)"),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "Ctrl+M (invoice view)"),
        QT_TRANSLATE_NOOP(
            "Help",
            "Email the customer again: the invoice, a voided one's void notice; a refunded one "
            "offers its refund notices (Enter sends the latest)",
        ),
    ),
    (
        QT_TRANSLATE_NOOP(
            "Help", "Alt+N, Ctrl+Shift+D / Ctrl+Shift+S / Ctrl+Shift+C (invoice view)"
        ),
        QT_TRANSLATE_NOOP(
            "Help",
            "A refunded invoice's credit notes: pick one / open its PDF / save it / "
            "reprint its slip",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "F5 (cash drawer)"),
        QT_TRANSLATE_NOOP("Help", "Refresh the X report"),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "Ctrl+P / Ctrl+D / Ctrl+S (cash drawer)"),
        QT_TRANSLATE_NOOP(
            "Help",
            "Print the X or Z report on screen (a Z printed before: COPY) / open its PDF / save it",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "Ctrl+Shift+P"),
        QT_TRANSLATE_NOOP(
            "Help",
            "Receipts waiting for the printer: Ctrl+R retry, Ctrl+T another printer; one that may "
            "not have printed: Ctrl+P reprint as COPY (drawer stays shut), Ctrl+M mark printed",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "Alt+S / Alt+K, Ctrl+R, Del (outbox)"),
        QT_TRANSLATE_NOOP(
            "Help", "Filter the customer emails by state / kind; retry one; cancel one"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "Ctrl+N / Ctrl+S (products)"),
        QT_TRANSLATE_NOOP("Help", "New product / save the product"),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "Enter / Del (product barcodes)"),
        QT_TRANSLATE_NOOP("Help", "Add the scanned or typed barcode / remove the selected"),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "Ctrl+I / Ctrl+E (products)"),
        QT_TRANSLATE_NOOP("Help", "Import products from a CSV (checked first) / export as CSV"),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "F5 / Ctrl+E (reports)"),
        QT_TRANSLATE_NOOP("Help", "Show the period's report / export it as CSV"),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "Alt+S / Alt+M (reports)"),
        QT_TRANSLATE_NOOP("Help", "Sales / Commission tab (Alt+A there: one cashier or all)"),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "Ctrl+Shift+E (customers, invoices)"),
        QT_TRANSLATE_NOOP(
            "Help", "Export the filtered list to CSV or XLSX (managers); again to stop"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "Ctrl+S (settings)"),
        QT_TRANSLATE_NOOP("Help", "Save the settings"),
    ),
)


def shortcuts_html() -> str:
    rows = []
    for key, what in SHORTCUTS:
        keys, does = escape(tr("Help", key)), escape(tr("Help", what))
        rows.append(
            f"<tr><td width='34%' style='padding:2px 16px 2px 0'><b>{keys}</b></td>"
            f"<td>{does}</td></tr>"
        )
    title = escape(tr("Help", "Keyboard shortcuts"))
    return f"<h3>{title}</h3><table width='100%'>{''.join(rows)}</table>"


class HelpDialog(QDialog):
    """Scrolls, and wraps the longer lines: the table at its natural width was wider than a
    1280-pixel screen (in German, than most) and taller than a 700-pixel one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Help", "Keyboard shortcuts"))
        self.resize(900, 600)
        layout = QVBoxLayout(self)
        self.text = QTextBrowser()
        self.text.setHtml(shortcuts_html())
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        # Styled as the default it is: the bold text of ``:default`` alone was cut.
        buttons.button(QDialogButtonBox.StandardButton.Close).setProperty("role", "primary")
        layout.addWidget(buttons)
