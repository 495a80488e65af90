"""Writing settings into ``config.toml``: what we write loads back, and nothing else is lost."""

from __future__ import annotations

import os
import stat
from decimal import Decimal
from pathlib import Path

import pytest

from pos_desktop.config import ConfigError, Settings, default_config_file, load_settings
from pos_desktop.config_store import config_path, write_settings

HAND_WRITTEN = """\
# Booth at the spring fair: ask Maria before changing anything.
[pos]
terminal = "T2"  # the till by the entrance
terminal_name = "Entrance"

[billing]
# Germany, reduced rate for books
default_vat_rate = 7
prices_include_vat = false

[smtp]
host = "mail.example.org"
password = "  keep my spaces  "
"""


def _load(path: Path) -> Settings:
    return load_settings(environ={}, config_file=path)


def test_round_trip_gives_back_the_typed_values(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    write_settings(
        {
            "billing.default_vat_rate": "7.75",
            "billing.default_currency": "usd",
            "billing.prices_include_vat": False,
            "security.idle_lock_minutes": "3",
            "ui.theme": "dark",
            "customers.default_phone_region": "at",
        },
        config_file=path,
    )
    settings = _load(path)
    assert settings.billing.default_vat_rate == Decimal("7.75")
    assert settings.billing.default_currency == "USD"
    assert settings.billing.prices_include_vat is False
    assert settings.security.idle_lock_minutes == 3
    assert settings.ui.theme == "dark"
    assert settings.customers.default_phone_region == "AT"
    assert settings.sources["ui.theme"] == f"file {path}"
    assert "pos.terminal" not in settings.sources


def test_comments_and_other_keys_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(HAND_WRITTEN, encoding="utf-8")
    write_settings(
        {"billing.default_vat_rate": Decimal("19"), "ui.theme": "light"}, config_file=path
    )
    text = path.read_text(encoding="utf-8")
    assert "# Booth at the spring fair: ask Maria before changing anything." in text
    assert 'terminal = "T2"  # the till by the entrance' in text
    assert "# Germany, reduced rate for books\ndefault_vat_rate = 19\n" in text
    assert "prices_include_vat = false" in text
    settings = _load(path)
    assert settings.smtp.password == "  keep my spaces  "
    assert settings.pos.terminal_name == "Entrance"
    assert settings.billing.default_vat_rate == Decimal(19)
    assert settings.ui.theme == "light"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"billing.default_vat_rate": "120"}, "billing.default_vat_rate"),
        ({"ui.theme": "purple"}, "must be one of system, light, dark"),
        ({"security.idle_lock_minutes": "soon"}, "security.idle_lock_minutes"),
        ({"billing.colour": "red"}, "billing.colour"),
        # One bad value spoils the batch: the good one is not written either.
        ({"ui.theme": "dark", "customers.default_phone_region": "XX"}, "not a region code"),
    ],
)
def test_a_bad_value_is_refused_and_the_file_left_alone(
    tmp_path: Path, changes: dict[str, str], message: str
) -> None:
    path = tmp_path / "config.toml"
    path.write_text(HAND_WRITTEN, encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(ConfigError, match=message):
        write_settings(changes, config_file=path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["config.toml"]


def test_a_missing_folder_is_created_and_the_new_file_is_private(tmp_path: Path) -> None:
    path = tmp_path / "not" / "yet" / "config.toml"
    previous = os.umask(0o022)  # the usual umask: without care, 0755 and 0644
    try:
        write_settings({"security.idle_lock_minutes": 0}, config_file=path)
    finally:
        os.umask(previous)
    assert _load(path).security.idle_lock_minutes == 0
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
@pytest.mark.parametrize("before", [0o644, 0o666, 0o640, 0o600])
def test_an_existing_file_is_written_private_whatever_its_mode(tmp_path: Path, before: int) -> None:
    """An admin's hand-made config (0644) must not keep the SMTP password readable by all."""
    path = tmp_path / "config.toml"
    path.write_text(HAND_WRITTEN, encoding="utf-8")
    path.chmod(before)
    write_settings({"smtp.password": "s3cret pass"}, config_file=path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert _load(path).smtp.password == "s3cret pass"


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_loading_a_password_others_can_read_says_so(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(
        '[database]\nurl = "postgresql://pos:hunter22@db/pos"\n[smtp]\npassword = "x y z"\n',
        encoding="utf-8",
    )
    path.chmod(0o644)
    [warning] = _load(path).warnings
    assert "holds database.url, smtp.password and other users may read it" in warning
    assert "hunter22" not in warning
    write_settings({"ui.theme": "dark"}, config_file=path)
    assert _load(path).warnings == []


def test_a_broken_file_is_not_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("[billing\nthis is not toml", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid TOML"):
        write_settings({"ui.theme": "dark"}, config_file=path)
    assert path.read_text(encoding="utf-8") == "[billing\nthis is not toml"


def test_config_path_is_the_file_in_use_or_the_default(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("", encoding="utf-8")
    assert config_path(_load(path)) == path
    assert config_path(Settings()) == default_config_file()
