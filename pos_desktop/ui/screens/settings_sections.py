"""The Settings screen's sections: one tab each, its fields with their labels and hints.

Labels, hints and the choices a combo box shows are marked for the catalogue in the context
``Settings`` and translated where the screen shows them (``settings.py``), so a field keeps its
English label as its name (the screen's summary after a save and the tests read it). The
scanner's and printer's fields come from their own modules, marked in the same context.
"""

from __future__ import annotations

from dataclasses import dataclass

from pos_desktop.ui.i18n import QT_TRANSLATE_NOOP, tr
from pos_desktop.ui.scanning.scanner_settings import SCANNER_FIELDS
from pos_desktop.ui.theme import THEMES
from pos_desktop.ui.widgets.printer_test import PRINTER_FIELDS


@dataclass(frozen=True)
class FieldSpec:
    key: str
    label: str
    hint: str = ""
    #: For a fixed list: stored value -> what the combo box shows.
    choices: dict[str, str] | None = None


@dataclass(frozen=True)
class Section:
    title: str  # with "&" before its Alt+letter
    fields: tuple[FieldSpec, ...]


SECTIONS: tuple[Section, ...] = (
    Section(
        QT_TRANSLATE_NOOP("Settings", "&Billing"),
        (
            FieldSpec(
                "billing.default_currency",
                QT_TRANSLATE_NOOP("Settings", "Currency"),
                QT_TRANSLATE_NOOP("Settings", "suggested for new exhibitions"),
            ),
            FieldSpec(
                "billing.default_vat_rate",
                QT_TRANSLATE_NOOP("Settings", "Default VAT rate (%)"),
                QT_TRANSLATE_NOOP("Settings", "for new lines"),
            ),
            FieldSpec(
                "billing.prices_include_vat",
                QT_TRANSLATE_NOOP("Settings", "Prices include VAT"),
                QT_TRANSLATE_NOOP("Settings", "typed prices are gross (on) or net (off)"),
            ),
            FieldSpec(
                "billing.require_cash_session",
                QT_TRANSLATE_NOOP("Settings", "Sales need an open cash session"),
                QT_TRANSLATE_NOOP(
                    "Settings", "the till's float counted in (Cash drawer) before the first sale"
                ),
            ),
            FieldSpec(
                "billing.tender_limit_factor",
                QT_TRANSLATE_NOOP("Settings", "Ask about cash above (x due)"),
                QT_TRANSLATE_NOOP(
                    "Settings", "cash over this many times what is due needs a yes from the cashier"
                ),
            ),
            FieldSpec(
                "billing.tender_limit_minimum",
                QT_TRANSLATE_NOOP("Settings", "... but never below"),
                QT_TRANSLATE_NOOP(
                    "Settings", "a 100 note for a coffee is normal: no question up to this amount"
                ),
            ),
        ),
    ),
    Section(
        QT_TRANSLATE_NOOP("Settings", "&Invoices"),
        (
            FieldSpec(
                "pos.terminal",
                QT_TRANSLATE_NOOP("Settings", "Terminal code"),
                QT_TRANSLATE_NOOP(
                    "Settings",
                    "the series in this till's invoice numbers (EXPO-T1-0001); unique per till",
                ),
            ),
            FieldSpec(
                "pos.terminal_name",
                QT_TRANSLATE_NOOP("Settings", "Terminal name"),
                QT_TRANSLATE_NOOP("Settings", "shown at the login"),
            ),
        ),
    ),
    Section(
        QT_TRANSLATE_NOOP("Settings", "&Customers"),
        (
            FieldSpec(
                "customers.default_phone_region",
                QT_TRANSLATE_NOOP("Settings", "Default phone region"),
                QT_TRANSLATE_NOOP(
                    "Settings", "national numbers are read as this country's (DE, AT, US...)"
                ),
            ),
            FieldSpec(
                "customers.email_required",
                QT_TRANSLATE_NOOP("Settings", "Email required at registration"),
            ),
        ),
    ),
    Section(
        QT_TRANSLATE_NOOP("Settings", "S&hop"),
        (
            FieldSpec(
                "shop.name",
                QT_TRANSLATE_NOOP("Settings", "Shop name"),
                QT_TRANSLATE_NOOP(
                    "Settings",
                    "on emails and badges; invoices: the seller's name, else this, else the"
                    " exhibition's",
                ),
            ),
            FieldSpec(
                "shop.footer",
                QT_TRANSLATE_NOOP("Settings", "Invoice footer"),
                QT_TRANSLATE_NOOP("Settings", "bank details, thanks"),
            ),
            FieldSpec(
                "shop.paper",
                QT_TRANSLATE_NOOP("Settings", "Invoice paper"),
                "",
                {"A4": "A4", "Letter": QT_TRANSLATE_NOOP("Settings", "US Letter")},
            ),
        ),
    ),
    Section(
        QT_TRANSLATE_NOOP("Settings", "Se&ller"),
        (
            FieldSpec(
                "seller.name",
                QT_TRANSLATE_NOOP("Settings", "Legal name"),
                QT_TRANSLATE_NOOP("Settings", "on every invoice, receipt and invoice email"),
            ),
            FieldSpec("seller.street", QT_TRANSLATE_NOOP("Settings", "Street")),
            FieldSpec("seller.postcode", QT_TRANSLATE_NOOP("Settings", "Postcode")),
            FieldSpec("seller.city", QT_TRANSLATE_NOOP("Settings", "City")),
            FieldSpec(
                "seller.country",
                QT_TRANSLATE_NOOP("Settings", "Country"),
                QT_TRANSLATE_NOOP("Settings", "ISO code or name (DE, Germany)"),
            ),
            FieldSpec(
                "seller.vat_id",
                QT_TRANSLATE_NOOP("Settings", "VAT ID"),
                QT_TRANSLATE_NOOP(
                    "Settings",
                    "EU VAT ID (DE136695976); with the country it decides who may be reverse"
                    " charged",
                ),
            ),
            FieldSpec(
                "seller.tax_number",
                QT_TRANSLATE_NOOP("Settings", "Tax number"),
                QT_TRANSLATE_NOOP("Settings", "national tax number (Steuernummer)"),
            ),
            FieldSpec(
                "seller.register",
                QT_TRANSLATE_NOOP("Settings", "Register entry"),
                QT_TRANSLATE_NOOP("Settings", "e.g. Amtsgericht Berlin HRB 12345"),
            ),
        ),
    ),
    Section(
        QT_TRANSLATE_NOOP("Settings", "Securit&y"),
        (
            FieldSpec(
                "security.idle_lock_minutes",
                QT_TRANSLATE_NOOP("Settings", "Lock after idle minutes"),
                QT_TRANSLATE_NOOP("Settings", "0 never locks"),
            ),
            FieldSpec(
                "security.max_failed_logins",
                QT_TRANSLATE_NOOP("Settings", "Failed logins before waits"),
                QT_TRANSLATE_NOOP(
                    "Settings", "then each next try of that name waits 1, 2, 4... seconds"
                ),
            ),
            FieldSpec(
                "security.max_login_delay_seconds",
                QT_TRANSLATE_NOOP("Settings", "Longest wait (seconds)"),
                QT_TRANSLATE_NOOP(
                    "Settings", "the most a wrong-password guesser can hold up a real user"
                ),
            ),
        ),
    ),
    Section(
        QT_TRANSLATE_NOOP("Settings", "&Appearance"),
        (
            FieldSpec(
                "ui.theme",
                QT_TRANSLATE_NOOP("Settings", "Theme"),
                QT_TRANSLATE_NOOP("Settings", "light, dark, high contrast, or as the desktop"),
                THEMES,
            ),
            FieldSpec(
                "ui.touch_mode",
                QT_TRANSLATE_NOOP("Settings", "Touch mode"),
                QT_TRANSLATE_NOOP("Settings", "buttons and fields 44 px high, for fingers"),
            ),
            FieldSpec(
                "ui.customer_display",
                QT_TRANSLATE_NOOP("Settings", "Customer display"),
                QT_TRANSLATE_NOOP(
                    "Settings",
                    "open the visitor's screen with the app (Ctrl+Shift+V opens or closes it)",
                ),
            ),
            FieldSpec(
                "ui.customer_display_screen",
                QT_TRANSLATE_NOOP("Settings", "Display on monitor"),
                QT_TRANSLATE_NOOP("Settings", "0 the first, 1 the second"),
            ),
            FieldSpec(
                "ui.customer_display_full_screen",
                QT_TRANSLATE_NOOP("Settings", "Display full screen"),
                QT_TRANSLATE_NOOP("Settings", "on its own monitor"),
            ),
        ),
    ),
    Section(
        QT_TRANSLATE_NOOP("Settings", "E&mail"),
        (
            FieldSpec(
                "smtp.host",
                QT_TRANSLATE_NOOP("Settings", "SMTP server"),
                QT_TRANSLATE_NOOP("Settings", "e.g. smtp.example.org; empty: no emails go out"),
            ),
            FieldSpec(
                "smtp.port",
                QT_TRANSLATE_NOOP("Settings", "Port"),
                QT_TRANSLATE_NOOP("Settings", "587 for STARTTLS, 465 for SSL, 25 plain"),
            ),
            FieldSpec(
                "smtp.security",
                QT_TRANSLATE_NOOP("Settings", "Security"),
                "",
                {
                    "starttls": "STARTTLS",
                    "ssl": "SSL/TLS",
                    "none": QT_TRANSLATE_NOOP("Settings", "None (local relay only)"),
                },
            ),
            FieldSpec(
                "smtp.user",
                QT_TRANSLATE_NOOP("Settings", "User"),
                QT_TRANSLATE_NOOP("Settings", "empty: no login"),
            ),
            FieldSpec(
                "smtp.password",
                QT_TRANSLATE_NOOP("Settings", "Password"),
                QT_TRANSLATE_NOOP("Settings", "kept in the system keyring where there is one"),
            ),
            FieldSpec(
                "smtp.sender",
                QT_TRANSLATE_NOOP("Settings", "Sender address"),
                QT_TRANSLATE_NOOP("Settings", "From: of every customer email"),
            ),
            FieldSpec(
                "email.logo",
                QT_TRANSLATE_NOOP("Settings", "Logo image"),
                QT_TRANSLATE_NOOP("Settings", "PNG or JPEG file shown on top of emails"),
            ),
            FieldSpec(
                "email.max_attempts",
                QT_TRANSLATE_NOOP("Settings", "Delivery attempts"),
                QT_TRANSLATE_NOOP("Settings", "before a message is failed"),
            ),
        ),
    ),
    Section(
        QT_TRANSLATE_NOOP("Settings", "Sca&nner"),
        tuple(FieldSpec(*spec) for spec in SCANNER_FIELDS),
    ),
    Section(
        QT_TRANSLATE_NOOP("Settings", "&Printer"),
        tuple(FieldSpec(*spec) for spec in PRINTER_FIELDS),
    ),
)


def describe_source(source: str) -> str:
    """Where a value comes from, in the UI's language (a variable or option as the service
    names it)."""
    if source == "default":
        return tr("Settings", "default value")
    if source.startswith("file "):
        return tr("Settings", "from the configuration file")
    return source
