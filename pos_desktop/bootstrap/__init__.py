"""Composition root: settings in, wired services out.

The CLI, the Qt app and the tests all build their services here, swapping parts through
keyword arguments (a fake clock, cheaper password hashing, a code generator that collides).
Nothing looks services up globally; front ends receive this object and pass it on.

Each service is built, and its module imported, when first used: ``customer show`` pays for
the customers and nothing else (not for ReportLab, python-escpos, Alembic...), and the app
reaches its login window before the rest of the shop is loaded.

What the actions cause is wired here too, once: the handlers and listeners of the domain
events (``services/events.py``, ``services/messagebus.py``). ``book_keeping`` is what every
sale must do (stock, running totals), ``notifications`` what this till does for the people
around it (receipts, slips and Z reports on its printer, the customer's emails); both are in
``event_wiring.py``. They are registered at once, in a fixed order, but their modules load with
the first event.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from argon2 import PasswordHasher

from pos_desktop.bootstrap.event_wiring import book_keeping, notifications
from pos_desktop.bootstrap.loops import BackgroundLoops
from pos_desktop.bootstrap.offline import OfflineTill, journal_wanted
from pos_desktop.bootstrap.offline_mirror import mirror_listeners
from pos_desktop.config import Settings
from pos_desktop.domain.clock import Clock, SystemClock
from pos_desktop.domain.codes import CustomerCode
from pos_desktop.services.messagebus import MessageBus
from pos_desktop.services.on_demand import built_once
from pos_desktop.services.station import StationResolver
from pos_desktop.storage.uow import Database

__all__ = ["Services", "book_keeping", "build_services", "notifications"]

if TYPE_CHECKING:
    from pos_desktop.services.action_keys import ActionKeyService
    from pos_desktop.services.approvals import ApprovalGate
    from pos_desktop.services.audit import AuditService
    from pos_desktop.services.backup import AutomaticBackups, BackupService
    from pos_desktop.services.cash_sessions import CashSessionService
    from pos_desktop.services.cli_sessions import CliSessions
    from pos_desktop.services.commission import CommissionService
    from pos_desktop.services.credit_notes import CreditNoteDocuments
    from pos_desktop.services.customer_import import CustomerImportService
    from pos_desktop.services.customers import CustomerService
    from pos_desktop.services.dashboard import DashboardService
    from pos_desktop.services.database_admin import DatabaseAdmin
    from pos_desktop.services.demo_data import DemoDataService
    from pos_desktop.services.documents import DocumentService
    from pos_desktop.services.exhibitions import ExhibitionService
    from pos_desktop.services.exports import ExportService
    from pos_desktop.services.journal import JournalService
    from pos_desktop.services.outbox import OutboxParts, OutboxSender, OutboxService
    from pos_desktop.services.parked_sales import ParkedSales
    from pos_desktop.services.printing import PrintService
    from pos_desktop.services.product_files import ProductFiles
    from pos_desktop.services.products import ProductService
    from pos_desktop.services.quick_keys import QuickKeyService
    from pos_desktop.services.refunds import RefundService
    from pos_desktop.services.reports import ReportService
    from pos_desktop.services.sale_items import SaleItems
    from pos_desktop.services.sales import BillingService
    from pos_desktop.services.settings_admin import SettingsAdmin
    from pos_desktop.services.setup import SetupService
    from pos_desktop.services.smtp_credentials import SmtpCredentials
    from pos_desktop.services.stock import StockService
    from pos_desktop.services.terminal_lease import TerminalLeases
    from pos_desktop.services.transfers import TransferService
    from pos_desktop.services.users import UserService
    from pos_desktop.services.workshops import WorkshopService


class Services(BackgroundLoops):
    """The wired services; each built on first use (and then kept, one per ``Services``)."""

    #: How often the print and mail loops look for work when nothing woke them (what failed
    #: before is tried again then).
    print_round_seconds: float = 5.0
    mail_round_seconds: float = 10.0

    def __init__(
        self,
        settings: Settings,
        db: Database,
        clock: Clock,
        station: StationResolver,
        bus: MessageBus,
        *,
        hasher: PasswordHasher | None = None,
        new_code: Callable[[], CustomerCode] | None = None,
    ) -> None:
        self.settings = settings
        self.db = db
        self.clock = clock
        self.station = station
        #: The actions' events: register a handler or listener here for a new side effect.
        self.bus = bus
        self._hasher = hasher
        self._new_code = new_code or CustomerCode.generate
        #: Held while a service is built (building one may build others: reentrant).
        self._building = threading.RLock()

    @built_once
    def users(self) -> UserService:
        from pos_desktop.services.users import UserService  # noqa: PLC0415 - lazy

        hasher = self._hasher or PasswordHasher()
        s = self.settings
        return UserService(self.db, self.clock, hasher, s.security, s.pos.terminal)

    @built_once
    def _approvals(self) -> ApprovalGate:
        """One gate for sales and refunds."""
        from pos_desktop.services.approvals import ApprovalGate  # noqa: PLC0415 - lazy

        return ApprovalGate(self.db, self.clock, self.users, self.settings.pos.terminal)

    @built_once
    def customers(self) -> CustomerService:
        from pos_desktop.services.customers import CustomerService  # noqa: PLC0415 - lazy

        return CustomerService(
            self.db, self.clock, self.settings.customers, self.station, self._new_code
        )

    @built_once
    def billing(self) -> BillingService:
        from pos_desktop.services.sales import BillingService  # noqa: PLC0415 - lazy

        return BillingService(
            self.db,
            self.clock,
            self.settings.billing,
            self.station,
            approvals=self._approvals,
            seller=self.settings.seller,
        )

    @built_once
    def products(self) -> ProductService:
        from pos_desktop.services.products import ProductService  # noqa: PLC0415 - lazy

        return ProductService(self.db, self.clock, self.station)

    @built_once
    def quick_keys(self) -> QuickKeyService:
        from pos_desktop.services.quick_keys import QuickKeyService  # noqa: PLC0415 - lazy

        return QuickKeyService(self.db, self.clock, self.station)

    @built_once
    def product_files(self) -> ProductFiles:
        from pos_desktop.adapters.local_tables import LocalTableFiles  # noqa: PLC0415 - lazy
        from pos_desktop.services.product_files import ProductFiles  # noqa: PLC0415

        return ProductFiles(
            self.db, self.clock, self.station, self.products, tables=LocalTableFiles()
        )

    @built_once
    def exhibitions(self) -> ExhibitionService:
        from pos_desktop.services.exhibitions import ExhibitionService  # noqa: PLC0415 - lazy

        return ExhibitionService(self.db, self.clock)

    @built_once
    def audit(self) -> AuditService:
        from pos_desktop.services.audit import AuditService  # noqa: PLC0415 - lazy

        return AuditService(self.db, self.clock)

    @built_once
    def setup(self) -> SetupService:
        from pos_desktop.services.setup import SetupService  # noqa: PLC0415 - lazy

        return SetupService(self.db, self.clock, self.users)

    @built_once
    def dashboard(self) -> DashboardService:
        from pos_desktop.services.dashboard import DashboardService  # noqa: PLC0415 - lazy

        return DashboardService(self.db, self.clock, self.station)

    @built_once
    def documents(self) -> DocumentService:
        from pos_desktop.services.documents import DocumentService  # noqa: PLC0415 - lazy

        s = self.settings
        return DocumentService(self.db, s.shop, self.station, s.seller, s.documents)

    @built_once
    def credit_notes(self) -> CreditNoteDocuments:
        """Credit notes as documents: the PDF, the list of an invoice's credit notes."""
        from pos_desktop.services.credit_notes import CreditNoteDocuments  # noqa: PLC0415

        return CreditNoteDocuments(
            self.db, self.settings.shop, self.settings.seller, self.settings.documents
        )

    @built_once
    def settings_admin(self) -> SettingsAdmin:
        from pos_desktop.services.settings_admin import SettingsAdmin  # noqa: PLC0415 - lazy

        return SettingsAdmin(self.db, self.clock, self.settings)

    @built_once
    def reports(self) -> ReportService:
        from pos_desktop.services.reports import ReportService  # noqa: PLC0415 - lazy

        return ReportService(self.db, self.station)

    @built_once
    def workshops(self) -> WorkshopService:
        """Workshops: set-up, waitlist, the door; their seats are sold by ``billing``."""
        from pos_desktop.services.workshops import WorkshopService  # noqa: PLC0415 - lazy

        s = self.settings
        return WorkshopService(
            self.db,
            self.clock,
            self.station,
            s.workshops,
            shop=s.shop.name,
            logo=s.email.logo,
            documents=s.documents,
        )

    @built_once
    def sale_items(self) -> SaleItems:
        """What a scanned or typed code sells: a product, else a workshop's seats."""
        from pos_desktop.services.sale_items import SaleItems  # noqa: PLC0415 - lazy

        return SaleItems(self.products, self.workshops)

    @built_once
    def _mail(self) -> OutboxParts:
        """The outbox's writer, service and sender, wired alike for every front end; SMTP
        and the email templates are the adapters."""
        from pos_desktop.adapters.email_templates import EmailTemplates  # noqa: PLC0415 - lazy
        from pos_desktop.adapters.smtp_transport import SmtpTransport  # noqa: PLC0415
        from pos_desktop.services.outbox import build_outbox  # noqa: PLC0415

        return build_outbox(
            self.settings,
            self.db,
            self.clock,
            transport=SmtpTransport(),
            templates=EmailTemplates(),
            # Lambdas, so the document services (and ReportLab) load with the first PDF.
            invoice_pdf=lambda number: self.documents.render_invoice_pdf(number),  # noqa: PLW0108
            badge_pdf=lambda code: self.documents.render_badge_pdf(code),  # noqa: PLW0108
            credit_note_pdf=lambda number: self.credit_notes.render_pdf(number),  # noqa: PLW0108
            certificate_pdf=lambda key: self.workshops.render_certificate_pdf(key),  # noqa: PLW0108
        )

    @built_once
    def outbox(self) -> OutboxService:
        return self._mail.service

    @built_once
    def outbox_sender(self) -> OutboxSender:
        return self._mail.sender

    @built_once
    def cash_sessions(self) -> CashSessionService:
        from pos_desktop.services.cash_sessions import CashSessionService  # noqa: PLC0415

        return CashSessionService(self.db, self.clock, self.station, shop=self.settings.shop)

    @built_once
    def stock(self) -> StockService:
        from pos_desktop.services.stock import StockService  # noqa: PLC0415 - lazy

        return StockService(self.db, self.clock, self.station)

    @built_once
    def refunds(self) -> RefundService:
        from pos_desktop.services.refunds import RefundService  # noqa: PLC0415 - lazy

        return RefundService(
            self.db, self.clock, self.settings.billing, self.station, approvals=self._approvals
        )

    @built_once
    def transfers(self) -> TransferService:
        from pos_desktop.services.transfers import TransferService  # noqa: PLC0415 - lazy

        return TransferService(self.db, self.clock, self.station)

    @built_once
    def commission(self) -> CommissionService:
        from pos_desktop.services.commission import CommissionService  # noqa: PLC0415 - lazy

        return CommissionService(self.db, self.clock, self.station)

    @built_once
    def printing(self) -> PrintService:
        """The print queue and this till's printer (``printer.columns`` set: it wins over
        the profile's width)."""
        from pos_desktop.adapters.printing.connection import printer_connector  # noqa: PLC0415
        from pos_desktop.services.printing import PrintService  # noqa: PLC0415 - lazy

        return PrintService(
            self.db,
            self.clock,
            self.settings.printer,
            self.settings.shop,
            self.station,
            connect=printer_connector(self.settings.printer),
            columns_from_profile=lambda: "printer.columns" not in self.settings.sources,
            seller=self.settings.seller,
            documents=self.settings.documents,
        )

    @built_once
    def smtp_credentials(self) -> SmtpCredentials:
        """Saving settings with the SMTP password in the keyring where one works."""
        from pos_desktop.adapters.smtp_password import store_password  # noqa: PLC0415 - lazy
        from pos_desktop.services.smtp_credentials import SmtpCredentials  # noqa: PLC0415

        return SmtpCredentials(self.settings_admin, self.settings, store_password)

    @built_once
    def action_keys(self) -> ActionKeyService:
        """Whether an action with a given idempotency key committed (after ``InDoubt``)."""
        from pos_desktop.services.action_keys import ActionKeyService  # noqa: PLC0415 - lazy

        return ActionKeyService(self.db)

    @built_once
    def customer_import(self) -> CustomerImportService:
        """Built from the services above (its new customers get their codes from ``customers``)."""
        from pos_desktop.adapters.local_tables import LocalTableFiles  # noqa: PLC0415 - lazy
        from pos_desktop.services.customer_import import (  # noqa: PLC0415
            CustomerImportService,
        )

        return CustomerImportService(
            self.db,
            self.clock,
            self.settings.customers,
            self.station,
            self.customers,
            tables=LocalTableFiles(),
        )

    @built_once
    def exports(self) -> ExportService:
        from pos_desktop.adapters.local_tables import LocalTableFiles  # noqa: PLC0415 - lazy
        from pos_desktop.services.exports import ExportService  # noqa: PLC0415

        return ExportService(
            self.customers,
            self.billing,
            self.db,
            self.clock,
            self.station,
            tables=LocalTableFiles(),
        )

    @built_once
    def demo_data(self) -> DemoDataService:
        """Realistic customers, products and sales for trying the app (``demo-data``, first
        start). Faker takes a while to load."""
        from pos_desktop.services.demo_data import DemoDataService  # noqa: PLC0415 - see above

        # Made-up sales keep stock and totals, but print nothing and email no one.
        quiet = MessageBus()
        book_keeping(quiet, self.station, self.settings)
        return DemoDataService(self.db.with_bus(quiet), self.settings, self.station, self.clock)

    @built_once
    def cli_sessions(self) -> CliSessions:
        """Who is at the command line: ``pos-desktop login`` tokens, one-command logins."""
        from pos_desktop.services.cli_sessions import CliSessions  # noqa: PLC0415 - lazy

        return CliSessions(
            self.db, self.clock, self.users, self.settings.security, self.settings.pos.terminal
        )

    @built_once
    def parked_sales(self) -> ParkedSales:
        """Carts parked at this terminal's checkout (F10) and recalled later."""
        from pos_desktop.services.parked_sales import ParkedSales  # noqa: PLC0415 - lazy

        return ParkedSales(self.db, self.clock, self.settings.pos.terminal)

    @built_once
    def database_admin(self) -> DatabaseAdmin:
        """The database's schema state, upgrade and first start, for both front ends."""
        from pos_desktop.services.database_admin import DatabaseAdmin  # noqa: PLC0415 - lazy

        return DatabaseAdmin(self.db, self.setup, self.users, lambda: self.demo_data)

    @built_once
    def journal(self) -> JournalService:
        """The accounting journal (``export journal``), with the ``[accounting]`` accounts."""
        from pos_desktop.adapters.file_output import write_private  # noqa: PLC0415 - lazy
        from pos_desktop.services.journal import JournalService  # noqa: PLC0415

        return JournalService(
            self.db, self.clock, self.station, self.settings.accounting, write_whole=write_private
        )

    @built_once
    def backups(self) -> BackupService:
        """``backup`` and ``restore``: files owner-only, PostgreSQL through pg_dump/pg_restore."""
        from pos_desktop.adapters.backup_files import LocalBackupFiles  # noqa: PLC0415 - lazy
        from pos_desktop.adapters.pg_tools import PgTools  # noqa: PLC0415
        from pos_desktop.config import default_data_dir  # noqa: PLC0415
        from pos_desktop.services.backup import BackupService  # noqa: PLC0415

        return BackupService(
            self.db,
            self.clock,
            self.settings.backup,
            self.settings.pos.terminal,
            files=LocalBackupFiles(),
            dumps=PgTools(),
            default_folder=default_data_dir() / "backups",
        )

    @built_once
    def automatic_backups(self) -> AutomaticBackups:
        """Every ``[backup] interval_minutes`` and at each Z report, into ``[backup] folder``."""
        from pos_desktop.adapters.backup_files import LocalBackupFiles  # noqa: PLC0415 - lazy
        from pos_desktop.services.backup import AutomaticBackups  # noqa: PLC0415

        return AutomaticBackups(
            self.backups,
            LocalBackupFiles(),
            self.clock,
            self.settings.backup,
            self.settings.pos.terminal,
        )

    @built_once
    def terminal_lease(self) -> TerminalLeases:
        """This terminal id's lease for this device (claimed by the app and the CLI)."""
        from pos_desktop.adapters.device_identity import device_identity  # noqa: PLC0415
        from pos_desktop.services.terminal_lease import TerminalLeases  # noqa: PLC0415 - lazy

        pos = self.settings.pos
        return TerminalLeases(self.db, self.clock, pos, lambda: device_identity(pos.device_id_path))

    @built_once
    def offline(self) -> OfflineTill | None:
        """This terminal's offline journal (``None``: not on PostgreSQL, or ``[offline]
        enabled = false``); see bootstrap/offline.py."""
        return OfflineTill(self) if journal_wanted(self.settings) else None

    def close(self) -> None:
        till = self.__dict__.get("offline")
        if till is not None and "db" in till.__dict__:
            till.db.dispose()
        self.db.dispose()


def build_services(
    settings: Settings,
    *,
    db: Database | None = None,
    clock: Clock | None = None,
    hasher: PasswordHasher | None = None,
    new_code: Callable[[], CustomerCode] | None = None,
    journal: bool = True,
) -> Services:
    """``journal=False``: no offline journal (the sync's own services, replaying entries)."""
    bus = MessageBus()
    offline = journal and journal_wanted(settings)
    database = (db or Database(settings.database.url, fail_fast=offline)).with_bus(bus)
    station = StationResolver(settings.pos)
    services = Services(
        settings,
        database,
        clock or SystemClock(),
        station,
        bus,
        hasher=hasher,
        new_code=new_code,
    )
    book_keeping(bus, station, settings)
    notifications(bus, settings, lambda: services._mail.writer)
    if offline:
        mirror_listeners(bus, lambda: services.offline)
    return services
