"""In-process: files the user names on the command line that cannot be written (a folder that is
a file, a folder given as the file) are a one-line error, never a traceback."""

from __future__ import annotations

from pathlib import Path

from tests.support.cli import EXIT_REFUSED, Cli


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
