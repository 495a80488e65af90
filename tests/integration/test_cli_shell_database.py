"""In-process: a database URL that is no URL, or a SQLite "database" that is some other file,
is a one-line error (exit 1) on any command, never a traceback."""

from __future__ import annotations

from pathlib import Path

from tests.support.cli import EXIT_REFUSED, Cli, sqlite_url


def test_a_database_url_that_cannot_be_read(cli: Cli, ada: str) -> None:
    for args in (
        ("--database", "booth laptop", "customer", "show", ada),
        ("customer", "show", ada),
    ):
        result = cli.invoke(*args, env={"POS_DATABASE_URL": "not a url"})
        assert result.exit_code == EXIT_REFUSED, result.output
        assert "Error: the database URL cannot be read" in result.stderr
        assert "sqlite:///FILE" in result.stderr


def test_a_sqlite_file_that_is_not_a_database(cli: Cli, ada: str, tmp_path: Path) -> None:
    """A typo naming the password file, a CSV, a backup: the command says so."""
    other = tmp_path / "customers.csv"
    other.write_text("name;email\n" * 500)
    for args in (("customer", "show", ada), ("db", "check")):
        result = cli.invoke(*args, env={"POS_DATABASE_URL": sqlite_url(other)})
        assert result.exit_code == EXIT_REFUSED, result.output
        assert f"Error: {other} is not a SQLite database" in result.stderr
    assert other.read_text() == "name;email\n" * 500
