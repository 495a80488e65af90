"""Composition root of the desktop app: settings in, windows out, services closed at the end.

Order: the login window at once, while the database layer loads and looks at the schema on a
worker (importing SQLAlchemy and the models is most of a cold start: the cashier types
meanwhile); if the database is not ready for a login (empty: first start; an older schema:
the upgrade of this till's own file), that window gives way to the full start sequence
(``run_session``): the first-start dialog may move the app to another database, whose
services the login then uses. Then the main window under the idle lock until the last window
closes. Every database call goes through the runner.

What only follows the login (the main window with every screen, OpenCV for the camera; the
first-start dialog; the database layer itself) is imported when it is needed.
"""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from pos_desktop import __version__
from pos_desktop.adapters.log_files import start_logging
from pos_desktop.config import Settings, masked
from pos_desktop.domain.errors import DatabaseUnavailable, PosError
from pos_desktop.domain.roles import Actor
from pos_desktop.ui.app_icon import DESKTOP_FILE_NAME, app_icon
from pos_desktop.ui.crash_report import CrashReporter
from pos_desktop.ui.garbage import collect_on_ui_thread
from pos_desktop.ui.i18n import apply_language, tr
from pos_desktop.ui.offline_switch import LOGGED_IN_OFFLINE, make_journal
from pos_desktop.ui.screens.login import LoginDialog
from pos_desktop.ui.theme import apply_theme
from pos_desktop.ui.widgets.message_bar import Tone, error_words
from pos_desktop.ui.workers import ThreadPoolRunner

if TYPE_CHECKING:
    from pos_desktop.bootstrap import Services

APP_NAME = "Booth POS"
log = logging.getLogger(__name__)


