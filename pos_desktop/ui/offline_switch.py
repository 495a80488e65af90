"""The one switch between the server's services and this till's offline journal (screens).

A till on PostgreSQL keeps an offline journal (docs/offline-design.md, decision 8). Screens do
not each decide where to go: they hand their service call to one of these, *inside the job they
give the runner* (each may wait for a connect timeout; the UI thread never does).

- ``run_keyed``: a sale or a registration, through ``OfflineTill.run`` (the server, else the
  journal with the same key); the job returns ``(result, offline)``.
- ``read``: a lookup (a customer's card, a product); on the journal while the till sells
  offline, and there too when the server does not answer it.
- ``online_only``: an action only the server can take; offline it is refused with words a
  cashier understands.
- ``where_held``: a void, a refund or an edit goes to the journal when it holds the sale (made
  offline; it follows the sale to the server, in order), else to the server as
  ``online_only`` (the journal holds only the sales made on it).
- ``both_places`` / ``from_server`` / ``place_of``: what lives in both databases and is not
  synced (print jobs, parked carts): listed from both, each row acted on where it lives.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Generic, TypeVar

from pos_desktop.domain.action_key import ActionKey
from pos_desktop.domain.connectivity import Link
from pos_desktop.domain.errors import DatabaseUnavailable, InDoubt, InvalidState, NotFound
from pos_desktop.ui.i18n import QT_TRANSLATE_NOOP, tr

if TYPE_CHECKING:  # the login imports this module before the database layer is loaded
    from pos_desktop.bootstrap import Services
    from pos_desktop.bootstrap.offline import OfflineTill
    from pos_desktop.domain.roles import Actor
    from pos_desktop.services.invoice_views import InvoiceView
    from pos_desktop.ui.context import UiContext
    from pos_desktop.ui.workers import Runner

T = TypeVar("T")
S = TypeVar("S")

#: What a refund, void or edit says while the till sells on its journal.
ON_THE_SERVER = QT_TRANSLATE_NOOP(
    "Offline",
    "This invoice is on the server; refunds, voids and edits wait until the line is back",
)
#: What a refund, void or edit says when the invoice on screen was read from the server and
#: the journal holds another sale under its number, while the till still sends its entries.
STILL_SENDING = QT_TRANSLATE_NOOP(
    "Offline",
    "This till is still sending its offline sales; open the invoice again in a moment",
)
#: Said under a sale saved on the journal.
SAVED_OFFLINE = QT_TRANSLATE_NOOP(
    "Offline",
    "Saved on this till (offline) as {number}; it goes to the server when the line is back",
)

#: Said after a login against the journal's copy of the users.
LOGGED_IN_OFFLINE = QT_TRANSLATE_NOOP("Offline", "Logged in on this till (offline)")
#: Said under a customer registered on the journal.
REGISTERED_OFFLINE = QT_TRANSLATE_NOOP(
    "Offline",
    "Registered {name} on this till (offline) as {code}; the welcome email goes out when the"
    " line is back",
)


class WaitsForTheLine(InvalidState):
    """An action that only the server can take, asked while the till sells offline."""


def journal(ctx: UiContext) -> OfflineTill | None:
    """This till's offline journal if it has one (a file check: call it on the runner)."""
    till = ctx.services.offline
    return till if till is not None and till.exists() else None


def sells_offline(ctx: UiContext) -> bool:
    """Whether new actions go to the journal now (memory only: fine on the UI thread)."""
    till = ctx.services.offline
    return till is not None and till.link.state.sells_offline


def services_now(ctx: UiContext) -> Services:
    """The services a read goes to: the journal's while the till sells offline (runner)."""
    till = journal(ctx) if sells_offline(ctx) else None
    return till.services if till is not None else ctx.services


def read(ctx: UiContext, look: Callable[[Services], T]) -> T:
    """``look`` on the services of the moment; when the server does not answer and a journal
    exists, the till is offline from now and the journal answers (runner)."""
    if sells_offline(ctx):
        return look(services_now(ctx))
    try:
        return look(ctx.services)
    except DatabaseUnavailable:
        till = journal(ctx)
        if till is None:
            raise
        till.link.went_offline()
        return look(till.services)


def run_keyed(
    ctx: UiContext, act: Callable[[Services, ActionKey], T]
) -> Callable[[ActionKey], tuple[T, bool]]:
    """The job for ``submit_keyed``: ``act`` on the server, else on the journal with the same
    key; ``(result, offline)``. Without a journal the server's errors come back as today (an
    answer in doubt is asked again by ``submit_keyed``)."""

    def job(key: ActionKey) -> tuple[T, bool]:
        till = journal(ctx)
        if till is None:
            return act(ctx.services, key), False
        result, offline = till.run(act, key)
        if not offline and till.link.state.sells_offline and not till.waiting():
            till.link.server_answers()  # the server took it and nothing waits: online again
        return result, offline

    return job


