"""This till's parked carts in their two places: the server's database and its offline journal.

F10 parks a cart in the main database; when the till is offline, or the server does not answer
and the till keeps a journal, on the journal under the same key (parking that cart again finds
its row there, as on the server). Parked carts are not sync entries: each stays where it was
parked until it is recalled there. The count and Shift+F10's list show both places (the
journal's alone while the link is offline: the server is not asked, each ask would wait for the
connect timeout), oldest first. Ids of the two databases overlap, so a listed cart carries
``on_journal`` and its recall goes to its own database (:func:`cart_place`), never the other, as
the print queue does (ui/print_queues.py).

One F10 may leave a cart in both places: the server's COMMIT answer lost, the retry unanswered,
the cart parked on the journal under the same key. The list shows the server's; recalling it
drops the journal's twin. Offline only the twin shows; sold, its key names that one sale.

Everything here may wait for a file check or a connect timeout: call it on the runner.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from pos_desktop.bootstrap.offline import RETRY_AFTER_SECONDS
from pos_desktop.domain.errors import DatabaseUnavailable, InDoubt
from pos_desktop.services.parked_sales import (
    CartToPark,
    ParkedSales,
    ParkedSaleSummary,
    RecalledSale,
)
from pos_desktop.ui.i18n import QT_TRANSLATE_NOOP, tr
from pos_desktop.ui.offline_switch import (
    WaitsForTheLine,
    both_places,
    from_server,
    journal,
    place_of,
)

if TYPE_CHECKING:
    from pos_desktop.bootstrap import Services
    from pos_desktop.domain.roles import Actor
    from pos_desktop.ui.context import UiContext

log = logging.getLogger(__name__)

#: A server's cart chosen just as the line dropped: it stays parked there.
PARKED_ON_THE_SERVER = QT_TRANSLATE_NOOP(
    "Offline",
    "This sale is parked on the server; it can be brought back when the line is back",
)


@dataclass(frozen=True, slots=True)
class Listed:
    """The carts of both places, oldest first; ``server_listed`` is false when the server's
    were not read (offline): the list says they show again when the line is back."""

    carts: list[ParkedSaleSummary]
    server_listed: bool


def _parked_sales(services: Services) -> ParkedSales:
    return services.parked_sales


def _went_offline(ctx: UiContext) -> None:
    till = ctx.services.offline
    if till is not None:
        till.link.went_offline()


def park(ctx: UiContext, actor: Actor, cart: CartToPark) -> ParkedSaleSummary:
    """F10: on the server, else on the journal with the cart's key. A COMMIT whose answer was
    lost is tried once more (the server finds its row if it got there), as a sale is."""
    found = both_places(ctx, _parked_sales)
    if found.journal is None:
        assert found.server is not None
        return found.server.park(actor, cart)
    if found.server is not None:
        try:
            try:
                return found.server.park(actor, cart)
            except InDoubt:
                time.sleep(RETRY_AFTER_SECONDS)
                return found.server.park(actor, cart)
        except (DatabaseUnavailable, InDoubt):
            _went_offline(ctx)
    return replace(found.journal.park(actor, cart), on_journal=True)


def count(ctx: UiContext, actor: Actor) -> int:
    """The checkout's count: the carts of both places (the journal's alone offline)."""
    found = both_places(ctx, _parked_sales)
    server = from_server(ctx, found, lambda parked: parked.count(actor))
    return (server or 0) + (found.journal.count(actor) if found.journal is not None else 0)


def parked(ctx: UiContext, actor: Actor) -> Listed:
    """Shift+F10's list: the carts of both places, oldest first."""
    found = both_places(ctx, _parked_sales)
    server = from_server(ctx, found, lambda parked: parked.list_parked(actor))
    carts = list(server or [])
    if found.journal is not None:
        keys = {cart.key for cart in carts}  # a twin of a server's cart: listed once
        carts += [
            replace(cart, on_journal=True)
            for cart in found.journal.list_parked(actor)
            if cart.key not in keys
        ]
    carts.sort(key=lambda cart: (cart.parked_at, cart.on_journal, cart.id))
    return Listed(carts, server is not None)


def cart_place(ctx: UiContext, cart: ParkedSaleSummary) -> ParkedSales:
    """The database ``cart`` is parked in: its recall goes there."""
    return place_of(ctx, cart.on_journal, _parked_sales)


def recall(ctx: UiContext, actor: Actor, cart: ParkedSaleSummary) -> RecalledSale:
    """Take ``cart`` back from where it was parked (the conditional delete in that database);
    a server's cart when the server does not answer is refused with words."""
    if cart.on_journal:
        return cart_place(ctx, cart).recall(actor, cart.id)
    try:
        taken = cart_place(ctx, cart).recall(actor, cart.id)
    except DatabaseUnavailable:
        if journal(ctx) is None:
            raise
        _went_offline(ctx)
        raise WaitsForTheLine(tr("Offline", PARKED_ON_THE_SERVER)) from None
    till = journal(ctx)
    if till is not None:
        try:  # its twin, if one F10 made two; the cart is out of the server's now: kept
            till.services.parked_sales.forget(actor, taken.key)
        except Exception:
            log.exception("the twin of parked cart %s stays on the journal", cart.id)
    return taken
