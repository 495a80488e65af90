"""In-process: ``init``, ``config show``, ``db upgrade|check``, ``user``, ``audit``, ``demo-data``.

Database tests run on both backends (``database_url`` is migrated and empty; ``empty_database``
has no tables at all).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from pos_desktop.bootstrap import build_services
from pos_desktop.config import load_settings
from pos_desktop.domain.errors import LOG_IN_FIRST, AccountLocked, AuthenticationFailed
from tests.conftest import FAST_HASHER
from tests.support.cli import (
    ADMIN,
    ADMIN_PASSWORD,
    EXIT_BAD_INPUT,
    EXIT_LOGIN_REQUIRED,
    EXIT_OK,
    EXIT_REFUSED,
    Cli,
    describe,
    empty_database,
    password_file,
    row_counts,
    sqlite_url,
    unknown_code,
)
from tests.support.databases import PG_ADMIN_URL, SqliteTemplate


@pytest.fixture
def unmigrated(
    backend: str,
    empty_config: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
) -> Iterator[Cli]:
    """The CLI on a database without any table."""
    with empty_database(backend, tmp_path, request) as url:
        yield Cli.isolated(url, empty_config, tmp_path, monkeypatch)


# ----------------------------------------------------------------------------------- init


def test_init_creates_admin_and_exhibition(bare: Cli) -> None:
    result = bare.init(extra=["--json"])
    assert result.stdout.lstrip().startswith("{")

    exhibitions = bare.json("exhibition", "list")
    assert [(e["code"], e["name"], e["currency"], e["active"]) for e in exhibitions] == [
        ("EXPO2024", "Expo 2024", "EUR", True)
    ]
    users = bare.json("user", "list")
    assert [(u["username"], u["role"], u["active"]) for u in users] == [("boss", "admin", True)]
    actions = bare.audit_actions()
    assert {"user.add", "exhibition.create", "setup.init"} <= set(actions)


def test_init_json_names_admin_and_exhibition_code(bare: Cli) -> None:
    pw = password_file(bare.folder)
    document = bare.json(
        "init", "--admin", "Boss", "--password-file", str(pw), "--exhibition", "Expo 2024"
    )
    assert document["admin"] == "boss"  # user names are case-insensitive, stored lower case
    assert document["exhibition"] == "EXPO2024"


def test_init_takes_an_explicit_exhibition_code(bare: Cli) -> None:
    bare.init(exhibition="Booth Fair Spring", extra=["--exhibition-code", "BFS26"])
    invoice = bare.sell(None, "Poster|1|8.00|19")
    assert invoice["number"] == "BFS26-T1-000001"


def test_init_reads_the_password_from_stdin(bare: Cli) -> None:
    bare.ok("init", "--admin", "boss", "--password-file", "-", input=ADMIN_PASSWORD + "\n")
    assert [u["username"] for u in bare.json("user", "list")] == ["boss"]


def test_init_twice_is_refused(cli: Cli) -> None:
    pw = password_file(cli.folder)
    result = cli.fails(
        EXIT_REFUSED,
        "init",
        "--admin",
        "other",
        "--password-file",
        str(pw),
        "--exhibition",
        "Second Fair",
    )
    assert "set up already" in result.stderr
    assert [u["username"] for u in cli.json("user", "list")] == ["boss"]
    assert [e["code"] for e in cli.json("exhibition", "list")] == ["EXPO2024"]


@pytest.mark.parametrize("password", ["short", "123456789"])
def test_init_refuses_a_password_shorter_than_10_characters(bare: Cli, password: str) -> None:
    pw = password_file(bare.folder, password, name="short-pw")
    result = bare.fails(EXIT_BAD_INPUT, "init", "--admin", "boss", "--password-file", str(pw))
    assert "password" in result.stderr
    assert "10" in result.stderr
    assert row_counts(bare.database_url, "users", "exhibitions") == {"users": 0, "exhibitions": 0}

    bare.init()  # a good password still works afterwards
    assert [u["username"] for u in bare.json("user", "list")] == ["boss"]


def test_init_with_a_bad_exhibition_creates_nothing(bare: Cli) -> None:
    pw = password_file(bare.folder)
    args = ["init", "--admin", "boss", "--password-file", str(pw), "--exhibition", "Expo 2024"]
    result = bare.fails(EXIT_BAD_INPUT, *args, "--currency", "EURO")
    assert "currency" in result.stderr
    result = bare.fails(EXIT_BAD_INPUT, *args, "--starts", "2024-05-10", "--ends", "2024-05-01")
    assert "end date" in result.stderr
    assert row_counts(bare.database_url, "users", "exhibitions") == {"users": 0, "exhibitions": 0}


def test_init_without_password_file_content_is_a_usage_error(bare: Cli) -> None:
    empty = bare.folder / "empty-pw"
    empty.write_text("")
    result = bare.invoke("init", "--admin", "boss", "--password-file", str(empty))
    assert result.exit_code == EXIT_BAD_INPUT, describe(result)
    assert row_counts(bare.database_url, "users") == {"users": 0}


def test_init_on_a_database_without_tables_creates_the_schema(unmigrated: Cli) -> None:
    unmigrated.init()
    unmigrated.ok("db", "check")
    assert [u["username"] for u in unmigrated.json("user", "list")] == ["boss"]


# ------------------------------------------------------------------------------- database


def test_db_check_passes_on_a_migrated_database(bare: Cli) -> None:
    result = bare.ok("db", "check")
    assert "up to date" in result.stdout
    state = bare.json("db", "check")
    assert state["up_to_date"] is True
    assert state["current"] == state["head"]
    assert state["differences"] == []


def test_db_check_fails_on_an_empty_database(unmigrated: Cli) -> None:
    result = unmigrated.invoke("db", "check")
    assert result.exit_code == EXIT_REFUSED, describe(result)
    assert "db upgrade" in result.stdout

    result = unmigrated.invoke("db", "check", "--json")
    assert result.exit_code == EXIT_REFUSED, describe(result)


def test_db_upgrade_creates_the_schema_and_is_idempotent(unmigrated: Cli) -> None:
    assert "empty database" in unmigrated.ok("db", "upgrade").stdout
    assert "Already at the latest" in unmigrated.ok("db", "upgrade").stdout
    unmigrated.ok("db", "check")


def test_a_newer_versions_database_is_left_alone_and_says_to_update_the_app(
    unmigrated: Cli,
) -> None:
    unmigrated.ok("db", "upgrade")
    engine = create_engine(unmigrated.database_url)
    try:
        with engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = '0999'"))
    finally:
        engine.dispose()

    check = unmigrated.invoke("db", "check")
    assert check.exit_code == EXIT_REFUSED, describe(check)
    assert "newer version" in check.stdout and "update this app" in check.stdout
    for args in (["db", "upgrade"], ["user", "list"]):
        result = unmigrated.fails(EXIT_REFUSED, *args)
        assert "update this app" in result.stderr
        assert "Traceback" not in result.output
    state = json.loads(unmigrated.invoke("db", "check", "--json").stdout)
    assert (state["current"], state["up_to_date"]) == ("0999", False)  # nothing was changed


@pytest.mark.parametrize(
    "command",
    [
        ["customer", "show", "CODE"],
        ["customer", "add", "--name", "Ada Lovelace", "--email", "ada@example.com"],
        ["invoice", "create", "--line", "Catalogue|1|12.50|7"],
        ["invoice", "list"],
        ["user", "list"],
        ["audit", "list"],
    ],
    ids=lambda c: "-".join(c[:2]),
)
def test_commands_on_an_empty_database_say_to_upgrade(unmigrated: Cli, command: list[str]) -> None:
    args = [unknown_code() if a == "CODE" else a for a in command]
    result = unmigrated.fails(EXIT_REFUSED, *args)
    assert "db upgrade" in result.stderr
    assert "init" in result.stderr
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    "kind", ["postgresql-refused", "postgresql-no-such-database", "sqlite-folder-is-a-file"]
)
def test_an_unreachable_database_is_reported_not_a_traceback(
    kind: str, empty_config: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Exit 1 ("database down" is a refusal) with an ``Error:`` line; never a Python traceback."""
    if kind == "postgresql-refused":
        url = "postgresql://postgres@127.0.0.1:1/pos"  # nothing listens on port 1
    elif kind == "postgresql-no-such-database":
        url = PG_ADMIN_URL.rpartition("/")[0] + "/pos_test_does_not_exist"
    else:
        blocker = tmp_path / "not-a-folder"
        blocker.write_text("")
        url = sqlite_url(blocker / "pos.sqlite3")
    cli = Cli.isolated(url, empty_config, tmp_path, monkeypatch)

    result = cli.invoke("customer", "show", unknown_code(), catch=True)

    assert result.exception is None or isinstance(result.exception, SystemExit), describe(result)
    assert result.exit_code == EXIT_REFUSED, describe(result)
    assert result.stderr.startswith("Error:"), describe(result)


