"""Whether this till reaches the shared database, and what the status bar says about it.

A terminal on PostgreSQL goes offline on the first action the server does not answer (a
connection error, or a COMMIT whose answer was lost) and back online when a probe gets through
*and* nothing is left to send: the cashier never sees a mix of the server's figures and the
till's own (docs/offline-design.md, decision 8). Pure: the loops and the status bar feed it
times and counts.

The bar names the sales apart from the rest (registrations, check-ins, voids, cash...): a door
laptop that admitted 40 people has 40 entries waiting, not 40 sales.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, tzinfo
from enum import Enum


class Link(Enum):
    ONLINE = "online"
    OFFLINE = "offline"  # the server does not answer; the till sells on its journal
    SYNCING = "syncing"  # the server answers again; the journal's entries are going over


@dataclass(frozen=True)
class Connectivity:
    link: Link = Link.ONLINE
    #: When the first unanswered action happened (None while online).
    since: datetime | None = None
    #: Entries in the journal not yet on the server, of every kind (online again at 0).
    waiting: int = 0
    #: Of ``waiting``, the sales: the bar counts them apart from the other entries.
    sales: int = 0
    #: Of ``waiting``, the door's check-ins: what the door's own label counts.
    checkins: int = 0

    def went_offline(self, at: datetime) -> Connectivity:
        """An action the server did not answer; the first one's time is kept."""
        if self.link is Link.OFFLINE:
            return self
        return replace(self, link=Link.OFFLINE, since=self.since or at)

    def server_answers(self) -> Connectivity:
        """A probe got through: send what is waiting, or be online at once if nothing is."""
        if self.waiting == 0:
            return Connectivity()
        return replace(self, link=Link.SYNCING)

    def entries_waiting(self, count: int, *, sales: int = 0, checkins: int = 0) -> Connectivity:
        """The journal's count changed (a sale offline, an entry sent): ``count`` of every
        kind, ``sales`` and ``checkins`` among them."""
        if count == 0 and self.link is Link.SYNCING:
            return Connectivity()
        return replace(self, waiting=count, sales=sales, checkins=checkins)

    @property
    def others(self) -> int:
        """Waiting entries that are not sales (registrations, check-ins, voids, cash...)."""
        return self.waiting - self.sales

    @property
    def sells_offline(self) -> bool:
        """New actions go to the journal (also while syncing: the entries stay in order)."""
        return self.link is not Link.ONLINE

    def status_text(self, zone: tzinfo | None = None) -> str:
        """The status bar's words: empty while online."""
        if self.link is Link.ONLINE:
            return ""
        what = self._what_waits()
        if self.link is Link.SYNCING:
            return f"Back online - sending {what}..."
        since = self.since.astimezone(zone).strftime("%H:%M") if self.since else "?"
        return f"Offline since {since} - {what} waiting"

    def _what_waits(self) -> str:
        """What waits: ``17 sales``, ``17 sales and 40 other entries``, ``40 entries`` (no sale
        among them); ``0 sales`` while nothing waits yet."""
        sales = f"{self.sales} sale{'s' if self.sales != 1 else ''}"
        others = self.others
        if not others:
            return sales
        if not self.sales:
            return f"{others} entr{'ies' if others != 1 else 'y'}"
        return f"{sales} and {others} other entr{'ies' if others != 1 else 'y'}"
