"""Composition root: settings in, wired services out.

The CLI, the Qt app and the tests all build their services here, swapping parts through
keyword arguments (a fake clock, cheaper password hashing, a code generator that collides).
Nothing looks services up globally; front ends receive this object and pass it on.

What the actions cause is wired here too, once: the handlers and listeners of the domain
events (``services/events.py``, ``services/messagebus.py``). ``book_keeping`` is what every
sale must do (stock, running totals), ``notifications`` what this till does for the people
around it (receipts, slips and Z reports on its printer, the customer's emails).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from argon2 import PasswordHasher

from pos_desktop.adapters.backup_files import LocalBackupFiles
from pos_desktop.adapters.email_templates import EmailTemplates
from pos_desktop.adapters.file_output import write_whole
from pos_desktop.adapters.local_tables import LocalTableFiles
from pos_desktop.adapters.pg_tools import PgTools
from pos_desktop.adapters.printing.connection import printer_connector
from pos_desktop.adapters.smtp_password import store_password
from pos_desktop.adapters.smtp_transport import SmtpTransport
from pos_desktop.config import Settings, default_data_dir
from pos_desktop.domain.backup import BackupStatus
from pos_desktop.domain.clock import Clock, SystemClock
from pos_desktop.domain.codes import CustomerCode
from pos_desktop.services import sales_totals
from pos_desktop.services.action_keys import ActionKeyService
from pos_desktop.services.approvals import ApprovalGate
from pos_desktop.services.audit import AuditService
from pos_desktop.services.background_loop import RoundLoop
from pos_desktop.services.backup import AutomaticBackups, BackupService, backup_loop
from pos_desktop.services.cash_sessions import CashSessionService
from pos_desktop.services.cli_sessions import CliSessions
from pos_desktop.services.commission import CommissionService
from pos_desktop.services.credit_notes import CreditNoteDocuments
from pos_desktop.services.customer_import import CustomerImportService
from pos_desktop.services.customer_mail import CustomerMail
from pos_desktop.services.customers import CustomerService
from pos_desktop.services.dashboard import DashboardService
from pos_desktop.services.database_admin import DatabaseAdmin
from pos_desktop.services.documents import DocumentService
from pos_desktop.services.events import (
    CashSessionClosed,
    CustomerRegistered,
    EmailQueued,
    InvoiceEdited,
    InvoiceVoided,
    PrintJobQueued,
    RefundMade,
    SaleIssued,
)
from pos_desktop.services.exhibitions import ExhibitionService
from pos_desktop.services.exports import ExportService
from pos_desktop.services.journal import JournalService
from pos_desktop.services.messagebus import MessageBus
from pos_desktop.services.outbox import (
    OutboxSender,
    OutboxService,
    OutboxWriter,
    SenderLoop,
    build_outbox,
)
from pos_desktop.services.print_routing import PrintRouting
from pos_desktop.services.printing import PrintLoop, PrintService
from pos_desktop.services.product_files import ProductFiles
from pos_desktop.services.products import ProductService
from pos_desktop.services.refunds import RefundService
from pos_desktop.services.reports import ReportService
from pos_desktop.services.sales import BillingService
from pos_desktop.services.settings_admin import SettingsAdmin
from pos_desktop.services.setup import SetupService
from pos_desktop.services.smtp_credentials import SmtpCredentials
from pos_desktop.services.station import StationResolver
from pos_desktop.services.stock import StockService
from pos_desktop.services.stock_booking import StockBooking
from pos_desktop.services.transfers import TransferService
from pos_desktop.services.users import UserService
from pos_desktop.storage.uow import Database

if TYPE_CHECKING:
    from pos_desktop.services.demo_data import DemoDataService


def book_keeping(bus: MessageBus, station: StationResolver, settings: Settings) -> None:
    """What every sale, edit, void and refund must do with it: stock and running totals."""
    stock = StockBooking(station, settings.billing)
    bus.handle(SaleIssued, stock.sale_issued)
    bus.handle(InvoiceEdited, stock.invoice_edited)
    bus.handle(InvoiceVoided, stock.invoice_voided)
    bus.handle(RefundMade, stock.refund_made)
    bus.handle(SaleIssued, sales_totals.sale_issued)
    bus.handle(InvoiceEdited, sales_totals.invoice_edited)
    bus.handle(InvoiceVoided, sales_totals.invoice_voided)
    bus.handle(RefundMade, sales_totals.refund_made)


def notifications(bus: MessageBus, settings: Settings, outbox: OutboxWriter) -> None:
    """What this till tells the people around it: its printer and the customers' inboxes."""
    printing = PrintRouting(settings.printer)
    bus.handle(SaleIssued, printing.sale_issued)
    bus.handle(RefundMade, printing.refund_made)
    bus.handle(CashSessionClosed, printing.session_closed)
    mail = CustomerMail(outbox)
    bus.handle(CustomerRegistered, mail.customer_registered)
    bus.handle(SaleIssued, mail.sale_issued)
    bus.handle(InvoiceVoided, mail.invoice_voided)
    bus.handle(RefundMade, mail.refund_made)


