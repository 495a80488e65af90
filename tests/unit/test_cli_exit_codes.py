"""Scripts tell refusals apart by the exit code, not by the message's words."""

from __future__ import annotations

from pos_desktop.cli.main import exit_code_for
from pos_desktop.domain.errors import (
    ApprovalRefused,
    ApprovalRequired,
    InDoubt,
    LoginRequired,
    NotFound,
    PermissionDenied,
)


def test_a_refusal_for_the_role_has_its_own_exit_code() -> None:
    assert exit_code_for(ApprovalRequired("a refund above 50.00 EUR needs a manager")) == 8
    assert exit_code_for(ApprovalRefused("approval refused: wrong password")) == 8
    assert exit_code_for(PermissionDenied("carl (cashier) may not do this")) == 8
    assert exit_code_for(NotFound("no invoice")) == 2


def test_without_a_login_exits_5() -> None:
    assert exit_code_for(LoginRequired("log in first: pos-desktop login USER")) == 5


def test_a_save_in_doubt_exits_7() -> None:
    assert exit_code_for(InDoubt("in doubt: the sale may be saved", "k" * 32)) == 7
