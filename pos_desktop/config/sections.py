"""The settings' sections: one typed dataclass per ``[section]``, each key with its default and
the check a value must pass (``metadata["check"]``); :class:`Settings` holds them all and where
each value came from. ``loading.py`` fills them from the file, the environment and the command
line (the package's docstring says in which order).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import platformdirs

from pos_desktop.domain.contact import check_region
from pos_desktop.domain.countries import country_code
from pos_desktop.domain.errors import PosError, ValidationError
from pos_desktop.domain.invoice import TenderLimit, parse_vat_rate
from pos_desktop.domain.journal import (
    parse_account,
    parse_method_accounts,
    parse_month_day,
    parse_rate_accounts,
)
from pos_desktop.domain.languages import parse_language
from pos_desktop.domain.money import validate_currency
from pos_desktop.domain.numbering import terminal_code
from pos_desktop.domain.phrases import say
from pos_desktop.domain.printer import parse_printer_url
from pos_desktop.domain.vat_id import normalize_vat_id

APP_NAME = "pos-desktop"


class ConfigError(PosError):
    """A setting that cannot be used; names the key and where the bad value came from."""


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_config_file() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "config.toml"


def default_log_folder() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def default_database_url() -> str:
    return f"sqlite:///{default_data_dir() / 'pos.sqlite3'}"


def _checked(check: Callable[[Any], Any]) -> dict[str, Any]:
    return {"check": check}


def _one_of(*allowed: str) -> Callable[[str], str]:
    def check(value: str) -> str:
        if value not in allowed:
            raise ValidationError.single(
                "value", say("must be one of {choices}", choices=", ".join(allowed))
            )
        return value

    return check


def _at_least(minimum: int) -> Callable[[int], int]:
    def check(value: int) -> int:
        if value < minimum:
            raise ValidationError.single(
                "value", say("must be at least {minimum}", minimum=minimum)
            )
        return value

    return check


def _printer_url(url: str) -> str:
    """A typo is refused when the setting is read or saved, not at the first sale."""
    if url.strip():
        parse_printer_url(url)
    return url


def _at_least_one(value: Decimal) -> Decimal:
    if value < 1:
        raise ValidationError.single("value", say("must be at least {minimum}", minimum=1))
    return value


def _not_negative(value: Decimal) -> Decimal:
    if value < 0:
        raise ValidationError.single("value", say("must not be negative"))
    return value


@dataclass
class DatabaseSettings:
    url: str = field(default_factory=default_database_url)


@dataclass
class PosSettings:
    """This terminal: its code is part of its invoice numbers, so each till needs its own."""

    terminal: str = field(default="T1", metadata=_checked(terminal_code))
    terminal_name: str = "Till 1"
    #: Exhibition code to sell for; empty means the active exhibition that started last.
    exhibition: str = ""
    #: The stock location this till sells from (tracked products leave it when sold).
    stock_location: str = "BOOTH"
    #: One terminal id, one device: another device may take this terminal id over only once
    #: this one has not renewed its lease for this many minutes (the app renews it every third).
    terminal_lease_minutes: int = field(default=10, metadata=_checked(_at_least(1)))
    #: The file holding this device's random id; empty: ``device-id`` in the data folder.
    device_id_file: str = ""

    @property
    def device_id_path(self) -> Path:
        return (
            Path(self.device_id_file).expanduser()
            if self.device_id_file
            else (default_data_dir() / "device-id")
        )


@dataclass
class BillingSettings:
    prices_include_vat: bool = True
    default_vat_rate: Decimal = field(default=Decimal(20), metadata=_checked(parse_vat_rate))
    default_currency: str = field(default="EUR", metadata=_checked(validate_currency))
    #: Sales need an open cash session on the till (counted float in, Z report out).
    require_cash_session: bool = False
    #: Off: selling more than the till's stock location holds is refused. On: the sale goes
    #: through (a count may be behind) and the level goes below zero until the next count.
    allow_oversell: bool = False
    #: A cashier's refunds of one invoice, together, above this need a manager's approval
    #: (their name and password, in place).
    refund_approval_above: Decimal = field(default=Decimal(50), metadata=_checked(_not_negative))
    #: Also count a cashier's refunds in the till's cash session, together, against that limit.
    refund_approval_per_session: bool = False
    #: The largest line discount a cashier may give (a product sold below its price counts as
    #: a discount of the difference); above it a manager approves in place.
    max_discount_percent: Decimal = field(default=Decimal(10), metadata=_checked(_not_negative))
    #: Cash received above this many times what is due (and above the minimum) must be
    #: confirmed: 100,000,000 handed over for a 5.00 sale is a typo, not a tip.
    tender_limit_factor: Decimal = field(default=Decimal(10), metadata=_checked(_at_least_one))
    tender_limit_minimum: Decimal = field(default=Decimal(500), metadata=_checked(_not_negative))

    @property
    def tender_limit(self) -> TenderLimit:
        return TenderLimit(self.tender_limit_factor, self.tender_limit_minimum)


@dataclass
class CustomerSettings:
    default_phone_region: str = field(default="DE", metadata=_checked(check_region))
    email_required: bool = True


@dataclass
class SecuritySettings:
    #: Failed logins in a row a user name may have before each next try waits (1, 2, 4... s).
    max_failed_logins: int = field(default=5, metadata=_checked(_at_least(1)))
    #: The longest wait: someone guessing at the till delays the real user by this at most.
    max_login_delay_seconds: int = field(default=60, metadata=_checked(_at_least(1)))
    idle_lock_minutes: int = field(default=10, metadata=_checked(_at_least(0)))
    min_password_length: int = field(default=10, metadata=_checked(_at_least(8)))
    #: How long ``pos-desktop login`` lasts before the command line asks again.
    cli_session_hours: int = field(default=12, metadata=_checked(_at_least(1)))


@dataclass
class SmtpSettings:
    host: str = ""
    port: int = 587
    security: str = field(default="starttls", metadata=_checked(_one_of("none", "starttls", "ssl")))
    user: str = ""
    password: str = ""
    sender: str = ""


@dataclass
class EmailSettings:
    """Customer emails (the outbox); the shop's name and footer come from ``[shop]``."""

    #: A PNG or JPEG shown at the top of every email; empty for none.
    logo: str = ""
    #: Delivery attempts before a message is marked failed (8: retried for about an hour).
    max_attempts: int = field(default=8, metadata=_checked(_at_least(1)))


