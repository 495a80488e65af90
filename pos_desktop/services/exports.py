"""Customers and invoices to CSV or XLSX, with the lists' own filters.

Rows come page by page from the same queries the lists use (``list_customers``,
``list_invoices``: keyset paging, so a million rows stream in flat memory) and go to the file as
they come. The writer neutralises every text cell (domain/spreadsheet_cells.py): a name such as
``=HYPERLINK(...)`` arrives in the spreadsheet as text, not as a formula.

Every finished export is audited (``customers.export``, ``invoices.export``: who took how many
rows of personal or financial data, into which file, with which filter); a cancelled one too,
with the rows written so far, because those rows left the system all the same.

Thread rule: runs in a worker thread (it reads the database and writes a file).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import asdict
from operator import attrgetter
from pathlib import Path

from pos_desktop.domain.clock import Clock
from pos_desktop.domain.customer_fields import covering
from pos_desktop.domain.money import format_amount
from pos_desktop.domain.roles import Actor, Permission
from pos_desktop.domain.tables import format_for
from pos_desktop.services import audit
from pos_desktop.services.customer_views import CustomerView
from pos_desktop.services.customers import CustomerOrder, CustomerService
from pos_desktop.services.file_ports import TableFiles
from pos_desktop.services.invoice_views import InvoiceSummary
from pos_desktop.services.sales import BillingService, InvoiceFilter
from pos_desktop.services.station import StationResolver
from pos_desktop.storage.uow import Database

PAGE = 500
#: Column names are the data model's field names, as in ``--json`` (a contract for scripts), in
#: the order spreadsheets have always had them: the notes, long free text, at the row's end.
CUSTOMER_COLUMNS = covering(
    (
        "code",
        "name",
        "email",
        "phone",
        "company",
        "job_title",
        "country",
        "city",
        "street",
        "postcode",
        "vat_id",
        "customer_type",
        "lead_status",
        "website",
        "external_ref",
        "notes",
        "registered_by",
        "created_at",
        "language",  # added later, at the end: spreadsheets reading by place keep working
    )
)
#: The values of the columns before ``created_at``, which is written apart (to the second).
_CUSTOMER_VALUES = attrgetter(*CUSTOMER_COLUMNS[: CUSTOMER_COLUMNS.index("created_at")])
INVOICE_COLUMNS = (
    "number",
    "status",
    "issued_at",
    "customer",
    "customer_name",
    "currency",
    "gross",
    "paid",
    "balance",
    "cashier",
)


def _cells(values: tuple[object, ...]) -> list[str]:
    return [str(v) if v is not None else "" for v in values]


def _customer_row(c: CustomerView) -> list[str]:
    """A ``CustomerType`` cell is its text: ``str`` of a ``StrEnum`` is its value."""
    row = _cells(_CUSTOMER_VALUES(c))
    row.append(c.created_at.isoformat(timespec="seconds"))
    row.append(c.language or "")
    return row


def _invoice_row(i: InvoiceSummary) -> list[str]:
    return _cells(
        (
            i.number,
            i.status.value,
            i.issued_at.isoformat(timespec="seconds") if i.issued_at else None,
            i.customer_code,
            i.customer_name,
            i.currency,
            format_amount(i.gross, i.currency),
            format_amount(i.paid, i.currency),
            format_amount(i.gross - i.paid, i.currency),
            i.cashier,
        )
    )


class ExportService:
    def __init__(
        self,
        customers: CustomerService,
        billing: BillingService,
        db: Database,
        clock: Clock,
        station: StationResolver,
        *,
        tables: TableFiles,
    ) -> None:
        self._tables = tables
        self._customers = customers
        self._billing = billing
        self._db = db
        self._clock = clock
        self._station = station

    def _audit(
        self, actor: Actor, entity: str, path: Path, count: int, filters: dict[str, object]
    ) -> None:
        with self._db.unit_of_work() as uow:
            audit.record(
                uow.session,
                actor=actor,
                at=self._clock.now(),
                action=f"{entity}.export",
                entity_type=entity.removesuffix("s"),
                entity_key=None,
                summary=f"{count} {entity} exported to {path.name}",
                after={"rows": count, "file": str(path), **filters},
                terminal=self._station.terminal_code,
            )
            uow.commit()

    def export_customers(
        self,
        actor: Actor,
        path: Path,
        *,
        file_format: str | None = None,
        text: str = "",
        order: CustomerOrder = CustomerOrder.NAME,
        descending: bool = False,
        cancelled: Callable[[], bool] | None = None,
    ) -> int:
        """Every customer the list would show for ``text`` and ``order``; returns the count."""
        actor.require(Permission.DATA_EXPORT)

        def pages() -> Iterator[list[CustomerView]]:
            after: CustomerView | None = None
            while True:
                page = self._customers.list_customers(
                    actor, text, limit=PAGE, after=after, order=order, descending=descending
                )
                if not page:
                    return
                yield page
                after = page[-1]

        kind = format_for(path, file_format)
        count = 0
        with self._tables.writer(path, kind, CUSTOMER_COLUMNS) as write:
            for page in pages():
                for customer in page:
                    write(_customer_row(customer))
                count += len(page)
                if cancelled is not None and cancelled():
                    break
        self._audit(
            actor,
            "customers",
            path,
            count,
            {"search": text, "order": order.value, "descending": descending},
        )
        return count

    def export_invoices(
        self,
        actor: Actor,
        path: Path,
        *,
        file_format: str | None = None,
        filters: InvoiceFilter | None = None,
        oldest_first: bool = False,
        cancelled: Callable[[], bool] | None = None,
    ) -> int:
        actor.require(Permission.DATA_EXPORT)
        kind = format_for(path, file_format)
        count = 0
        after: InvoiceSummary | None = None
        with self._tables.writer(path, kind, INVOICE_COLUMNS) as write:
            while True:
                page = self._billing.list_invoices(
                    actor, filters, limit=PAGE, after=after, oldest_first=oldest_first
                )
                if not page:
                    break
                for invoice in page:
                    write(_invoice_row(invoice))
                count += len(page)
                after = page[-1]
                if cancelled is not None and cancelled():
                    break
        self._audit(
            actor,
            "invoices",
            path,
            count,
            {"filter": asdict(filters) if filters else None, "oldest_first": oldest_first},
        )
        return count