@dataclass
class Services:
    settings: Settings
    db: Database
    clock: Clock
    station: StationResolver
    users: UserService
    customers: CustomerService
    billing: BillingService
    products: ProductService
    product_files: ProductFiles
    exhibitions: ExhibitionService
    audit: AuditService
    setup: SetupService
    dashboard: DashboardService
    documents: DocumentService
    #: Credit notes as documents: the PDF, the list of an invoice's credit notes.
    credit_notes: CreditNoteDocuments
    settings_admin: SettingsAdmin
    reports: ReportService
    outbox: OutboxService
    outbox_sender: OutboxSender
    cash_sessions: CashSessionService
    stock: StockService
    refunds: RefundService
    transfers: TransferService
    commission: CommissionService
    #: The actions' events: register a handler or listener here for a new side effect.
    bus: MessageBus
    #: How often the print and mail loops look for work when nothing woke them (what failed
    #: before is tried again then).
    print_round_seconds: float = 5.0
    mail_round_seconds: float = 10.0

    @cached_property
    def printing(self) -> PrintService:
        """The print queue and this till's printer (``printer.columns`` set: it wins over
        the profile's width)."""
        return PrintService(
            self.db,
            self.clock,
            self.settings.printer,
            self.settings.shop,
            self.station,
            connect=printer_connector(self.settings.printer),
            columns_from_profile=lambda: "printer.columns" not in self.settings.sources,
            seller=self.settings.seller,
        )

    @cached_property
    def print_loop(self) -> PrintLoop:
        """The app's background printer (started by the app, not here: the CLI and the tests
        send rounds themselves). Woken by every queued print job, so a sale's receipt or a
        refund's slip prints (and kicks the drawer) at once, not at the next round."""
        loop = PrintLoop(self.printing.send_due, interval=self.print_round_seconds)
        self.bus.listen(PrintJobQueued, lambda _event: loop.wake())
        return loop

    @cached_property
    def mail_loop(self) -> SenderLoop:
        """The app's background email sender (started by the app, not here, like
        ``print_loop``). Woken by every queued email: a welcome, an invoice, a void or refund
        notice leaves at once instead of at the next round."""
        loop = SenderLoop(self.outbox_sender.send_due, interval=self.mail_round_seconds)
        self.bus.listen(EmailQueued, lambda _event: loop.wake())
        return loop

    @cached_property
    def smtp_credentials(self) -> SmtpCredentials:
        """Saving settings with the SMTP password in the keyring where one works."""
        return SmtpCredentials(self.settings_admin, self.settings, store_password)

    @cached_property
    def action_keys(self) -> ActionKeyService:
        """Whether an action with a given idempotency key committed (after ``InDoubt``)."""
        return ActionKeyService(self.db)

    @cached_property
    def customer_import(self) -> CustomerImportService:
        """Built from the services above (its new customers get their codes from ``customers``)."""
        return CustomerImportService(
            self.db,
            self.clock,
            self.settings.customers,
            self.station,
            self.customers,
            tables=LocalTableFiles(),
        )

    @cached_property
    def exports(self) -> ExportService:
        return ExportService(
            self.customers,
            self.billing,
            self.db,
            self.clock,
            self.station,
            tables=LocalTableFiles(),
        )

    @cached_property
    def demo_data(self) -> DemoDataService:
        """Realistic customers, products and sales for trying the app (``demo-data``, first
        start). Imported here, when first used: Faker takes a while to load."""
        from pos_desktop.services.demo_data import DemoDataService  # noqa: PLC0415 - see above

        # Made-up sales keep stock and totals, but print nothing and email no one.
        quiet = MessageBus()
        book_keeping(quiet, self.station, self.settings)
        return DemoDataService(self.db.with_bus(quiet), self.settings, self.station, self.clock)

    @cached_property
    def cli_sessions(self) -> CliSessions:
        """Who is at the command line: ``pos-desktop login`` tokens, one-command logins."""
        return CliSessions(
            self.db, self.clock, self.users, self.settings.security, self.settings.pos.terminal
        )

    @cached_property
    def database_admin(self) -> DatabaseAdmin:
        """The database's schema state, upgrade and first start, for both front ends."""
        return DatabaseAdmin(self.db, self.setup, self.users, lambda: self.demo_data)

    @cached_property
    def journal(self) -> JournalService:
        """The accounting journal (``export journal``), with the ``[accounting]`` accounts."""
        return JournalService(
            self.db, self.clock, self.station, self.settings.accounting, write_whole=write_whole
        )

    @cached_property
    def backups(self) -> BackupService:
        """``backup`` and ``restore``: files owner-only, PostgreSQL through pg_dump/pg_restore."""
        return BackupService(
            self.db,
            self.clock,
            self.settings.backup,
            self.settings.pos.terminal,
            files=LocalBackupFiles(),
            dumps=PgTools(),
            default_folder=default_data_dir() / "backups",
        )

    @cached_property
    def automatic_backups(self) -> AutomaticBackups:
        """Every ``[backup] interval_minutes`` and at each Z report, into ``[backup] folder``."""
        return AutomaticBackups(
            self.backups,
            LocalBackupFiles(),
            self.clock,
            self.settings.backup,
            self.settings.pos.terminal,
        )

    @cached_property
    def backup_loop(self) -> RoundLoop[BackupStatus]:
        """The app's backup thread (started by the app, like ``print_loop``). A closed cash
        session (its Z report) asks for a backup and wakes it."""
        automatic = self.automatic_backups
        loop = backup_loop(automatic)

        def session_closed(_event: CashSessionClosed) -> None:
            automatic.request()
            loop.wake()

        self.bus.listen(CashSessionClosed, session_closed)
        return loop

    def close(self) -> None:
        self.db.dispose()