@dataclass
class PrinterSettings:
    url: str = field(default="", metadata=_checked(_printer_url))
    profile: str = "default"
    columns: int = field(default=48, metadata=_checked(_at_least(20)))
    #: Print the receipt after every sale (queued in the sale's transaction).
    auto_print: bool = True
    #: Open the cash drawer (wired to the printer) when a cash sale's receipt prints.
    drawer_kick: bool = False
    timeout_seconds: int = field(default=5, metadata=_checked(_at_least(1)))
    #: Receipt footer lines, separated by ``|`` (the header is the ``[shop]`` section); a logo
    #: image file printed on top (PNG, black on white).
    footer: str = "Thank you for your visit!"
    logo: str = ""


@dataclass
class ShopSettings:
    """The shop as customers see it (emails, badges, the invoice's foot and paper); no name: the
    exhibition's. ``address`` and ``vat_id`` are the older place of the seller's legal data,
    used where ``[seller]`` leaves them empty."""

    name: str = ""
    #: Postal address; ``\n`` or ``;`` separate its lines.
    address: str = ""
    vat_id: str = ""
    #: One line at the foot of every invoice page (bank details, thanks, registry number).
    footer: str = ""
    paper: str = field(default="A4", metadata=_checked(_one_of("A4", "Letter")))


def _country(text: str) -> str:
    return country_code(text, "value") or ""


def _vat_id(text: str) -> str:
    """Checked like a customer's (format and check digits), stored compact: ``DE136695976``."""
    try:
        return normalize_vat_id(text, field="value") or ""
    except ValidationError as err:  # the reason without the value, which the caller names
        message = err.problems[0].message
        raise ValidationError.single("value", message.partition(": ")[2] or message) from None


@dataclass
class SellerSettings:
    """The seller's legal data, printed on every invoice, receipt and invoice email when set
    (EU VAT directive art. 226). Each empty key falls back: the name to ``[shop]``'s and then
    the exhibition's; the address to ``shop.address``; the VAT ID to ``shop.vat_id``."""

    name: str = ""
    street: str = ""
    postcode: str = ""
    city: str = ""
    #: ISO code or name (``DE``, ``Germany``); with the VAT ID it decides which buyers may be
    #: reverse charged (another EU country than this one).
    country: str = field(default="", metadata=_checked(_country))
    vat_id: str = field(default="", metadata=_checked(_vat_id))
    #: The national tax number (German "Steuernummer"), where the VAT ID is not enough.
    tax_number: str = ""
    #: The commercial register entry: ``Amtsgericht Berlin HRB 12345``.
    register: str = ""


