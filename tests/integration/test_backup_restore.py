"""``pos-desktop backup`` while two tills sell, and ``restore`` into a new database: the counts
of the manifest and an intact audit chain, on SQLite and PostgreSQL. A damaged, cut or wrongly
unlocked backup is refused; a database holding data is only replaced with ``--force``, after
its own backup."""

from __future__ import annotations

import json
import multiprocessing
import stat
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from pos_desktop.bootstrap import Services
from pos_desktop.storage.engine import create_engine_for
from pos_desktop.storage.models import Customer, Invoice
from tests.conftest import Staff
from tests.support import workers
from tests.support.cli import EXIT_OK, EXIT_REFUSED, Cli, empty_database, password_file

EXIT_DIFFERS = 6


def _invoices(url: str) -> int:
    engine = create_engine_for(url)
    try:
        with engine.connect() as connection:
            return int(connection.execute(select(func.count()).select_from(Invoice)).scalar_one())
    finally:
        engine.dispose()


def _customers(url: str) -> list[str]:
    engine = create_engine_for(url)
    try:
        with engine.connect() as connection:
            return list(connection.execute(select(Customer.name)).scalars())
    finally:
        engine.dispose()


@pytest.fixture
def cli(
    database_url: str,
    empty_config: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    staff: Staff,
) -> Cli:
    """The command line, logged in as the booth's admin (``staff`` set the database up)."""
    isolated = Cli.isolated(database_url, empty_config, tmp_path, monkeypatch)
    isolated.env["POS_BACKUP_FOLDER"] = str(tmp_path / "backups")
    isolated.login(staff.admin.username)
    return isolated


@pytest.mark.slow
def test_a_backup_taken_while_two_tills_sell_restores_with_its_counts_and_chain(
    services: Services,
    staff: Staff,
    cli: Cli,
    *,
    backend: str,
    database_url: str,
    empty_config: Path,
    tmp_path: Path,
    request: pytest.FixtureRequest,
) -> None:
    start = time.time() + 3
    taken: list[tuple[int, Path]] = []
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        selling = pool.starmap_async(
            workers.sell, [(database_url, str(empty_config), 250, start)] * 2
        )
        while not selling.ready():
            out = tmp_path / f"during-{len(taken)}.posbak"
            document = cli.json("backup", "--out", str(out))
            taken.append((document["manifest"]["tables"]["invoices"], out))
            time.sleep(0.2)
        assert sum(len(batch) for batch in selling.get()) == 500
    assert _invoices(database_url) == 500
    during = [(count, path) for count, path in taken if 0 < count < 500]
    assert during, f"no backup was taken while selling: {[c for c, _ in taken]}"
    count, backup = during[len(during) // 2]

    with empty_database(backend, tmp_path, request) as target:
        result = cli.invoke("restore", str(backup), "--into", target, "--json")
        assert result.exit_code == EXIT_OK, result.output
        report = json.loads(result.stdout)
        assert report["ok"] is True
        assert report["mismatches"] == []
        assert report["audit"]["intact"] is True
        assert report["audit"]["matches_manifest"] is True
        assert report["manifest"]["tables"]["invoices"] == count
        assert _invoices(target) == count
        # The restored database has the same people: its admin logs in there for one command.
        verified = cli.invoke(
            "--database", target, "audit", "verify", env=cli.as_user(staff.admin.username)
        )
        assert verified.exit_code == EXIT_OK, verified.output
        assert "chain intact" in verified.stdout


def test_a_database_holding_data_is_replaced_only_with_force_after_its_own_backup(
    services: Services,
    staff: Staff,
    cli: Cli,
    *,
    backend: str,
    tmp_path: Path,
    request: pytest.FixtureRequest,
) -> None:
    first = tmp_path / "first.posbak"
    cli.ok("backup", "--out", str(first))
    with empty_database(backend, tmp_path, request) as target:
        cli.ok("restore", str(first), "--into", target)
        cli.ok(
            "--database",
            target,
            "customer",
            "add",
            "--name",
            "Only There",
            "--email",
            "only@example.org",
            env=cli.as_user(staff.admin.username),
        )

        refused = cli.fails(EXIT_REFUSED, "restore", str(first), "--into", target)
        assert "not empty" in refused.stderr and "--force" in refused.stderr
        assert _customers(target) == ["Only There"]

        forced = cli.invoke("restore", str(first), "--into", target, "--force", "--json")
        assert forced.exit_code == EXIT_OK, forced.output
        safety = Path(json.loads(forced.stdout)["previous_backup"])
        assert safety.name.endswith("-before-restore.posbak")
        assert safety.parent == tmp_path / "backups"  # the backup folder setting
        assert _customers(target) == []

    # The replaced database is in its backup: restore it and the customer is back.
    with empty_database(backend, tmp_path / "again", request) as again:
        cli.ok("restore", str(safety), "--into", again)
        assert _customers(again) == ["Only There"]


def test_backups_are_readable_by_their_owner_only(
    services: Services, staff: Staff, cli: Cli, tmp_path: Path
) -> None:
    out = tmp_path / "usb" / "booth" / "b.posbak"
    cli.ok("backup", "--out", str(out))
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert stat.S_IMODE(out.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(out.parent.parent.stat().st_mode) == 0o700
    assert [p.name for p in out.parent.iterdir()] == ["b.posbak"]  # no partial file left


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_damaged_cut_and_wrongly_unlocked_backups_are_refused(
    services: Services, staff: Staff, cli: Cli, tmp_path: Path
) -> None:
    secret = password_file(tmp_path, "blue elephant 42", name="secret")
    wrong = password_file(tmp_path, "blue elephant 43", name="wrong")
    sealed = tmp_path / "sealed.posbak"
    cli.ok("backup", "--out", str(sealed), "--encrypt", "--passphrase-file", str(secret))
    plain = tmp_path / "plain.posbak"
    cli.ok("backup", "--out", str(plain))
    target = f"sqlite:///{tmp_path / 'restored' / 'pos.sqlite3'}"

    refused = cli.fails(
        EXIT_REFUSED, "restore", str(sealed), "--into", target, "--passphrase-file", str(wrong)
    )
    assert "wrong passphrase" in refused.stderr

    data = bytearray(plain.read_bytes())
    data[len(data) // 2] ^= 0x01
    tampered = tmp_path / "tampered.posbak"
    tampered.write_bytes(bytes(data))
    refused = cli.fails(EXIT_REFUSED, "restore", str(tampered), "--into", target)
    assert "changed or damaged" in refused.stderr

    cut = tmp_path / "cut.posbak"
    cut.write_bytes(sealed.read_bytes()[:-100])
    refused = cli.fails(
        EXIT_REFUSED, "restore", str(cut), "--into", target, "--passphrase-file", str(secret)
    )
    assert "cut short" in refused.stderr
    assert not (tmp_path / "restored" / "pos.sqlite3").exists()  # nothing was touched

    cli.ok("restore", str(sealed), "--into", target, "--passphrase-file", str(secret))


@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_a_backup_restores_into_its_own_kind_of_database_only(
    services: Services, staff: Staff, cli: Cli, tmp_path: Path
) -> None:
    backup = tmp_path / "pg.posbak"
    cli.ok("backup", "--out", str(backup))
    refused = cli.fails(
        EXIT_REFUSED, "restore", str(backup), "--into", f"sqlite:///{tmp_path / 'x.sqlite3'}"
    )
    assert "across database kinds is not supported" in refused.stderr
