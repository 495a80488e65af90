"""Composition root: settings in, wired services out.

The CLI, the Qt app and the tests all build their services here, swapping parts through
keyword arguments (a fake clock, cheaper password hashing, a code generator that collides).
Nothing looks services up globally; front ends receive this object and pass it on.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from argon2 import PasswordHasher

from pos_desktop.adapters.email_templates import EmailTemplates
from pos_desktop.adapters.file_output import write_whole
from pos_desktop.adapters.local_tables import LocalTableFiles
from pos_desktop.adapters.printing.connection import printer_connector
from pos_desktop.adapters.smtp_password import store_password
from pos_desktop.adapters.smtp_transport import SmtpTransport
from pos_desktop.config import Settings
from pos_desktop.domain.clock import Clock, SystemClock
from pos_desktop.domain.codes import CustomerCode
from pos_desktop.services.action_keys import ActionKeyService
from pos_desktop.services.approvals import ApprovalGate
from pos_desktop.services.audit import AuditService
from pos_desktop.services.billing import BillingService
from pos_desktop.services.cash_sessions import CashSessionService
from pos_desktop.services.commission import CommissionService
from pos_desktop.services.credit_notes import CreditNoteDocuments
from pos_desktop.services.customer_import import CustomerImportService
from pos_desktop.services.customers import CustomerService
from pos_desktop.services.dashboard import DashboardService
from pos_desktop.services.database_admin import DatabaseAdmin
from pos_desktop.services.documents import DocumentService
from pos_desktop.services.exhibitions import ExhibitionService
from pos_desktop.services.exports import ExportService
from pos_desktop.services.journal import JournalService
from pos_desktop.services.outbox import OutboxSender, OutboxService, SenderLoop, build_outbox
from pos_desktop.services.printing import PrintLoop, PrintService
from pos_desktop.services.product_files import ProductFiles
from pos_desktop.services.products import ProductService
from pos_desktop.services.refunds import RefundService
from pos_desktop.services.reports import ReportService
from pos_desktop.services.settings_admin import SettingsAdmin
from pos_desktop.services.setup import SetupService
from pos_desktop.services.smtp_credentials import SmtpCredentials
from pos_desktop.services.station import StationResolver
from pos_desktop.services.stock import StockService
from pos_desktop.services.transfers import TransferService
from pos_desktop.services.users import UserService
from pos_desktop.storage.uow import Database

if TYPE_CHECKING:
    from pos_desktop.services.demo_data import DemoDataService


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
        send rounds themselves); ``wake()`` after a sale prints its receipt at once."""
        return PrintLoop(self.printing.send_due)

    @cached_property
    def mail_loop(self) -> SenderLoop:
        """The app's background email sender (started by the app, not here, like
        ``print_loop``); ``wake()`` after a registration or a sale sends its email at once
        instead of at the next round."""
        return SenderLoop(self.outbox_sender.send_due)

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

        return DemoDataService(self.db, self.settings, self.station, self.clock)

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
    database = db or Database(settings.database.url)
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
    return Services(
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
            outbox=mail.writer,
        ),
        billing=BillingService(
            database,
            the_clock,
            settings.billing,
            station,
            outbox=mail.writer,
            printer=settings.printer,
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
        cash_sessions=CashSessionService(
            database, the_clock, station, shop=settings.shop, printer=settings.printer
        ),
        stock=StockService(database, the_clock, station),
        refunds=RefundService(
            database,
            the_clock,
            settings.billing,
            station,
            outbox=mail.writer,
            printer=settings.printer,
            approvals=approvals,
        ),
        transfers=TransferService(database, the_clock, station),
        commission=CommissionService(database, the_clock, station),
    )
