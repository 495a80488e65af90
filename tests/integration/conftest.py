"""Fixtures of the integration tests: the CLI on a migrated database, bare or set up; a TCP
proxy in front of the test PostgreSQL that a test can cut, and a till with its offline journal
behind it (the offline tests; a module needing another till defines its own ``till``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from pos_desktop.bootstrap import Services
from tests.conftest import Staff
from tests.support.cli import Cli
from tests.support.clock import FakeClock
from tests.support.offline_tills import journal_of, till_services
from tests.support.pg_proxy import PostgresProxy


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


@pytest.fixture
def proxy() -> Iterator[PostgresProxy]:
    """A proxy to the test PostgreSQL (``tests/support/pg_proxy.py``), closed after the test."""
    with PostgresProxy() as running:
        yield running


@pytest.fixture
def till(
    database_url: str, tmp_path: Path, clock: FakeClock, proxy: PostgresProxy, staff: Staff
) -> Iterator[Services]:
    """A till (terminal T1) reaching PostgreSQL through ``proxy``, its journal made."""
    del staff  # users and the exhibition exist before the till's journal is made
    built = till_services(proxy.url(database_url), tmp_path, clock)
    journal_of(built).ensure()
    yield built
    built.close()