@dataclass
class UiSettings:
    #: ``system`` follows the desktop's light/dark choice; the others pin one.
    theme: str = field(
        default="system",
        metadata=_checked(_one_of("system", "light", "dark", "high-contrast")),
    )
    #: A touch screen: buttons, fields and list rows at least 44 px high.
    touch_mode: bool = False
    #: Open the customer display (a window facing the visitor) with the app.
    customer_display: bool = False
    #: The monitor it goes on: 0 the first, 1 the second...; full screen there if asked.
    customer_display_screen: int = field(default=1, metadata=_checked(_at_least(0)))
    customer_display_full_screen: bool = True


@dataclass
class ScannerSettings:
    """Barcode and QR scanners; docs/user-guide.md "Scanners" says how to set one up to match."""

    #: Tell keyboard-wedge scanner bursts from typing and route them (off: keys are just keys).
    keyboard: bool = True
    #: A burst's keys come at most this far apart; people type 80+ ms apart.
    max_key_gap_ms: int = field(default=35, metadata=_checked(_at_least(1)))
    min_length: int = field(default=4, metadata=_checked(_at_least(1)))
    #: What the scanner sends after a code: ``enter``, ``tab``, or ``none`` (a pause ends it).
    terminator: str = field(default="enter", metadata=_checked(_one_of("enter", "tab", "none")))
    #: With ``terminator = "none"``: the pause after the last key that ends the code.
    end_timeout_ms: int = field(default=80, metadata=_checked(_at_least(10)))
    prefix: str = ""
    suffix: str = ""
    #: The same code again within this window counts once (0: every scan counts).
    repeat_window_ms: int = field(default=1500, metadata=_checked(_at_least(0)))
    #: A scan while a dialog is open: ``queue`` it for when it closes, or ``refuse`` it.
    during_dialog: str = field(default="queue", metadata=_checked(_one_of("queue", "refuse")))
    beep: bool = True
    #: Serial scanner: ``/dev/ttyACM0``, ``COM3``; empty for none.
    serial_port: str = ""
    serial_baud: int = field(default=9600, metadata=_checked(_at_least(300)))
    #: Webcam: a camera number (``0``), a device or video file path; empty for none.
    camera: str = ""
    decoder: str = field(default="zxing", metadata=_checked(_one_of("zxing", "zbar", "opencv")))


def _log_level(text: str) -> str:
    """``info`` or ``debug``, in any case (``DEBUG`` is how people write it)."""
    return _one_of("info", "debug")(text.lower())


def _log_folder(text: str) -> str:
    return text or str(default_log_folder())


@dataclass
class LogSettings:
    """The log file (docs/admin-guide.md "Logs"): what to send when something went wrong."""

    #: ``info``: starts, stops, failures; ``debug`` adds the mail server's dialogue and more.
    level: str = field(default="info", metadata=_checked(_log_level))
    #: Where ``pos-desktop.log`` and its older copies are kept; empty: the platform's.
    folder: str = field(
        default_factory=lambda: str(default_log_folder()), metadata=_checked(_log_folder)
    )


def _rate_accounts(text: str) -> str:
    parse_rate_accounts(text)
    return text


def _method_accounts(text: str) -> str:
    parse_method_accounts(text)
    return text


def _account(text: str) -> str:
    return parse_account(text, "account")


def _month_day(text: str) -> str:
    parse_month_day(text)
    return text


@dataclass
class AccountingSettings:
    """Accounts and DATEV numbers of ``export journal``; the defaults are SKR03's."""

    #: Revenue account per VAT rate, ``RATE:ACCOUNT`` (SKR03: 8400 Erlöse 19 % USt, 8300
    #: Erlöse 7 % USt, 8200 Erlöse without VAT); a rate sold without one stops the export.
    revenue_accounts: str = field(
        default="19:8400, 7:8300, 0:8200", metadata=_checked(_rate_accounts)
    )
    #: Account per payment method (SKR03: 1000 Kasse, 1360 Geldtransit for card payments).
    payment_accounts: str = field(
        default="cash:1000, card:1360", metadata=_checked(_method_accounts)
    )
    #: The clearing account between sales and payments (SKR03: 1410 Forderungen aus
    #: Lieferungen und Leistungen ohne Kontokorrent); its balance is what is not paid yet.
    receivables_account: str = field(default="1410", metadata=_checked(_account))
    #: DATEV Beraternummer and Mandantennummer (0: not set; the accountant gives them).
    datev_consultant: int = 0
    datev_client: int = 0
    #: First day of the fiscal year, ``MM-DD``.
    fiscal_year_start: str = field(default="01-01", metadata=_checked(_month_day))
    #: DATEV Sachkontenlänge: digits of every account above.
    account_length: int = field(default=4, metadata=_checked(_at_least(4)))
    #: DATEV Sachkontenrahmen ("03" SKR03, "04" SKR04).
    chart: str = field(default="03", metadata=_checked(_one_of("03", "04")))


