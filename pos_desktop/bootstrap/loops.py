"""The app's background threads, as a part of ``Services`` (they need its services): the
printer, the email sender, the backups, the terminal lease, the workshops' round and the
offline journal's sync.

Each is built on first use and started by the app after the login (ui/app.py ``serve``), never
here: the command line and the tests run rounds themselves. A loop that an action should wake
(a queued receipt or email, a Z report) listens on the bus for that action's event.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from pos_desktop.services.events import (
    CashSessionClosed,
    EmailQueued,
    PrintJobQueued,
    PrintRoundDone,
)
from pos_desktop.services.on_demand import built_once

if TYPE_CHECKING:
    from pos_desktop.bootstrap.offline import OfflineTill
    from pos_desktop.bootstrap.offline_rounds import SyncRound
    from pos_desktop.config import Settings
    from pos_desktop.domain.backup import BackupStatus
    from pos_desktop.domain.clock import Clock
    from pos_desktop.services.background_loop import RoundLoop
    from pos_desktop.services.backup import AutomaticBackups
    from pos_desktop.services.messagebus import MessageBus
    from pos_desktop.services.outbox import OutboxSender, SenderLoop
    from pos_desktop.services.printing import PrintLoop, PrintReport, PrintService
    from pos_desktop.services.station import StationResolver
    from pos_desktop.services.terminal_lease import TerminalLeases
    from pos_desktop.services.workshop_views import WorkshopRound
    from pos_desktop.services.workshops import WorkshopService
    from pos_desktop.storage.uow import Database


class BackgroundLoops:
    """Mixed into ``Services``; what it uses of them is declared here for the type checker."""

    if TYPE_CHECKING:
        settings: Settings
        db: Database
        bus: MessageBus
        clock: Clock
        station: StationResolver
        print_round_seconds: float
        mail_round_seconds: float

        @property
        def printing(self) -> PrintService: ...
        @property
        def outbox_sender(self) -> OutboxSender: ...
        @property
        def automatic_backups(self) -> AutomaticBackups: ...
        @property
        def terminal_lease(self) -> TerminalLeases: ...
        @property
        def workshops(self) -> WorkshopService: ...
        @property
        def offline(self) -> OfflineTill | None: ...

    @built_once
    def print_loop(self) -> PrintLoop:
        """The app's background printer (started by the app, not here: the CLI and the tests
        send rounds themselves). Woken by every queued print job, so a sale's receipt or a
        refund's slip prints (and kicks the drawer) at once, not at the next round."""
        from pos_desktop.services.printing import PrintLoop  # noqa: PLC0415 - lazy

        def announce(report: PrintReport) -> None:
            if report.printed or report.waiting or report.unsure:
                self.bus.announce(
                    PrintRoundDone(
                        by="print queue",
                        terminal=self.station.terminal_code,
                        at=self.clock.now(),
                        printed=tuple(report.printed),
                        waiting=tuple(report.waiting),
                        unsure=tuple(report.unsure),
                    )
                )

        loop = PrintLoop(self._print_round, interval=self.print_round_seconds, on_round=announce)
        self.bus.listen(PrintJobQueued, lambda _event: loop.wake())
        offline = self.offline
        if offline is not None:  # receipts of sales made offline are queued in the journal
            offline.on_print_job(loop.wake)
        return loop

    def _print_round(self) -> PrintReport:
        """This till's queue on the server, then its journal's (sales made offline): the
        journal's receipts print while the server does not answer."""
        from pos_desktop.domain.errors import DatabaseUnavailable  # noqa: PLC0415
        from pos_desktop.services.printing import PrintReport  # noqa: PLC0415 - lazy

        report = PrintReport()
        with contextlib.suppress(DatabaseUnavailable):  # offline: the journal's still print
            report = self.printing.send_due()
        offline = self.offline
        if offline is not None and offline.exists():
            journal = offline.services.printing.send_due()
            report.printed += journal.printed
            report.waiting += journal.waiting
            report.unsure += journal.unsure
        return report

    @built_once
    def mail_loop(self) -> SenderLoop:
        """The app's background email sender (started by the app, not here, like
        ``print_loop``). Woken by every queued email: a welcome, an invoice, a void or refund
        notice leaves at once instead of at the next round."""
        from pos_desktop.services.outbox import SenderLoop  # noqa: PLC0415 - lazy

        loop = SenderLoop(self.outbox_sender.send_due, interval=self.mail_round_seconds)
        self.bus.listen(EmailQueued, lambda _event: loop.wake())
        return loop

    @built_once
    def backup_loop(self) -> RoundLoop[BackupStatus]:
        """The app's backup thread (started by the app, like ``print_loop``). A closed cash
        session (its Z report) asks for a backup and wakes it."""
        from pos_desktop.services.backup import backup_loop  # noqa: PLC0415 - lazy

        automatic = self.automatic_backups
        loop = backup_loop(automatic)

        def session_closed(_event: CashSessionClosed) -> None:
            automatic.request()
            loop.wake()

        self.bus.listen(CashSessionClosed, session_closed)
        return loop

    @built_once
    def lease_loop(self) -> RoundLoop[str]:
        """The app's lease renewal (started by the app, like ``print_loop``)."""
        from pos_desktop.services.background_loop import RoundLoop  # noqa: PLC0415 - lazy

        leases = self.terminal_lease
        return RoundLoop(
            leases.renew,
            name="terminal-lease",
            interval=leases.renew_every_seconds,
            failed=lambda problem: f"lease not renewed: {problem}",
        )

    @built_once
    def workshop_loop(self) -> RoundLoop[WorkshopRound]:
        """The workshops' round (started by the app, like ``print_loop``): seat offers nobody
        answered pass on, reminders go out before the start."""
        from pos_desktop.services.workshop_waitlist import workshop_round_loop  # noqa: PLC0415

        return workshop_round_loop(self.workshops.run_round)

    @built_once
    def sync_loop(self) -> RoundLoop[SyncRound]:
        """The offline journal's sync (started by the app, like ``print_loop``, only when the
        till has a journal): probes and syncs every 2 s while offline or entries wait, else
        refreshes the journal's copy every ``[offline] refresh_seconds``; makes the journal on
        its first round if need be (bootstrap/offline_rounds.py)."""
        from pos_desktop.bootstrap.offline_rounds import sync_loop  # noqa: PLC0415 - lazy

        till = self.offline
        if till is None:
            raise RuntimeError("this till keeps no offline journal: there is nothing to sync")
        return sync_loop(till, self.db.engine, self.bus, self.settings.offline.refresh_seconds)
