"""Typed ORM models. Importing this package registers every table on ``Base.metadata``."""

from pos_desktop.storage.models.action_key import ActionKeyRow
from pos_desktop.storage.models.audit import AuditChainHead, AuditEvent
from pos_desktop.storage.models.base import Base
from pos_desktop.storage.models.cash_session import CashMovement, CashSession
from pos_desktop.storage.models.cli_session import CliSession
from pos_desktop.storage.models.commission import CommissionRate
from pos_desktop.storage.models.credit_note import CreditNote, CreditNoteLine
from pos_desktop.storage.models.customer import Customer
from pos_desktop.storage.models.customer_counts import CustomerCount
from pos_desktop.storage.models.customer_totals import CustomerTotal
from pos_desktop.storage.models.exhibition import DocumentSeries, Exhibition, Terminal
from pos_desktop.storage.models.hourly_sales import HourlySales
from pos_desktop.storage.models.import_mapping import ImportMapping
from pos_desktop.storage.models.invoice import Invoice, InvoiceLine, InvoiceRevision, Payment
from pos_desktop.storage.models.login_throttle import LoginThrottle
from pos_desktop.storage.models.offline_entry import OfflineCodeMap, OfflineEntry
from pos_desktop.storage.models.outbox import OutboxMessage
from pos_desktop.storage.models.parked_sale import ParkedSale
from pos_desktop.storage.models.print_job import PrintJob
from pos_desktop.storage.models.product import Product, ProductBarcode
from pos_desktop.storage.models.quick_key import QuickKey
from pos_desktop.storage.models.stock import StockLevel, StockLocation, StockMovement
from pos_desktop.storage.models.terminal_lease import TerminalLease
from pos_desktop.storage.models.transfer import StockTransfer, StockTransferLine
from pos_desktop.storage.models.user import User
from pos_desktop.storage.models.workshop import (
    WaitlistEntry,
    Workshop,
    WorkshopBooking,
    WorkshopCheckin,
)

__all__ = [
    "ActionKeyRow",
    "AuditChainHead",
    "AuditEvent",
    "Base",
    "CashMovement",
    "CashSession",
    "CliSession",
    "CommissionRate",
    "CreditNote",
    "CreditNoteLine",
    "Customer",
    "CustomerCount",
    "CustomerTotal",
    "DocumentSeries",
    "Exhibition",
    "HourlySales",
    "ImportMapping",
    "Invoice",
    "InvoiceLine",
    "InvoiceRevision",
    "LoginThrottle",
    "OfflineCodeMap",
    "OfflineEntry",
    "OutboxMessage",
    "ParkedSale",
    "Payment",
    "PrintJob",
    "Product",
    "ProductBarcode",
    "QuickKey",
    "StockLevel",
    "StockLocation",
    "StockMovement",
    "StockTransfer",
    "StockTransferLine",
    "Terminal",
    "TerminalLease",
    "User",
    "WaitlistEntry",
    "Workshop",
    "WorkshopBooking",
    "WorkshopCheckin",
]
