"""The log file after real work: what a shop may send to whoever helps them.

A refused SMTP login (at ``debug``, the whole dialogue with the server) and a card sale whose
after-commit listener fails (the event, payments and all, in the traceback) leave their traces
in the file, without the password, its login forms or the card reference beyond its last four
characters. The file, its older copies, the folder, a new SQLite database and its WAL are the
owner's only.
"""

from __future__ import annotations

import base64
import logging
import os
import stat
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from pos_desktop.adapters import log_files
from pos_desktop.adapters.log_files import LogFiles, start_logging
from pos_desktop.adapters.smtp_mail import SmtpMailer
from pos_desktop.bootstrap import Services, build_services
from pos_desktop.config import Settings, load_settings
from pos_desktop.domain.customer import CustomerInput
from pos_desktop.domain.invoice import LineInput, PaymentInput, PaymentMethod
from pos_desktop.services.events import SaleIssued
from pos_desktop.services.exhibitions import ExhibitionInput
from pos_desktop.services.sales import SaleInput
from tests.conftest import CLI, FAST_HASHER, PASSWORD, Staff
from tests.support.cli import Cli
from tests.support.network import closed_port
from tests.support.smtp_server import SmtpServer

D = Decimal
posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def logs(settings: Settings, tmp_path: Path) -> Iterator[LogFiles]:
    settings.log.folder = str(tmp_path / "logs")
    started = start_logging(settings, stderr_level=None)
    yield started
    started.stop()


def written(logs: LogFiles) -> str:
    for handler in logs.handlers:
        handler.flush()
    return logs.path.read_text(encoding="utf-8")


def test_a_refused_smtp_login_is_logged_without_the_password_in_any_form(
    services: Services, staff: Staff, settings: Settings, tmp_path: Path
) -> None:
    password = "Tr0ub4dor&3 horse"
    smtp = settings.smtp
    port = closed_port()
    smtp.host, smtp.port, smtp.security, smtp.sender = "127.0.0.1", port, "none", "booth@x.org"
    smtp.user, smtp.password = "shop@x.org", password
    settings.log.level, settings.log.folder = "debug", str(tmp_path / "logs")
    mailer = services.outbox_sender.mailer
    assert isinstance(mailer, SmtpMailer)
    mailer.timeout = 2.0
    started = start_logging(settings, stderr_level=None)
    try:
        with SmtpServer(port=port, login=("shop@x.org", "the right one")):
            services.customers.register(
                staff.cashier, CustomerInput(name="Ada Lovelace", email="ada@example.org")
            )
            report = services.outbox_sender.send_due()
        text = written(started)
    finally:
        started.stop()
    assert report.retrying == 1, report
    # The traces are there: the failure at info, the dialogue at debug ...
    assert "not sent (attempt 1)" in text
    assert "refused the login for shop@x.org (535" in text
    assert "AUTH PLAIN ********" in text
    assert "EHLO" in text or "ehlo" in text
    # ... and the secret in none of the forms the login sent it in.
    encoded = [
        base64.b64encode(raw.encode()).decode()
        for raw in (password, f"\0shop@x.org\0{password}", f"shop@x.org\0shop@x.org\0{password}")
    ]
    for secret in (password, *encoded):
        assert secret not in text


def test_a_card_payment_in_a_failing_listeners_traceback_keeps_only_four_characters(
    services: Services, staff: Staff, logs: LogFiles
) -> None:
    def failing(event: SaleIssued) -> None:
        raise RuntimeError(f"customer display unplugged while showing {event.view.number}")

    stop = services.bus.listen(SaleIssued, failing)
    try:
        view = services.billing.create_invoice(
            staff.cashier,
            SaleInput(
                [LineInput("Workshop", D(1), D("89.00"), D(19))],
                None,
                [PaymentInput(PaymentMethod.CARD, D("89.00"), "AUTH-99817345")],
            ),
        )
    finally:
        stop()
    text = written(logs)
    assert view.payments[0].reference == "AUTH-99817345"  # saved in full: only the log hides it
    assert "listener" in text and "failed on SaleIssued(" in text
    assert f"customer display unplugged while showing {view.number}" in text
    assert "Traceback (most recent call last)" in text
    assert "reference='****7345'" in text
    assert "99817345" not in text.replace("****7345", "")


def test_info_by_default_debug_by_setting(settings: Settings, tmp_path: Path) -> None:
    settings.log.folder = str(tmp_path / "logs")
    quiet = logging.getLogger("pos_desktop.test")
    for level, expect_debug in (("info", False), ("debug", True)):
        settings.log.level = level
        started = start_logging(settings, stderr_level=None)
        quiet.debug("debug line at %s", level)
        quiet.info("info line at %s", level)
        text = written(started)
        started.stop()
        assert f"info line at {level}" in text
        assert (f"debug line at {level}" in text) is expect_debug


@posix_only
def test_the_log_file_its_older_copies_and_folder_are_private(
    settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(log_files, "MAX_BYTES", 4000)
    settings.log.folder = str(tmp_path / "new" / "logs")
    previous = os.umask(0o022)
    try:
        started = start_logging(settings, stderr_level=None)
        for n in range(200):
            logging.getLogger("pos_desktop.test").info("line %s of a busy day", n)
        started.stop()
    finally:
        os.umask(previous)
    folder = Path(settings.log.folder)
    files = sorted(folder.iterdir())
    assert [f.name for f in files] == [
        "pos-desktop.log",
        *(f"pos-desktop.log.{n}" for n in range(1, log_files.BACKUP_COUNT + 1)),
    ]
    assert [mode(f) for f in files] == [0o600] * len(files)
    assert mode(folder) == 0o700


@posix_only
def test_a_new_sqlite_database_and_its_wal_are_the_owners_only(
    tmp_path: Path, empty_config: Path
) -> None:
    file = tmp_path / "data" / "pos.sqlite3"
    settings = load_settings(
        environ={"POS_DATABASE_URL": f"sqlite:///{file}", "POS_CONFIG": str(empty_config)}
    )
    previous = os.umask(0o022)
    try:
        services = build_services(settings, hasher=FAST_HASHER)
        try:
            services.database_admin.upgrade(CLI)
            services.setup.initialize(
                CLI,
                admin_username="admin",
                admin_password=PASSWORD,
                exhibition=ExhibitionInput(name="Expo", code="EXPO24", currency="EUR"),
            )
            admin = services.users.login("admin", PASSWORD)
            services.billing.create_invoice(
                admin,
                SaleInput(
                    [LineInput("Pen", D(1), D("2.00"), D(19))],
                    None,
                    [PaymentInput(PaymentMethod.CASH, D("2.00"))],
                ),
            )
            wal, shm = file.with_name("pos.sqlite3-wal"), file.with_name("pos.sqlite3-shm")
            assert wal.exists() and shm.exists()  # while the app runs
            assert [mode(file), mode(wal), mode(shm)] == [0o600, 0o600, 0o600]
            assert mode(file.parent) == 0o700
        finally:
            services.close()
    finally:
        os.umask(previous)


def test_each_command_line_call_is_in_the_log_file_and_takes_its_handlers_away(
    cli: Cli, tmp_path: Path
) -> None:
    handlers_before = list(logging.getLogger().handlers)
    cli.sell(None, "Mug|1|9.00|19", pays=["card:9.00:AUTH-99817345"])
    assert logging.getLogger().handlers == handlers_before
    text = (tmp_path / "log" / "pos-desktop.log").read_text(encoding="utf-8")
    assert f"INFO    {os.getpid()} MainThread pos_desktop.cli.main: pos-desktop" in text
    assert ": init\n" in text and ": invoice\n" in text