def test_database_option_beats_the_environment(
    sqlite_template: SqliteTemplate,
    empty_config: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    (tmp_path / "env").mkdir()
    (tmp_path / "option").mkdir()
    from_env = sqlite_template.copy_to(tmp_path / "env")
    from_option = sqlite_template.copy_to(tmp_path / "option")
    cli = Cli.isolated(from_env, empty_config, tmp_path, monkeypatch)  # POS_DATABASE_URL
    cli.init(exhibition="Env Fair")
    Cli(from_option, empty_config, tmp_path).init(exhibition="Option Fair")

    code = cli.json(
        "--database", from_option, "customer", "add", "--name", "Ada", "--email", "ada@example.com"
    )["code"]

    found = cli.json("--database", from_option, "customer", "search", "ada")
    assert [c["code"] for c in found] == [code]
    assert cli.json("customer", "search", "ada") == []  # the environment's database is untouched
    assert row_counts(from_env, "customers") == {"customers": 0}
    assert row_counts(from_option, "customers") == {"customers": 1}
    setting = cli.json("--database", from_option, "config", "show")["settings"]["database.url"]
    assert setting == {"value": from_option, "source": "command line"}


# --------------------------------------------------------------------------------- config


def test_config_show_masks_the_smtp_password_and_names_env_sources(
    empty_config: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli = Cli.isolated(sqlite_url(tmp_path / "unused.sqlite3"), empty_config, tmp_path, monkeypatch)
    cli.env.update({"POS_SMTP_PASSWORD": "s3cr3t-Pa55", "POS_SMTP_HOST": "mail.example.com"})

    text = cli.ok("config", "show").stdout
    assert "s3cr3t-Pa55" not in text
    rows = {line.split()[0]: line for line in text.splitlines() if line.startswith("smtp.")}
    assert "********" in rows["smtp.password"]
    assert "env POS_SMTP_PASSWORD" in rows["smtp.password"]
    assert "mail.example.com" in rows["smtp.host"]
    assert rows["smtp.host"].rstrip().endswith("env POS_SMTP_HOST")

    result = cli.ok("config", "show", "--json")
    assert "s3cr3t-Pa55" not in result.stdout
    settings = cli.json("config", "show")["settings"]
    assert settings["smtp.password"] == {"value": "********", "source": "env POS_SMTP_PASSWORD"}
    assert settings["smtp.host"] == {"value": "mail.example.com", "source": "env POS_SMTP_HOST"}
    assert settings["database.url"]["source"] == "env POS_DATABASE_URL"
    assert not (tmp_path / "unused.sqlite3").exists()  # showing settings opens no database


def test_config_show_masks_the_password_inside_a_database_url(
    empty_config: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = "postgresql://pos:Hunter2-db@db.example.org:5432/booth"
    cli = Cli.isolated(url, empty_config, tmp_path, monkeypatch)
    result = cli.ok("config", "show", "--json")
    assert "Hunter2-db" not in result.stdout
    settings = cli.json("config", "show")["settings"]
    shown = settings["database.url"]["value"]
    assert shown == "postgresql://pos:********@db.example.org:5432/booth"


def test_config_show_reads_the_config_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "booth.toml"
    config.write_text('[pos]\nterminal = "T7"\n')
    cli = Cli.isolated(sqlite_url(tmp_path / "unused.sqlite3"), config, tmp_path, monkeypatch)
    shown = cli.json("config", "show")
    assert shown["config_file"] == str(config)
    assert shown["settings"]["pos.terminal"] == {"value": "T7", "source": f"file {config}"}


# ----------------------------------------------------------------------------------- users


def test_user_add_and_list(cli: Cli) -> None:
    pw = password_file(cli.folder, "cashier password 1", name="carl-pw")
    added = cli.json(
        "user", "add", "Carl", "--role", "cashier", "--display-name", "Carl C.",
        "--password-file", str(pw),
    )  # fmt: skip
    assert added == {
        "username": "carl",
        "display_name": "Carl C.",
        "role": "cashier",
        "active": True,
        "locked_until": None,
        "last_login_at": None,
    }
    text = cli.ok("user", "add", "maria", "--role", "manager", "--password-file", str(pw))
    assert "maria" in text.stdout

    users = cli.json("user", "list")
    assert [(u["username"], u["role"]) for u in users] == [
        ("boss", "admin"),
        ("carl", "cashier"),
        ("maria", "manager"),
    ]
    events = [e for e in cli.json("audit", "list", "--action", "user.add") if e["entity"] != "boss"]
    assert {(e["entity"], e["actor"]) for e in events} == {
        ("carl", ADMIN),
        ("maria", ADMIN),
    }


def test_user_add_refuses_bad_input_and_duplicates(cli: Cli) -> None:
    good = ["--password-file", str(password_file(cli.folder, "cashier password 1", name="ok"))]
    short = ["--password-file", str(password_file(cli.folder, "short", name="short"))]

    assert "password" in cli.fails(EXIT_BAD_INPUT, "user", "add", "carl", *short).stderr
    assert "user name" in cli.fails(EXIT_BAD_INPUT, "user", "add", "c a r l", *good).stderr
    result = cli.invoke("user", "add", "carl", "--role", "emperor", *good)
    assert result.exit_code == EXIT_BAD_INPUT, describe(result)

    cli.ok("user", "add", "carl", *good)
    assert "exists already" in cli.fails(EXIT_REFUSED, "user", "add", "CARL", *good).stderr
    assert [u["username"] for u in cli.json("user", "list")] == ["boss", "carl"]


def test_user_passwd(cli: Cli) -> None:
    new = ["--password-file", str(password_file(cli.folder, "a brand new secret", name="new"))]
    short = ["--password-file", str(password_file(cli.folder, "tiny", name="tiny"))]

    assert "changed" in cli.ok("user", "passwd", "boss", *new).stdout
    # A new password ends the sessions of its user, this one included: log in with it.
    assert LOG_IN_FIRST in cli.fails(EXIT_LOGIN_REQUIRED, "user", "list").stderr
    cli.login("boss", "a brand new secret")
    assert "password" in cli.fails(EXIT_BAD_INPUT, "user", "passwd", "boss", *short).stderr
    assert "no user" in cli.fails(EXIT_BAD_INPUT, "user", "passwd", "nobody", *new).stderr
    assert cli.audit_actions("user.password") == ["user.password"]


def test_user_unlock_lets_a_name_try_again_at_once(cli: Cli) -> None:
    """Someone typed wrong passwords for the admin: ``user unlock`` ends the wait at once."""
    settings = load_settings(
        environ={"POS_DATABASE_URL": cli.database_url, "POS_CONFIG": str(cli.config)}
    )
    services = build_services(settings, hasher=FAST_HASHER)
    try:
        for _ in range(8):
            with pytest.raises((AuthenticationFailed, AccountLocked)):
                services.users.login("boss", "guessing")
        with pytest.raises(AccountLocked):
            services.users.login("boss", ADMIN_PASSWORD)
        [boss] = cli.json("user", "list")
        assert boss["locked_until"] is not None
        assert "boss may log in again now" in cli.ok("user", "unlock", "BOSS").stdout
        assert cli.json("user", "list")[0]["locked_until"] is None
        assert services.users.login("boss", ADMIN_PASSWORD).username == "boss"
    finally:
        services.close()
    assert cli.audit_actions("user.unlock") == ["user.unlock"]


# ----------------------------------------------------------------------------------- audit


def test_audit_list_text_and_json(cli: Cli) -> None:
    code = cli.register()["code"]
    text = cli.ok("audit", "list").stdout
    assert "customer.register" in text
    assert ADMIN in text

    entries = cli.json("audit", "list", "--entity", code)
    assert [(e["action"], e["entity_type"], e["actor"]) for e in entries] == [
        ("customer.register", "customer", ADMIN)
    ]
    assert entries[0]["after"]["email"] == "ada@example.com"
    assert cli.json("audit", "list", "--action", "customer", "--since", "1h")[0]["entity"] == code
    bad = cli.invoke("audit", "list", "--since", "yesterday-ish")
    assert bad.exit_code == EXIT_BAD_INPUT, describe(bad)


# ------------------------------------------------------------------------------- demo data


def test_demo_data_fills_the_invoice_list(cli: Cli) -> None:
    result = cli.ok("demo-data", "--customers", "20", "--invoices", "30")
    assert "20 customers" in result.stdout
    assert "30 invoices" in result.stdout

    invoices = cli.json("invoice", "list", "--limit", "1000")
    assert len(invoices) == 30
    assert all(i["number"].startswith("EXPO2024-T1-") for i in invoices)
    assert cli.ok("invoice", "list").stdout.count("EXPO2024-T1-") == 30
    assert len(cli.json("customer", "search", "example")) == 20
    assert row_counts(cli.database_url, "customers")["customers"] == 20
    assert cli.invoke("db", "check").exit_code == EXIT_OK