def build_services(
    settings: Settings,
    *,
    db: Database | None = None,
    clock: Clock | None = None,
    hasher: PasswordHasher | None = None,
    new_code: Callable[[], CustomerCode] | None = None,
) -> Services:
    bus = MessageBus()
    database = (db or Database(settings.database.url)).with_bus(bus)
    the_clock = clock or SystemClock()
    station = StationResolver(settings.pos)
    users = UserService(
        database, the_clock, hasher or PasswordHasher(), settings.security, settings.pos.terminal
    )
    approvals = ApprovalGate(database, the_clock, users, settings.pos.terminal)
    documents = DocumentService(database, settings.shop, station, settings.seller)
    credit_notes = CreditNoteDocuments(database, settings.shop, settings.seller)
    products = ProductService(database, the_clock, station)
    mail = build_outbox(
        settings,
        database,
        the_clock,
        transport=SmtpTransport(),
        templates=EmailTemplates(),
        invoice_pdf=documents.render_invoice_pdf,
        badge_pdf=documents.render_badge_pdf,
        credit_note_pdf=credit_notes.render_pdf,
    )
    book_keeping(bus, station, settings)
    notifications(bus, settings, mail.writer)
    return Services(
        bus=bus,
        settings=settings,
        db=database,
        clock=the_clock,
        station=station,
        users=users,
        customers=CustomerService(
            database,
            the_clock,
            settings.customers,
            station,
            new_code or CustomerCode.generate,
        ),
        billing=BillingService(
            database,
            the_clock,
            settings.billing,
            station,
            approvals=approvals,
            seller=settings.seller,
        ),
        products=products,
        product_files=ProductFiles(
            database, the_clock, station, products, tables=LocalTableFiles()
        ),
        exhibitions=ExhibitionService(database, the_clock),
        audit=AuditService(database, the_clock),
        setup=SetupService(database, the_clock, users),
        dashboard=DashboardService(database, the_clock, station),
        documents=documents,
        credit_notes=credit_notes,
        settings_admin=SettingsAdmin(database, the_clock, settings),
        reports=ReportService(database, station),
        outbox=mail.service,
        outbox_sender=mail.sender,
        cash_sessions=CashSessionService(database, the_clock, station, shop=settings.shop),
        stock=StockService(database, the_clock, station),
        refunds=RefundService(
            database,
            the_clock,
            settings.billing,
            station,
            approvals=approvals,
        ),
        transfers=TransferService(database, the_clock, station),
        commission=CommissionService(database, the_clock, station),
    )
