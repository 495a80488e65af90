"""In-process: files the user names on the command line that cannot be written (a folder that is
a file, a folder given as the file) are a one-line error, never a traceback."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

from tests.support.cli import (
    ADMIN,
    ADMIN_PASSWORD,
    EXIT_BAD_INPUT,
    EXIT_REFUSED,
    Cli,
    process_env,
    run_process,
)


def blocked_folder(tmp_path: Path) -> Path:
    """A path whose "folder" is a plain file: nothing can be written under it."""
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    return blocker


def test_customer_qr_to_a_path_that_cannot_be_written(cli: Cli, ada: str, tmp_path: Path) -> None:
    target = blocked_folder(tmp_path) / "qr.png"
    result = cli.invoke("customer", "qr", ada, "--out", str(target))
    assert result.exit_code == EXIT_REFUSED, result.output
    assert f"cannot write {target}" in result.stderr


def test_customer_add_with_a_qr_it_cannot_write_still_says_who_was_registered(
    cli: Cli, tmp_path: Path
) -> None:
    """The registration is saved before the QR is drawn: the code is printed (JSON too) so
    the cashier does not register the visitor twice, and the error says how to get the QR."""
    target = blocked_folder(tmp_path) / "qr.png"
    result = cli.invoke(
        "customer", "add", "--name", "山田 花子", "--email", "hanako@example.jp",
        "--qr", str(target), "--json",
    )  # fmt: skip
    assert result.exit_code == EXIT_REFUSED, result.output
    code = cli.json("customer", "search", "hanako")[0]["code"]
    assert f'"code": "{code}"' in result.stdout
    assert f"cannot write {target}" in result.stderr
    assert f"customer qr {code}" in result.stderr


def test_receipt_files_that_cannot_be_written(cli: Cli, tmp_path: Path) -> None:
    number = cli.sell(None, "Poster|1|12.00|20", pays=["cash:12"])["number"]
    for option, target in (
        ("--png", tmp_path),  # a folder, not a file
        ("--escpos", blocked_folder(tmp_path) / "r.bin"),
    ):
        result = cli.invoke("receipt", number, option, str(target))
        assert result.exit_code == EXIT_REFUSED, result.output
        assert f"cannot write {target}" in result.stderr


def test_exports_of_customers_invoices_and_the_journal_are_their_owners_only(
    cli: Cli, ada: str, tmp_path: Path
) -> None:
    """Names, emails, phones and takings: like the database and backups (0600), whatever the
    umask, also when an older export with a wider mode is overwritten."""
    cli.sell(ada, "Poster|1|11.90|19", pays=["cash:11.90"])
    old = tmp_path / "customers.csv"
    old.write_text("an older export\n")
    old.chmod(0o644)
    previous = os.umask(0o022)
    try:
        for args in (
            ("customers", "export", str(old)),
            ("customers", "export", str(tmp_path / "customers.xlsx")),
            ("invoices", "export", str(tmp_path / "invoices.csv")),
            ("export", "journal", "--out", str(tmp_path / "journal.csv")),
        ):
            cli.ok(*args)
    finally:
        os.umask(previous)
    for name in ("customers.csv", "customers.xlsx", "invoices.csv", "journal.csv"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o600, name
    assert "Ada Lovelace" in old.read_text(encoding="utf-8-sig")


def test_an_xlsx_export_that_cannot_be_written_is_one_line(
    cli: Cli, ada: str, tmp_path: Path
) -> None:
    """A real process: the spreadsheet library's half-written workbook used to add an
    "Exception ignored" traceback at exit, after the error."""
    target = blocked_folder(tmp_path) / "customers.xlsx"
    env = process_env(cli.database_url, cli.config, user=(ADMIN, ADMIN_PASSWORD))
    done = run_process(["customers", "export", str(target)], env=env, cwd=tmp_path)
    assert done.exit_code == EXIT_BAD_INPUT, done.describe()
    assert done.stderr.strip().splitlines() == [
        f"Error: file: {target} cannot be written: Not a directory"
    ], done.describe()


def test_a_closing_whose_pdf_cannot_be_written_says_the_session_is_closed(
    cli: Cli, tmp_path: Path
) -> None:
    """The drawer is counted and the session closed before the PDF is drawn: the error says
    so and how to get the PDF, instead of leaving the cashier to close again."""
    cli.ok("session", "open", "--float", "100")
    target = blocked_folder(tmp_path) / "z.pdf"
    result = cli.invoke("session", "close", "--counted", "100", "--pdf", str(target), "--json")
    assert result.exit_code == EXIT_REFUSED, result.output
    session = json.loads(result.stdout)["session"]
    assert f"cannot write {target}" in result.stderr
    assert f"session {session} is closed" in result.stderr
    assert f"session z-report --session {session} --pdf FILE" in result.stderr
    cli.ok("session", "z-report", "--session", str(session), "--pdf", str(tmp_path / "z.pdf"))
