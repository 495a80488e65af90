"""Fixtures of the in-process CLI tests: the CLI on a migrated database, bare or set up."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.cli import Cli


@pytest.fixture
def bare(
    database_url: str, empty_config: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Cli:
    """The CLI on a migrated database without users or exhibitions."""
    return Cli.isolated(database_url, empty_config, tmp_path, monkeypatch)


@pytest.fixture
def cli(bare: Cli) -> Cli:
    """The CLI on a set-up database: admin ``boss``, exhibition EXPO2024 in EUR."""
    bare.init()
    return bare


@pytest.fixture
def ada(cli: Cli) -> str:
    """Code of a registered customer, Ada Lovelace <ada@example.com>."""
    code: str = cli.register()["code"]
    return code