@dataclass
class BackupSettings:
    """Automatic backups while the app runs (``pos-desktop backup`` works without them)."""

    #: Where they go: a USB stick or a mounted network share; empty: automatic backups off.
    folder: str = ""
    #: A backup every this many minutes, and one at each Z report.
    interval_minutes: int = field(default=15, metadata=_checked(_at_least(1)))
    #: The newest this many are kept, plus the newest of every day.
    keep: int = field(default=10, metadata=_checked(_at_least(1)))
    #: A file holding the passphrase that encrypts them (first line); empty: not encrypted.
    passphrase_file: str = ""


@dataclass
class WorkshopSettings:
    """Workshops sold at the counter (services/workshops.py)."""

    #: A seat freed for the first on a waitlist is held this long for them, then passes on.
    offer_minutes: int = field(default=30, metadata=_checked(_at_least(1)))
    #: Everyone holding a seat is emailed a reminder this long before the start; 0: none.
    reminder_minutes: int = field(default=60, metadata=_checked(_at_least(0)))
    #: A PNG drawn on the attendance certificates next to the logo; empty: none.
    certificate_signature: str = ""


@dataclass
class OfflineSettings:
    """Selling on when the shared PostgreSQL does not answer (docs/offline-design.md).

    Only a terminal whose database is PostgreSQL keeps an offline journal: an embedded SQLite
    till has no network to lose."""

    enabled: bool = True
    #: Where the journals live (``<folder>/<terminal>.sqlite3``); empty: ``<data>/journal``.
    folder: str = ""
    #: While online with nothing waiting, the app's sync loop refreshes the journal's copy of
    #: the server's rows this often (only what changed), so it is never far behind.
    refresh_seconds: int = field(default=60, metadata=_checked(_at_least(1)))

    def journal_folder(self) -> Path:
        return Path(self.folder).expanduser() if self.folder else default_data_dir() / "journal"


@dataclass
class DocumentSettings:
    """Receipts, invoice PDFs and emails speak their customer's language (docs/translations.md)."""

    #: Theirs for a sale without a customer, or a customer with neither a language nor a
    #: country: a code (de, fr, ...); empty: the exhibition's language.
    language: str = field(default="", metadata=_checked(parse_language))


@dataclass
class Settings:
    database: DatabaseSettings = field(default_factory=DatabaseSettings)
    pos: PosSettings = field(default_factory=PosSettings)
    billing: BillingSettings = field(default_factory=BillingSettings)
    customers: CustomerSettings = field(default_factory=CustomerSettings)
    security: SecuritySettings = field(default_factory=SecuritySettings)
    smtp: SmtpSettings = field(default_factory=SmtpSettings)
    email: EmailSettings = field(default_factory=EmailSettings)
    printer: PrinterSettings = field(default_factory=PrinterSettings)
    shop: ShopSettings = field(default_factory=ShopSettings)
    seller: SellerSettings = field(default_factory=SellerSettings)
    ui: UiSettings = field(default_factory=UiSettings)
    scanner: ScannerSettings = field(default_factory=ScannerSettings)
    accounting: AccountingSettings = field(default_factory=AccountingSettings)
    backup: BackupSettings = field(default_factory=BackupSettings)
    workshops: WorkshopSettings = field(default_factory=WorkshopSettings)
    log: LogSettings = field(default_factory=LogSettings)
    offline: OfflineSettings = field(default_factory=OfflineSettings)
    documents: DocumentSettings = field(default_factory=DocumentSettings)
    #: ``"section.key"`` -> ``"default"``, ``"file <path>"``, ``"env POS_X"`` or ``"command line"``.
    sources: dict[str, str] = field(default_factory=dict, repr=False)
    config_file: Path | None = field(default=None, repr=False)
    warnings: list[str] = field(default_factory=list, repr=False)

    def items(self) -> list[tuple[str, Any, str]]:
        """``(section.key, value, source)`` for every setting, in declaration order."""
        rows = []
        for name in _section_names():
            section = getattr(self, name)
            for f in dataclasses.fields(section):
                key = f"{name}.{f.name}"
                rows.append((key, getattr(section, f.name), self.sources.get(key, "default")))
        return rows


def _section_names() -> list[str]:
    return [f.name for f in dataclasses.fields(Settings) if f.name not in _NOT_SECTIONS]


_NOT_SECTIONS = {"sources", "config_file", "warnings"}
