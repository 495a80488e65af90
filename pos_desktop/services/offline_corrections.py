"""The replay of corrections the till made offline to its own offline sales: voids, refunds
and edits, each after its sale, under its own key, on the server's copy of that sale.

The journal holds only the sales made on it, so a correction names the till's number; the
sync says which number the server gave that sale (the same unless the server had taken it).
What the server makes of a correction is compared with what the till made of it; a difference
is a note for a manager (``offline_sync``), never smoothed over or dropped.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any, Protocol

from sqlalchemy import select

from pos_desktop.domain.action_key import ActionKey
from pos_desktop.domain.errors import NotFound, PermissionDenied
from pos_desktop.domain.invoice import LineInput
from pos_desktop.domain.roles import Actor, Role
from pos_desktop.services.cash_sessions import CashSessionService
from pos_desktop.services.credit_note_views import CreditNoteView
from pos_desktop.services.customers import CustomerService
from pos_desktop.services.invoice_views import InvoiceView
from pos_desktop.services.refunds import RefundLine, RefundService
from pos_desktop.services.sales import BillingService
from pos_desktop.services.workshops import WorkshopService
from pos_desktop.storage.models import Invoice
from pos_desktop.storage.uow import Database

#: The kinds of entry replayed here.
KINDS = frozenset({"void", "refund", "edit"})


class ReplayTarget(Protocol):
    """The server's services a replay goes through (``bootstrap``'s ``Services``)."""

    @property
    def db(self) -> Database: ...
    @property
    def billing(self) -> BillingService: ...
    @property
    def customers(self) -> CustomerService: ...
    @property
    def cash_sessions(self) -> CashSessionService: ...
    @property
    def refunds(self) -> RefundService: ...
    @property
    def workshops(self) -> WorkshopService: ...


@dataclass(slots=True)
class Outcome:
    """What the server made of an entry: its number (a sale's, a registration's code), notes
    for a manager, whether it is on the server at all, a code later entries must use."""

    server_number: str | None
    notes: list[str] = field(default_factory=list)
    applied: bool = True
    maps_to: str | None = None


def line_inputs(lines: Sequence[dict[str, Any]]) -> list[LineInput]:
    """An entry's lines (``offline_entries._lines``) as the services take them."""
    return [
        LineInput(
            ln["description"],
            Decimal(ln["quantity"]),
            Decimal(ln["unit_price"]),
            Decimal(ln["vat_rate"]),
            Decimal(ln["discount"]),
            Decimal(ln["discount_percent"]) if ln["discount_percent"] else None,
            ln["product_id"],
            ln["workshop_id"],
        )
        for ln in lines
    ]


class CorrectionReplay:
    """Voids, refunds and edits of the till's offline sales, on the server."""

    def __init__(
        self,
        server: ReplayTarget,
        number_of: Callable[[str], str],
        code_of: Callable[[str | None], str | None],
    ) -> None:
        self._server = server
        #: The server's number of the sale the till numbered so.
        self._number_of = number_of
        #: The server's code of a customer the till knows by a code (registered offline).
        self._code_of = code_of

    def replay(
        self, kind: str, p: dict[str, Any], number: str, actor: Actor, key: ActionKey
    ) -> Outcome:
        """``kind`` is one of ``KINDS``; ``number``: the till's number of the sale."""
        if kind == "void":
            self._server.billing.void(actor, self._number_of(number), reason=p["reason"], key=key)
            return Outcome(number)
        if kind == "refund":
            return self._refund(p, number, actor, key)
        return self._edit(p, number, actor, key)

    def _refund(self, p: dict[str, Any], number: str, actor: Actor, key: ActionKey) -> Outcome:
        """A refund the till made of its own offline sale; one over the cashier's limit was
        approved on the till (the journal checked the manager's password): the server takes
        it with a manager's rights and says so."""
        lines = [RefundLine(ln["position"], Decimal(ln["quantity"])) for ln in p["lines"]]
        server_number = self._number_of(number)
        notes: list[str] = []

        def refund(who: Actor) -> CreditNoteView:
            return self._server.refunds.refund(
                who,
                server_number,
                lines,
                method=p["method"],
                restock=p["restock"],
                reason=p["reason"],
                key=key,
            )

        try:
            view = refund(actor)
        except PermissionDenied:
            approver = p.get("approved_by") or "nobody"
            notes.append(f"approved on the till by {approver}; replayed with a manager's rights")
            view = refund(replace(actor, role=Role.MANAGER))
        if p.get("credit_note") and view.number != p["credit_note"]:
            notes.append(f"the till gave credit note {p['credit_note']}, the server {view.number}")
        if p.get("gross") is not None and view.gross != Decimal(p["gross"]):
            notes.append(f"the till paid back {p['gross']}, the server's credit note {view.gross}")
        return Outcome(number, notes)

    def _edit(self, p: dict[str, Any], number: str, actor: Actor, key: ActionKey) -> Outcome:
        """An edit the till made of its own offline sale: the same lines, reason and customer
        on the server's copy, expected at the version that copy has now (the sale and what
        followed it were replayed before, in order). The server's totals and revision are
        compared with the till's."""
        server_number = self._number_of(number)
        with self._server.db.reader() as uow:
            row = uow.session.execute(
                select(Invoice.version, Invoice.revision).where(Invoice.number == server_number)
            ).first()
        # No row: the edit's own lookup says so (after its key: a replay finds its edit).
        version, revision_before = (row.version, row.revision) if row is not None else (0, 0)
        keep = bool(p["keep_customer"])
        code = None if keep else self._code_of(p["customer_code"])
        notes: list[str] = []

        def edit(who: Actor, keep_customer: bool) -> InvoiceView:
            return self._server.billing.edit(
                who,
                server_number,
                line_inputs(p["lines"]),
                reason=p["reason"],
                expected_version=version,
                customer_code=code,
                keep_customer=keep_customer,
                key=key,
            )

        try:
            try:
                view = edit(actor, keep)
            except NotFound as gone:
                if keep or code is None:
                    raise
                notes.append(f"customer {code}: {gone}; the invoice keeps its customer")
                view = edit(actor, True)
        except PermissionDenied as refused:  # a limit or a role changed meanwhile
            notes.append(f"replayed with a manager's rights ({refused})")
            view = edit(replace(actor, role=Role.MANAGER), keep)
        return Outcome(number, notes + _differences(p, view, fresh=view.revision > revision_before))


def _differences(p: dict[str, Any], view: InvoiceView, *, fresh: bool) -> list[str]:
    """Where the server's edited invoice differs from the till's. ``fresh``: edited just now;
    else the key found an edit of an earlier round (whose sync died before marking it), and
    later edits may have followed it: compared only if none did."""
    till_revision = int(p["revision"])
    if view.revision != till_revision:
        if not fresh:
            return []
        return [
            f"the server's copy was edited meanwhile: revision {view.revision} there,"
            f" {till_revision} on the till"
        ]
    totals = p["totals"]
    till = (Decimal(totals["net"]), Decimal(totals["vat"]), Decimal(totals["gross"]))
    if (view.net, view.vat, view.gross) == till:
        return []
    return [
        f"after the edit the till's total was {till[2]} (VAT {till[1]}),"
        f" the server's {view.gross} (VAT {view.vat})"
    ]
