"""The accounting settings' small languages and the fiscal year a day belongs to."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from pos_desktop.config import ConfigError, load_settings
from pos_desktop.domain.errors import ValidationError
from pos_desktop.domain.journal import (
    AccountPlan,
    fiscal_year_start,
    parse_method_accounts,
    parse_rate_accounts,
)


def test_accounts_per_rate_and_method_are_read_as_written() -> None:
    assert parse_rate_accounts("19:8400, 7.0:8300,0:8200") == {
        Decimal(19): "8400",
        Decimal(7): "8300",
        Decimal(0): "8200",
    }
    assert parse_method_accounts(" Cash:1000 , card:1360 ") == {"cash": "1000", "card": "1360"}
    with pytest.raises(ValidationError, match="not KEY:ACCOUNT"):
        parse_rate_accounts("19=8400")
    with pytest.raises(ValidationError, match="not an account number") as caught:
        parse_method_accounts("cash:Kasse")
    assert caught.value.fields == ["accounting.payment_accounts"]


def test_every_account_has_the_configured_length() -> None:
    plan = AccountPlan({Decimal(19): "8400"}, {"cash": "10000"}, "1410", 4)
    with pytest.raises(ValidationError, match="10000 has 5 digits") as caught:
        plan.check_lengths()
    assert caught.value.fields == ["accounting.payment_accounts"]


@pytest.mark.parametrize(
    ("day", "start", "expected"),
    [
        (date(2026, 5, 4), "01-01", date(2026, 1, 1)),
        (date(2026, 5, 4), "07-01", date(2025, 7, 1)),
        (date(2026, 7, 1), "07-01", date(2026, 7, 1)),
    ],
)
def test_the_fiscal_year_a_day_is_in(day: date, start: str, expected: date) -> None:
    assert fiscal_year_start(day, start) == expected


def test_bad_accounting_settings_are_refused_when_read(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[accounting]\nrevenue_accounts = "19:84OO"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"accounting\.revenue_accounts"):
        load_settings(environ={"POS_CONFIG": str(config)})
    config.write_text('[accounting]\nfiscal_year_start = "02-30"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="fiscal_year_start"):
        load_settings(environ={"POS_CONFIG": str(config)})
    config.write_text('[accounting]\npayment_accounts = "cash:1600"\n', encoding="utf-8")
    settings = load_settings(
        environ={"POS_CONFIG": str(config), "POS_ACCOUNTING_DATEV_CLIENT": "7"}
    )
    assert (settings.accounting.payment_accounts, settings.accounting.datev_client) == (
        "cash:1600",
        7,
    )
