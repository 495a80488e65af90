"""Registering, finding and editing customers, and what they have been billed."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, replace
from enum import StrEnum
from typing import Any, cast

from sqlalchemy import Select, Table, and_, bindparam, exc, or_, select
from sqlalchemy.orm import Session

from pos_desktop.config import CustomerSettings
from pos_desktop.domain.action_key import ActionKey
from pos_desktop.domain.clock import Clock
from pos_desktop.domain.codes import CustomerCode, random_codes
from pos_desktop.domain.contact import email_key
from pos_desktop.domain.customer import (
    EDITABLE_FIELDS,
    CustomerFields,
    CustomerInput,
    search_text,
    validate_customer,
)
from pos_desktop.domain.errors import Conflict, DuplicateCustomer, NotFound, ValidationError
from pos_desktop.domain.invoice import InvoiceStatus
from pos_desktop.domain.phrases import say
from pos_desktop.domain.roles import Actor, Permission
from pos_desktop.domain.text import clean_line, fold
from pos_desktop.services import audit, customer_billing
from pos_desktop.services.action_keys import remember, replayed
from pos_desktop.services.customer_views import (
    BilledTotal,
    CustomerBills,
    CustomerCard,
    CustomerView,
    InvoiceBrief,
    customer_view,
)
from pos_desktop.services.events import CustomerRegistered
from pos_desktop.services.outbox import welcome_status
from pos_desktop.services.station import StationResolver
from pos_desktop.storage import customer_search
from pos_desktop.storage.bulk_rows import one_of
from pos_desktop.storage.loaded_rows import insert_as_loaded
from pos_desktop.storage.models import Customer, Invoice
from pos_desktop.storage.uow import Database

CODE_ATTEMPTS = 8
SEARCH_LIMIT_MAX = 500


def is_code_collision(error: exc.IntegrityError) -> bool:
    text = str(error.orig)
    return "customers.code" in text or "uq_customers_code" in text


# Built once: every registration with an email asks, and building the statement cost about as
# much as running it.
_SAME_EMAIL = (
    select(Customer.name, Customer.code)
    .where(Customer.email_key == bindparam("key"))
    .order_by(Customer.id)
    .limit(1)
)
_SAME_EMAIL_ELSEWHERE = _SAME_EMAIL.where(Customer.id != bindparam("own"))


class CustomerOrder(StrEnum):
    """How the whole list is sorted; each order is an index walk, so any page comes at once."""

    NAME = "name"
    CODE = "code"
    NEWEST = "newest"  # by registration: ids grow with time
    #: By what they were billed in the till's currency, net of refunds: most first (the
    #: never billed last); ``descending`` turns it round (``services/customer_billing.py``).
    TOTAL = "total"
    BILLS = "bills"  # by number of bills (issued, not voided), most first


def _ordered(
    query: Select[Customer],
    order: CustomerOrder,
    descending: bool,
    after: CustomerView | None,
    session: Session,
) -> Select[Customer]:
    """``query`` sorted, starting after ``after`` (the last row shown): the next page, by key."""
    keys: tuple[Any, ...]
    if order is CustomerOrder.NAME:
        keys = (Customer.name_key, Customer.code)
        values: tuple[Any, ...] | None = (fold(after.name)[:120], after.code) if after else None
    elif order is CustomerOrder.CODE:
        keys, values = (Customer.code,), (after.code,) if after else None
    else:
        keys = (Customer.id,)
        descending = not descending  # "newest" first is the highest id first
        values = None
        if after is not None:
            values = (session.scalar(select(Customer.id).where(Customer.code == after.code)),)
    if values is not None:
        query = query.where(_beyond(keys, values, descending))
    return query.order_by(*(k.desc() if descending else k for k in keys))


def _beyond(keys: tuple[Any, ...], values: tuple[Any, ...], descending: bool) -> Any:
    """``(k1, k2) > (v1, v2)`` spelt out (``k1 > v1 OR k1 = v1 AND k2 > v2``): both databases
    walk an index on ``k1`` for this form."""
    first, value = keys[0], values[0]
    past = first < value if descending else first > value
    if len(keys) == 1:
        return past
    return or_(past, and_(first == value, _beyond(keys[1:], values[1:], descending)))


class CustomerService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        settings: CustomerSettings,
        station: StationResolver,
        new_code: Callable[[], CustomerCode] = CustomerCode.generate,
        *,
        new_codes: Callable[[int], list[str]] = random_codes,
    ) -> None:
        self._db = db
        self._clock = clock
        self._settings = settings
        self._station = station
        self._new_code = new_code
        self._new_codes = new_codes

    # ----------------------------------------------------------------------------- register

    def register(
        self,
        actor: Actor,
        data: CustomerInput,
        *,
        allow_duplicate_email: bool = False,
        external_ref: str | None = None,
        key: ActionKey | None = None,
    ) -> CustomerView:
        """A new customer with a fresh unique code.

        A code collision (one in tens of billions) is caught by the unique constraint and the
        whole registration is retried with a new code. The QR image is not made here: it is
        rendered where it is shown or sent, outside this transaction. ``key``: the form's
        idempotency key; a registration saved under it is returned (no second customer, no
        second welcome email) when a retry follows a lost COMMIT reply.
        """
        actor.require(Permission.CUSTOMER_REGISTER)
        values = validate_customer(
            data,
            default_region=self._settings.default_phone_region,
            email_required=self._settings.email_required,
        )
        for _attempt in range(CODE_ATTEMPTS):
            try:
                with self._db.unit_of_work(key=key) as uow:
                    if (done := replayed(uow.session, key, "customer.register")) is not None:
                        return customer_view(self._by_code(uow.session, CustomerCode(done)))
                    if values.email and not allow_duplicate_email:
                        self._refuse_duplicate_email(uow.session, values.email, None)
                    row = self._insert(uow.session, actor, values, external_ref)
                    uow.record(  # its handler queues the welcome email with the code
                        CustomerRegistered(
                            customer=row,
                            by=actor.label,
                            terminal=self._station.terminal_code,
                            at=row.created_at,
                        )
                    )
                    remember(
                        uow.session,
                        key or ActionKey.new(),
                        "customer.register",
                        row.code,
                        at=row.created_at,
                        by=actor.label,
                        terminal=self._station.terminal_code,
                    )
                    uow.commit()  # one flush: the customer, its audit event, welcome email, key
                return customer_view(row)
            except exc.IntegrityError as error:
                if not is_code_collision(error):
                    raise
        raise Conflict(say("could not find a free customer code; try again"))  # pragma: no cover

    def _insert(
        self, session: Session, actor: Actor, values: CustomerFields, external_ref: str | None
    ) -> Customer:
        now = self._clock.now()
        code = self._new_code().value
        row = Customer(
            code=code,
            **values.stored(),
            name_key=fold(values.name)[:120],
            email_key=email_key(values.email) if values.email else None,
            external_ref=external_ref,
            search_text=search_text(values, code),
            registered_exhibition_id=self._station.current_exhibition_id(session),
            registered_by=actor.label,
            created_at=now,
            updated_at=now,
        )
        insert_as_loaded(session, [row])  # written at once; a code taken raises here
        audit.record(
            session,
            actor=actor,
            at=now,
            action="customer.register",
            entity_type="customer",
            entity_key=code,
            summary=f"customer {values.name} registered as {code}",
            after=asdict(values),
            terminal=self._station.terminal_code,
        )
        return row

    def fresh_codes(self, session: Session, count: int) -> list[str]:
        """``count`` new codes, distinct and not in the database, for a bulk insert (import).

        The unique constraint still guards a race with another terminal: the caller retries its
        batch on ``is_code_collision``, as ``register`` does.
        """
        codes: set[str] = set()
        for _attempt in range(CODE_ATTEMPTS):
            wanted = count - len(codes)
            if wanted <= 0:
                break
            drawn = set(self._new_codes(wanted)) - codes
            dialect = session.get_bind().dialect.name
            code = cast(Table, Customer.__table__).c.code
            taken = set(session.scalars(select(code).where(one_of(dialect, code, drawn))))
            codes |= drawn - taken
        if len(codes) < count:
            raise Conflict(say("could not find free customer codes; try again"))  # pragma: no cover
        return list(codes)

    def _refuse_duplicate_email(self, session: Session, email: str, own_id: int | None) -> None:
        query = _SAME_EMAIL if own_id is None else _SAME_EMAIL_ELSEWHERE
        existing = session.execute(query, {"key": email_key(email), "own": own_id}).first()
        if existing is not None:
            name, code = existing
            raise DuplicateCustomer(
                say(
                    "{email} is already registered to {name} ({code});"
                    " register anyway only if this is really another person",
                    email=email,
                    name=name,
                    code=code,
                ),
                code,
                name,
            )

    # -------------------------------------------------------------------------------- find

    def get(self, actor: Actor, code: str) -> CustomerView:
        """By typed or scanned code; a mistyped code is refused before any lookup."""
        actor.require(Permission.CUSTOMER_VIEW)
        parsed = CustomerCode.parse(code)
        with self._db.reader() as uow:
            return customer_view(self._by_code(uow.session, parsed))

    def card(self, actor: Actor, code: str, *, last: int = 5) -> CustomerCard:
        actor.require(Permission.CUSTOMER_VIEW)
        parsed = CustomerCode.parse(code)
        with self._db.reader() as uow:
            row = self._by_code(uow.session, parsed)
            totals = self._totals(uow.session, row.id)
            recent = uow.session.execute(
                select(
                    Invoice.number,
                    Invoice.issued_at,
                    Invoice.status,
                    Invoice.currency,
                    Invoice.gross,
                )
                .where(Invoice.customer_id == row.id, Invoice.status != InvoiceStatus.DRAFT.value)
                .order_by(Invoice.issued_at.desc(), Invoice.id.desc())
                .limit(last)
            )
            briefs = tuple(InvoiceBrief(n, at, s, cur, g) for n, at, s, cur, g in recent if n)
            return CustomerCard(
                customer_view(row),
                sum(t.bill_count for t in totals),
                totals,
                briefs,
                welcome_status(uow.session, row.id),
            )

    @staticmethod
    def _by_code(session: Session, code: CustomerCode) -> Customer:
        row = session.scalars(select(Customer).where(Customer.code == code.value)).first()
        if row is None:
            raise NotFound(say("no customer with code {code}", code=code.value))
        return row

    @staticmethod
    def _totals(session: Session, customer_id: int) -> tuple[BilledTotal, ...]:
        """Bills issued and not voided, totals net of refunds (``customer_totals``)."""
        return customer_billing.billed_totals(session, [customer_id]).get(customer_id, ())

    def billed(self, actor: Actor, codes: Sequence[str]) -> dict[str, tuple[BilledTotal, ...]]:
        """The bills and totals of the customers with these codes (a list page's, one query
        for the page); codes never billed are left out."""
        actor.require(Permission.CUSTOMER_VIEW)
        if not codes:
            return {}
        with self._db.reader() as uow:
            ids = dict(
                uow.session.execute(
                    select(Customer.id, Customer.code).where(Customer.code.in_(list(codes)))
                ).all()
            )
            totals = customer_billing.billed_totals(uow.session, ids)
        return {ids[customer_id]: rows for customer_id, rows in totals.items()}

    def search(self, actor: Actor, text: str, *, limit: int = 50) -> list[CustomerView]:
        """Customers whose name, email, phone, company or code contain every typed word,
        most recently registered first."""
        if not fold(clean_line(text)).split():
            return []
        return self.list_customers(actor, text, limit=limit)

    def list_customers(
        self,
        actor: Actor,
        text: str = "",
        *,
        limit: int = 100,
        after: CustomerView | None = None,
        stop: Callable[[], bool] | None = None,
        order: CustomerOrder = CustomerOrder.NAME,
        descending: bool = False,
    ) -> list[CustomerView]:
        """All customers in ``order``, or those matching every typed word, newest first.

        ``after`` (the last row shown) fetches the next page by key, so scrolling deep into a
        million customers stays as fast as the top. Matches come newest first because the
        search index finds a page of them in that order without reading the rest (see
        ``storage/customer_search.py``); the person at the booth most often registered lately.
        ``stop`` (called from the worker thread) abandons the query once it returns true, with
        ``[]`` as the answer: the screen asks it when a newer keystroke has made this one stale.
        """
        actor.require(Permission.CUSTOMER_VIEW)
        limit = max(1, min(limit, SEARCH_LIMIT_MAX))
        needles = []
        for word in fold(clean_line(text)).split():  # a pasted NUL or tab is no search
            digits = word.lstrip("+")
            # Phones are stored as +4930123...; a typed number may lack the country code.
            needles.append(digits.lstrip("0") if digits.isdigit() and len(digits) >= 4 else word)
        with self._db.reader() as uow:
            if needles:
                before = None
                if after is not None:
                    before = uow.session.scalar(
                        select(Customer.id).where(Customer.code == after.code)
                    )
                    if before is None:  # never happens: customers are not deleted
                        return []
                query = customer_search.newest_matching(needles, self._db.backend, before)
            elif order in (CustomerOrder.TOTAL, CustomerOrder.BILLS):
                ranked = self._by_billed(uow.session, order, descending, after, limit)
                return [customer_view(c) for c in ranked]
            else:
                query = _ordered(select(Customer), order, descending, after, uow.session)
            found = customer_search.rows_unless_stopped(uow.session, query.limit(limit), stop)
            return [customer_view(c) for c in found or ()]

    def _by_billed(
        self,
        session: Session,
        order: CustomerOrder,
        descending: bool,
        after: CustomerView | None,
        limit: int,
    ) -> list[Customer]:
        after_id = (
            session.scalar(select(Customer.id).where(Customer.code == after.code))
            if after is not None
            else None
        )
        return customer_billing.by_billed(
            session,
            by_total=order is CustomerOrder.TOTAL,
            currency=customer_billing.list_currency(session, self._station),
            most_first=not descending,
            after_id=after_id,
            limit=limit,
        )

    def bills_per_customer(
        self, actor: Actor, *, limit: int = 100, offset: int = 0
    ) -> list[CustomerBills]:
        """Customers by number of bills (voids excluded), most billed first, with their totals
        net of refunds."""
        actor.require(Permission.CUSTOMER_VIEW)
        with self._db.reader() as uow:
            return customer_billing.bills_per_customer(uow.session, limit=limit, offset=offset)

    # -------------------------------------------------------------------------------- edit

    def edit(
        self,
        actor: Actor,
        code: str,
        changes: Mapping[str, str],
        *,
        expected_version: int | None = None,
        allow_duplicate_email: bool = False,
    ) -> CustomerView:
        """Change only the given fields (text as typed), re-checking the whole record.

        ``expected_version`` is the version the editing screen showed; if another terminal saved
        in between, the edit is refused instead of overwriting theirs.
        """
        actor.require(Permission.CUSTOMER_EDIT)
        unknown = sorted(set(changes) - set(EDITABLE_FIELDS))
        if unknown:
            raise ValidationError.single(", ".join(unknown), say("cannot be edited"))
        parsed = CustomerCode.parse(code)
        with self._db.unit_of_work() as uow:
            row = self._by_code(uow.session, parsed)
            if expected_version is not None and row.version != expected_version:
                raise Conflict(
                    say(
                        "customer {code} was changed on another terminal; reload and try again",
                        code=row.code,
                    )
                )
            current = customer_view(row).fields
            merged = replace(current.as_input(), **dict(changes))
            values = validate_customer(
                merged,
                default_region=self._settings.default_phone_region,
                email_required=self._settings.email_required,
            )
            before = {k: v for k, v in asdict(current).items() if asdict(values)[k] != v}
            after = {k: asdict(values)[k] for k in before}
            if not after:
                return customer_view(row)
            if "email" in after and values.email and not allow_duplicate_email:
                self._refuse_duplicate_email(uow.session, values.email, row.id)
            stored = values.stored()
            for key in after:
                setattr(row, key, stored[key])
            row.name_key = fold(values.name)[:120]
            row.email_key = email_key(values.email) if values.email else None
            row.search_text = search_text(values, row.code)
            row.updated_at = self._clock.now()
            audit.record(
                uow.session,
                actor=actor,
                at=row.updated_at,
                action="customer.edit",
                entity_type="customer",
                entity_key=row.code,
                summary=f"customer {row.code} edited: {', '.join(sorted(after))}",
                before=before,
                after=after,
                terminal=self._station.terminal_code,
            )
            uow.session.flush()
            view = customer_view(row)
            uow.commit()
        return view