def online_only(ctx: UiContext, act: Callable[[ActionKey], T]) -> Callable[[ActionKey], T]:
    """The job for an action on the server's invoices: refused while the till sells offline,
    and when the server does not answer and the till has a journal (which does not hold
    them)."""

    def job(key: ActionKey) -> T:
        if sells_offline(ctx) and journal(ctx) is not None:
            raise WaitsForTheLine(tr("Offline", ON_THE_SERVER))
        try:
            return act(key)
        except DatabaseUnavailable:
            till = journal(ctx)
            if till is None:
                raise
            till.link.went_offline()
            raise WaitsForTheLine(tr("Offline", ON_THE_SERVER)) from None

    return job


def where_held(
    ctx: UiContext,
    act: Callable[[Services, ActionKey], T],
    *,
    number: str | None = None,
    seen: InvoiceView | None = None,
) -> Callable[[ActionKey], T]:
    """The job for a void, a refund or an edit: on the journal while the till sells offline
    or entries wait and the journal holds the invoice; otherwise (or for an invoice only the
    server has) as ``online_only``. ``number``: the invoice's, when the action may be refused
    as not found for something else (an edit's customer code): that refusal is shown as is.

    ``seen``: the invoice as the screen shows it. Read from the server while entries wait, it
    may be another sale than the journal's with that number (the server gave the number away
    meanwhile): the action is then refused until the sending is done, never made on the
    journal's sale."""

    def job(key: ActionKey) -> T:
        till = journal(ctx)
        if till is not None and (sells_offline(ctx) or till.waiting()):
            if seen is not None and seen.number is not None:
                held = till.issued_at(seen.number)
                if held is not None and not _same_moment(held, seen.issued_at):
                    raise WaitsForTheLine(tr("Offline", STILL_SENDING))
            try:
                return till.on_journal(act, key)
            except NotFound:
                if number is not None and till.holds(number):
                    raise
                if sells_offline(ctx):
                    raise WaitsForTheLine(tr("Offline", ON_THE_SERVER)) from None
        return online_only(ctx, lambda k: act(ctx.services, k))(key)

    return job


def _same_moment(held: datetime, seen: datetime | None) -> bool:
    """One sale's issue time, read from the journal and from the server (stored to the
    microsecond on PostgreSQL, as text on SQLite: allowed a second apart)."""
    return seen is not None and abs(held - seen) < timedelta(seconds=1)


@dataclass(frozen=True, slots=True)
class Places(Generic[S]):
    """A service of the server and of the journal for what lives in both and is not synced:
    ``server`` ``None`` when it is not asked (the till is offline: each ask would wait for the
    connect timeout; the sync loop tells when it answers), ``journal`` ``None`` when the till
    keeps none or it is not made yet. Ids of the two overlap: a row is acted on where it was
    listed (``place_of``)."""

    server: S | None
    journal: S | None


def both_places(ctx: UiContext, pick: Callable[[Services], S]) -> Places[S]:
    """``pick``'s service in both databases, as they are to be asked now (runner)."""
    till = journal(ctx)
    if till is None:
        return Places(pick(ctx.services), None)
    offline = till.link.state.link is Link.OFFLINE
    return Places(None if offline else pick(ctx.services), pick(till.services))


def from_server(ctx: UiContext, found: Places[S], look: Callable[[S], T]) -> T | None:
    """``look`` on the server's service; ``None`` when it is not asked, or does not answer
    and the journal has one (the till is offline from now, as ``read`` says)."""
    if found.server is None:
        return None
    try:
        return look(found.server)
    except DatabaseUnavailable:
        till = ctx.services.offline
        if found.journal is None or till is None:
            raise
        till.link.went_offline()
        return None


def place_of(ctx: UiContext, on_journal: bool, pick: Callable[[Services], S]) -> S:
    """``pick``'s service where a listed row lives: its actions go there, never the other."""
    if not on_journal:
        return pick(ctx.services)
    till = ctx.services.offline
    assert till is not None, "a journal's row is listed only on a till that keeps one"
    return pick(till.services)


def read_online_only(ctx: UiContext, look: Callable[[Services], T]) -> T:
    """A read for a refund, void or edit: offline the journal is asked, and what it does not
    hold (every invoice the server has) is worded for the cashier."""
    try:
        return read(ctx, look)
    except NotFound:
        if sells_offline(ctx):
            raise WaitsForTheLine(tr("Offline", ON_THE_SERVER)) from None
        raise


def log_in(services: Services, name: str, password: str) -> tuple[Actor, bool]:
    """The login on the server, else against the journal's copy of the users (their argon2
    hashes; its own throttle): ``(actor, offline)``. Runner."""
    till = services.offline
    if till is not None and till.link.state.sells_offline and till.exists():
        return till.services.users.login(name, password), True
    try:
        return services.users.login(name, password), False
    except (DatabaseUnavailable, InDoubt):
        if till is None or not till.exists():
            raise
        till.link.went_offline()
        return till.services.users.login(name, password), True


def make_journal(services: Services, runner: Runner) -> None:
    """At app start, after the login: make this till's journal if it has none yet, in the
    background (a copy of a big database takes seconds)."""
    till = services.offline
    if till is None:
        return
    runner.submit(till.ensure, _made, _not_made, background=True)


def _made(made: bool) -> None:
    del made  # nothing to show: the journal is there for the next time the line drops


def _not_made(error: Exception) -> None:
    import logging  # noqa: PLC0415 - only when it fails

    logging.getLogger(__name__).warning("the offline journal could not be made: %s", error)
