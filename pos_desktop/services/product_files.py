"""Product catalogue to and from CSV: export what is on sale, import to create or update by SKU.

Reading goes through the customer import's ``TableFiles`` port (any common encoding and
delimiter, XLSX too); the apostrophe the export put before a formula-looking cell is taken
off again. One transaction for the whole file: every row is checked like the product form
checks it, a bad row is rejected with its reason and the others go on; a dry run does all of
it and rolls back, so its report is exactly what the import would do. Every created or
changed product is audited like a manual edit, plus one ``product.import`` event with the
counts.

Columns: ``sku, barcode, name, category, price, vat, track_stock, low_stock_at, barcodes``
(``sku``, ``name``, ``price`` and ``vat`` required). ``barcodes`` holds all of a product's
barcodes separated by ``|`` (spaces, commas and semicolons work too); ``barcode``, its first, is
there for files and programs of the one-barcode days. Both are read together: a product gets
every barcode in either. A column missing from the file keeps what an existing product has; a
blank ``barcode``/``barcodes``, ``category`` or ``low_stock_at`` cell clears it.

The products themselves are added and changed by :class:`ProductService` within this one
transaction, so a row is checked and audited exactly as a manual edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pos_desktop.domain.clock import Clock
from pos_desktop.domain.errors import Conflict, ValidationError
from pos_desktop.domain.money import plain_amount
from pos_desktop.domain.phrases import say
from pos_desktop.domain.product_codes import split_barcodes
from pos_desktop.domain.roles import Actor, Permission
from pos_desktop.domain.spreadsheet_cells import restore
from pos_desktop.domain.tables import UnreadableRow
from pos_desktop.domain.text import clean_line
from pos_desktop.services import audit
from pos_desktop.services.file_ports import TableFiles
from pos_desktop.services.product_fields import ProductFields
from pos_desktop.services.products import ProductService
from pos_desktop.services.station import StationResolver
from pos_desktop.storage.models import Product
from pos_desktop.storage.uow import Database

COLUMNS = (
    "sku",
    "barcode",
    "name",
    "category",
    "price",
    "vat",
    "track_stock",
    "low_stock_at",
    "barcodes",
)
REQUIRED = ("sku", "name", "price", "vat")
_YES = {"yes", "y", "true", "1", "x", "ja", "oui"}
_NO = {"no", "n", "false", "0", "", "nein", "non"}


@dataclass(frozen=True, slots=True)
class RowOutcome:
    row: int
    sku: str
    outcome: str  # created | updated | unchanged | rejected
    reason: str = ""


@dataclass(slots=True)
class ProductImportReport:
    dry_run: bool
    outcomes: list[RowOutcome] = field(default_factory=list)
    #: A mixed or guessed encoding (adapters/text_encoding.py), and each row to check.
    encoding_note: str | None = None
    to_check: list[tuple[int, str]] = field(default_factory=list)

    def count(self, outcome: str) -> int:
        return sum(1 for o in self.outcomes if o.outcome == outcome)

    @property
    def rejected(self) -> list[RowOutcome]:
        return [o for o in self.outcomes if o.outcome == "rejected"]

    def headline(self) -> str:
        """One line for a person: the counts, and for a dry run that nothing was saved."""
        counts = say(
            "{rows} rows: {created} created, {updated} updated, {unchanged} unchanged, "
            "{rejected} rejected",
            rows=len(self.outcomes),
            created=self.count("created"),
            updated=self.count("updated"),
            unchanged=self.count("unchanged"),
            rejected=self.count("rejected"),
        )
        return say("dry run (nothing saved): {counts}", counts=counts) if self.dry_run else counts

    def document(self) -> dict[str, Any]:
        return {
            "dry_run": self.dry_run,
            "rows": len(self.outcomes),
            "created": self.count("created"),
            "updated": self.count("updated"),
            "unchanged": self.count("unchanged"),
            "rejected": [{"row": o.row, "sku": o.sku, "reason": o.reason} for o in self.rejected],
            "encoding_note": self.encoding_note,
            "to_check": [{"row": row, "reason": note} for row, note in self.to_check],
        }


def _flag(text: str) -> bool:
    word = clean_line(text).lower()
    if word in _YES:
        return True
    if word in _NO:
        return False
    raise ValidationError.single("track_stock", say("{text!r}: write yes or no", text=text))


def _fields(values: dict[str, str]) -> ProductFields:
    """A row as the product service takes it: a column the file lacks is ``None`` (kept)."""
    barcodes = None
    if "barcode" in values or "barcodes" in values:
        barcodes = split_barcodes(values.get("barcode", "")) + split_barcodes(
            values.get("barcodes", "")
        )
    return ProductFields(
        sku=values["sku"],
        name=values["name"],
        price=values["price"],
        vat_rate=values["vat"],
        barcodes=barcodes,
        track_stock=_flag(values["track_stock"]) if "track_stock" in values else None,
        category=values.get("category"),
        low_stock_at=values.get("low_stock_at"),
    )


class ProductFiles:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        station: StationResolver,
        products: ProductService,
        *,
        tables: TableFiles,
    ) -> None:
        self._db = db
        self._clock = clock
        self._station = station
        self._products = products
        self._tables = tables

    def export_csv(self, actor: Actor, path: Path) -> int:
        """Products on sale, by SKU; returns how many were written."""
        actor.require(Permission.PRODUCT_MANAGE)
        count = 0
        with self._db.reader() as uow, self._tables.writer(path, "csv", COLUMNS) as write:
            rows = uow.session.scalars(
                select(Product).where(Product.active.is_(True)).order_by(Product.sku)
            )
            for p in rows:
                barcodes = [b.barcode for b in p.barcodes]
                write(
                    [
                        p.sku,
                        barcodes[0] if barcodes else "",
                        p.name,
                        p.category or "",
                        plain_amount(p.price),
                        format(p.vat_rate.normalize(), "f"),
                        "yes" if p.track_stock else "no",
                        "" if p.low_stock_at is None else format(p.low_stock_at.normalize(), "f"),
                        "|".join(barcodes),
                    ]
                )
                count += 1
        return count

    def import_file(
        self, actor: Actor, path: Path, *, dry_run: bool = False, encoding: str | None = None
    ) -> ProductImportReport:
        """``encoding``: the CSV's, as a person named it; ``None``: detected."""
        actor.require(Permission.PRODUCT_MANAGE)
        table = self._tables.open(path, encoding)
        headers = [clean_line(h).lower().replace(" ", "_") for h in table.info.headers]
        missing = [c for c in REQUIRED if c not in headers]
        if missing:
            raise ValidationError.single(
                say("file"),
                say(
                    "needs the columns {columns}; missing: {missing}",
                    columns=", ".join(COLUMNS),
                    missing=", ".join(missing),
                ),
            )
        index = {name: i for i, name in enumerate(headers) if name in COLUMNS}
        report = ProductImportReport(dry_run, encoding_note=table.info.encoding_note)
        seen: dict[str, int] = {}
        with self._db.unit_of_work() as uow:
            session = uow.session
            for number, cells, note in table.noted_rows():
                if note is not None:
                    report.to_check.append((number, note))
                if isinstance(cells, UnreadableRow):
                    report.outcomes.append(RowOutcome(number, "", "rejected", cells.reason))
                    continue
                values = {
                    name: restore(cells[i]) if i < len(cells) else "" for name, i in index.items()
                }
                sku = clean_line(values["sku"]).upper()
                if sku in seen:
                    report.outcomes.append(
                        RowOutcome(
                            number, sku, "rejected", say("SKU already in row {row}", row=seen[sku])
                        )
                    )
                    continue
                seen[sku] = number
                try:
                    outcome = self._row(session, actor, values)
                except (ValidationError, Conflict) as error:
                    report.outcomes.append(RowOutcome(number, sku, "rejected", str(error)))
                else:
                    report.outcomes.append(RowOutcome(number, sku, outcome))
            summary = report.document()
            audit.record(
                session,
                actor=actor,
                at=self._clock.now(),
                action="product.import",
                entity_type="product",
                entity_key=None,
                summary=f"products imported from {path.name}: {summary['created']} created, "
                f"{summary['updated']} updated, {summary['unchanged']} unchanged, "
                f"{len(report.rejected)} rejected",
                after={k: v for k, v in summary.items() if k not in {"rejected", "to_check"}},
                terminal=self._station.terminal_code,
            )
            if not dry_run:
                uow.commit()
        return report

    def _row(self, session: Session, actor: Actor, values: dict[str, str]) -> str:
        fields = _fields(values)
        sku = clean_line(values["sku"]).upper()
        existing = session.scalar(select(Product.id).where(Product.sku == sku))
        if existing is None:
            self._products.add_in(session, actor, fields, source="import")
            return "created"
        change = self._products.update_in(session, actor, existing, fields, source="import")
        return "updated" if change.changed else "unchanged"
