"""Sending an offline journal's entries to the server, each exactly once, in order.

Each pending entry is done again through the ordinary services on PostgreSQL, one transaction
per entry, under the entry's idempotency key: a key the server has already (the action's COMMIT
got there before the line was cut, or a sync died before marking the entry) returns what was
saved instead of doing it twice. What the server gave out is compared with what the till gave
out; a difference is recorded on the entry for a manager, never smoothed over. Conflicts never
drop a sale: a price or limit that changed meanwhile is replayed with a manager's rights (the
customer keeps the price paid), a customer code that clashes gets a new code (emailed with its
QR by the registration's own handler) and a mapping, a known email sends the sale to the
customer who has it, stock may go below zero. The server's transactions are marked as replays
(``Database.replaying``): receipts and Z reports printed at the till are not queued again; the
emails are queued as usual and go out now.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select, update

from pos_desktop.domain.action_key import ActionKey
from pos_desktop.domain.clock import ReplayClock
from pos_desktop.domain.codes import CustomerCode
from pos_desktop.domain.customer import CustomerInput
from pos_desktop.domain.errors import (
    DatabaseUnavailable,
    DuplicateCustomer,
    InDoubt,
    InvalidState,
    NotFound,
    PermissionDenied,
    PosError,
)
from pos_desktop.domain.invoice import PaymentInput, PaymentMethod
from pos_desktop.domain.phrases import say
from pos_desktop.domain.roles import Actor, Role
from pos_desktop.domain.workshops import CheckinResult
from pos_desktop.services.offline_corrections import KINDS as CORRECTIONS
from pos_desktop.services.offline_corrections import (
    CorrectionReplay,
    Outcome,
    ReplayTarget,
    line_inputs,
)
from pos_desktop.services.offline_entries import OfflineEntries
from pos_desktop.services.sales import SaleInput
from pos_desktop.storage.models import OfflineCodeMap, OfflineEntry, Product, StockLevel, User
from pos_desktop.storage.models.offline_entry import CONFLICT, PENDING, SALE_KIND, SYNCED
from pos_desktop.storage.uow import Database, reporting_unavailable
from pos_desktop.storage.upsert import insert_ignoring_conflict

__all__ = ["MARK_EVERY", "OfflineSync", "PresetCodes", "ReplayTarget", "SyncResult"]

#: Entries marked on the journal per SQLite transaction (see ``OfflineSync._mark``).
MARK_EVERY = 100


class PresetCodes:
    """The replay's customer codes: the one the till made, once, then new random ones (the
    registration retries a code that is taken with the next one)."""

    def __init__(self) -> None:
        self._preset: str | None = None
        self._lock = threading.Lock()

    def preset(self, code: str | None) -> None:
        with self._lock:
            self._preset = code

    def __call__(self) -> CustomerCode:
        with self._lock:
            code, self._preset = self._preset, None
        return CustomerCode.parse(code) if code else CustomerCode.generate()


@dataclass(frozen=True, slots=True)
class SyncResult:
    pushed: int
    pending: int
    conflicts: int
    #: Entries of this round that became conflicts.
    new_conflicts: int = 0
    refreshed: bool = False
    #: Why the round stopped early (the server stopped answering); empty when it did not.
    error: str = ""
    #: ``pending`` by kind (``JournalCounts.pending_by_kind``): the status bar's sales.
    pending_by_kind: Mapping[str, int] = field(default_factory=dict)
    #: The newest entry when ``pending`` was counted (``JournalCounts.newest``).
    newest: int = 0

    @property
    def pending_sales(self) -> int:
        return self.pending_by_kind.get(SALE_KIND, 0)


@dataclass(frozen=True, slots=True)
class _Entry:
    seq: int
    key: str
    kind: str
    payload: dict[str, Any]
    number: str | None
    #: When the till made it: the replay happens at that time (``ReplayClock``).
    at: datetime


class OfflineSync:
    """One sync round at a time (``sync --once``, the app's loop later)."""

    def __init__(
        self,
        journal: Database,
        server: ReplayTarget,
        codes: PresetCodes,
        clock: ReplayClock,
        *,
        refresh: Callable[[], object],
    ) -> None:
        self._journal = journal
        self._server = server
        self._codes = codes
        self._clock = clock
        self._refresh = refresh
        self.entries = OfflineEntries(journal)
        self._round = threading.Lock()
        # What one round learns once instead of once per entry (a role or a product may
        # change between rounds, so each round starts afresh).
        self._actors: dict[str, Actor] = {}
        self._tracked: frozenset[int] | None = None
        #: Codes of this round's registrations that the server changed, not yet marked.
        self._mapped: dict[str, str] = {}
        #: The server's numbers of this round's sales, not yet marked (a void may follow);
        #: ``None`` for a sale the server refused.
        self._numbers: dict[str, str | None] = {}
        self._corrections = CorrectionReplay(server, self._server_number, self._server_code)

    def sync_once(self) -> SyncResult:
        """Send what waits, in order; stop at the first entry the server does not answer for
        (it is sent again next time, under its key). Then refresh the journal's copy."""
        with self._round:
            self._actors, self._tracked, self._mapped, self._numbers = {}, None, {}, {}
            pushed = new_conflicts = 0
            error = ""
            done: list[tuple[_Entry, Outcome]] = []
            try:
                for entry in self._pending():
                    try:
                        with self._clock.at(entry.at):
                            outcome = self._replay(entry)
                    except (DatabaseUnavailable, InDoubt) as trouble:
                        error = str(trouble)
                        break
                    done.append((entry, outcome))
                    if outcome.maps_to and entry.number and outcome.maps_to != entry.number:
                        self._mapped[entry.number] = outcome.maps_to
                    if entry.kind == "sale" and entry.number:
                        # None: refused there, so a correction of it has nothing to correct.
                        self._numbers[entry.number] = (
                            outcome.server_number if outcome.applied else None
                        )
                    pushed += 1
                    if len(done) >= MARK_EVERY:
                        new_conflicts += self._mark(done)
                        done = []
            finally:
                new_conflicts += self._mark(done)
            refreshed = False
            if not error and not self.entries.waiting():
                try:
                    with reporting_unavailable():
                        self._refresh()
                    refreshed = True
                except DatabaseUnavailable as trouble:
                    error = str(trouble)
            counts = self.entries.counts()
            return SyncResult(
                pushed,
                counts.pending,
                counts.conflicts,
                new_conflicts,
                refreshed,
                error,
                counts.pending_by_kind,
                counts.newest,
            )

    def _pending(self) -> list[_Entry]:
        with self._journal.reader() as uow:
            rows = uow.session.scalars(
                select(OfflineEntry).where(OfflineEntry.state == PENDING).order_by(OfflineEntry.seq)
            )
            return [
                _Entry(
                    row.seq, row.key, row.kind, json.loads(row.payload), row.number, row.created_at
                )
                for row in rows
            ]

    def _mark(self, done: list[tuple[_Entry, Outcome]]) -> int:
        """Record on the journal what the server made of ``done``, in one SQLite transaction
        (one sync to disk per ``MARK_EVERY`` entries, not per entry). Each entry is already in
        its own server transaction under its key: if the till dies before this, the next
        round sends them again and the server finds the keys."""
        if not done:
            return 0
        conflicts = 0
        now = self._clock.now()
        with self._journal.unit_of_work() as uow:
            for entry, outcome in done:
                notes = list(outcome.notes)
                if not outcome.applied:
                    notes.insert(0, "not on the server")
                elif entry.number and outcome.server_number != entry.number:
                    notes.append(
                        f"the till gave {entry.number}, the server {outcome.server_number}"
                    )
                conflicts += bool(notes)
                uow.session.execute(
                    update(OfflineEntry)
                    .where(OfflineEntry.seq == entry.seq)
                    .values(
                        state=CONFLICT if notes else SYNCED,
                        conflict="; ".join(notes) or None,
                        server_number=outcome.server_number,
                        synced_at=now,
                    )
                )
                if outcome.maps_to and entry.number and outcome.maps_to != entry.number:
                    insert_ignoring_conflict(
                        uow.session,
                        OfflineCodeMap,
                        {"local_code": entry.number, "server_code": outcome.maps_to},
                        ["local_code"],
                    )
            uow.commit()
        return conflicts

    def _replay(self, entry: _Entry) -> Outcome:
        key = ActionKey.parse(entry.key)
        p = entry.payload
        try:
            if entry.kind == "sale":
                return self._sale(p, key)
            if entry.kind == "registration":
                return self._registration(p, entry.number, key)
            return self._by_staff(entry, key)
        except (DatabaseUnavailable, InDoubt):
            raise
        except PosError as refused:
            return Outcome(None, [str(refused)], applied=False)

    def _by_staff(self, entry: _Entry, key: ActionKey) -> Outcome:
        """A void, a refund, an edit or a cash drawer action, under the user who did it."""
        p = entry.payload
        actor = self._actor(p["by"])
        if entry.kind in CORRECTIONS:
            return self._corrections.replay(entry.kind, p, entry.number or "", actor, key)
        if entry.kind == "checkin":
            return self._checkin(p, actor, key)
        cash = self._server.cash_sessions
        if entry.kind == "cash_open":
            cash.open(actor, p["float"], key=key)
        elif entry.kind == "cash_move":
            cash.move_cash(actor, p["kind"], p["amount"], p["reason"], key=key)
        elif entry.kind == "cash_close":
            cash.close(actor, p["counted"] or "0", key=key)
        else:
            return Outcome(None, [f"unknown kind {entry.kind!r}"], applied=False)
        return Outcome(None)

    def _sale(self, p: dict[str, Any], key: ActionKey) -> Outcome:
        notes: list[str] = []
        actor = self._actor(p["cashier"])
        code = self._server_code(p["customer_code"])
        sale = SaleInput(
            line_inputs(p["lines"]),
            code,
            [
                PaymentInput(
                    PaymentMethod(pay["method"]),
                    Decimal(pay["amount"]),
                    pay["reference"],
                    confirm_large_tender=True,
                )
                for pay in p["payments"]
            ],
            reverse_charge=p["reverse_charge"],
        )
        billing = self._server.billing
        try:
            view = billing.create_invoice(actor, sale, key=key)
        except NotFound as gone:
            if code is None:
                raise
            notes.append(f"customer {code}: {gone}; sold as walk-in")
            view = billing.create_invoice(actor, replace(sale, customer_code=None), key=key)
        except PermissionDenied as refused:  # a price or a limit changed meanwhile
            notes.append(f"replayed with a manager's rights ({refused})")
            view = billing.create_invoice(replace(actor, role=Role.MANAGER), sale, key=key)
        notes += self._negative_stock([ln["product_id"] for ln in p["lines"] if ln["product_id"]])
        return Outcome(view.number, notes)

    def _registration(self, p: dict[str, Any], code: str | None, key: ActionKey) -> Outcome:
        actor = self._actor(p["by"])
        self._codes.preset(code)
        try:
            view = self._server.customers.register(actor, CustomerInput(**p["fields"]), key=key)
        except DuplicateCustomer as known:
            note = (
                f"email known: customer {known.existing_code} ({known.existing_name}) has it;"
                " their sales go there (a manager confirms)"
            )
            return Outcome(known.existing_code, [note], maps_to=known.existing_code)
        finally:
            self._codes.preset(None)
        if view.code == code:
            return Outcome(view.code)
        note = f"code {code} was taken: the customer is {view.code} (emailed with the new QR)"
        return Outcome(view.code, [note], maps_to=view.code)

    def _checkin(self, p: dict[str, Any], actor: Actor, key: ActionKey) -> Outcome:
        """An admission at the door, at the till's time. "Already" on the server is the same
        visitor in (another door, or this entry sent before); any other verdict (the till's
        copy had a booking the server does not) is a conflict: the visitor went in anyway."""
        code = self._server_code(p["customer_code"]) or p["customer_code"]
        workshop = p["workshop_code"]
        verdict = self._server.workshops.check_in(actor, workshop, code, key=key)
        given = p["customer_code"]  # the entry's number: a mapped code is no conflict here
        if verdict.result in (CheckinResult.ADMITTED, CheckinResult.ALREADY):
            return Outcome(given)
        note = f"the till admitted {code} to {workshop}; the server says {verdict.result.value}"
        return Outcome(given, [note], applied=False)

    def _server_number(self, number: str) -> str:
        """The server's number of a sale the till numbered ``number`` (the same, unless the
        server had taken it: then the sale entry says which).

        A sale the server refused (or one the journal has no entry for) has no copy there, and
        its number is then another sale's (the server's series did not move for it): a void,
        refund or edit of it is refused, to become a conflict, never applied to that sale."""
        if number in self._numbers:  # a sale of this round, not marked yet
            given = self._numbers[number]
        else:
            with self._journal.reader() as uow:
                given = uow.session.scalar(
                    select(OfflineEntry.server_number).where(
                        OfflineEntry.kind == "sale", OfflineEntry.number == number
                    )
                )
        if given is None:
            raise InvalidState(
                say("sale {number} is not on the server: nothing there to correct", number=number)
            )
        return given

    def _server_code(self, code: str | None) -> str | None:
        if code is None:
            return None
        if code in self._mapped:  # a registration of this round, not marked yet
            return self._mapped[code]
        with self._journal.reader() as uow:
            mapped = uow.session.get(OfflineCodeMap, code)
            return mapped.server_code if mapped is not None else code

    def _actor(self, username: str) -> Actor:
        """The user on the server, looked up once a round (a sale is one statement less)."""
        if username in self._actors:
            return self._actors[username]
        with self._server.db.reader() as uow:
            user = uow.session.scalars(select(User).where(User.username == username)).first()
            if user is None:
                raise NotFound(say("user {name!r} is not on the server", name=username))
            found = Actor(user.id, user.username, Role(user.role), user.username)
        self._actors[username] = found
        return found

    def _negative_stock(self, product_ids: list[int]) -> list[str]:
        """Products of the sale whose stock went below zero: asked only for products that
        track stock (known once a round), so most sales cost no query here."""
        if self._tracked is None:
            with self._server.db.reader() as uow:
                self._tracked = frozenset(
                    uow.session.scalars(select(Product.id).where(Product.track_stock.is_(True)))
                )
        product_ids = [pid for pid in product_ids if pid in self._tracked]
        if not product_ids:
            return []
        with self._server.db.reader() as uow:
            rows = uow.session.execute(
                select(Product.sku, StockLevel.quantity)
                .join(Product, Product.id == StockLevel.product_id)
                .where(StockLevel.product_id.in_(product_ids), StockLevel.quantity < Decimal(0))
            ).all()
        return [f"stock of {sku} is {quantity.normalize():f}" for sku, quantity in rows]
