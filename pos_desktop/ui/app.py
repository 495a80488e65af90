"""Composition root of the desktop app: settings in, windows out, services closed at the end.

Order: services on the configured database; a look at its schema; the first-start dialog if
nobody can log in yet (it may move the app to another database: the login then uses the
services it hands back); the login; then the main window under the idle lock until the last
window closes. The startup look at the database runs before any window exists (there is
nothing to freeze yet; the connection timeout bounds it); every later database call goes
through the runner.

The login window comes first, so what only follows it (the main window with every screen,
OpenCV for the camera; the first-start dialog) is imported when it is needed.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from pos_desktop import __version__
from pos_desktop.adapters.log_files import start_logging
from pos_desktop.bootstrap import Services, build_services
from pos_desktop.config import Settings, masked
from pos_desktop.domain.errors import PosError
from pos_desktop.domain.money import set_typing_locale
from pos_desktop.services.database_admin import Startup
from pos_desktop.ui.app_icon import DESKTOP_FILE_NAME, app_icon
from pos_desktop.ui.crash_report import CrashReporter
from pos_desktop.ui.garbage import collect_on_ui_thread
from pos_desktop.ui.screens.login import LoginDialog
from pos_desktop.ui.theme import apply_theme
from pos_desktop.ui.widgets.message_bar import Tone
from pos_desktop.ui.workers import ThreadPoolRunner

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
    apply_theme(settings.ui.theme)
    try:
        services = build_services(settings)
    except PosError as error:
        _fatal(f"Cannot open the database: {error}")
        return 1
    runner = ThreadPoolRunner()
    opened = [services]  # first start may move the app to another database
    try:
        return run_session(app, services, runner, opened)
    except PosError as error:  # the database went away before a window was up
        _fatal(f"{error}\n\nDatabase: {masked('database.url', opened[-1].database_admin.url)}")
        return 1
    finally:
        runner.shutdown()
        for each in opened:
            each.close()


def run_session(
    app: QApplication, services: Services, runner: ThreadPoolRunner, opened: list[Services]
) -> int:
    """Start to finish on one database; first start may move to another one: its services
    are appended to ``opened`` (the caller closes them all)."""
    admin = services.database_admin
    state = admin.startup()
    if state is Startup.OUTDATED:
        state = admin.upgrade_embedded()  # this till's own SQLite file; a server waits
    if state is Startup.OUTDATED:
        _fatal(
            "The database's schema does not match this version of Booth POS. After an update "
            "of the app, an admin runs `pos-desktop db upgrade` (other terminals closed); if "
            "other terminals run a newer version, update this one."
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
    login = LoginDialog(services, runner, username=admin_name)
    if notice:
        login.message.show_message(notice, tone)
    if login.exec() != QDialog.DialogCode.Accepted or login.actor is None:
        return 0
    from pos_desktop.ui.idle_lock import TerminalLock  # noqa: PLC0415 - after the login, above

    # Amounts typed as the user's locale writes them ("12,50" in Germany), dots as well; here,
    # after the login, because it loads Babel's locale data.
    log.info("numbers typed as in %s", set_typing_locale(QLocale.system().name()) or "C")
    timeout = idle_timeout_ms(services.settings)
    lock = TerminalLock(services, runner, login.actor, timeout_ms=timeout)
    lock.start()
    # Customer emails go out on their own thread: SMTP may stall for its whole timeout.
    mail = services.mail_loop
    mail.start()
    # Receipts too: a printer may take its whole timeout to refuse. Both loops wake by
    # themselves when an action queues a job or an email (listeners, see bootstrap/).
    printer = services.print_loop
    printer.start()
    # Automatic backups (when a folder is set): every few minutes and at each Z report.
    backups = services.backup_loop
    if services.automatic_backups.enabled:
        backups.start()
    try:
        return app.exec()
    finally:
        lock.stop()
        mail.stop()
        printer.stop()
        backups.stop()


def _fatal(text: str) -> None:
    QMessageBox.critical(None, APP_NAME, text)
