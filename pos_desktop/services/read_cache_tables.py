"""What a terminal's read cache holds: which tables, which of their rows, in which order.

Copied in foreign-key order (a row's targets are written before it), and deleted in the
reverse order. Every foreign key of a cached row points at a row the cache also holds, read in
the same snapshot: all exhibitions, locations, products; this terminal's own row for its series
and cash sessions. Only command-line sessions refer to users, and only those of users cached
here are (a CLI login is a login on this terminal), so caching only some users is safe.

Workshops, their bookings and check-ins are cached for the door (it admits offline, issue 24);
a booking's invoice is not (``BLANKED``).

Not cached: settings (they live in the terminal's own ``config.toml``, not in the database, so
they are local already), commission rates.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import ColumnElement, Table, null, select, true

from pos_desktop.storage.models import (
    AuditEvent,
    CashSession,
    CliSession,
    Customer,
    DocumentSeries,
    Exhibition,
    Product,
    ProductBarcode,
    StockLevel,
    StockLocation,
    Terminal,
    User,
    Workshop,
    WorkshopBooking,
    WorkshopCheckin,
)

#: Columns copied empty (here and by the whole copy, ``offline_cache_fill``): a booking names
#: the invoice (and line) that sold it, and the journal holds none of the server's invoices, so
#: a copied id would point at no row (a foreign key the journal breaks) or, worse, at the
#: journal's own offline sale under the same id, which a void there would then release. The
#: door needs only who holds how many seats.
BLANKED: Mapping[str, frozenset[str]] = {
    "workshop_bookings": frozenset({"invoice_id", "line_position"})
}

#: The audit action of a successful login; its ``terminal`` says where (services/users.py).
LOGIN_OK = "login.ok"


def _everything(_terminal: str) -> ColumnElement[bool]:
    return true()


def _this_terminal(terminal: str) -> ColumnElement[bool]:
    return Terminal.code == terminal


def _of_this_terminal(column: Any) -> Callable[[str], ColumnElement[bool]]:
    def scope(terminal: str) -> ColumnElement[bool]:
        return cast(
            ColumnElement[bool],
            column.in_(select(Terminal.id).where(Terminal.code == terminal).scalar_subquery()),
        )

    return scope


def _sessions_here(terminal: str) -> ColumnElement[bool]:
    """Command-line sessions handed out on this terminal, of users cached here (a login
    there is a ``login.ok`` here too, so the user row comes with it)."""
    return (CliSession.terminal == terminal) & _logged_in_uid(CliSession.user_id, terminal)


def _logged_in_uid(column: Any, terminal: str) -> ColumnElement[bool]:
    logins = select(AuditEvent.user_id).where(
        AuditEvent.action == LOGIN_OK, AuditEvent.terminal == terminal
    )
    return cast(ColumnElement[bool], column.in_(logins))


def _logged_in_here(terminal: str) -> ColumnElement[bool]:
    """Users with a successful login on this terminal: the audit trail's ``login.ok`` entries
    name the terminal, and a login also updates the user row (``last_login_at``), so a user's
    first login here reaches an incremental refresh as a changed row."""
    return _logged_in_uid(User.id, terminal)


@dataclass(frozen=True)
class CachedTable:
    table: Table
    #: Which of the server's rows this terminal caches.
    scope: Callable[[str], ColumnElement[bool]]
    #: Further limits the first copy only (later refreshes must see rows leave it: a session
    #: closed on the server is read again, now closed).
    first_copy: ColumnElement[bool] | None = None
    #: Columns that never go down in the journal (a series' last number: the journal may have
    #: numbered further offline than the server knows yet).
    never_lower: tuple[str, ...] = ()
    #: What a deletion the journal cannot make (its own rows still refer to the row) sets.
    retire: Mapping[str, Any] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return self.table.name

    @property
    def columns(self) -> list[Any]:
        """What a copy selects: the table's columns, those of ``BLANKED`` as NULL."""
        blank = BLANKED.get(self.table.name, frozenset())
        return [
            null().label(column.name) if column.name in blank else column
            for column in self.table.columns
        ]

    @property
    def key(self) -> tuple[str, ...]:
        return tuple(column.name for column in self.table.primary_key.columns)


def _table(model: type) -> Table:
    return cast(Table, model.__table__)  # type: ignore[attr-defined]


CACHED_TABLES: tuple[CachedTable, ...] = (
    CachedTable(_table(Exhibition), _everything),
    CachedTable(_table(Terminal), _this_terminal),
    CachedTable(_table(StockLocation), _everything, retire={"active": False}),
    CachedTable(_table(User), _logged_in_here, retire={"active": False}),
    CachedTable(_table(Product), _everything, retire={"active": False}),
    CachedTable(_table(ProductBarcode), _everything),
    CachedTable(_table(StockLevel), _everything),
    CachedTable(_table(Customer), _everything),
    CachedTable(_table(Workshop), _everything),
    CachedTable(_table(WorkshopBooking), _everything),
    CachedTable(_table(WorkshopCheckin), _everything),
    CachedTable(
        _table(DocumentSeries),
        _of_this_terminal(DocumentSeries.terminal_id),
        never_lower=("last_number",),
    ),
    CachedTable(
        _table(CashSession),
        _of_this_terminal(CashSession.terminal_id),
        first_copy=CashSession.closed_at.is_(None),
    ),
    CachedTable(_table(CliSession), _sessions_here),
)
BY_NAME = {spec.name: spec for spec in CACHED_TABLES}

#: The cached tables, as a watermark covers them. Stored with the watermark
#: (``watermark_owner``): a journal whose watermark was taken over another set of tables (a
#: version that cached fewer) gets a whole first copy, since the rows of a newly cached table
#: that have not changed since would never pass a watermark.
LAYOUT = hashlib.sha256(",".join(spec.name for spec in CACHED_TABLES).encode()).hexdigest()[:12]


def watermark_owner(server: str) -> str:
    """What a watermark belongs to: the server database (``SNAPSHOT``'s ``server``) and the
    tables cached from it."""
    return f"{server}|{LAYOUT}"
