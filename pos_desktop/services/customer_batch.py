"""One batch of imported rows: matched against existing customers, decided, written in bulk.

Matching rules, in order (the first that finds a customer wins): the source's id against
``external_ref``, the email (case ignored), the phone in E.164, and only for a row with none
of those, the name together with the company. Existing customers come from three or four
indexed ``IN`` queries per batch; rows of the same batch match each other too, and earlier
batches are in the database already (or, in a dry run, in its open transaction).

An update overwrites a field only with a value the row has: an empty cell never erases what
the customer has, and a customer's external reference, once set, is not replaced.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from operator import itemgetter
from typing import Any, NamedTuple, cast

from sqlalchemy import Table, or_, select
from sqlalchemy.orm import Session

from pos_desktop.domain.contact import email_key
from pos_desktop.domain.customer import CustomerType, search_words, with_code
from pos_desktop.domain.customer_fields import FIELD_NAMES
from pos_desktop.domain.import_row import ImportedCustomer
from pos_desktop.domain.phrases import say
from pos_desktop.domain.text import fold
from pos_desktop.services.import_report import DuplicatePolicy, Outcome
from pos_desktop.storage.bulk_rows import insert_rows, one_of, update_rows
from pos_desktop.storage.models import Customer

#: What an import may set on a customer, compared to tell "updated" from "unchanged": the
#: customer fields and what only a CRM file brings.
_IMPORT_ONLY = ("website", "lead_status", "external_ref", "as_written")
FIELDS = (*FIELD_NAMES, *_IMPORT_ONLY)
#: What a row's value replaces when it has one. Not the type (an unknown one is kept as
#: written: ``_merged``), nor a set external reference, nor what was kept as written.
_OVERWRITTEN = (*(n for n in FIELD_NAMES if n != "customer_type"), "website", "lead_status")
#: Columns computed from the fields (see ``_derived``).
_DERIVED = ("name_key", "email_key", "search_text")
#: Columns an update writes, in the order ``save`` builds its rows (after the id).
_UPDATED = (*FIELDS, *_DERIVED, "updated_at")
#: Columns of a new customer, in the order ``save`` builds its rows.
_REGISTRATION = ("code", "registered_exhibition_id", "registered_by", "created_at", "updated_at")
_INSERTED = (*FIELDS, *_DERIVED, *_REGISTRATION, "version")
#: The address and language columns most CRM files lack: a batch of new customers without any
#: leaves them out of its INSERT (NULL all the same), which binds four parameters fewer per row.
_ADDRESS = ("street", "postcode", "vat_id", "language")
_PLAIN_FIELDS = tuple(name for name in FIELDS if name not in _ADDRESS)
_PLAIN_INSERTED = (*_PLAIN_FIELDS, *_DERIVED, *_REGISTRATION, "version")
_PLAIN_VALUES = itemgetter(*_PLAIN_FIELDS)
_TABLE = cast(Table, Customer.__table__)
_LOADED = (_TABLE.c.id, *(_TABLE.c[name] for name in FIELDS))
_FIELD_VALUES = itemgetter(*FIELDS)
_ROW_FIELDS = frozenset(ImportedCustomer._fields)
#: ``kind.value`` is a property call; an import asks it per row.
_TYPE_VALUES = {kind: kind.value for kind in CustomerType}


@dataclass(slots=True)
class _Known:
    """A customer this batch may touch: from the database (``id``) or created in it."""

    id: int | None
    state: dict[str, Any]
    dirty: bool = False


class Decision(NamedTuple):
    outcome: Outcome
    rule: str | None
    country: str | None
    customer_type: str


def _name_key(name: str, company: str | None) -> tuple[str, str]:
    return fold(name)[:120], fold(company or "")


def _has_key(c: ImportedCustomer) -> bool:
    return bool(c.external_ref or c.email or c.phone)


def _new_state(c: ImportedCustomer) -> dict[str, Any]:
    """Every name of ``FIELDS``, spelt out: an import makes one per row, and a loop over the
    names takes half as long again (a key this leaves out fails ``save`` in every import test).
    """
    kind = c.customer_type or (
        CustomerType.OTHER if "customer_type" in c.as_written else CustomerType.INDIVIDUAL
    )
    return {
        "name": c.name,
        "email": c.email,
        "phone": c.phone,
        "company": c.company,
        "job_title": c.job_title,
        "country": c.country,
        "city": c.city,
        "street": c.street,
        "postcode": c.postcode,
        "vat_id": c.vat_id,
        "language": c.language,
        "customer_type": _TYPE_VALUES[kind],
        "notes": c.notes,
        "website": c.website,
        "lead_status": c.lead_status,
        "external_ref": c.external_ref,
        "as_written": dict(c.as_written) or None,
    }


def _merged(state: dict[str, Any], c: ImportedCustomer) -> dict[str, Any]:
    merged = dict(state)
    for name in _OVERWRITTEN:
        value = getattr(c, name)
        if value is not None:
            merged[name] = value
    if state["email"] and c.email and email_key(state["email"]) == c.email_key:
        merged["email"] = state["email"]  # the same mailbox written in other letters: no change
    if c.customer_type is not None:
        merged["customer_type"] = _TYPE_VALUES[c.customer_type]
    if not merged["external_ref"] and c.external_ref:
        merged["external_ref"] = c.external_ref
    written = {
        k: v
        for k, v in (state["as_written"] or {}).items()
        if k not in _ROW_FIELDS or getattr(c, k) is None
    }
    for key, raw in c.as_written.items():
        if key == "customer_type" or merged.get(key) is None:
            written[key] = raw
    merged["as_written"] = written or None
    return merged


class CustomerBatch:
    def __init__(self, session: Session, policy: DuplicatePolicy) -> None:
        self._session = session
        self._policy = policy
        self._by_ref: dict[str, _Known] = {}
        self._by_email: dict[str, _Known] = {}
        self._by_phone: dict[str, _Known] = {}
        self._by_name: dict[tuple[str, str], _Known] = {}
        #: New customers, each with the row that made it and its state as that row made it.
        self._new: list[tuple[_Known, ImportedCustomer, dict[str, Any]]] = []
        self._existing: list[_Known] = []
        self.decisions: list[Decision] = []

    # ------------------------------------------------------------------------------- match

    def load(self, customers: list[ImportedCustomer]) -> None:
        """The existing customers any of these rows could match, lowest id first per key."""
        if self._policy is DuplicatePolicy.CREATE:
            return
        refs = {c.external_ref for c in customers if c.external_ref}
        emails = {k for c in customers if (k := c.email_key)}
        phones = {c.phone for c in customers if c.phone}
        names = {c.name_key for c in customers if not _has_key(c)}
        connection = self._session.connection()
        dialect = connection.dialect.name
        wanted = [
            one_of(dialect, column, values)
            for column, values in (
                (_TABLE.c.external_ref, refs),
                (_TABLE.c.email_key, emails),
                (_TABLE.c.phone, phones),
                (_TABLE.c.name_key, names),
            )
            if values
        ]
        if not wanted:
            return
        # One query (each index serves its part): a customer matching by several keys comes
        # once, where a query per key read and decoded it up to three times.
        for row in connection.execute(select(*_LOADED).where(or_(*wanted)).order_by(_TABLE.c.id)):
            known = _Known(row[0], dict(zip(FIELDS, row[1:], strict=True)))
            self._existing.append(known)
            self._index(known)

    def _index(self, known: _Known) -> None:
        state = known.state
        if state["external_ref"]:
            self._by_ref.setdefault(state["external_ref"], known)
        if state["email"]:
            self._by_email.setdefault(email_key(state["email"]), known)
        if state["phone"]:
            self._by_phone.setdefault(state["phone"], known)
        self._by_name.setdefault(_name_key(state["name"], state["company"]), known)

    def _index_new(self, known: _Known, c: ImportedCustomer) -> None:
        """``_index`` of a customer made from ``c`` as it is (its keys are computed already)."""
        if c.external_ref:
            self._by_ref.setdefault(c.external_ref, known)
        if c.email_key:
            self._by_email.setdefault(c.email_key, known)
        if c.phone:
            self._by_phone.setdefault(c.phone, known)
        self._by_name.setdefault((c.name_key, fold(c.company or "")), known)

    def _match(self, c: ImportedCustomer) -> tuple[str | None, _Known | None]:
        if c.external_ref and (known := self._by_ref.get(c.external_ref)):
            return say("external id"), known
        if c.email_key and (known := self._by_email.get(c.email_key)):
            return say("email"), known
        if c.phone and (known := self._by_phone.get(c.phone)):
            return say("phone"), known
        if not _has_key(c) and (known := self._by_name.get((c.name_key, fold(c.company or "")))):
            return say("name and company"), known
        return None, None

    def decide(self, c: ImportedCustomer) -> Decision:
        rule, known = self._match(c) if self._policy is not DuplicatePolicy.CREATE else (None, None)
        if known is None:
            known = _Known(None, _new_state(c))
            self._new.append((known, c, known.state))
            self._index_new(known, c)
            outcome = Outcome.CREATED
        elif self._policy is DuplicatePolicy.SKIP:
            outcome = Outcome.UNCHANGED
        else:
            merged = _merged(known.state, c)
            if merged == known.state:
                outcome = Outcome.UNCHANGED
            else:
                known.state = merged
                known.dirty = known.id is not None
                self._index(known)
                outcome = Outcome.UPDATED
        state = known.state
        decision = Decision(outcome, rule, state["country"], str(state["customer_type"]))
        self.decisions.append(decision)
        return decision

    # ------------------------------------------------------------------------------- write

    @property
    def new_count(self) -> int:
        return len(self._new)

    def counts(self) -> dict[str, int]:
        found = Counter(d.outcome.value for d in self.decisions)
        return {o.value: found.get(o.value, 0) for o in Outcome if o is not Outcome.REJECTED}

    def save(
        self, *, codes: list[str], now: datetime, registered_by: str, exhibition_id: int | None
    ) -> None:
        """Bulk INSERT of the new customers, bulk UPDATE of the changed ones (version + 1, so a
        screen editing one of them meanwhile gets a conflict instead of overwriting)."""
        if self._new:
            registration = (exhibition_id, registered_by, now, now, 1)
            addressed = any(
                known.state[n] is not None for known, _c, _m in self._new for n in _ADDRESS
            )
            values, names = (
                (_FIELD_VALUES, _INSERTED) if addressed else (_PLAIN_VALUES, _PLAIN_INSERTED)
            )
            rows = []
            for (known, c, made), code in zip(self._new, codes, strict=True):
                state = known.state
                if state is made:  # as its row made it: the row's keys are this state's
                    derived = (c.name_key, c.email_key, with_code(c.search_words, code))
                else:  # updated by a later row of the batch
                    derived = _derived(state, code)
                rows.append((*values(state), *derived, code, *registration))
            insert_rows(self._session.connection(), _TABLE, names, rows)
        changed = [k for k in self._existing if k.dirty]
        if changed:
            query = select(_TABLE.c.id, _TABLE.c.code).where(
                _TABLE.c.id.in_([k.id for k in changed])
            )
            codes_of: dict[int | None, str] = dict(self._session.execute(query).all())
            updates = [
                (
                    known.id,
                    *_FIELD_VALUES(known.state),
                    *_derived(known.state, codes_of[known.id]),
                    now,
                )
                for known in changed
            ]
            update_rows(self._session.connection(), _TABLE, _UPDATED, updates, bump="version")


def _derived(state: dict[str, Any], code: str) -> tuple[str, str | None, str]:
    """The lookup columns the customer service keeps (same rules, same functions), in the
    order of ``_DERIVED``."""
    email = state["email"]
    return (
        fold(state["name"])[:120],
        email_key(email) if email else None,
        with_code(search_words(state["name"], email, state["phone"], state["company"]), code),
    )
