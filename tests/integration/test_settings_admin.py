"""Admins change settings: the file, the running services and the audit log, on both backends.

The idle lock comes from ``POS_SECURITY_IDLE_LOCK_MINUTES`` in every test here, as on a
terminal whose admin pinned it in the environment.
"""

from __future__ import annotations

import os
import stat
import tomllib
from decimal import Decimal
from pathlib import Path

import pytest

from pos_desktop.bootstrap import Services
from pos_desktop.config import Settings, load_settings
from pos_desktop.domain.customer import CustomerInput
from pos_desktop.domain.errors import PermissionDenied, ValidationError
from tests.conftest import Staff


@pytest.fixture
def settings(database_url: str, empty_config: Path) -> Settings:
    return load_settings(
        environ={
            "POS_DATABASE_URL": database_url,
            "POS_CONFIG": str(empty_config),
            "POS_SECURITY_IDLE_LOCK_MINUTES": "3",
        }
    )


def _file(path: Path) -> dict[str, object]:
    return tomllib.loads(path.read_text(encoding="utf-8"))


def test_admin_saves_the_file_the_running_settings_and_one_audit_row(
    services: Services, staff: Staff, empty_config: Path
) -> None:
    saved = services.settings_admin.save(
        staff.admin,
        {
            "billing.default_vat_rate": "7",
            "customers.default_phone_region": "at",
            "pos.terminal": "t9",
            "ui.theme": "dark",
            "smtp.password": "s3cret",
            "billing.default_currency": "EUR",  # unchanged: neither written nor audited
        },
    )
    assert saved.path == empty_config
    assert saved.at_next_start == ["pos.terminal"]
    assert set(saved.applied_now) == {
        "billing.default_vat_rate",
        "customers.default_phone_region",
        "ui.theme",
        "smtp.password",
    }
    assert _file(empty_config) == {
        "billing": {"default_vat_rate": 7},
        "customers": {"default_phone_region": "AT"},
        "pos": {"terminal": "T9"},
        "ui": {"theme": "dark"},
        "smtp": {"password": "s3cret"},
    }
    # The services share the running settings: the next registration uses the new region.
    assert services.settings.customers.default_phone_region == "AT"
    assert services.settings.billing.default_vat_rate == Decimal(7)
    assert services.settings.sources["ui.theme"] == f"file {empty_config}"

    [entry] = services.audit.entries(staff.admin, action="settings.change")
    assert entry.actor == "admin"
    assert entry.before is not None and entry.after is not None
    assert entry.before["billing.default_vat_rate"] == "20"
    assert entry.after["billing.default_vat_rate"] == "7"
    assert entry.after["pos.terminal"] == "T9"
    assert entry.before["smtp.password"] == ""
    assert entry.after["smtp.password"] == "********"
    assert "billing.default_currency" not in entry.after
    assert "s3cret" not in str(entry)


def test_the_new_region_is_used_by_the_next_registration(services: Services, staff: Staff) -> None:
    services.settings_admin.save(staff.admin, {"customers.default_phone_region": "GB"})
    registered = services.customers.register(
        staff.cashier,
        CustomerInput(name="Ada Lovelace", email="ada@example.com", phone="020 7946 0018"),
    )
    assert registered.phone == "+442079460018"


def test_saving_the_same_values_writes_and_audits_nothing(
    services: Services, staff: Staff, empty_config: Path
) -> None:
    saved = services.settings_admin.save(staff.admin, {"ui.theme": "system"})
    assert saved.changes == {}
    assert empty_config.read_text(encoding="utf-8") == ""
    assert services.audit.entries(staff.admin, action="settings.change") == []


def test_a_manager_is_refused_by_the_service(
    services: Services, staff: Staff, empty_config: Path
) -> None:
    with pytest.raises(PermissionDenied):
        services.settings_admin.save(staff.manager, {"ui.theme": "dark"})
    assert empty_config.read_text(encoding="utf-8") == ""
    assert services.settings.ui.theme == "system"
    assert services.audit.entries(staff.admin, action="settings.change") == []


def test_env_set_and_invalid_keys_are_refused_together_and_nothing_is_written(
    services: Services, staff: Staff, empty_config: Path
) -> None:
    with pytest.raises(ValidationError) as refused:
        services.settings_admin.save(
            staff.admin,
            {
                "security.idle_lock_minutes": "30",
                "billing.default_vat_rate": "120",
                "ui.theme": "dark",
            },
        )
    problems = {p.field: p.message for p in refused.value.problems}
    assert problems["security.idle_lock_minutes"] == (
        "set by env POS_SECURITY_IDLE_LOCK_MINUTES; change it there"
    )
    assert problems["billing.default_vat_rate"] == "120 is larger than the maximum 100"
    assert "ui.theme" not in problems
    assert empty_config.read_text(encoding="utf-8") == ""
    assert services.settings.security.idle_lock_minutes == 3
    assert services.settings.ui.theme == "system"
    assert services.audit.entries(staff.admin, action="settings.change") == []


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_the_smtp_password_saved_without_a_keyring_goes_to_a_private_file(
    services: Services, staff: Staff, empty_config: Path
) -> None:
    """This machine has no keyring: the password goes to the config file, which was 0644."""
    empty_config.write_text('[ui]\ntheme = "light"\n', encoding="utf-8")
    empty_config.chmod(0o644)
    saved = services.smtp_credentials.save(
        staff.admin,
        {"smtp.host": "mail.example.org", "smtp.user": "shop", "smtp.password": "s3cret pass"},
    )
    assert not saved.password_in_keyring
    assert _file(empty_config)["smtp"] == {
        "host": "mail.example.org",
        "user": "shop",
        "password": "s3cret pass",
    }
    assert stat.S_IMODE(empty_config.stat().st_mode) == 0o600
