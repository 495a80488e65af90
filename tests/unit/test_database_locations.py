"""Database URLs as first start shows and takes them: a file, or a server with the password in
a field of its own; whether two spellings name the same database."""

from __future__ import annotations

from pathlib import Path

import pytest

from pos_desktop.domain.errors import ValidationError
from pos_desktop.services.database_admin import (
    DatabaseLocation,
    file_url,
    same_database,
    server_url,
)


def test_a_sqlite_url_is_a_file() -> None:
    location = DatabaseLocation.of("sqlite:////srv/booth/pos.sqlite3")
    assert (location.file, location.server, location.password) == ("/srv/booth/pos.sqlite3", "", "")


def test_a_server_url_is_split_from_its_password() -> None:
    location = DatabaseLocation.of("postgresql+psycopg://pos:s3cret@db.hall4:5433/booth")
    assert location.file is None
    assert location.server == "postgresql+psycopg://pos@db.hall4:5433/booth"
    assert location.password == "s3cret"
    assert "s3cret" not in repr(location)


def test_the_password_field_goes_into_the_url_and_the_url_is_checked() -> None:
    url = server_url("postgres://pos@db.hall4/booth", "p@ss:word")
    assert DatabaseLocation.of(url).password == "p@ss:word"
    assert url.startswith("postgresql+psycopg://")  # the spelling people paste is accepted
    assert (
        server_url("postgresql://pos@db.hall4/booth") == "postgresql+psycopg://pos@db.hall4/booth"
    )
    with pytest.raises(ValidationError, match="names no database"):
        server_url("postgresql://pos@db.hall4")
    with pytest.raises(ValidationError, match="unsupported database"):
        server_url("mysql://pos@db.hall4/booth")


def test_one_file_spelt_two_ways_is_the_same_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert same_database("sqlite:///pos.sqlite3", file_url(tmp_path / "pos.sqlite3"))
    assert not same_database("sqlite:///pos.sqlite3", file_url(tmp_path / "other.sqlite3"))
    assert same_database("postgres://pos@db/booth", "postgresql+psycopg://pos@db/booth")
    assert not same_database("postgresql://pos@db/booth", "postgresql://pos@db/other")
    assert not same_database("not a url", "not a url")
