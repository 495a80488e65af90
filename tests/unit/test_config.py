"""Settings from defaults, a TOML file, ``POS_*`` variables and the command line.

Every test passes ``environ`` and a file of its own, so the developer's real configuration
folder and environment never leak in.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import platformdirs
import pytest

from pos_desktop.config import ConfigError, Settings, default_log_folder, load_settings, masked


@pytest.fixture
def config_path(tmp_path: Path) -> Path:
    path = tmp_path / "config.toml"
    path.write_text("", encoding="utf-8")
    return path


def _load(
    path: Path,
    toml: str = "",
    env: dict[str, str] | None = None,
    overrides: dict[str, Any] | None = None,
) -> Settings:
    path.write_text(toml, encoding="utf-8")
    return load_settings(environ={"POS_CONFIG": str(path), **(env or {})}, overrides=overrides)


def _error(path: Path, toml: str = "", env: dict[str, str] | None = None, **kw: Any) -> str:
    with pytest.raises(ConfigError) as caught:
        _load(path, toml, env, **kw)
    return str(caught.value)


def test_defaults(config_path: Path) -> None:
    settings = _load(config_path)
    data_dir = Path(platformdirs.user_data_dir("pos-desktop", appauthor=False))
    assert settings.database.url == f"sqlite:///{data_dir / 'pos.sqlite3'}"
    assert settings.billing.prices_include_vat is True
    assert settings.billing.default_currency == "EUR"
    assert settings.billing.default_vat_rate == Decimal(20)
    assert settings.pos.terminal == "T1"
    assert settings.smtp.port == 587
    assert settings.smtp.security == "starttls"
    assert (settings.security.max_failed_logins, settings.security.max_login_delay_seconds) == (
        5,
        60,
    )
    assert (settings.billing.tender_limit_factor, settings.billing.tender_limit_minimum) == (
        Decimal(10),
        Decimal(500),
    )
    assert settings.warnings == []
    assert {source for _, _, source in settings.items()} == {"default"}


def test_the_file_named_by_pos_config_is_read(config_path: Path) -> None:
    settings = _load(
        config_path,
        """
        [smtp]
        host = "mail.example.com"
        port = 465
        security = "ssl"

        [billing]
        prices_include_vat = false
        default_vat_rate = 7.7
        default_currency = "chf"

        [pos]
        terminal = "t2"
        """,
    )
    assert settings.config_file == config_path
    assert (settings.smtp.host, settings.smtp.port, settings.smtp.security) == (
        "mail.example.com",
        465,
        "ssl",
    )
    assert settings.billing.prices_include_vat is False
    assert settings.billing.default_vat_rate == Decimal("7.7")
    assert settings.billing.default_currency == "CHF"
    assert settings.pos.terminal == "T2"
    assert settings.sources["smtp.host"] == f"file {config_path}"
    assert settings.sources.get("smtp.user", "default") == "default"


def test_config_file_argument_beats_pos_config(tmp_path: Path, config_path: Path) -> None:
    config_path.write_text('[smtp]\nhost = "from-env-file"\n', encoding="utf-8")
    chosen = tmp_path / "chosen.toml"
    chosen.write_text('[smtp]\nhost = "from-argument"\n', encoding="utf-8")
    settings = load_settings(environ={"POS_CONFIG": str(config_path)}, config_file=chosen)
    assert settings.smtp.host == "from-argument"
    assert settings.config_file == chosen


def test_environment_beats_the_file(config_path: Path) -> None:
    settings = _load(
        config_path,
        '[smtp]\nhost = "file.example.com"\n[billing]\nprices_include_vat = true\n'
        '[database]\nurl = "sqlite:///file.db"\n',
        env={
            "POS_SMTP_HOST": "env.example.com",
            "POS_DATABASE_URL": "postgresql+psycopg://pos@db/pos",
            "POS_BILLING_PRICES_INCLUDE_VAT": "false",
        },
    )
    assert settings.smtp.host == "env.example.com"
    assert settings.database.url == "postgresql+psycopg://pos@db/pos"
    assert settings.billing.prices_include_vat is False
    assert settings.sources["smtp.host"] == "env POS_SMTP_HOST"
    assert settings.sources["database.url"] == "env POS_DATABASE_URL"
    assert settings.sources["billing.prices_include_vat"] == "env POS_BILLING_PRICES_INCLUDE_VAT"


@pytest.mark.parametrize(
    ("text", "value"), [("false", False), ("0", False), ("No", False), ("on", True), ("1", True)]
)
def test_boolean_words_in_the_environment(config_path: Path, text: str, value: bool) -> None:
    settings = _load(config_path, env={"POS_CUSTOMERS_EMAIL_REQUIRED": text})
    assert settings.customers.email_required is value


def test_command_line_beats_the_environment(config_path: Path) -> None:
    settings = _load(
        config_path,
        env={"POS_DATABASE_URL": "sqlite:///env.db"},
        overrides={"database.url": "sqlite:///cli.db"},
    )
    assert settings.database.url == "sqlite:///cli.db"
    assert settings.sources["database.url"] == "command line"


def test_items_report_value_and_source(config_path: Path) -> None:
    settings = _load(
        config_path,
        "[printer]\ncolumns = 42\n",
        env={"POS_SMTP_HOST": "mail.example.com"},
        overrides={"pos.terminal": "T9"},
    )
    rows = {key: (value, source) for key, value, source in settings.items()}
    assert rows["printer.columns"] == (42, f"file {config_path}")
    assert rows["smtp.host"] == ("mail.example.com", "env POS_SMTP_HOST")
    assert rows["pos.terminal"] == ("T9", "command line")
    assert rows["smtp.port"] == (587, "default")


def test_a_missing_explicit_file_is_an_error(tmp_path: Path) -> None:
    missing = tmp_path / "nope.toml"
    with pytest.raises(ConfigError, match=r"nope\.toml does not exist"):
        load_settings(environ={"POS_CONFIG": str(missing)})
    with pytest.raises(ConfigError, match=r"nope\.toml does not exist"):
        load_settings(environ={}, config_file=missing)


def test_invalid_toml_names_the_file(config_path: Path) -> None:
    message = _error(config_path, "[smtp\nhost = ")
    assert str(config_path) in message
    assert "not valid TOML" in message


def test_an_unknown_section_is_named(config_path: Path) -> None:
    assert "unknown section [mail]" in _error(config_path, '[mail]\nhost = "x"\n')


def test_an_unknown_key_is_named(config_path: Path) -> None:
    message = _error(config_path, '[printer]\ncolour = "red"\n')
    assert "unknown key 'colour' in [printer]" in message
    assert str(config_path) in message


@pytest.mark.parametrize(
    ("toml", "env", "key", "source_word"),
    [
        (
            "",
            {"POS_SECURITY_MAX_LOGIN_DELAY_SECONDS": "abc"},
            "security.max_login_delay_seconds",
            "env",
        ),
        (
            "",
            {"POS_SECURITY_MAX_LOGIN_DELAY_SECONDS": "0"},
            "security.max_login_delay_seconds",
            "env",
        ),
        ("[billing]\ntender_limit_factor = 0.5\n", {}, "billing.tender_limit_factor", "file"),
        ("", {"POS_BILLING_PRICES_INCLUDE_VAT": "maybe"}, "billing.prices_include_vat", "env"),
        ('[billing]\ndefault_currency = "XYZ"\n', {}, "billing.default_currency", "file"),
        ("[billing]\ndefault_vat_rate = 100\n", {}, "billing.default_vat_rate", "file"),
        ('[smtp]\nsecurity = "tls"\n', {}, "smtp.security", "file"),
        ("[smtp]\nport = 587.5\n", {}, "smtp.port", "file"),
        ("[smtp]\nhost = 25\n", {}, "smtp.host", "file"),
        ('[pos]\nterminal = "TILL-1"\n', {}, "pos.terminal", "file"),
        ("", {"POS_CUSTOMERS_DEFAULT_PHONE_REGION": "XX"}, "customers.default_phone_region", "env"),
        ("", {"POS_SECURITY_MIN_PASSWORD_LENGTH": "6"}, "security.min_password_length", "env"),
        ('[shop]\nname = "Booth\\u001b@"\n', {}, "shop.name", "file"),  # ESC @: printer reset
        ("", {"POS_PRINTER_FOOTER": "Thanks\x00"}, "printer.footer", "env"),
    ],
)
def test_bad_values_name_the_key_and_where_they_came_from(
    config_path: Path, toml: str, env: dict[str, str], key: str, source_word: str
) -> None:
    message = _error(config_path, toml, env)
    assert message.startswith(f"{key} (from {source_word} ")
    if source_word == "env":
        assert f"env {next(iter(env))}" in message
    else:
        assert f"file {config_path}" in message


def test_a_bad_currency_says_what_is_wrong(config_path: Path) -> None:
    message = _error(config_path, '[billing]\ndefault_currency = "XYZ"\n')
    assert "'XYZ'" in message
    assert "ISO 4217" in message


def test_a_bad_smtp_security_lists_the_choices(config_path: Path) -> None:
    message = _error(config_path, overrides={"smtp.security": "tls"})
    assert message.startswith("smtp.security (from command line)")
    assert "none, starttls, ssl" in message


def test_an_unknown_variable_of_a_known_section_is_a_warning(config_path: Path) -> None:
    settings = _load(config_path, env={"POS_SMTP_FOO": "bar", "POS_SMTP_HOST": "mail"})
    assert settings.warnings == ["POS_SMTP_FOO is not a setting; ignored"]
    assert settings.smtp.host == "mail"


def test_other_tools_pos_variables_are_ignored_silently(config_path: Path) -> None:
    settings = _load(config_path, env={"POS_TERMINAL_ID": "42", "POSTGRES_PASSWORD": "x"})
    assert settings.warnings == []


def test_passwords_are_masked() -> None:
    assert masked("smtp.password", "hunter22") == "********"
    assert masked("smtp.password", "") == ""
    assert masked("smtp.host", "mail.example.com") == "mail.example.com"
    assert masked("security.max_login_delay_seconds", 60) == "60"


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        (
            "postgresql+psycopg://pos:s3cret@db.example.com:5432/pos",
            "postgresql+psycopg://pos:********@db.example.com:5432/pos",
        ),
        ("postgresql://pos:s3:cr/et@db/pos", "postgresql://pos:********@db/pos"),
        ("postgresql://pos@db/pos", "postgresql://pos@db/pos"),
        ("postgresql://db:5432/pos", "postgresql://db:5432/pos"),
        ("sqlite:////var/lib/pos/pos.sqlite3", "sqlite:////var/lib/pos/pos.sqlite3"),
    ],
)
def test_the_password_inside_a_database_url_is_masked(url: str, shown: str) -> None:
    assert masked("database.url", url) == shown


def test_a_password_given_as_url_parameter_is_masked() -> None:
    """libpq (and SQLAlchemy, which passes it on) accept ``?password=`` too."""
    shown = masked(
        "database.url", "postgresql+psycopg://pos@db/pos?password=s3cret&sslmode=require"
    )
    assert "s3cret" not in shown
    assert shown.startswith("postgresql+psycopg://pos@db/pos?")
    assert "sslmode=require" in shown


def test_the_loaded_smtp_password_is_masked_when_shown(config_path: Path) -> None:
    settings = _load(config_path, env={"POS_SMTP_PASSWORD": "hunter22"})
    shown = {key: masked(key, value) for key, value, _ in settings.items()}
    assert shown["smtp.password"] == "********"
    assert "hunter22" not in shown.values()


def test_an_unknown_command_line_setting_is_named(config_path: Path) -> None:
    assert "smtp.foo (from command line) is not a setting" in _error(
        config_path, overrides={"smtp.foo": "x"}
    )
    assert "foo.bar" in _error(config_path, overrides={"foo.bar": "x"})


def test_a_value_where_a_section_belongs_is_explained(config_path: Path) -> None:
    assert "must be a [smtp] section" in _error(config_path, 'smtp = "x"\n')


def test_passwords_keep_their_spaces(config_path: Path) -> None:
    settings = _load(config_path, env={"POS_SMTP_PASSWORD": " pass word ", "POS_SMTP_HOST": " h "})
    assert settings.smtp.password == " pass word "
    assert settings.smtp.host == "h"


def test_line_breaks_and_tabs_are_no_control_characters_in_settings(config_path: Path) -> None:
    config_path.write_text('[shop]\naddress = "Hall 4\\nStand 12\\tEast"\n', encoding="utf-8")
    settings = load_settings(environ={}, config_file=config_path)
    assert settings.shop.address == "Hall 4\nStand 12\tEast"


def test_the_retired_lockout_setting_still_loads_with_a_warning(config_path: Path) -> None:
    """Files written before logins waited instead of locking keep working."""
    config_path.write_text("[security]\nlockout_minutes = 5\n", encoding="utf-8")
    settings = load_settings(environ={"POS_SECURITY_LOCKOUT_MINUTES": "9"}, config_file=config_path)
    assert settings.security.max_login_delay_seconds == 60
    assert len(settings.warnings) == 2
    assert all("security.lockout_minutes" in w and "no longer used" in w for w in settings.warnings)


def test_the_log_level_and_folder_are_settings_with_the_platforms_folder_by_default(
    tmp_path: Path,
) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[log]\nlevel = "DEBUG"\nfolder = ""\n')
    settings = load_settings(environ={}, config_file=config)
    assert settings.log.level == "debug"
    assert settings.log.folder == str(default_log_folder())
    settings = load_settings(
        environ={"POS_LOG_LEVEL": "info", "POS_LOG_FOLDER": str(tmp_path / "logs")},
        config_file=config,
    )
    assert (settings.log.level, settings.log.folder) == ("info", str(tmp_path / "logs"))
    config.write_text('[log]\nlevel = "verbose"\n')
    with pytest.raises(ConfigError, match=r"log\.level .*'verbose' must be one of info, debug"):
        load_settings(environ={}, config_file=config)