def application() -> QApplication:
    """The running ``QApplication`` (tests have one already) or a new one."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication([sys.argv[0] if sys.argv else "pos-desktop"])
    app.setApplicationName(APP_NAME)
    app.setWindowIcon(app_icon())
    app.setDesktopFileName(DESKTOP_FILE_NAME)
    return app


def idle_timeout_ms(settings: Settings) -> int:
    return settings.security.idle_lock_minutes * 60_000


def run_gui(settings: Settings) -> int:
    """Run the app until its window closes; the exit code for the command line. Logged to
    the log file, an error nobody caught among it (ui/crash_report.py)."""
    app = application()
    collect_on_ui_thread(app)  # never on a worker thread: see ui/garbage.py
    logs = start_logging(settings)
    crashes = CrashReporter(logs.path).install()
    log.info(
        "Booth POS %s starts: terminal %s, %s",
        __version__,
        settings.pos.terminal,
        masked("database.url", settings.database.url),
    )
    try:
        return _run_gui(app, settings)
    finally:
        log.info("Booth POS stops")
        crashes.uninstall()
        logs.stop()


def _run_gui(app: QApplication, settings: Settings) -> int:
    apply_theme(settings.ui.theme, touch=settings.ui.touch_mode)
    apply_language("")  # the login in the system's language; the user's own after it
    runner = ThreadPoolRunner()
    opened: list[Services] = []  # first start may move the app to another database
    try:
        return _start(app, settings, runner, opened)
    except PosError as error:  # the database went away before a window was up
        url = opened[-1].database_admin.url if opened else settings.database.url
        where = tr("App", "{error}\n\nDatabase: {url}")
        _fatal(where.format(error=error_words(error), url=masked("database.url", url)))
        return 1
    finally:
        runner.shutdown()
        for each in opened:
            each.close()


def open_database(settings: Settings, opened: list[Services]) -> bool:
    """On the runner, behind the cold start's login: the services on the configured database
    (appended to ``opened`` here, not in a callback, so they are closed even if Quit came
    first) and whether it is ready for a login. Ready means this device holds the terminal
    id too (services/terminal_lease.py): another device's fresh lease raises
    ``TerminalTaken`` before anyone can log in."""
    from pos_desktop.bootstrap import build_services  # noqa: PLC0415 - behind the login
    from pos_desktop.services.database_admin import Startup  # noqa: PLC0415

    services = build_services(settings)
    opened.append(services)
    try:
        if services.database_admin.startup() is not Startup.LOG_IN:
            return False
    except DatabaseUnavailable:
        till = services.offline  # the server does not answer: log in on the journal's users
        if till is None or not till.exists():
            raise
        return True  # this device's journal: the lease is claimed when the line is back
    services.terminal_lease.claim()
    return True


def _start(
    app: QApplication, settings: Settings, runner: ThreadPoolRunner, opened: list[Services]
) -> int:
    """The login on screen at once; the database opens behind it (see the module's doc)."""
    login = LoginDialog.while_opening(settings.pos.terminal_name, runner)
    failure: list[Exception] = []
    ready: list[bool] = []

    def done(is_ready: bool) -> None:
        ready.append(is_ready)
        if is_ready:
            login.attach(opened[0])
        else:
            login.done(QDialog.DialogCode.Rejected)  # the full start sequence takes over

    def failed(error: Exception) -> None:
        failure.append(error)
        login.done(QDialog.DialogCode.Rejected)

    runner.submit(lambda: open_database(settings, opened), done, failed, owner=login)
    accepted = login.exec() == QDialog.DialogCode.Accepted
    if failure:
        error = failure[0]
        if not isinstance(error, PosError):
            raise error
        from pos_desktop.services.terminal_lease import TerminalTaken  # noqa: PLC0415

        taken = isinstance(error, TerminalTaken)
        _fatal(
            tr("App", "This terminal id is taken.\n\n{error}").format(error=error_words(error))
            if taken
            else tr("App", "Cannot open the database: {error}").format(error=error_words(error))
        )
        return 1
    if accepted and login.actor is not None:
        return serve(app, opened[0], runner, login.actor, offline=login.offline)
    if ready == [False]:
        return run_session(app, opened[0], runner, opened)
    return 0  # Quit


def run_session(
    app: QApplication, services: Services, runner: ThreadPoolRunner, opened: list[Services]
) -> int:
    """Start to finish on one database; first start may move to another one: its services
    are appended to ``opened`` (the caller closes them all)."""
    from pos_desktop.services.database_admin import Startup  # noqa: PLC0415 - see above
    from pos_desktop.services.terminal_lease import TerminalTaken  # noqa: PLC0415

    admin = services.database_admin
    state = admin.startup()
    if state is Startup.OUTDATED:
        state = admin.upgrade_embedded()  # this till's own SQLite file; a server waits
    if state is Startup.OUTDATED:
        _fatal(
            tr(
                "App",
                "The database's schema does not match this version of Booth POS. After an "
                "update of the app, an admin runs `pos-desktop db upgrade` (other terminals "
                "closed); if other terminals run a newer version, update this one.",
            )
        )
        return 1
    admin_name, notice, tone = "", "", Tone.INFO
    if state is Startup.SET_UP:
        from pos_desktop.ui.screens.first_start import FirstStartDialog  # noqa: PLC0415 - rare

        first = FirstStartDialog(services, runner)
        accepted = first.exec() == QDialog.DialogCode.Accepted
        if first.services is not services:
            services = first.services
            opened.append(services)
        if not accepted:
            return 0
        admin_name, notice, tone = first.admin_name, first.notice, first.notice_tone
    try:  # one terminal id, one device: before anyone logs in (services/terminal_lease.py)
        services.terminal_lease.claim()
    except TerminalTaken as taken:
        _fatal(tr("App", "This terminal id is taken.\n\n{error}").format(error=error_words(taken)))
        return 1
    login = LoginDialog(services, runner, username=admin_name)
    if notice:
        login.message.show_message(notice, tone)
    if login.exec() != QDialog.DialogCode.Accepted or login.actor is None:
        return 0
    return serve(app, services, runner, login.actor, offline=login.offline)


def serve(
    app: QApplication,
    services: Services,
    runner: ThreadPoolRunner,
    actor: Actor,
    *,
    offline: bool = False,
) -> int:
    """After the login: the main window under the idle lock, and the background loops.
    ``offline``: the login was checked on this till's journal (the server did not answer)."""
    from pos_desktop.ui.idle_lock import TerminalLock  # noqa: PLC0415 - after the login, above

    # The user's language (else the system's), and amounts typed and shown as it writes them
    # ("12,50" in German), dots as well.
    log.info("language %s", apply_language(actor.language))
    timeout = idle_timeout_ms(services.settings)
    lock = TerminalLock(services, runner, actor, timeout_ms=timeout)
    lock.start()
    if offline:
        lock.window.statusBar().showMessage(tr("Offline", LOGGED_IN_OFFLINE), 60_000)
    make_journal(services, runner)  # a till on PostgreSQL: its offline journal, if not made yet
    # Customer emails go out on their own thread: SMTP may stall for its whole timeout.
    mail = services.mail_loop
    mail.start()
    # Receipts too: a printer may take its whole timeout to refuse. Both loops wake by
    # themselves when an action queues a job or an email (listeners, see bootstrap/).
    printer = services.print_loop
    printer.start()
    # Seat offers of the workshops' waitlists that nobody answered in time pass on; reminders.
    offers = services.workshop_loop
    offers.start()
    # Automatic backups (when a folder is set): every few minutes and at each Z report.
    backups = services.backup_loop
    if services.automatic_backups.enabled:
        backups.start()
    lease = services.lease_loop  # renews this device's hold on the terminal id
    lease.start()
    # A till on PostgreSQL: its offline journal's probe, sync and refresh (made if missing).
    sync = services.sync_loop if services.offline is not None else None
    if sync is not None:
        sync.start()
    try:
        return app.exec()
    finally:
        lock.stop()
        mail.stop()
        printer.stop()
        offers.stop()
        backups.stop()
        lease.stop()
        if sync is not None:
            sync.stop()


def _fatal(text: str) -> None:
    QMessageBox.critical(None, APP_NAME, text)
